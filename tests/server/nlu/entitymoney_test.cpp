// SPDX-License-Identifier: LicenseRef-Sportello
// Amounts of money in the shapes customers write them, normalised to "1200.50 EUR".
#include <vector>

#include <gtest/gtest.h>

#include <QTimeZone>

#include "nlu/entities/entityextractor.h"

using sportello::nlu::Entity;
using sportello::nlu::EntityContext;
using sportello::nlu::EntityExtractor;
using sportello::nlu::EntityType;

namespace {

EntityContext context()
{
    const QTimeZone rome("Europe/Rome");
    return EntityContext{QDateTime(QDate(2026, 3, 4), QTime(9, 30), rome), rome, QString()};
}

struct MoneyCase
{
    const char *language;
    const char16_t *message;
    const char16_t *span;
    const char16_t *value;
};

QList<Entity> moneyIn(const QString &message, const QString &language)
{
    static const EntityExtractor extractor;
    QList<Entity> money;
    for (const Entity &e : extractor.extract(message, language, context())) {
        if (e.type == EntityType::Money) {
            money.append(e);
        }
    }
    return money;
}

} // namespace

TEST(EntityMoney, ShapesAndCurrencies)
{
    const std::vector<MoneyCase> cases{
        {"it", u"costa 50 € giusto?", u"50 €", u"50.00 EUR"},
        {"it", u"€50", u"€50", u"50.00 EUR"},
        {"it", u"€ 50", u"€ 50", u"50.00 EUR"},
        {"it", u"sono 50 euro", u"50 euro", u"50.00 EUR"},
        {"it", u"50€", u"50€", u"50.00 EUR"},
        {"it", u"totale 50,00 EUR", u"50,00 EUR", u"50.00 EUR"},
        {"it", u"1.200 €", u"1.200 €", u"1200.00 EUR"},
        {"it", u"1.200,50 €", u"1.200,50 €", u"1200.50 EUR"},
        {"it", u"euro 75,50", u"euro 75,50", u"75.50 EUR"},
        {"it", u"cinquanta euro", u"cinquanta euro", u"50.00 EUR"},
        {"it", u"20 dollari", u"20 dollari", u"20.00 USD"},
        {"en", u"it was $1,200.50 total", u"$1,200.50", u"1200.50 USD"},
        {"en", u"£30", u"£30", u"30.00 GBP"},
        {"en", u"fifty euros", u"fifty euros", u"50.00 EUR"},
        {"en", u"99.9 USD", u"99.9 USD", u"99.90 USD"},
        {"de", u"CHF 80", u"CHF 80", u"80.00 CHF"},
        {"de", u"CHF 80.-", u"CHF 80.-", u"80.00 CHF"},
        {"de", u"1.234.567,89 Euro", u"1.234.567,89 Euro", u"1234567.89 EUR"},
        {"de", u"50,- €", u"50,- €", u"50.00 EUR"},
        {"es", u"cuesta 1.500 euros", u"1.500 euros", u"1500.00 EUR"},
        {"fr", u"1 200 € TTC", u"1 200 €", u"1200.00 EUR"},
        {"fr", u"80,50 €", u"80,50 €", u"80.50 EUR"},
    };
    for (const MoneyCase &c : cases) {
        const QString message = QString::fromUtf16(c.message);
        const QList<Entity> money = moneyIn(message, QString::fromLatin1(c.language));
        SCOPED_TRACE(message.toStdString());
        ASSERT_EQ(money.size(), 1);
        EXPECT_EQ(money.first().text.toStdString(), QString::fromUtf16(c.span).toStdString());
        EXPECT_EQ(money.first().value.toStdString(), QString::fromUtf16(c.value).toStdString());
        EXPECT_EQ(message.mid(money.first().start, money.first().length), money.first().text);
    }
}

TEST(EntityMoney, NumbersWithoutCurrencyAreNotMoney)
{
    for (const char16_t *m :
         {u"ho 50 anni", u"siamo in 4", u"alle 10", u"1.200 persone", u"order 3 items", u"50%"}) {
        EXPECT_TRUE(moneyIn(QString::fromUtf16(m), QString()).isEmpty())
            << QString::fromUtf16(m).toStdString();
    }
}

TEST(EntityMoney, SeveralAmounts)
{
    const QList<Entity> money =
        moneyIn(QStringLiteral("il preventivo era 120 € ma mi avete chiesto € 150,50"),
                QStringLiteral("it"));
    ASSERT_EQ(money.size(), 2);
    EXPECT_EQ(money.at(0).value, QStringLiteral("120.00 EUR"));
    EXPECT_EQ(money.at(1).value, QStringLiteral("150.50 EUR"));
}
