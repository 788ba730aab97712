// SPDX-License-Identifier: LicenseRef-Sportello
// Folded words for days, months, counts and units in it, en, es, fr and de.
#include "nlu/entities/datetimelexicon.h"

#include <algorithm>
#include <initializer_list>
#include <map>

#include <QRegularExpression>

namespace sportello::nlu {

namespace {

struct Word
{
    const char16_t *text;
    int value;
};

using Words = std::initializer_list<Word>;

struct Tables
{
    Words weekdays;
    Words months;
    Words counts;
    Words hourWords;
    Words minutes;
    Words hours;
    Words days;
    Words weeks;
    Words monthUnits;
};

// All words are folded: lowercase, no accents, "ß" as "ss".
const Tables kItalian{
    {{u"lunedi", 1},
     {u"martedi", 2},
     {u"mercoledi", 3},
     {u"giovedi", 4},
     {u"venerdi", 5},
     {u"sabato", 6},
     {u"domenica", 7}},
    {{u"gennaio", 1}, {u"gen", 1},       {u"febbraio", 2}, {u"feb", 2},       {u"marzo", 3},
     {u"mar", 3},     {u"aprile", 4},    {u"apr", 4},      {u"maggio", 5},    {u"mag", 5},
     {u"giugno", 6},  {u"giu", 6},       {u"luglio", 7},   {u"lug", 7},       {u"agosto", 8},
     {u"ago", 8},     {u"settembre", 9}, {u"set", 9},      {u"sett", 9},      {u"ottobre", 10},
     {u"ott", 10},    {u"novembre", 11}, {u"nov", 11},     {u"dicembre", 12}, {u"dic", 12}},
    {{u"un", 1},
     {u"uno", 1},
     {u"una", 1},
     {u"un'", 1},
     {u"due", 2},
     {u"tre", 3},
     {u"quattro", 4},
     {u"cinque", 5},
     {u"sei", 6},
     {u"sette", 7},
     {u"otto", 8},
     {u"nove", 9},
     {u"dieci", 10},
     {u"undici", 11},
     {u"dodici", 12},
     {u"quindici", 15},
     {u"venti", 20},
     {u"trenta", 30},
     {u"un paio di", 2}},
    {{u"una", 1},
     {u"due", 2},
     {u"tre", 3},
     {u"quattro", 4},
     {u"cinque", 5},
     {u"sei", 6},
     {u"sette", 7},
     {u"otto", 8},
     {u"nove", 9},
     {u"dieci", 10},
     {u"undici", 11},
     {u"dodici", 12}},
    {{u"minuto", 0}, {u"minuti", 0}, {u"min", 0}},
    {{u"ora", 0}, {u"ore", 0}},
    {{u"giorno", 0}, {u"giorni", 0}, {u"gg", 0}},
    {{u"settimana", 0}, {u"settimane", 0}},
    {{u"mese", 0}, {u"mesi", 0}},
};

const Tables kEnglish{
    {{u"monday", 1},
     {u"tuesday", 2},
     {u"wednesday", 3},
     {u"thursday", 4},
     {u"friday", 5},
     {u"saturday", 6},
     {u"sunday", 7}},
    {{u"january", 1},   {u"jan", 1},   {u"february", 2},  {u"feb", 2},      {u"march", 3},
     {u"mar", 3},       {u"april", 4}, {u"apr", 4},       {u"may", 5},      {u"june", 6},
     {u"jun", 6},       {u"july", 7},  {u"jul", 7},       {u"august", 8},   {u"aug", 8},
     {u"september", 9}, {u"sep", 9},   {u"sept", 9},      {u"october", 10}, {u"oct", 10},
     {u"november", 11}, {u"nov", 11},  {u"december", 12}, {u"dec", 12}},
    {{u"a", 1},       {u"an", 1},      {u"one", 1},         {u"two", 2},       {u"three", 3},
     {u"four", 4},    {u"five", 5},    {u"six", 6},         {u"seven", 7},     {u"eight", 8},
     {u"nine", 9},    {u"ten", 10},    {u"eleven", 11},     {u"twelve", 12},   {u"fifteen", 15},
     {u"twenty", 20}, {u"thirty", 30}, {u"a couple of", 2}, {u"couple of", 2}, {u"a couple", 2}},
    {{u"one", 1},
     {u"two", 2},
     {u"three", 3},
     {u"four", 4},
     {u"five", 5},
     {u"six", 6},
     {u"seven", 7},
     {u"eight", 8},
     {u"nine", 9},
     {u"ten", 10},
     {u"eleven", 11},
     {u"twelve", 12}},
    {{u"minute", 0}, {u"minutes", 0}, {u"min", 0}, {u"mins", 0}},
    {{u"hour", 0}, {u"hours", 0}, {u"hr", 0}, {u"hrs", 0}},
    {{u"day", 0}, {u"days", 0}},
    {{u"week", 0}, {u"weeks", 0}},
    {{u"month", 0}, {u"months", 0}},
};

const Tables kSpanish{
    {{u"lunes", 1},
     {u"martes", 2},
     {u"miercoles", 3},
     {u"jueves", 4},
     {u"viernes", 5},
     {u"sabado", 6},
     {u"domingo", 7}},
    {{u"enero", 1},    {u"ene", 1},        {u"febrero", 2},    {u"feb", 2},  {u"marzo", 3},
     {u"mar", 3},      {u"abril", 4},      {u"abr", 4},        {u"mayo", 5}, {u"may", 5},
     {u"junio", 6},    {u"jun", 6},        {u"julio", 7},      {u"jul", 7},  {u"agosto", 8},
     {u"ago", 8},      {u"septiembre", 9}, {u"setiembre", 9},  {u"sep", 9},  {u"sept", 9},
     {u"octubre", 10}, {u"oct", 10},       {u"noviembre", 11}, {u"nov", 11}, {u"diciembre", 12},
     {u"dic", 12}},
    {{u"un", 1},
     {u"una", 1},
     {u"uno", 1},
     {u"dos", 2},
     {u"tres", 3},
     {u"cuatro", 4},
     {u"cinco", 5},
     {u"seis", 6},
     {u"siete", 7},
     {u"ocho", 8},
     {u"nueve", 9},
     {u"diez", 10},
     {u"once", 11},
     {u"doce", 12},
     {u"quince", 15},
     {u"veinte", 20},
     {u"treinta", 30},
     {u"un par de", 2}},
    {{u"una", 1},
     {u"dos", 2},
     {u"tres", 3},
     {u"cuatro", 4},
     {u"cinco", 5},
     {u"seis", 6},
     {u"siete", 7},
     {u"ocho", 8},
     {u"nueve", 9},
     {u"diez", 10},
     {u"once", 11},
     {u"doce", 12}},
    {{u"minuto", 0}, {u"minutos", 0}, {u"min", 0}},
    {{u"hora", 0}, {u"horas", 0}},
    {{u"dia", 0}, {u"dias", 0}},
    {{u"semana", 0}, {u"semanas", 0}},
    {{u"mes", 0}, {u"meses", 0}},
};

const Tables kFrench{
    {{u"lundi", 1},
     {u"mardi", 2},
     {u"mercredi", 3},
     {u"jeudi", 4},
     {u"vendredi", 5},
     {u"samedi", 6},
     {u"dimanche", 7}},
    {{u"janvier", 1},  {u"janv", 1},  {u"fevrier", 2},   {u"fevr", 2},      {u"fev", 2},
     {u"mars", 3},     {u"avril", 4}, {u"avr", 4},       {u"mai", 5},       {u"juin", 6},
     {u"juillet", 7},  {u"juil", 7},  {u"aout", 8},      {u"septembre", 9}, {u"sept", 9},
     {u"octobre", 10}, {u"oct", 10},  {u"novembre", 11}, {u"nov", 11},      {u"decembre", 12},
     {u"dec", 12}},
    {{u"un", 1},
     {u"une", 1},
     {u"deux", 2},
     {u"trois", 3},
     {u"quatre", 4},
     {u"cinq", 5},
     {u"six", 6},
     {u"sept", 7},
     {u"huit", 8},
     {u"neuf", 9},
     {u"dix", 10},
     {u"onze", 11},
     {u"douze", 12},
     {u"quinze", 15},
     {u"vingt", 20},
     {u"trente", 30}},
    {{u"une", 1},
     {u"deux", 2},
     {u"trois", 3},
     {u"quatre", 4},
     {u"cinq", 5},
     {u"six", 6},
     {u"sept", 7},
     {u"huit", 8},
     {u"neuf", 9},
     {u"dix", 10},
     {u"onze", 11},
     {u"douze", 12}},
    {{u"minute", 0}, {u"minutes", 0}, {u"min", 0}},
    {{u"heure", 0}, {u"heures", 0}, {u"h", 0}},
    {{u"jour", 0}, {u"jours", 0}},
    {{u"semaine", 0}, {u"semaines", 0}},
    {{u"mois", 0}},
};

const Tables kGerman{
    {{u"montag", 1},
     {u"dienstag", 2},
     {u"mittwoch", 3},
     {u"donnerstag", 4},
     {u"freitag", 5},
     {u"samstag", 6},
     {u"sonnabend", 6},
     {u"sonntag", 7}},
    {{u"januar", 1},   {u"janner", 1}, {u"jan", 1},       {u"februar", 2}, {u"feb", 2},
     {u"marz", 3},     {u"maerz", 3},  {u"mrz", 3},       {u"april", 4},   {u"apr", 4},
     {u"mai", 5},      {u"juni", 6},   {u"jun", 6},       {u"juli", 7},    {u"jul", 7},
     {u"august", 8},   {u"aug", 8},    {u"september", 9}, {u"sep", 9},     {u"sept", 9},
     {u"oktober", 10}, {u"okt", 10},   {u"november", 11}, {u"nov", 11},    {u"dezember", 12},
     {u"dez", 12}},
    {{u"ein", 1},
     {u"eine", 1},
     {u"einem", 1},
     {u"einer", 1},
     {u"einen", 1},
     {u"zwei", 2},
     {u"drei", 3},
     {u"vier", 4},
     {u"funf", 5},
     {u"sechs", 6},
     {u"sieben", 7},
     {u"acht", 8},
     {u"neun", 9},
     {u"zehn", 10},
     {u"elf", 11},
     {u"zwolf", 12},
     {u"funfzehn", 15},
     {u"zwanzig", 20},
     {u"dreissig", 30}},
    {{u"eins", 1},
     {u"ein", 1},
     {u"zwei", 2},
     {u"drei", 3},
     {u"vier", 4},
     {u"funf", 5},
     {u"sechs", 6},
     {u"sieben", 7},
     {u"acht", 8},
     {u"neun", 9},
     {u"zehn", 10},
     {u"elf", 11},
     {u"zwolf", 12}},
    {{u"minute", 0}, {u"minuten", 0}, {u"min", 0}},
    {{u"stunde", 0}, {u"stunden", 0}, {u"std", 0}},
    {{u"tag", 0}, {u"tage", 0}, {u"tagen", 0}},
    {{u"woche", 0}, {u"wochen", 0}},
    {{u"monat", 0}, {u"monate", 0}, {u"monaten", 0}},
};

const Tables *tablesFor(const QString &code)
{
    if (code == u"it") {
        return &kItalian;
    }
    if (code == u"en") {
        return &kEnglish;
    }
    if (code == u"es") {
        return &kSpanish;
    }
    if (code == u"fr") {
        return &kFrench;
    }
    if (code == u"de") {
        return &kGerman;
    }
    return nullptr;
}

// Multi-word entries match with any run of spaces between their words.
QString alternation(const QHash<QString, int> &words)
{
    QStringList keys = words.keys();
    std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    for (QString &key : keys) {
        key =
            QRegularExpression::escape(key).replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
    }
    return keys.join(u'|');
}

void fill(QHash<QString, int> &target, Words words)
{
    for (const Word &w : words) {
        target.insert(QString::fromUtf16(w.text), w.value);
    }
}

QString squeezed(const QString &words)
{
    return words.simplified();
}

} // namespace

DateTimeLexicon::DateTimeLexicon(const QString &code)
    : m_code(code)
{
    const Tables *tables = tablesFor(code);
    if (!tables) {
        return;
    }
    fill(m_weekdays, tables->weekdays);
    fill(m_months, tables->months);
    fill(m_counts, tables->counts);
    fill(m_hourWords, tables->hourWords);
    const std::pair<Words, TimeUnit> units[] = {
        {tables->minutes, TimeUnit::Minute},   {tables->hours, TimeUnit::Hour},
        {tables->days, TimeUnit::Day},         {tables->weeks, TimeUnit::Week},
        {tables->monthUnits, TimeUnit::Month},
    };
    QHash<QString, int> unitWords;
    for (const auto &[words, unit] : units) {
        for (const Word &w : words) {
            m_units.insert(QString::fromUtf16(w.text), unit);
            unitWords.insert(QString::fromUtf16(w.text), 0);
        }
    }
    m_weekdayPattern = alternation(m_weekdays);
    m_monthPattern = alternation(m_months);
    m_countPattern = alternation(m_counts);
    m_hourWordPattern = alternation(m_hourWords);
    m_unitPattern = alternation(unitWords);
}

const DateTimeLexicon *DateTimeLexicon::forLanguage(const QString &code)
{
    static const std::map<QString, DateTimeLexicon> lexicons = [] {
        std::map<QString, DateTimeLexicon> all;
        for (const QString &language : languages()) {
            all.emplace(language, DateTimeLexicon(language));
        }
        return all;
    }();
    const auto it = lexicons.find(code);
    return it == lexicons.end() ? nullptr : &it->second;
}

QStringList DateTimeLexicon::languages()
{
    return {QStringLiteral("it"), QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr"),
            QStringLiteral("de")};
}

int DateTimeLexicon::month(const QString &word) const
{
    QString key = word;
    if (key.endsWith(u'.')) {
        key.chop(1);
    }
    return m_months.value(key);
}

int DateTimeLexicon::count(const QString &words) const
{
    return m_counts.value(squeezed(words));
}

std::optional<TimeUnit> DateTimeLexicon::unit(const QString &word) const
{
    const auto it = m_units.constFind(word);
    if (it == m_units.cend()) {
        return std::nullopt;
    }
    return *it;
}

} // namespace sportello::nlu
