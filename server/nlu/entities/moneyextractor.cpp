// SPDX-License-Identifier: LicenseRef-Sportello
// Finds amounts of money ("50 €", "$1,200.50", "CHF 80.-", "cinquanta euro").
#include "nlu/entities/moneyextractor.h"

#include <algorithm>

#include <QStringList>

#include "nlu/entities/foldedtext.h"

namespace sportello::nlu {

namespace {

struct Spelling
{
    const char16_t *text;
    const char16_t *code;
};

// Folded spellings; symbols and ISO codes may stand before or after the number, words only
// after it (except "euro", which Italians also put first: "euro 50,00").
constexpr Spelling kSymbols[] = {
    {u"\u20ac", u"EUR"}, {u"us$", u"USD"},  {u"$", u"USD"},   {u"\u00a3", u"GBP"},
    {u"\u00a5", u"JPY"}, {u"eur", u"EUR"},  {u"usd", u"USD"}, {u"gbp", u"GBP"},
    {u"chf", u"CHF"},    {u"sfr.", u"CHF"}, {u"sfr", u"CHF"}, {u"fr.", u"CHF"},
    {u"jpy", u"JPY"},    {u"aud", u"AUD"},  {u"sek", u"SEK"}, {u"nok", u"NOK"},
    {u"dkk", u"DKK"},    {u"pln", u"PLN"},  {u"czk", u"CZK"}, {u"huf", u"HUF"},
    // Not "cad" or "ron": in folded text they collide with Italian "cad." (each) and words.
};

constexpr Spelling kWords[] = {
    {u"euro", u"EUR"},    {u"euros", u"EUR"},    {u"euri", u"EUR"},     {u"dollari", u"USD"},
    {u"dollaro", u"USD"}, {u"dollars", u"USD"},  {u"dollar", u"USD"},   {u"dolares", u"USD"},
    {u"dolar", u"USD"},   {u"sterline", u"GBP"}, {u"sterlina", u"GBP"}, {u"pounds", u"GBP"},
    {u"pound", u"GBP"},   {u"libras", u"GBP"},   {u"livres", u"GBP"},   {u"pfund", u"GBP"},
    {u"franchi", u"CHF"}, {u"franken", u"CHF"},  {u"francs", u"CHF"},   {u"yen", u"JPY"},
};

struct NumberWord
{
    const char16_t *text;
    int value;
};

// Amounts written as one word ("cinquanta euro", "fifty euros"); compounds are not attempted.
constexpr NumberWord kNumberWords[] = {
    // it
    {u"un", 1},
    {u"uno", 1},
    {u"due", 2},
    {u"tre", 3},
    {u"quattro", 4},
    {u"cinque", 5},
    {u"sei", 6},
    {u"sette", 7},
    {u"otto", 8},
    {u"nove", 9},
    {u"dieci", 10},
    {u"venti", 20},
    {u"trenta", 30},
    {u"quaranta", 40},
    {u"cinquanta", 50},
    {u"sessanta", 60},
    {u"settanta", 70},
    {u"ottanta", 80},
    {u"novanta", 90},
    {u"cento", 100},
    {u"duecento", 200},
    {u"trecento", 300},
    {u"cinquecento", 500},
    {u"mille", 1000},
    {u"duemila", 2000},
    // en
    {u"one", 1},
    {u"two", 2},
    {u"three", 3},
    {u"four", 4},
    {u"five", 5},
    {u"six", 6},
    {u"seven", 7},
    {u"eight", 8},
    {u"nine", 9},
    {u"ten", 10},
    {u"twenty", 20},
    {u"thirty", 30},
    {u"forty", 40},
    {u"fifty", 50},
    {u"sixty", 60},
    {u"seventy", 70},
    {u"eighty", 80},
    {u"ninety", 90},
    {u"hundred", 100},
    {u"thousand", 1000},
    // es
    {u"una", 1},
    {u"dos", 2},
    {u"cuatro", 4},
    {u"cinco", 5},
    {u"seis", 6},
    {u"siete", 7},
    {u"ocho", 8},
    {u"nueve", 9},
    {u"diez", 10},
    {u"veinte", 20},
    {u"treinta", 30},
    {u"cuarenta", 40},
    {u"cincuenta", 50},
    {u"sesenta", 60},
    {u"setenta", 70},
    {u"ochenta", 80},
    {u"noventa", 90},
    {u"cien", 100},
    {u"doscientos", 200},
    {u"quinientos", 500},
    {u"mil", 1000},
    // fr
    {u"deux", 2},
    {u"trois", 3},
    {u"quatre", 4},
    {u"cinq", 5},
    {u"sept", 7},
    {u"huit", 8},
    {u"neuf", 9},
    {u"dix", 10},
    {u"vingt", 20},
    {u"trente", 30},
    {u"quarante", 40},
    {u"cinquante", 50},
    {u"soixante", 60},
    {u"cent", 100},
    // de
    {u"ein", 1},
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
    {u"zwanzig", 20},
    {u"dreissig", 30},
    {u"vierzig", 40},
    {u"funfzig", 50},
    {u"sechzig", 60},
    {u"siebzig", 70},
    {u"achtzig", 80},
    {u"neunzig", 90},
    {u"hundert", 100},
    {u"tausend", 1000},
};

QString alternation(QStringList items)
{
    // Longest first, so "euros" is preferred to "euro" and "us$" to "$".
    std::sort(items.begin(), items.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (QString &item : items) {
        item = QRegularExpression::escape(item);
    }
    return items.join(u'|');
}

QRegularExpression compile(const QString &pattern)
{
    QRegularExpression re(pattern, QRegularExpression::UseUnicodePropertiesOption);
    re.optimize();
    return re;
}

// Digits of a number whose shape the regex has already validated; the last separator is a
// decimal point when one or two digits follow it.
std::optional<qint64> parseCents(const QString &number)
{
    qsizetype lastSep = -1;
    for (qsizetype i = 0; i < number.size(); ++i) {
        if (!number.at(i).isDigit()) {
            lastSep = i;
        }
    }
    QString integer;
    QString fraction;
    const bool decimal = lastSep >= 0 && number.size() - lastSep - 1 <= 2 &&
                         (number.at(lastSep) == u'.' || number.at(lastSep) == u',');
    for (qsizetype i = 0; i < number.size(); ++i) {
        const QChar c = number.at(i);
        if (!c.isDigit()) {
            continue;
        }
        if (decimal && i > lastSep) {
            fraction.append(c);
        } else {
            integer.append(c);
        }
    }
    if (integer.isEmpty() || integer.size() > 13) {
        return std::nullopt;
    }
    while (fraction.size() < 2) {
        fraction.append(u'0');
    }
    bool ok = false;
    const qint64 units = integer.toLongLong(&ok);
    if (!ok) {
        return std::nullopt;
    }
    return units * 100 + fraction.toLongLong();
}

QString formatCents(qint64 cents, const QString &code)
{
    return QStringLiteral("%1.%2 %3")
        .arg(cents / 100)
        .arg(cents % 100, 2, 10, QLatin1Char('0'))
        .arg(code);
}

} // namespace

MoneyExtractor::MoneyExtractor()
{
    QStringList symbols;
    QStringList words;
    for (const Spelling &s : kSymbols) {
        m_currencies.insert(QString::fromUtf16(s.text), QString::fromUtf16(s.code));
        symbols.append(QString::fromUtf16(s.text));
    }
    for (const Spelling &s : kWords) {
        m_currencies.insert(QString::fromUtf16(s.text), QString::fromUtf16(s.code));
        words.append(QString::fromUtf16(s.text));
    }
    QStringList numberWords;
    for (const NumberWord &w : kNumberWords) {
        m_numberWords.insert(QString::fromUtf16(w.text), w.value);
        numberWords.append(QString::fromUtf16(w.text));
    }
    const QString prefixes = alternation(symbols + QStringList{QStringLiteral("euro")});
    const QString suffixes = alternation(symbols + words);
    // Thousands groups need exactly three digits; a trailing ",-" / ".–" (German and Swiss
    // for "no cents") is part of the amount.
    const QString grouped = QStringLiteral(
        "\\d{1,3}(?:[.,'\u00a0\u202f]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?");
    const QString spaced =
        QStringLiteral("\\d{1,3}(?:[ \u00a0\u202f]\\d{3})+(?:[.,]\\d{1,2})?|") + grouped;
    const QString noCents = QStringLiteral("(?:[.,][-\u2013\u2014]{1,2})?");
    // Not the tail of another number ("10:30 €" is not "30 €").
    const QString before = QStringLiteral("(?<![\\w.,:'$\u20ac\u00a3])");
    m_prefixed = compile(QStringLiteral("(?<![\\w])(?<cur>%1)\\s?(?<num>%2)(?![\\d])%3")
                             .arg(prefixes, grouped, noCents));
    m_suffixed = compile(QStringLiteral("%1(?<num>%2)%3\\s?(?<cur>%4)(?![\\w])")
                             .arg(before, grouped, noCents, suffixes));
    m_suffixedSpaced = compile(QStringLiteral("%1(?<num>%2)%3\\s?(?<cur>%4)(?![\\w])")
                                   .arg(before, spaced, noCents, suffixes));
    m_words = compile(QStringLiteral("(?<![\\w])(?<word>%1)\\s+(?<cur>%2)(?![\\w])")
                          .arg(alternation(numberWords), alternation(words)));
}

void MoneyExtractor::collect(const QRegularExpression &re, const FoldedText &text,
                             QList<Entity> &out) const
{
    auto it = re.globalMatch(text.folded());
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString code = m_currencies.value(m.captured(u"cur"));
        if (code.isEmpty()) {
            continue;
        }
        std::optional<qint64> cents;
        if (m.hasCaptured(u"word")) {
            const auto word = m_numberWords.constFind(m.captured(u"word"));
            if (word != m_numberWords.cend()) {
                cents = qint64(*word) * 100;
            }
        } else {
            cents = parseCents(m.captured(u"num"));
        }
        if (!cents) {
            continue;
        }
        Entity entity;
        entity.type = EntityType::Money;
        entity.start = text.originalStart(m.capturedStart());
        entity.length = text.originalEnd(m.capturedEnd()) - entity.start;
        entity.text = text.original().mid(entity.start, entity.length);
        entity.value = formatCents(*cents, code);
        out.append(entity);
    }
}

QList<Entity> MoneyExtractor::extract(const FoldedText &text, const QString &language) const
{
    QList<Entity> out;
    collect(m_prefixed, text, out);
    collect(language == u"fr" ? m_suffixedSpaced : m_suffixed, text, out);
    collect(m_words, text, out);
    return out;
}

} // namespace sportello::nlu
