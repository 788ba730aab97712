// SPDX-License-Identifier: LicenseRef-Sportello
// Finds e-mail addresses and phone numbers in a message.
#include "nlu/entities/contactextractor.h"

namespace sportello::nlu {

namespace {

QRegularExpression compile(const QString &pattern)
{
    QRegularExpression re(pattern, QRegularExpression::UseUnicodePropertiesOption);
    re.optimize();
    return re;
}

// Shapes that are made of digits and separators but are not phone numbers.
const QList<QRegularExpression> &notPhoneShapes()
{
    static const QList<QRegularExpression> shapes{
        compile(QStringLiteral("^\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}$")),        // 03/04/2026
        compile(QStringLiteral("^\\d{4}[./-]\\d{1,2}[./-]\\d{1,2}$")),          // 2026-03-04
        compile(QStringLiteral("^\\d{1,2}[.:]\\d{2} ?- ?\\d{1,2}[.:]\\d{2}$")), // 10.30-12.30
        compile(QStringLiteral("^\\d{4} ?[-/] ?\\d{4}$")),                      // 2024-2025
        compile(QStringLiteral("^\\d{1,3}(?:[.,]\\d{3})+$")),                   // 1.200.000
    };
    return shapes;
}

bool isSeparator(QChar c)
{
    return c == u' ' || c == u'-' || c == u'.' || c == u'/' || c == u'\u00a0';
}

} // namespace

ContactExtractor::ContactExtractor()
    : m_email(compile(QStringLiteral(
          "(?<![\\w.%+\\-])[\\w%+\\-][\\w.%+\\-]*@[\\w](?:[\\w\\-]*[\\w])?(?:\\.[\\w](?:[\\w\\-]*["
          "\\w])?)*\\.\\p{L}{2,24}(?![\\w\\-])")))
    , m_phone(compile(QStringLiteral("(?<![\\w+#/.,:@\\-])(?:(?:\\+|00)\\s?\\d[\\d \\-./()\u00a0]{"
                                     "5,22}\\d|\\(?\\d[\\d \\-./()\u00a0]{6,22}\\d)(?![\\w@])")))
{
}

QList<Entity> ContactExtractor::extractEmails(const QString &text) const
{
    QList<Entity> out;
    auto it = m_email.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        Entity entity;
        entity.type = EntityType::Email;
        entity.start = m.capturedStart();
        entity.length = m.capturedLength();
        entity.text = m.captured();
        entity.value = entity.text.toLower();
        out.append(entity);
    }
    return out;
}

QList<Entity> ContactExtractor::extractPhones(const QString &text,
                                              const QString &defaultCountryCode) const
{
    QList<Entity> out;
    auto it = m_phone.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString value = normalizePhone(m.captured(), defaultCountryCode);
        if (value.isEmpty()) {
            continue;
        }
        Entity entity;
        entity.type = EntityType::Phone;
        entity.start = m.capturedStart();
        entity.length = m.capturedLength();
        entity.text = m.captured();
        entity.value = value;
        out.append(entity);
    }
    return out;
}

QString ContactExtractor::normalizePhone(const QString &written, const QString &defaultCountryCode)
{
    QString text = written.trimmed();
    for (const QRegularExpression &shape : notPhoneShapes()) {
        if (shape.match(text).hasMatch()) {
            return {};
        }
    }
    if (text.count(u'(') != text.count(u')') || text.count(u'(') > 1) {
        return {};
    }
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (isSeparator(text.at(i)) && isSeparator(text.at(i - 1))) {
            return {}; // "10 - 12" and friends are ranges, not numbers
        }
    }
    bool international = false;
    if (text.startsWith(u'+')) {
        international = true;
        text.remove(0, 1);
    } else if (text.startsWith(QLatin1String("00"))) {
        international = true;
        text.remove(0, 2);
    }
    if (international) {
        // "+44 (0)20 ...": the bracketed trunk zero is dialled only from inside the country.
        text.remove(QStringLiteral("(0)"));
    }
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit()) {
            digits.append(c);
        }
    }
    if (international) {
        if (digits.size() < 8 || digits.size() > 15) {
            return {};
        }
        return u'+' + digits;
    }
    if (digits.size() < 8 || digits.size() > 14) {
        return {};
    }
    QString cc;
    for (const QChar c : defaultCountryCode) {
        if (c.isDigit()) {
            cc.append(c);
        }
    }
    if (cc.isEmpty()) {
        return digits;
    }
    QString national = digits;
    const bool keepsTrunkZero = cc == u"39" || cc == u"378" || cc == u"379";
    if (cc == u"1" && national.size() == 11 && national.startsWith(u'1')) {
        national.remove(0, 1);
    } else if (!keepsTrunkZero && national.startsWith(u'0')) {
        national.remove(0, 1);
    }
    if (cc.size() + national.size() > 15) {
        return {};
    }
    return u'+' + cc + national;
}

} // namespace sportello::nlu
