// SPDX-License-Identifier: LicenseRef-Sportello
// Booking, order and case references announced by a cue, a "#" or a code shape.
#include <vector>

#include <gtest/gtest.h>

#include <QTimeZone>

#include "nlu/entities/entityextractor.h"
#include "nlu/entities/referenceextractor.h"

using sportello::nlu::Entity;
using sportello::nlu::EntityContext;
using sportello::nlu::EntityExtractor;
using sportello::nlu::EntityType;
using sportello::nlu::ReferenceExtractor;

namespace {

EntityContext context()
{
    const QTimeZone rome("Europe/Rome");
    return EntityContext{QDateTime(QDate(2026, 3, 4), QTime(9, 30), rome), rome,
                         QStringLiteral("39")};
}

QList<Entity> referencesIn(const EntityExtractor &extractor, const QString &message,
                           const QString &language)
{
    QList<Entity> out;
    for (const Entity &e : extractor.extract(message, language, context())) {
        if (e.type == EntityType::Reference) {
            out.append(e);
        }
    }
    return out;
}

struct ReferenceCase
{
    const char *language;
    const char16_t *message;
    const char16_t *value;
};

} // namespace

TEST(EntityReference, CuesInFiveLanguages)
{
    static const EntityExtractor extractor;
    const std::vector<ReferenceCase> cases{
        {"en", u"about order #A1234 please", u"A1234"},
        {"en", u"my booking ref ABC123", u"ABC123"},
        {"en", u"My booking reference is XK42LM, thanks", u"XK42LM"},
        {"en", u"order number: 5521-B", u"5521-B"},
        {"it", u"per la pratica n. 2024/123", u"2024/123"},
        {"it", u"codice prenotazione 77AB12", u"77AB12"},
        {"it", u"numero d'ordine 998877", u"998877"},
        {"de", u"Buchungsnummer 12345", u"12345"},
        {"de", u"Bestellnr. 4711-0815", u"4711-0815"},
        {"fr", u"référence 4567", u"4567"},
        {"fr", u"mon numéro de réservation est R-99812", u"R-99812"},
        {"es", u"n° de reserva 998877", u"998877"},
        {"es", u"nº de reserva 998877", u"998877"},
        {"es", u"localizador XY7Z9Q", u"XY7Z9Q"},
        // No cue: a code shape on its own.
        {"it", u"riguardo PRN-12345 non ho ricevuto nulla", u"PRN-12345"},
        {"en", u"INV-2026-0042 is unpaid", u"INV-2026-0042"},
    };
    for (const ReferenceCase &c : cases) {
        const QString message = QString::fromUtf16(c.message);
        SCOPED_TRACE(message.toStdString());
        for (const QString &language : {QString::fromLatin1(c.language), QString()}) {
            const QList<Entity> found = referencesIn(extractor, message, language);
            ASSERT_EQ(found.size(), 1) << language.toStdString();
            EXPECT_EQ(found.first().value.toStdString(), QString::fromUtf16(c.value).toStdString());
            EXPECT_EQ(found.first().text, found.first().value);
            EXPECT_EQ(message.mid(found.first().start, found.first().length), found.first().text);
        }
    }
}

TEST(EntityReference, CueWithoutDigitsIsNotAReference)
{
    static const EntityExtractor extractor;
    for (const char16_t *m :
         {u"vorrei fare una prenotazione per domani", u"ordine di 3 pizze", u"booking for 2 people",
          u"the reference is attached", u"#hashtag", u"#1"}) {
        EXPECT_TRUE(referencesIn(extractor, QString::fromUtf16(m), QString()).isEmpty())
            << QString::fromUtf16(m).toStdString();
    }
}

TEST(EntityReference, CuesAreConfigurable)
{
    EntityExtractor extractor;
    const QString message = QStringLiteral("tessera 8841-X");
    EXPECT_TRUE(referencesIn(extractor, message, QStringLiteral("it")).isEmpty());
    extractor.setReferenceCues(QStringLiteral("it"),
                               {QStringLiteral("Tessera"), QStringLiteral("numero socio")});
    const QList<Entity> found = referencesIn(extractor, message, QStringLiteral("it"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().value, QStringLiteral("8841-X"));
    EXPECT_EQ(
        referencesIn(extractor, QStringLiteral("numero socio 5512"), QStringLiteral("it")).size(),
        1);
    EXPECT_FALSE(ReferenceExtractor::defaultCues(QStringLiteral("de")).isEmpty());
}
