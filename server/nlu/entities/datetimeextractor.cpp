// SPDX-License-Identifier: LicenseRef-Sportello
// Finds dates, times, parts of the day and ranges in five languages and resolves them.
#include "nlu/entities/datetimeextractor.h"

#include <algorithm>

#include "nlu/entities/datetimelexicon.h"
#include "nlu/entities/foldedtext.h"
#include "nlu/nlulog.h"

namespace sportello::nlu {

namespace {

enum class RuleKind
{
    RelativeDay,  // param: days from today; part from the rule or the "pw" group
    Weekday,      // param: 0 next occurrence, 1 this week (today included), 2 next week
    WeekdayDay,   // "lunedì 9": the day of the month wins
    WeekdayPart,  // "Montagabend"
    WeekRange,    // "next week": Monday to Sunday
    Weekend,      // "this weekend": Saturday to Sunday
    CalendarDate, // groups d, m (number or name), y
    DayOnly,      // "on the 5th"
    Offset,       // param: +1 / -1; groups n or nw, u
    HalfHour,     // param: +1; "tra mezz'ora"
    Time,         // param: 0 plain, 1 "halb", 2 "viertel nach", 3 "viertel vor"
    TimeRange,    // groups h1/w1/m1/ap1, h2/w2/m2/ap2
    Part,         // group pw
    Noon,
    Midnight,
};

constexpr int kMinutesPerDay = 24 * 60;

// Bounds of the parts of the day in minutes from midnight of their day.
std::pair<int, int> partBounds(DayPart part)
{
    switch (part) {
    case DayPart::Morning:
        return {8 * 60, 12 * 60};
    case DayPart::Afternoon:
        return {12 * 60, 18 * 60};
    case DayPart::Evening:
        return {18 * 60, 22 * 60};
    case DayPart::Night:
        return {22 * 60, 30 * 60};
    case DayPart::None:
        break;
    }
    return {0, 0};
}

DayPart partOfWord(QString word)
{
    word.remove(u'-');
    word.remove(u' ');
    static const QHash<QString, DayPart> parts{
        {QStringLiteral("mattina"), DayPart::Morning},
        {QStringLiteral("mattino"), DayPart::Morning},
        {QStringLiteral("mattinata"), DayPart::Morning},
        {QStringLiteral("pomeriggio"), DayPart::Afternoon},
        {QStringLiteral("sera"), DayPart::Evening},
        {QStringLiteral("serata"), DayPart::Evening},
        {QStringLiteral("notte"), DayPart::Night},
        {QStringLiteral("nottata"), DayPart::Night},
        {QStringLiteral("morning"), DayPart::Morning},
        {QStringLiteral("afternoon"), DayPart::Afternoon},
        {QStringLiteral("evening"), DayPart::Evening},
        {QStringLiteral("night"), DayPart::Night},
        {QStringLiteral("manana"), DayPart::Morning},
        {QStringLiteral("tarde"), DayPart::Afternoon},
        {QStringLiteral("noche"), DayPart::Evening},
        {QStringLiteral("madrugada"), DayPart::Night},
        {QStringLiteral("matin"), DayPart::Morning},
        {QStringLiteral("matinee"), DayPart::Morning},
        {QStringLiteral("apresmidi"), DayPart::Afternoon},
        {QStringLiteral("aprem"), DayPart::Afternoon},
        {QStringLiteral("soir"), DayPart::Evening},
        {QStringLiteral("soiree"), DayPart::Evening},
        {QStringLiteral("nuit"), DayPart::Night},
        {QStringLiteral("morgen"), DayPart::Morning},
        {QStringLiteral("morgens"), DayPart::Morning},
        {QStringLiteral("fruh"), DayPart::Morning},
        {QStringLiteral("vormittag"), DayPart::Morning},
        {QStringLiteral("vormittags"), DayPart::Morning},
        {QStringLiteral("nachmittag"), DayPart::Afternoon},
        {QStringLiteral("nachmittags"), DayPart::Afternoon},
        {QStringLiteral("abend"), DayPart::Evening},
        {QStringLiteral("abends"), DayPart::Evening},
        {QStringLiteral("nacht"), DayPart::Night},
        {QStringLiteral("nachts"), DayPart::Night},
    };
    return parts.value(word, DayPart::None);
}

std::optional<QDate> upcomingDayMonth(int day, int month, QDate today)
{
    for (int year = today.year(); year <= today.year() + 4; ++year) {
        const QDate candidate(year, month, day);
        if (candidate.isValid() && candidate >= today) {
            return candidate;
        }
    }
    return std::nullopt;
}

std::optional<QDate> upcomingDayOfMonth(int day, QDate today)
{
    const QDate first(today.year(), today.month(), 1);
    for (int i = 0; i < 13; ++i) {
        const QDate month = first.addMonths(i);
        const QDate candidate(month.year(), month.month(), day);
        if (candidate.isValid() && candidate >= today) {
            return candidate;
        }
    }
    return std::nullopt;
}

QDate nextWeekday(int weekday, QDate today, int mode)
{
    const int dow = today.dayOfWeek();
    switch (mode) {
    case 1: // this week's, today included
        return today.addDays((weekday - dow + 7) % 7);
    case 2: // next ISO week
        return today.addDays(8 - dow + weekday - 1);
    default: {
        const int ahead = (weekday - dow + 7) % 7;
        return today.addDays(ahead == 0 ? 7 : ahead);
    }
    }
}

// Minutes from midnight of `date` (may exceed a day) in the business's zone. A wall-clock time
// that does not exist because the clocks jump forward is moved forward by the jump.
QDateTime atMinutes(QDate date, int minutes, const QTimeZone &timeZone)
{
    const int days = minutes >= 0 ? minutes / kMinutesPerDay
                                  : -((-minutes + kMinutesPerDay - 1) / kMinutesPerDay);
    const QDate day = date.addDays(days);
    const int rest = minutes - days * kMinutesPerDay;
    const QTime time(rest / 60, rest % 60);
    QDateTime result(day, time, timeZone);
    if (!result.isValid() || result.time() != time) {
        const QDateTime later(day, time.addSecs(3600), timeZone);
        if (later.isValid()) {
            result = later;
        }
    }
    return result;
}

QString isoString(const QDateTime &dateTime)
{
    return dateTime.toString(Qt::ISODate);
}

int toInt(const QString &digits, int fallback = -1)
{
    bool ok = false;
    const int value = digits.toInt(&ok);
    return ok ? value : fallback;
}

struct HourReading
{
    int hour = -1;
    int minute = 0;
    bool fixed = false;
};

// An hour as written: digits or a word, minutes, am/pm. "08" and "15" are unambiguous.
HourReading readHour(const QString &digits, const QString &word, const QString &minutes,
                     const QString &meridiem, const DateTimeLexicon *lexicon)
{
    HourReading r;
    if (!digits.isEmpty()) {
        r.hour = toInt(digits);
        r.fixed = (digits.size() == 2 && digits.startsWith(u'0')) || r.hour == 0 || r.hour > 12;
    } else if (!word.isEmpty() && lexicon) {
        r.hour = lexicon->hourWord(word.simplified());
    }
    if (r.hour < 0 || r.hour > 23) {
        r.hour = -1;
        return r;
    }
    if (!minutes.isEmpty()) {
        r.minute = toInt(minutes, 0);
    }
    if (!meridiem.isEmpty()) {
        if (r.hour == 0 || r.hour > 12) {
            r.hour = -1; // "15pm"
            return r;
        }
        const bool pm = meridiem.startsWith(u'p');
        if (pm && r.hour < 12) {
            r.hour += 12;
        } else if (!pm && r.hour == 12) {
            r.hour = 0;
        }
        r.fixed = true;
    }
    return r;
}

int resolveHour(int hour, bool fixed, DayPart part)
{
    if (fixed) {
        return hour;
    }
    switch (part) {
    case DayPart::Afternoon:
    case DayPart::Evening:
        return hour < 12 ? hour + 12 : hour;
    case DayPart::Night:
        if (hour >= 6 && hour < 12) {
            return hour + 12;
        }
        return hour == 12 ? 0 : hour;
    case DayPart::Morning:
        return hour;
    case DayPart::None:
        break;
    }
    return (hour >= 1 && hour <= 6) ? hour + 12 : hour;
}

QRegularExpression compile(const QString &pattern)
{
    QRegularExpression re(pattern, QRegularExpression::UseUnicodePropertiesOption);
    if (!re.isValid()) {
        qCWarning(lcNlu) << "invalid date/time pattern" << re.errorString()
                         << re.patternErrorOffset() << pattern;
    }
    re.optimize();
    return re;
}

// Start boundary shared by every pattern, end boundaries used by most.
const QString kB = QStringLiteral("(?<![\\w])");
const QString kE = QStringLiteral("(?![\\w])");
// After an hour: not part of a bigger number, an amount, a percentage or a quantity.
const QString kNotQuantity = QStringLiteral(
    "(?![\\w])(?![.,:]\\d)(?!\\s*(?:%|\u20ac|\\$|\u00a3|euro|euros|eur|chf|km|kg|anni|years|"
    "anos|ans|jahre|persone|people|personas|personnes|personen|giorni|days|dias|jours|tage|tagen|"
    "settimane|weeks|semanas|semaines|wochen|mesi|months|meses|mois|monate|minuti|minutes|"
    "minutos|minuten|volte|times|veces|fois|mal)(?![\\w]))");
const QString kDay = QStringLiteral("(?<d>[12]\\d|3[01]|0?[1-9])");
const QString kHour = QStringLiteral("(?<h>2[0-3]|[01]?\\d)");
// "am" is German for "on the": "um 10 am Montag" is not 10 a.m.
const QString kMeridiem = QStringLiteral(
    "(?:\\s?(?<ap>[ap]\\.\\s?m\\.|pm(?![\\w])|am(?![\\w])(?!\\s+(?:montag|dienstag|mittwoch|"
    "donnerstag|freitag|samstag|sonntag|wochenende|\\d))))");

QString hourNamed(const QString &name)
{
    return QStringLiteral("(?<%1>2[0-3]|[01]?\\d)").arg(name);
}

QString meridiemNamed(const QString &name)
{
    return QStringLiteral("(?:\\s?(?<%1>[ap]\\.\\s?m\\.|[ap]m(?![\\w])))").arg(name);
}

} // namespace

struct DateTimeExtractor::Rule
{
    QRegularExpression re;
    RuleKind kind = RuleKind::Time;
    const DateTimeLexicon *lexicon = nullptr; // nullptr: language-neutral
    int param = 0;
    DayPart part = DayPart::None;
    bool weak = false;
    bool explicitLanguageOnly = false; // "hier" is French "yesterday" but German "here"
    bool frenchA = false;              // bare "a 10" needs "à" unless the language is French
};

DateTimeExtractor::DateTimeExtractor()
    : m_glue(compile(QStringLiteral(
          "^(?:[\\s,]|(?<![\\w])(?:alle|all'|ore|at|a|al|alla|las|la|los|um|am|de|del|della|di|"
          "in|nel|nella|por|en|el|il|lo|le|the|on|verso|around|gegen|vers|hacia|sobre|ab|den|dem|"
          "im|zum|au|dans|for|per|pour|para|der|du|des|d'|l'|h|circa|ca)(?![\\w])|-)*$")))
    , m_alternative(compile(QStringLiteral(
          "^\\s*(?:,|/|(?<![\\w])(?:o|oppure|or|ou|oder|y|e|and|et|und|u)(?![\\w]))?\\s*$")))
{
    for (const QString &language : DateTimeLexicon::languages()) {
        if (const DateTimeLexicon *lexicon = DateTimeLexicon::forLanguage(language)) {
            addRules(*lexicon);
        }
    }
    addNeutralRules();
}

DateTimeExtractor::~DateTimeExtractor() = default;

void DateTimeExtractor::addRules(const DateTimeLexicon &lx)
{
    const QString code = lx.code();
    const auto add = [this, &lx](const QString &pattern, RuleKind kind, int param = 0,
                                 DayPart part = DayPart::None, bool weak = false) -> Rule & {
        Rule rule;
        rule.re = compile(kB + pattern);
        rule.kind = kind;
        rule.lexicon = &lx;
        rule.param = param;
        rule.part = part;
        rule.weak = weak;
        m_rules.push_back(std::move(rule));
        return m_rules.back();
    };
    const QString wd = QStringLiteral("(?<wd>%1)").arg(lx.weekdayPattern());
    const QString months = QStringLiteral("(?<m>%1)").arg(lx.monthPattern());
    const QString hourWord = QStringLiteral("(?<hw>%1)(?![\\w])").arg(lx.hourWordPattern());
    const QString hour = QStringLiteral("(?:%1(?:[:.](?<mi>[0-5]\\d))?|%2)").arg(kHour, hourWord);
    const auto rangeHour = [&lx](int n) {
        return QStringLiteral("(?:(?<h%1>2[0-3]|[01]?\\d)(?:[:.](?<m%1>[0-5]\\d))?|(?<w%1>%2)(?!["
                              "\\w]))")
            .arg(n)
            .arg(lx.hourWordPattern());
    };
    const QString count = QStringLiteral("(?:(?<n>\\d{1,3})\\s*|(?<nw>%1)(?:\\s+|(?<=')\\s*))")
                              .arg(lx.countPattern());
    const QString unit = QStringLiteral("(?<u>%1)(?![\\w])").arg(lx.unitPattern());
    const QString year =
        QStringLiteral("(?:(?:\\.(?=\\s*\\d{4}))?,?\\s*(?:de\\s+|del\\s+)?(?<y>\\d{"
                       "4}))?(?![\\w])");
    // A day of the month alone is only a date when what follows cannot be a quantity.
    const QString noMonth = QStringLiteral("(?!\\.?\\s*(?:di\\s+|de\\s+|of\\s+)?(?:%1)(?![\\w]))")
                                .arg(lx.monthPattern());
    const QString dayFollow = QStringLiteral(
        "(?=\\s*(?:[,;!?)]|\\.(?!\\d)|$)|\\s+(?:alle|all'|ore|a|at|verso|di|del|in|por|en|nel|"
        "nella|dalle|tra|fra|entre|o|or|ou|oder|e|y|et|and|und|va|ok|se|si|um|ab|von|mattina|"
        "pomeriggio|sera|morning|afternoon|evening|matin|soir|apres|manana|tarde|noche|pm|am|h)(?!["
        "\\w]))");

    if (code == u"it") {
        add(QStringLiteral("oggi") + kE, RuleKind::RelativeDay, 0);
        add(QStringLiteral("domani") + kE, RuleKind::RelativeDay, 1);
        add(QStringLiteral("(?:dopodomani|dopo\\s+domani)") + kE, RuleKind::RelativeDay, 2);
        add(QStringLiteral("ieri") + kE, RuleKind::RelativeDay, -1);
        add(QStringLiteral("(?:l'\\s*)?altro\\s*ieri") + kE, RuleKind::RelativeDay, -2);
        add(QStringLiteral("domattina") + kE, RuleKind::RelativeDay, 1, DayPart::Morning);
        add(QStringLiteral("(?:stamattina|stamani|stamane)") + kE, RuleKind::RelativeDay, 0,
            DayPart::Morning);
        add(QStringLiteral("stasera") + kE, RuleKind::RelativeDay, 0, DayPart::Evening);
        add(QStringLiteral("stanotte") + kE, RuleKind::RelativeDay, 0, DayPart::Night);
        add(QStringLiteral("(?:prossimo|prossima)\\s+") + wd + kE, RuleKind::Weekday, 0);
        add(wd + QStringLiteral("\\s+(?:prossimo|prossima)") + kE, RuleKind::Weekday, 0);
        add(wd +
                QStringLiteral("\\s+(?:della\\s+|la\\s+)?(?:prossima\\s+settimana|settimana\\s+"
                               "prossima)") +
                kE,
            RuleKind::Weekday, 2);
        add(QStringLiteral("(?:questo|questa)\\s+") + wd + kE, RuleKind::Weekday, 1);
        add(QStringLiteral("(?:la\\s+)?(?:prossima\\s+settimana|settimana\\s+prossima)") + kE,
            RuleKind::WeekRange);
        add(QStringLiteral("(?:questo\\s+|il\\s+|nel\\s+)?(?:weekend|week-end|fine\\s+settimana)") +
                kE,
            RuleKind::Weekend);
        add(kDay + QStringLiteral("(?:o|\u00b0|a)?\\.?\\s*(?:di\\s+)?") + months + year,
            RuleKind::CalendarDate);
        add(QStringLiteral("(?:il\\s+)?giorno\\s+") + kDay + QStringLiteral("(?![\\w]|[.,:/]\\d)") +
                noMonth,
            RuleKind::DayOnly);
        add(QStringLiteral("il\\s+") + kDay + dayFollow, RuleKind::DayOnly);
        add(QStringLiteral("(?:tra|fra)\\s+") + count + unit, RuleKind::Offset, 1);
        add(QStringLiteral("(?:tra|fra)\\s+(?:mezz'\\s*ora|mezzora|mezz\\s+ora)") + kE,
            RuleKind::HalfHour, 1);
        add(count + unit + QStringLiteral("\\s+fa") + kE, RuleKind::Offset, -1);
        add(QStringLiteral("(?<cue>alle(?:\\s+ore)?\\s+|all'\\s*|ore\\s+|h\\.?\\s*|verso\\s+le\\s+|"
                           "verso\\s+l'\\s*|per\\s+le\\s+|per\\s+l'\\s*|intorno\\s+alle\\s+|"
                           "entro\\s+le\\s+)") +
                hour +
                QStringLiteral("(?:\\s+e\\s+(?<frac>mezza|mezzo|un\\s+quarto|tre\\s+quarti))?(?<"
                               "minus>\\s+meno\\s+(?:un\\s+)?quarto)?") +
                kMeridiem + QStringLiteral("?") + kNotQuantity,
            RuleKind::Time);
        add(kHour + QStringLiteral("(?=\\s+(?:di|del|della|la)\\s+(?:mattina|mattino|pomeriggio|"
                                   "sera|notte)(?![\\w]))"),
            RuleKind::Time);
        add(QStringLiteral("(?:tra|fra)\\s+(?:le\\s+|l'\\s*)") + rangeHour(1) +
                QStringLiteral("\\s+e\\s+(?:le\\s+|l'\\s*)") + rangeHour(2) + kNotQuantity,
            RuleKind::TimeRange);
        add(QStringLiteral("(?:dalle\\s+|dall'\\s*)") + rangeHour(1) +
                QStringLiteral("\\s+(?:alle\\s+|all'\\s*)") + rangeHour(2) + kNotQuantity,
            RuleKind::TimeRange);
        add(QStringLiteral("(?:dalle|ore|alle)\\s+") + rangeHour(1) +
                QStringLiteral("\\s*[-\u2013]\\s*") + rangeHour(2) + kNotQuantity,
            RuleKind::TimeRange);
        add(QStringLiteral("(?:di|la|in|nella|al|alla|del|della|nel|durante\\s+la)\\s+(?<pw>"
                           "mattina|mattinata|mattino|pomeriggio|sera|serata|notte|nottata)") +
                kE,
            RuleKind::Part);
        add(QStringLiteral("(?<!buon\\s)(?<!buona\\s)(?<pw>mattina|mattinata|mattino|pomeriggio)") +
                kE,
            RuleKind::Part);
        add(QStringLiteral("(?<!buona\\s)(?<pw>sera|serata|notte)") + kE, RuleKind::Part, 0,
            DayPart::None, true);
        add(QStringLiteral("(?:mezzogiorno|mezzodi)") + kE, RuleKind::Noon);
        add(QStringLiteral("mezzanotte") + kE, RuleKind::Midnight);
    } else if (code == u"en") {
        add(QStringLiteral("today") + kE, RuleKind::RelativeDay, 0);
        add(QStringLiteral("(?:tomorrow|tmrw|tmr)") + kE, RuleKind::RelativeDay, 1);
        add(QStringLiteral("(?:the\\s+)?day\\s+after\\s+tomorrow") + kE, RuleKind::RelativeDay, 2);
        add(QStringLiteral("yesterday") + kE, RuleKind::RelativeDay, -1);
        add(QStringLiteral("(?:the\\s+)?day\\s+before\\s+yesterday") + kE, RuleKind::RelativeDay,
            -2);
        add(QStringLiteral("(?:tonight|tonite)") + kE, RuleKind::RelativeDay, 0, DayPart::Evening);
        add(QStringLiteral("this\\s+(?<pw>morning|afternoon|evening)") + kE, RuleKind::RelativeDay,
            0);
        add(QStringLiteral("next\\s+") + wd + kE, RuleKind::Weekday, 0);
        add(wd + QStringLiteral("\\s+(?:of\\s+)?next\\s+week") + kE, RuleKind::Weekday, 2);
        add(QStringLiteral("this\\s+(?:coming\\s+)?") + wd + kE, RuleKind::Weekday, 1);
        add(QStringLiteral("next\\s+week") + kE, RuleKind::WeekRange);
        add(QStringLiteral("(?:this\\s+|the\\s+|next\\s+)?week-?end") + kE, RuleKind::Weekend);
        add(kDay + QStringLiteral("(?:st|nd|rd|th)?\\s*(?:of\\s+)?") + months + year,
            RuleKind::CalendarDate);
        add(months + QStringLiteral("\\.?\\s+(?:the\\s+)?") + kDay +
                QStringLiteral("(?:st|nd|rd|th)?(?:,?\\s*(?<y>\\d{4}))?(?![\\w])(?![:.]\\d)"),
            RuleKind::CalendarDate);
        add(QStringLiteral("(?:on\\s+)?the\\s+") + kDay + QStringLiteral("(?:st|nd|rd|th)") + kE +
                noMonth,
            RuleKind::DayOnly);
        add(QStringLiteral("on\\s+the\\s+") + kDay + dayFollow, RuleKind::DayOnly);
        add(QStringLiteral("in\\s+") + count + unit, RuleKind::Offset, 1);
        add(QStringLiteral("in\\s+(?:half\\s+an\\s+hour|a\\s+half\\s+hour|30\\s+mins?)") + kE,
            RuleKind::HalfHour, 1);
        add(count + unit + QStringLiteral("\\s+ago") + kE, RuleKind::Offset, -1);
        add(count + unit + QStringLiteral("\\s+from\\s+(?:now|today)") + kE, RuleKind::Offset, 1);
        add(QStringLiteral("(?<cue>at\\s+around\\s+|at\\s+about\\s+|around\\s+|at\\s+)") + hour +
                QStringLiteral("(?:\\s*o'clock)?") + kMeridiem + QStringLiteral("?") + kNotQuantity,
            RuleKind::Time);
        add(QStringLiteral("(?:at\\s+)?(?<frac>half|quarter)\\s+(?<rel>past|to)\\s+") + hour +
                kMeridiem + QStringLiteral("?") + kE,
            RuleKind::Time);
        add(kHour + QStringLiteral("(?=\\s+(?:in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+"
                                   "night|tonight)(?![\\w]))"),
            RuleKind::Time);
        add(QStringLiteral("between\\s+") + rangeHour(1) + meridiemNamed(QStringLiteral("ap1")) +
                QStringLiteral("?\\s+and\\s+") + rangeHour(2) +
                meridiemNamed(QStringLiteral("ap2")) + QStringLiteral("?") + kNotQuantity,
            RuleKind::TimeRange);
        add(QStringLiteral("from\\s+") + rangeHour(1) + meridiemNamed(QStringLiteral("ap1")) +
                QStringLiteral("?\\s*(?:to|till|until|-|\u2013)\\s*") + rangeHour(2) +
                meridiemNamed(QStringLiteral("ap2")) + QStringLiteral("?") + kNotQuantity,
            RuleKind::TimeRange);
        add(rangeHour(1) + meridiemNamed(QStringLiteral("ap1")) +
                QStringLiteral("?\\s*[-\u2013]\\s*") + rangeHour(2) +
                meridiemNamed(QStringLiteral("ap2")) + kE,
            RuleKind::TimeRange);
        add(QStringLiteral("(?:in\\s+the|during\\s+the)\\s+(?<pw>morning|afternoon|evening)") + kE,
            RuleKind::Part);
        add(QStringLiteral("at\\s+(?<pw>night)") + kE, RuleKind::Part);
        add(QStringLiteral("(?<!good\\s)(?<pw>morning|afternoon|evening)") + kE, RuleKind::Part);
        add(QStringLiteral("(?<!good\\s)(?<pw>night)") + kE, RuleKind::Part, 0, DayPart::None,
            true);
        add(QStringLiteral("(?:noon|midday|mid-day)") + kE, RuleKind::Noon);
        add(QStringLiteral("midnight") + kE, RuleKind::Midnight);
    } else if (code == u"es") {
        add(QStringLiteral("hoy") + kE, RuleKind::RelativeDay, 0);
        add(QStringLiteral("manana") + kE, RuleKind::RelativeDay, 1);
        add(QStringLiteral("pasado\\s+manana") + kE, RuleKind::RelativeDay, 2);
        add(QStringLiteral("ayer") + kE, RuleKind::RelativeDay, -1);
        add(QStringLiteral("(?:anteayer|antier|antes\\s+de\\s+ayer)") + kE, RuleKind::RelativeDay,
            -2);
        add(QStringLiteral("esta\\s+(?<pw>manana|tarde|noche)") + kE, RuleKind::RelativeDay, 0);
        add(wd + QStringLiteral("\\s+(?:que\\s+viene|proximo)") + kE, RuleKind::Weekday, 0);
        add(QStringLiteral("proximo\\s+") + wd + kE, RuleKind::Weekday, 0);
        add(wd + QStringLiteral("\\s+de\\s+la\\s+(?:semana\\s+que\\s+viene|proxima\\s+semana)") +
                kE,
            RuleKind::Weekday, 2);
        add(QStringLiteral("este\\s+") + wd + kE, RuleKind::Weekday, 1);
        add(QStringLiteral("(?:la\\s+)?(?:semana\\s+que\\s+viene|proxima\\s+semana|semana\\s+"
                           "proxima)") +
                kE,
            RuleKind::WeekRange);
        add(QStringLiteral("(?:este\\s+|el\\s+)?fin\\s+de\\s+semana") + kE, RuleKind::Weekend);
        add(kDay + QStringLiteral("(?:o|\u00b0)?\\s*(?:de\\s+)?") + months + year,
            RuleKind::CalendarDate);
        add(QStringLiteral("(?:el\\s+)?dia\\s+") + kDay + QStringLiteral("(?![\\w]|[.,:/]\\d)") +
                noMonth,
            RuleKind::DayOnly);
        add(QStringLiteral("el\\s+") + kDay + dayFollow, RuleKind::DayOnly);
        add(QStringLiteral("(?:en|dentro\\s+de)\\s+") + count + unit, RuleKind::Offset, 1);
        add(QStringLiteral("(?:en|dentro\\s+de)\\s+media\\s+hora") + kE, RuleKind::HalfHour, 1);
        add(QStringLiteral("hace\\s+") + count + unit, RuleKind::Offset, -1);
        add(QStringLiteral("(?<cue>a\\s+las?\\s+|sobre\\s+las?\\s+|hacia\\s+las?\\s+|para\\s+las?"
                           "\\s+|desde\\s+las?\\s+)") +
                hour +
                QStringLiteral("(?:\\s+y\\s+(?<frac>media|cuarto))?(?<minus>\\s+menos\\s+cuarto)?"
                               "(?:\\s*(?:en\\s+punto|horas|hrs|hs|h)(?![\\w]))?") +
                kMeridiem + QStringLiteral("?") + kNotQuantity,
            RuleKind::Time);
        add(kHour + QStringLiteral("(?=\\s+de\\s+la\\s+(?:manana|tarde|noche|madrugada)(?![\\w]))"),
            RuleKind::Time);
        add(QStringLiteral("entre\\s+(?:las?\\s+)?") + rangeHour(1) +
                QStringLiteral("\\s+y\\s+(?:las?\\s+)?") + rangeHour(2) + kNotQuantity,
            RuleKind::TimeRange);
        add(QStringLiteral("(?:de|desde)\\s+las?\\s+") + rangeHour(1) +
                QStringLiteral("\\s+(?:a|hasta)\\s+las?\\s+") + rangeHour(2) + kNotQuantity,
            RuleKind::TimeRange);
        add(QStringLiteral("de\\s+") + rangeHour(1) + QStringLiteral("\\s+a\\s+") + rangeHour(2) +
                kNotQuantity,
            RuleKind::TimeRange);
        add(QStringLiteral("(?:por|de|en|a|durante)\\s+la\\s+(?<pw>manana|tarde|noche|madrugada)") +
                kE,
            RuleKind::Part);
        add(QStringLiteral("(?<!esta\\s)la\\s+(?<pw>manana|tarde|noche)") + kE, RuleKind::Part);
        add(QStringLiteral("(?<!buenas\\s)(?<pw>tarde|noche)") + kE, RuleKind::Part, 0,
            DayPart::None, true);
        add(QStringLiteral("mediodia") + kE, RuleKind::Noon);
        add(QStringLiteral("medianoche") + kE, RuleKind::Midnight);
    } else if (code == u"fr") {
        add(QStringLiteral("(?:aujourd'\\s*hui|aujourdhui)") + kE, RuleKind::RelativeDay, 0);
        add(QStringLiteral("demain") + kE, RuleKind::RelativeDay, 1);
        add(QStringLiteral("apres[-\\s]?demain") + kE, RuleKind::RelativeDay, 2);
        add(QStringLiteral("hier") + kE, RuleKind::RelativeDay, -1).explicitLanguageOnly = true;
        add(QStringLiteral("avant[-\\s]?hier") + kE, RuleKind::RelativeDay, -2);
        add(QStringLiteral("ce\\s+(?<pw>matin|soir)") + kE, RuleKind::RelativeDay, 0);
        add(QStringLiteral("cet\\s+(?<pw>apres[-\\s]?midi)") + kE, RuleKind::RelativeDay, 0);
        add(QStringLiteral("cette\\s+(?<pw>nuit)") + kE, RuleKind::RelativeDay, 0);
        add(wd + QStringLiteral("\\s+prochain") + kE, RuleKind::Weekday, 0);
        add(QStringLiteral("prochain\\s+") + wd + kE, RuleKind::Weekday, 0);
        add(wd + QStringLiteral("\\s+de\\s+la\\s+semaine\\s+prochaine") + kE, RuleKind::Weekday, 2);
        add(QStringLiteral("ce\\s+") + wd + kE, RuleKind::Weekday, 1);
        add(QStringLiteral("(?:la\\s+)?semaine\\s+prochaine") + kE, RuleKind::WeekRange);
        add(QStringLiteral("(?:ce\\s+|le\\s+)?week[-\\s]?end") + kE, RuleKind::Weekend);
        add(kDay + QStringLiteral("(?:er|re|eme|e)?\\s*") + months + year, RuleKind::CalendarDate);
        // Italian "sono le 10", "dopo le 10" are hours, not the 10th.
        add(QStringLiteral("(?<!sono\\s)(?<!dopo\\s)(?<!entro\\s)(?<!verso\\s)(?<!per\\s)le\\s+") +
                kDay + QStringLiteral("(?:er)?") + dayFollow,
            RuleKind::DayOnly);
        add(QStringLiteral("(?:dans|d'ici)\\s+") + count + unit, RuleKind::Offset, 1);
        add(QStringLiteral("(?:dans|d'ici)\\s+une\\s+demi[-\\s]?heure") + kE, RuleKind::HalfHour,
            1);
        add(QStringLiteral("il\\s+y\\s+a\\s+") + count + unit, RuleKind::Offset, -1);
        add(QStringLiteral("(?<cue>a\\s+|vers\\s+|des\\s+|pour\\s+|aux\\s+alentours\\s+de\\s+)") +
                QStringLiteral("(?:%1|%2)").arg(kHour, hourWord) +
                QStringLiteral(
                    "(?:(?<hs>\\s?(?:h|heures?)(?![a-z]))(?:\\s?(?<mi>[0-5]\\d))?|[:.](?<"
                    "mi2>[0-5]\\d))?(?:\\s+et\\s+(?<frac>demie|demi|quart))?(?<minus>\\s+"
                    "moins\\s+(?:le\\s+)?quart)?") +
                kNotQuantity,
            RuleKind::Time)
            .frenchA = true;
        add(kHour + QStringLiteral("(?<hs>\\s?h)(?<mi>[0-5]\\d)?") + kE, RuleKind::Time);
        add(kHour + QStringLiteral("\\s?(?<hs>heures?)(?:\\s?(?<mi>[0-5]\\d))?") + kE,
            RuleKind::Time);
        add(kHour + QStringLiteral("(?=\\s+(?:du\\s+matin|de\\s+l'\\s*apres[-\\s]?midi|du\\s+soir|"
                                   "de\\s+la\\s+nuit)(?![\\w]))"),
            RuleKind::Time);
        add(QStringLiteral("entre\\s+") + hourNamed(QStringLiteral("h1")) +
                QStringLiteral("(?:\\s?(?:h|heures?)(?:\\s?(?<m1>[0-5]\\d))?)?\\s+et\\s+") +
                hourNamed(QStringLiteral("h2")) +
                QStringLiteral("(?:\\s?(?:h|heures?)(?:\\s?(?<m2>[0-5]\\d))?)?") + kNotQuantity,
            RuleKind::TimeRange);
        add(QStringLiteral("de\\s+") + hourNamed(QStringLiteral("h1")) +
                QStringLiteral("\\s?(?:h|heures?)(?:\\s?(?<m1>[0-5]\\d))?\\s+a\\s+") +
                hourNamed(QStringLiteral("h2")) +
                QStringLiteral("(?:\\s?(?:h|heures?)(?:\\s?(?<m2>[0-5]\\d))?)?") + kNotQuantity,
            RuleKind::TimeRange);
        add(hourNamed(QStringLiteral("h1")) +
                QStringLiteral("\\s?h(?<m1>[0-5]\\d)?\\s*[-\u2013]\\s*") +
                hourNamed(QStringLiteral("h2")) + QStringLiteral("\\s?h(?<m2>[0-5]\\d)?") + kE,
            RuleKind::TimeRange);
        add(QStringLiteral(
                "(?<!bon\\s)(?<!bonne\\s)(?<pw>matin|matinee|apres[-\\s]?midi|aprem|soir|"
                "soiree)") +
                kE,
            RuleKind::Part);
        add(QStringLiteral("(?<!bonne\\s)(?<pw>nuit)") + kE, RuleKind::Part, 0, DayPart::None,
            true);
        add(QStringLiteral("(?<!apres[-\\s])midi") + kE, RuleKind::Noon);
        add(QStringLiteral("minuit") + kE, RuleKind::Midnight);
    } else if (code == u"de") {
        add(QStringLiteral("heute") + kE, RuleKind::RelativeDay, 0);
        add(QStringLiteral("(?<!guten\\s)(?<!gute\\s)morgen") + kE, RuleKind::RelativeDay, 1);
        add(QStringLiteral("(?:ubermorgen|uebermorgen)") + kE, RuleKind::RelativeDay, 2);
        add(QStringLiteral("gestern") + kE, RuleKind::RelativeDay, -1);
        add(QStringLiteral("vorgestern") + kE, RuleKind::RelativeDay, -2);
        add(QStringLiteral("heute\\s+(?<pw>morgen|fruh)") + kE, RuleKind::RelativeDay, 0);
        add(QStringLiteral("(?:nachsten|nachster|nachste|naechsten|naechster|kommenden|kommender)"
                           "\\s+") +
                wd + kE,
            RuleKind::Weekday, 0);
        add(wd + QStringLiteral("\\s+(?:nachste|nachster|naechste)\\s+woche") + kE,
            RuleKind::Weekday, 2);
        add(QStringLiteral("(?:diesen|diesem|dieser)\\s+") + wd + kE, RuleKind::Weekday, 1);
        add(wd + QStringLiteral("(?<pw>morgen|vormittag|mittag|nachmittag|abend|nacht)") + kE,
            RuleKind::WeekdayPart);
        add(QStringLiteral("(?:nachste|nachsten|naechste|kommende|kommenden)\\s+woche") + kE,
            RuleKind::WeekRange);
        add(QStringLiteral("(?:am\\s+|dieses\\s+|diesem\\s+|nachstes\\s+)?wochenende") + kE,
            RuleKind::Weekend);
        add(kDay + QStringLiteral("\\.?\\s*") + months + year, RuleKind::CalendarDate);
        add(QStringLiteral("(?:am|zum|den|bis\\s+zum)\\s+") + kDay + QStringLiteral("\\.(?!\\d)") +
                noMonth,
            RuleKind::DayOnly);
        add(QStringLiteral("in\\s+") + count + unit, RuleKind::Offset, 1);
        add(QStringLiteral("in\\s+einer\\s+halben\\s+stunde") + kE, RuleKind::HalfHour, 1);
        add(QStringLiteral("vor\\s+") + count + unit, RuleKind::Offset, -1);
        add(QStringLiteral("(?<cue>um\\s+|gegen\\s+|ab\\s+|so\\s+um\\s+|circa\\s+|ca\\.\\s*)") +
                hour + QStringLiteral("(?:\\s?uhr(?:\\s?(?<mi2>[0-5]\\d))?)?") + kMeridiem +
                QStringLiteral("?") + kNotQuantity,
            RuleKind::Time);
        add(QStringLiteral("(?:%1(?:[:.](?<mi>[0-5]\\d))?|%2)").arg(kHour, hourWord) +
                QStringLiteral("\\s?uhr(?:\\s?(?<mi2>[0-5]\\d))?") + kE,
            RuleKind::Time);
        add(QStringLiteral("(?:um\\s+|gegen\\s+)?halb\\s+") + hour + kE, RuleKind::Time, 1);
        add(QStringLiteral("(?:um\\s+|gegen\\s+)?viertel\\s+nach\\s+") + hour + kE, RuleKind::Time,
            2);
        add(QStringLiteral("(?:um\\s+|gegen\\s+)?viertel\\s+vor\\s+") + hour + kE, RuleKind::Time,
            3);
        add(kHour + QStringLiteral("(?:\\s?uhr)?(?=\\s+(?:morgens|vormittags|nachmittags|abends|"
                                   "nachts)(?![\\w]))"),
            RuleKind::Time);
        add(QStringLiteral("zwischen\\s+") + rangeHour(1) +
                QStringLiteral("(?:\\s?uhr)?\\s+und\\s+") + rangeHour(2) +
                QStringLiteral("(?:\\s?uhr)?") + kNotQuantity,
            RuleKind::TimeRange);
        add(QStringLiteral("von\\s+") + rangeHour(1) + QStringLiteral("(?:\\s?uhr)?\\s+bis\\s+") +
                rangeHour(2) + QStringLiteral("(?:\\s?uhr)?") + kNotQuantity,
            RuleKind::TimeRange);
        add(rangeHour(1) + QStringLiteral("\\s*(?:-|\u2013|bis)\\s*") + rangeHour(2) +
                QStringLiteral("\\s?uhr") + kE,
            RuleKind::TimeRange);
        add(QStringLiteral("(?:am|gegen)\\s+(?<pw>morgen|vormittag|nachmittag|abend)") + kE,
            RuleKind::Part);
        add(QStringLiteral("in\\s+der\\s+(?<pw>nacht)") + kE, RuleKind::Part);
        add(QStringLiteral("(?<pw>morgens|vormittags?|nachmittags?|abends|nachts)") + kE,
            RuleKind::Part);
        add(QStringLiteral("(?<!guten\\s)(?<!gute\\s)(?<pw>abend|nacht|fruh)") + kE, RuleKind::Part,
            0, DayPart::None, true);
        add(QStringLiteral("(?:zu\\s+)?mittags?") + kE, RuleKind::Noon);
        add(QStringLiteral("mitternacht") + kE, RuleKind::Midnight);
    }

    // Weekdays and a day of the month after a weekday are shared by all languages' shapes.
    // Not when a month follows: "venerdì 13 marzo" is the weekday next to a full date.
    add(wd + QStringLiteral(",?\\s+(?:il\\s+|el\\s+|le\\s+|den\\s+|the\\s+)?") + kDay +
            QStringLiteral("(?:st|nd|rd|th|er|o|\u00b0|\\.)?(?![\\w]|[:.,/]\\d|\\s?(?:h|uhr|am|"
                           "pm)(?![\\w]))(?!\\.?\\s*(?:di\\s+|de\\s+|of\\s+)?(?:%1)(?![\\w]))")
                .arg(lx.monthPattern()),
        RuleKind::WeekdayDay);
    add(wd + kE, RuleKind::Weekday, 0);
}

void DateTimeExtractor::addNeutralRules()
{
    const auto add = [this](const QString &pattern, RuleKind kind) {
        Rule rule;
        rule.re = compile(kB + pattern);
        rule.kind = kind;
        m_rules.push_back(std::move(rule));
    };
    // ISO 8601, optionally with a time.
    add(QStringLiteral("(?<y>(?:19|20)\\d{2})-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])(?:[t"
                       "\\s](?<h>[01]\\d|2[0-3]):(?<mi>[0-5]\\d)(?::[0-5]\\d)?)?(?![\\w]|[-:]\\d)"),
        RuleKind::CalendarDate);
    // Day first in all five languages: 03/04/2026, 3.4.26, 3-4-2026.
    add(kDay + QStringLiteral("[/.\\-](?<m>1[0-2]|0?[1-9])[/.\\-](?<y>\\d{4}|\\d{2})(?![\\w]|[./"
                              "\\-]\\d)"),
        RuleKind::CalendarDate);
    // Not a fraction of a quantity ("1/2 kg").
    add(kDay + QStringLiteral("/(?<m>1[0-2]|0?[1-9])(?![\\w]|[/.,]\\d)") + kNotQuantity +
            QStringLiteral("(?!\\s*(?:kg|g|l|lt|ml|cl|m|cm|mm|lb|oz|kilo|chili)(?![\\w]))"),
        RuleKind::CalendarDate);
    add(kDay + QStringLiteral("\\.(?<m>1[0-2]|0?[1-9])\\.(?!\\d)"), RuleKind::CalendarDate);
    // 10:30, 9:15pm, 10:30 Uhr.
    add(kHour + QStringLiteral(":(?<mi>[0-5]\\d)(?:\\s?(?:uhr|h|hrs)(?![\\w]))?") + kMeridiem +
            QStringLiteral("?(?![\\w]|[:.]\\d)"),
        RuleKind::Time);
    // 3pm, 10 a.m., 7.30pm.
    add(QStringLiteral("(?<h>1[0-2]|0?[1-9])(?:[:.](?<mi>[0-5]\\d))?") + kMeridiem, RuleKind::Time);
    add(QStringLiteral("(?<h1>2[0-3]|[01]?\\d):(?<m1>[0-5]\\d)\\s*[-\u2013]\\s*(?<h2>2[0-3]|[01]?"
                       "\\d):(?<m2>[0-5]\\d)") +
            kE,
        RuleKind::TimeRange);
}

QList<DateTimeAtom> DateTimeExtractor::atoms(const FoldedText &text, const QString &language,
                                             const QDateTime &now, const QTimeZone &timeZone) const
{
    const QDateTime localNow = now.toTimeZone(timeZone);
    const QDate today = localNow.date();
    const QString &folded = text.folded();
    QList<DateTimeAtom> found;

    for (const Rule &rule : m_rules) {
        if (rule.lexicon) {
            if (!language.isEmpty() && rule.lexicon->code() != language) {
                continue;
            }
            if (language.isEmpty() && rule.explicitLanguageOnly) {
                continue;
            }
        }
        auto it = rule.re.globalMatch(folded);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength() == 0) {
                continue;
            }
            DateTimeAtom atom;
            atom.start = m.capturedStart();
            atom.end = m.capturedEnd();
            const DateTimeLexicon *lx = rule.lexicon;
            const QString pw = m.captured(u"pw");
            bool ok = true;
            switch (rule.kind) {
            case RuleKind::RelativeDay:
                atom.date = today.addDays(rule.param);
                atom.part = pw.isEmpty() ? rule.part : partOfWord(pw);
                break;
            case RuleKind::Weekday:
            case RuleKind::WeekdayPart: {
                const int weekday = lx->weekday(m.captured(u"wd"));
                ok = weekday > 0;
                if (ok) {
                    atom.date = nextWeekday(weekday, today, rule.param);
                    atom.weekdayOnly = true;
                }
                if (rule.kind == RuleKind::WeekdayPart) {
                    atom.weekdayOnly = false;
                    if (pw == u"mittag") {
                        atom.hour = 12;
                        atom.hourFixed = true;
                    } else {
                        atom.part = partOfWord(pw);
                    }
                }
                break;
            }
            case RuleKind::WeekdayDay: {
                const std::optional<QDate> date =
                    upcomingDayOfMonth(toInt(m.captured(u"d")), today);
                ok = date.has_value();
                atom.date = date;
                break;
            }
            case RuleKind::WeekRange: {
                const QDate monday = today.addDays(8 - today.dayOfWeek());
                atom.date = monday;
                atom.dateEnd = monday.addDays(6);
                break;
            }
            case RuleKind::Weekend: {
                const int dow = today.dayOfWeek();
                const QDate saturday = dow == 7 ? today.addDays(-1) : today.addDays(6 - dow);
                atom.date = dow == 7 ? today : saturday;
                atom.dateEnd = saturday.addDays(1);
                break;
            }
            case RuleKind::CalendarDate: {
                const int day = toInt(m.captured(u"d"));
                const QString monthText = m.captured(u"m");
                int month = toInt(monthText);
                if (month < 0 && lx) {
                    month = lx->month(monthText);
                }
                const QString yearText = m.captured(u"y");
                std::optional<QDate> date;
                if (!yearText.isEmpty()) {
                    int y = toInt(yearText);
                    if (yearText.size() == 2) {
                        y += 2000;
                    }
                    const QDate candidate(y, month, day);
                    if (candidate.isValid()) {
                        date = candidate;
                    }
                } else if (month >= 1 && month <= 12) {
                    date = upcomingDayMonth(day, month, today);
                }
                ok = date.has_value();
                atom.date = date;
                if (ok && m.capturedLength(u"h") > 0) {
                    atom.hour = toInt(m.captured(u"h"));
                    atom.minute = toInt(m.captured(u"mi"), 0);
                    atom.hourFixed = true;
                }
                break;
            }
            case RuleKind::DayOnly: {
                const std::optional<QDate> date =
                    upcomingDayOfMonth(toInt(m.captured(u"d")), today);
                ok = date.has_value();
                atom.date = date;
                break;
            }
            case RuleKind::Offset:
            case RuleKind::HalfHour: {
                int amount = 30;
                TimeUnit unit = TimeUnit::Minute;
                if (rule.kind == RuleKind::Offset) {
                    amount = m.capturedLength(u"n") > 0 ? toInt(m.captured(u"n"))
                                                        : lx->count(m.captured(u"nw"));
                    const std::optional<TimeUnit> u = lx->unit(m.captured(u"u"));
                    ok = u.has_value() && amount > 0;
                    if (ok) {
                        unit = *u;
                    }
                }
                if (!ok) {
                    break;
                }
                amount *= rule.param;
                switch (unit) {
                case TimeUnit::Minute:
                case TimeUnit::Hour: {
                    const qint64 seconds = now.toSecsSinceEpoch() +
                                           qint64(amount) * (unit == TimeUnit::Hour ? 3600 : 60);
                    atom.instant = QDateTime::fromSecsSinceEpoch(seconds - seconds % 60, timeZone);
                    break;
                }
                case TimeUnit::Day:
                    atom.date = today.addDays(amount);
                    break;
                case TimeUnit::Week:
                    atom.date = today.addDays(7 * amount);
                    break;
                case TimeUnit::Month:
                    atom.date = today.addMonths(amount);
                    break;
                }
                break;
            }
            case RuleKind::Time: {
                if (rule.frenchA && language != u"fr" && m.captured(u"cue").trimmed() == u"a" &&
                    m.capturedLength(u"hs") == 0) {
                    // Folding turned "à" into "a"; without the accent or an "h" it is Italian or
                    // Spanish "a" ("a 10 minuti"), not a French time.
                    const QChar original =
                        text.original().at(text.originalStart(m.capturedStart()));
                    ok = original == u'\u00e0' || original == u'\u00c0';
                    if (!ok) {
                        break;
                    }
                }
                const QString minutes =
                    m.capturedLength(u"mi") > 0 ? m.captured(u"mi") : m.captured(u"mi2");
                HourReading r =
                    readHour(m.captured(u"h"), m.captured(u"hw"), minutes, m.captured(u"ap"), lx);
                ok = r.hour >= 0;
                if (!ok) {
                    break;
                }
                // Minutes relative to the written hour, which may be negative ("halb 3",
                // "quarter to 1"): the hour is resolved first (3 -> 15:00), then moved.
                int offset = r.minute;
                const QString frac = m.captured(u"frac").simplified();
                const QString rel = m.captured(u"rel");
                if (!rel.isEmpty()) {
                    const int amount = frac == u"half" ? 30 : 15;
                    offset = rel == u"past" ? amount : -amount;
                } else if (!frac.isEmpty()) {
                    if (frac.startsWith(QLatin1String("mezz")) || frac == u"media" ||
                        frac.startsWith(QLatin1String("demi"))) {
                        offset += 30;
                    } else if (frac.startsWith(QLatin1String("tre"))) {
                        offset += 45;
                    } else {
                        offset += 15;
                    }
                }
                if (m.capturedLength(u"minus") > 0) {
                    offset -= 15;
                }
                switch (rule.param) {
                case 1:
                    offset = -30;
                    break;
                case 2:
                    offset = 15;
                    break;
                case 3:
                    offset = -15;
                    break;
                default:
                    break;
                }
                atom.hour = r.hour;
                atom.minute = offset;
                atom.hourFixed = r.fixed;
                break;
            }
            case RuleKind::TimeRange: {
                const HourReading a = readHour(m.captured(u"h1"), m.captured(u"w1"),
                                               m.captured(u"m1"), m.captured(u"ap1"), lx);
                const QString ap2 = m.captured(u"ap2");
                const HourReading b =
                    readHour(m.captured(u"h2"), m.captured(u"w2"), m.captured(u"m2"), ap2, lx);
                ok = a.hour >= 0 && b.hour >= 0;
                if (!ok) {
                    break;
                }
                atom.hour = a.hour;
                atom.minute = a.minute;
                atom.hourFixed = a.fixed;
                atom.endHour = b.hour;
                atom.endMinute = b.minute;
                atom.endHourFixed = b.fixed;
                if (!a.fixed && !ap2.isEmpty()) {
                    // "between 2 and 4pm": the second meridiem covers the first when it fits.
                    const HourReading shifted =
                        readHour(m.captured(u"h1"), m.captured(u"w1"), m.captured(u"m1"), ap2, lx);
                    if (shifted.hour >= 0 &&
                        shifted.hour * 60 + shifted.minute <= b.hour * 60 + b.minute) {
                        atom.hour = shifted.hour;
                    }
                    atom.hourFixed = true;
                }
                break;
            }
            case RuleKind::Part:
                atom.part = partOfWord(pw);
                atom.weakPart = rule.weak;
                ok = atom.part != DayPart::None;
                break;
            case RuleKind::Noon:
                atom.hour = 12;
                atom.hourFixed = true;
                break;
            case RuleKind::Midnight:
                atom.hour = 0;
                atom.hourFixed = true;
                atom.midnight = true;
                break;
            }
            if (ok) {
                found.append(atom);
            }
        }
    }

    // Longest atoms win; ties go to the earlier one.
    std::sort(found.begin(), found.end(), [](const DateTimeAtom &a, const DateTimeAtom &b) {
        return a.length() != b.length() ? a.length() > b.length() : a.start < b.start;
    });
    QList<DateTimeAtom> chosen;
    for (const DateTimeAtom &atom : found) {
        const bool overlaps = std::any_of(chosen.cbegin(), chosen.cend(), [&](const auto &c) {
            return atom.start < c.end && c.start < atom.end;
        });
        if (!overlaps) {
            chosen.append(atom);
        }
    }
    std::sort(chosen.begin(), chosen.end(),
              [](const DateTimeAtom &a, const DateTimeAtom &b) { return a.start < b.start; });
    return chosen;
}

namespace {

struct Group
{
    qsizetype start = 0;
    qsizetype end = 0;
    std::optional<QDate> date;
    std::optional<QDate> dateEnd;
    bool weekdayOnly = false;
    bool hasTime = false;
    int hour = 0;
    int minute = 0;
    bool hourFixed = false;
    int endHour = -1;
    int endMinute = 0;
    bool endHourFixed = false;
    bool midnight = false;
    DayPart part = DayPart::None;
    bool onlyWeakPart = true; // every atom so far is a weak part of the day
    std::optional<QDateTime> instant;

    bool canTake(const DateTimeAtom &atom) const
    {
        if (instant || atom.instant) {
            return false;
        }
        // Two dates combine only when one is a bare weekday naming the other ("venerdì 13
        // marzo"); "martedì a mercoledì" are two dates.
        if (date && atom.date && weekdayOnly == atom.weekdayOnly) {
            return false;
        }
        if (hasTime && atom.hasTime()) {
            return false;
        }
        if (part != DayPart::None && atom.part != DayPart::None && part != atom.part) {
            return false;
        }
        return true;
    }

    void take(const DateTimeAtom &atom)
    {
        end = atom.end;
        if (atom.date && (!date || weekdayOnly)) {
            date = atom.date;
            dateEnd = atom.dateEnd;
            weekdayOnly = atom.weekdayOnly;
        }
        if (atom.hasTime()) {
            hasTime = true;
            hour = atom.hour;
            minute = atom.minute;
            hourFixed = atom.hourFixed;
            endHour = atom.endHour;
            endMinute = atom.endMinute;
            endHourFixed = atom.endHourFixed;
            midnight = atom.midnight;
        }
        if (atom.part != DayPart::None) {
            part = atom.part;
        }
        instant = atom.instant;
        onlyWeakPart = onlyWeakPart && atom.weakPart;
    }

    static Group from(const DateTimeAtom &atom)
    {
        Group group;
        group.start = atom.start;
        group.take(atom);
        return group;
    }
};

} // namespace

QList<Entity> DateTimeExtractor::extract(const FoldedText &text, const QString &language,
                                         const QDateTime &now, const QTimeZone &timeZone) const
{
    const QList<DateTimeAtom> found = atoms(text, language, now, timeZone);
    QList<Group> groups;
    const QString &folded = text.folded();
    for (const DateTimeAtom &atom : found) {
        if (!groups.isEmpty()) {
            Group &last = groups.last();
            const QString gap = folded.mid(last.end, atom.start - last.end);
            if (gap.size() <= 24 && last.canTake(atom) && m_glue.match(gap).hasMatch()) {
                last.take(atom);
                continue;
            }
        }
        groups.append(Group::from(atom));
    }

    const QDate today = now.toTimeZone(timeZone).date();
    QList<Entity> entities;
    std::optional<QDate> previousDate;
    qsizetype previousEnd = -1;
    for (Group &group : groups) {
        if (group.onlyWeakPart && !group.date && !group.hasTime) {
            continue; // "buona sera", "llego tarde": not a time
        }
        // "domani alle 10 o alle 11": the second time shares the first one's day.
        if (!group.date && !group.instant && previousDate && previousEnd >= 0 &&
            m_alternative.match(folded.mid(previousEnd, group.start - previousEnd)).hasMatch()) {
            group.date = previousDate;
        }
        Entity entity;
        entity.start = text.originalStart(group.start);
        entity.length = text.originalEnd(group.end) - entity.start;
        entity.text = text.original().mid(entity.start, entity.length);

        if (group.instant) {
            entity.type = EntityType::DateTime;
            entity.value = isoString(*group.instant);
        } else if (!group.hasTime && group.part == DayPart::None) {
            if (!group.date) {
                continue;
            }
            entity.type = EntityType::Date;
            entity.value = group.date->toString(Qt::ISODate);
            if (group.dateEnd) {
                entity.end = group.dateEnd->toString(Qt::ISODate);
            }
        } else {
            int startMinutes = 0;
            int endMinutes = -1;
            if (group.hasTime) {
                int startHour = group.hour;
                if (group.endHour >= 0 && group.part == DayPart::None && !group.hourFixed) {
                    // A range is read as a whole: "tra le 2 e le 4" is afternoon, "dalle 6 alle
                    // 10" is morning, "dalle 11 alle 2" runs over noon.
                    const int endHour = resolveHour(group.endHour, group.endHourFixed, group.part);
                    if (endHour >= 12 && startHour + 12 <= endHour && startHour < 12) {
                        startHour += 12;
                    }
                } else {
                    startHour = resolveHour(group.hour, group.hourFixed, group.part);
                }
                startMinutes = startHour * 60 + group.minute;
                if (group.midnight && group.date) {
                    startMinutes = kMinutesPerDay;
                }
                if (group.endHour >= 0) {
                    int endHour = resolveHour(group.endHour, group.endHourFixed, group.part);
                    endMinutes = endHour * 60 + group.endMinute;
                    if (endMinutes <= startMinutes && !group.endHourFixed && endHour < 12) {
                        endMinutes += 12 * 60;
                    }
                    if (endMinutes <= startMinutes) {
                        endMinutes += kMinutesPerDay; // "22:00-02:00"
                    }
                }
            } else {
                const auto [from, to] = partBounds(group.part);
                startMinutes = from;
                endMinutes = to;
            }
            QDate day = group.date.value_or(today);
            entity.type = group.date ? EntityType::DateTime : EntityType::Time;
            QDateTime start = atMinutes(day, startMinutes, timeZone);
            QDateTime finish = endMinutes >= 0 ? atMinutes(day, endMinutes, timeZone) : QDateTime();
            if (!group.date && (finish.isValid() ? finish : start) <= now) {
                day = day.addDays(1);
                start = atMinutes(day, startMinutes, timeZone);
                if (finish.isValid()) {
                    finish = atMinutes(day, endMinutes, timeZone);
                }
            }
            entity.value = isoString(start);
            if (finish.isValid()) {
                entity.end = isoString(finish);
            }
        }
        previousDate = group.date;
        previousEnd = group.end;
        entities.append(entity);
    }
    return entities;
}

} // namespace sportello::nlu
