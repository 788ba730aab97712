// SPDX-License-Identifier: LicenseRef-Sportello
// E-mail addresses and phone numbers, phones normalised to E.164 when the country is known.
#include <vector>

#include <gtest/gtest.h>

#include <QTimeZone>

#include "nlu/entities/contactextractor.h"
#include "nlu/entities/entityextractor.h"

using sportello::nlu::ContactExtractor;
using sportello::nlu::Entity;
using sportello::nlu::EntityContext;
using sportello::nlu::EntityExtractor;
using sportello::nlu::EntityType;

namespace {

EntityContext context(const QString &countryCode)
{
    const QTimeZone rome("Europe/Rome");
    return EntityContext{QDateTime(QDate(2026, 3, 4), QTime(9, 30), rome), rome, countryCode};
}

QList<Entity> ofType(const QString &message, EntityType type, const QString &countryCode = {})
{
    static const EntityExtractor extractor;
    QList<Entity> out;
    for (const Entity &e : extractor.extract(message, QString(), context(countryCode))) {
        if (e.type == type) {
            out.append(e);
        }
    }
    return out;
}

struct PhoneCase
{
    const char16_t *message;
    const char *countryCode;
    const char16_t *span;
    const char16_t *value;
};

} // namespace

TEST(EntityContact, Emails)
{
    const QList<Entity> found =
        ofType(QStringLiteral(
                   "scrivetemi a Mario.Rossi+web@Example.it oppure a anna_b@studio-sorriso.com."),
               EntityType::Email);
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found.at(0).text, QStringLiteral("Mario.Rossi+web@Example.it"));
    EXPECT_EQ(found.at(0).value, QStringLiteral("mario.rossi+web@example.it"));
    EXPECT_EQ(found.at(1).text, QStringLiteral("anna_b@studio-sorriso.com"));
    EXPECT_TRUE(
        ofType(QStringLiteral("scrivi a @mario o a mario@ grazie"), EntityType::Email).isEmpty());
}

TEST(EntityContact, PhoneNumbers)
{
    const std::vector<PhoneCase> cases{
        {u"il mio numero è +39 333 123 4567", "", u"+39 333 123 4567", u"+393331234567"},
        {u"chiamate il 333 123 4567", "39", u"333 123 4567", u"+393331234567"},
        {u"chiamate il 333 123 4567", "", u"333 123 4567", u"3331234567"},
        {u"fisso 06 1234 5678", "39", u"06 1234 5678", u"+390612345678"},
        {u"tel. 02-12345678", "39", u"02-12345678", u"+390212345678"},
        {u"0039 333 1234567", "", u"0039 333 1234567", u"+393331234567"},
        {u"appelez le 06 12 34 56 78", "33", u"06 12 34 56 78", u"+33612345678"},
        {u"llámame al 612 345 678", "34", u"612 345 678", u"+34612345678"},
        {u"Rufen Sie 030 12345678 an", "49", u"030 12345678", u"+493012345678"},
        {u"call (212) 555-1234", "1", u"(212) 555-1234", u"+12125551234"},
        {u"London +44 (0)20 7946 0958", "", u"+44 (0)20 7946 0958", u"+442079460958"},
        {u"+41 44 668 18 00", "39", u"+41 44 668 18 00", u"+41446681800"},
    };
    for (const PhoneCase &c : cases) {
        const QString message = QString::fromUtf16(c.message);
        SCOPED_TRACE(message.toStdString());
        const QList<Entity> found =
            ofType(message, EntityType::Phone, QString::fromLatin1(c.countryCode));
        ASSERT_EQ(found.size(), 1);
        EXPECT_EQ(found.first().text.toStdString(), QString::fromUtf16(c.span).toStdString());
        EXPECT_EQ(found.first().value.toStdString(), QString::fromUtf16(c.value).toStdString());
    }
}

TEST(EntityContact, DigitRunsThatAreNotPhones)
{
    for (const char16_t *m : {u"il 03/04/2026", u"2026-03-04", u"1.200.000", u"dalle 10.30-12.30",
                              u"anni 2024-2025", u"codice 1234", u"+39 12"}) {
        EXPECT_TRUE(
            ofType(QString::fromUtf16(m), EntityType::Phone, QStringLiteral("39")).isEmpty())
            << QString::fromUtf16(m).toStdString();
    }
    EXPECT_EQ(ContactExtractor::normalizePhone(QStringLiteral("03/04/2026"), QString()), QString());
    EXPECT_EQ(ContactExtractor::normalizePhone(QStringLiteral("+1 (212) 555-1234"), QString()),
              QStringLiteral("+12125551234"));
}
