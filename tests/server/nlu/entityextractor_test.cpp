// SPDX-License-Identifier: LicenseRef-Sportello
// The facade: overlaps, several entities per message, none at all, JSON, threads and fuzzing.
#include <atomic>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimeZone>

#include "nlu/entities/entityextractor.h"

using sportello::nlu::Entity;
using sportello::nlu::EntityContext;
using sportello::nlu::EntityExtractor;
using sportello::nlu::EntityType;
using sportello::nlu::Gazetteer;

namespace {

EntityContext context()
{
    const QTimeZone rome("Europe/Rome");
    return EntityContext{QDateTime(QDate(2026, 3, 4), QTime(9, 30), rome), rome,
                         QStringLiteral("39")};
}

const EntityExtractor &sharedExtractor()
{
    static const EntityExtractor extractor([] {
        Gazetteer g;
        g.addService(QStringLiteral("Igiene dentale"), {QStringLiteral("pulizia dei denti")});
        g.addStaff(QStringLiteral("Dott.ssa Rossi"));
        return g;
    }());
    return extractor;
}

QStringList types(const QList<Entity> &entities)
{
    QStringList out;
    for (const Entity &e : entities) {
        out.append(sportello::nlu::toString(e.type));
    }
    return out;
}

} // namespace

TEST(EntityExtractor, SeveralEntitiesInOneMessage)
{
    const QString message = QStringLiteral(
        "Buongiorno, vorrei spostare la prenotazione ABC123 a lunedì prossimo alle 15 per la "
        "pulizia dei denti con la Dott.ssa Rossi. Costo 50 €? Scrivetemi a anna@example.com o "
        "al 333 1234567");
    const QList<Entity> found = sharedExtractor().extract(message, QStringLiteral("it"), context());
    ASSERT_EQ(types(found), (QStringList{QStringLiteral("reference"), QStringLiteral("datetime"),
                                         QStringLiteral("service"), QStringLiteral("staff"),
                                         QStringLiteral("money"), QStringLiteral("email"),
                                         QStringLiteral("phone")}));
    EXPECT_EQ(found.at(0).value, QStringLiteral("ABC123"));
    EXPECT_EQ(found.at(1).text, QStringLiteral("lunedì prossimo alle 15"));
    EXPECT_EQ(found.at(1).value, QStringLiteral("2026-03-09T15:00:00+01:00"));
    EXPECT_EQ(found.at(2).canonical, QStringLiteral("Igiene dentale"));
    EXPECT_EQ(found.at(3).text, QStringLiteral("Dott.ssa Rossi"));
    EXPECT_EQ(found.at(4).value, QStringLiteral("50.00 EUR"));
    EXPECT_EQ(found.at(5).value, QStringLiteral("anna@example.com"));
    EXPECT_EQ(found.at(6).value, QStringLiteral("+393331234567"));
    for (const Entity &e : found) {
        EXPECT_EQ(message.mid(e.start, e.length), e.text);
    }
}

TEST(EntityExtractor, OverlapsLongestSpanAndPriority)
{
    const auto only = [](const QString &message, const QString &language) {
        return sharedExtractor().extract(message, language, context());
    };
    // A cued reference beats the phone number it looks like.
    QList<Entity> found = only(QStringLiteral("Buchungsnummer 12345678"), QStringLiteral("de"));
    ASSERT_EQ(types(found), QStringList{QStringLiteral("reference")});
    EXPECT_EQ(found.first().value, QStringLiteral("12345678"));
    // A phone number is not a date, an amount or a reference.
    found = only(QStringLiteral("chiamami al +39 333 123 4567"), QStringLiteral("it"));
    ASSERT_EQ(types(found), QStringList{QStringLiteral("phone")});
    // An amount is not a phone number, and the amount with its currency beats a time.
    found = only(QStringLiteral("pagato 1.200.000 €"), QStringLiteral("it"));
    ASSERT_EQ(types(found), QStringList{QStringLiteral("money")});
    found = only(QStringLiteral("10.30 €"), QString());
    ASSERT_EQ(types(found), QStringList{QStringLiteral("money")});
    // A date is not a phone number.
    found = only(QStringLiteral("il 03/04/2026 alle 10"), QStringLiteral("it"));
    ASSERT_EQ(types(found), QStringList{QStringLiteral("datetime")});
    EXPECT_EQ(found.first().value, QStringLiteral("2026-04-03T10:00:00+02:00"));
    // An e-mail address swallows the digits inside it.
    found = only(QStringLiteral("mario.3331234567@example.com"), QString());
    ASSERT_EQ(types(found), QStringList{QStringLiteral("email")});
}

TEST(EntityExtractor, NothingToFind)
{
    for (const char16_t *m : {u"ok grazie", u"OK", u"grazie mille 😊", u"👍", u"sì", u"Buona sera",
                              u"Good morning!", u"perfetto, a presto", u"Merci beaucoup",
                              u"Vielen Dank", u"vale, gracias", u"   ", u""}) {
        const QString message = QString::fromUtf16(m);
        const QList<Entity> found = sharedExtractor().extract(message, QString(), context());
        EXPECT_TRUE(found.isEmpty())
            << message.toStdString() << " -> " << types(found).join(u',').toStdString();
    }
}

TEST(EntityExtractor, SpansPointIntoTheOriginalText)
{
    // Folding changes lengths ("ß" -> "ss", decomposed accents): spans must still be exact.
    const QString message = QStringLiteral("Straße 5 — am Freitag um 10 Uhr, e\u0301 domani "
                                           "alle 11");
    const QList<Entity> found = sharedExtractor().extract(message, QString(), context());
    ASSERT_EQ(found.size(), 2) << types(found).join(u',').toStdString();
    EXPECT_EQ(found.at(0).text, QStringLiteral("Freitag um 10 Uhr"));
    EXPECT_EQ(found.at(1).text, QStringLiteral("domani alle 11"));
    for (const Entity &e : found) {
        EXPECT_EQ(message.mid(e.start, e.length), e.text);
    }
}

TEST(EntityExtractor, JsonRoundTrip)
{
    const QList<Entity> found = sharedExtractor().extract(
        QStringLiteral("domani pomeriggio con la Dott.ssa Rossi"), QStringLiteral("it"), context());
    ASSERT_EQ(found.size(), 2);
    for (const Entity &e : found) {
        const QJsonObject json = e.toJson();
        const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Compact);
        const std::optional<Entity> back =
            Entity::fromJson(QJsonDocument::fromJson(bytes).object());
        ASSERT_TRUE(back.has_value()) << bytes.toStdString();
        EXPECT_EQ(*back, e) << bytes.toStdString();
    }
    EXPECT_EQ(found.at(0).toJson().value(QStringLiteral("type")).toString(),
              QStringLiteral("datetime"));
    EXPECT_EQ(found.at(0).toJson().value(QStringLiteral("end")).toString(),
              QStringLiteral("2026-03-05T18:00:00+01:00"));
    EXPECT_FALSE(found.at(0).toJson().contains(QStringLiteral("canonical")));
    EXPECT_FALSE(Entity::fromJson(QJsonObject{{QStringLiteral("type"), QStringLiteral("nope")}})
                     .has_value());
    for (const EntityType type : {EntityType::DateTime, EntityType::Date, EntityType::Time,
                                  EntityType::Money, EntityType::Email, EntityType::Phone,
                                  EntityType::Reference, EntityType::Service, EntityType::Staff}) {
        EXPECT_EQ(sportello::nlu::entityTypeFromString(sportello::nlu::toString(type)), type);
    }
}

TEST(EntityExtractor, ConcurrentExtractionWhileTheGazetteerChanges)
{
    EntityExtractor extractor;
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 200; ++i) {
                const QList<Entity> found =
                    extractor.extract(QStringLiteral("domani alle 10 per lo sbiancamento, 50 €"),
                                      QStringLiteral("it"), context());
                bool date = false;
                bool money = false;
                for (const Entity &e : found) {
                    date = date || e.value == u"2026-03-05T10:00:00+01:00";
                    money = money || e.value == u"50.00 EUR";
                }
                if (!date || !money) {
                    ++failures;
                }
            }
        });
    }
    for (int i = 0; i < 50; ++i) {
        Gazetteer g;
        g.addService(i % 2 ? QStringLiteral("Sbiancamento") : QStringLiteral("Igiene"));
        extractor.setGazetteer(g);
    }
    for (std::thread &thread : threads) {
        thread.join();
    }
    EXPECT_EQ(failures.load(), 0);
}

TEST(EntityExtractor, RandomTextNeverCrashesAndSpansStayInside)
{
    // Pieces that trigger every extractor, glued at random with noise.
    const QStringList pieces{
        QStringLiteral("domani"),
        QStringLiteral("alle"),
        QStringLiteral("10"),
        QStringLiteral(":"),
        QStringLiteral("30"),
        QStringLiteral("€"),
        QStringLiteral("$"),
        QStringLiteral("+39"),
        QStringLiteral("333"),
        QStringLiteral("1.200,50"),
        QStringLiteral("@"),
        QStringLiteral("mario"),
        QStringLiteral(".it"),
        QStringLiteral("#A12"),
        QStringLiteral("n°"),
        QStringLiteral("pratica"),
        QStringLiteral("lunedì"),
        QStringLiteral("prossimo"),
        QStringLiteral("tra"),
        QStringLiteral("le"),
        QStringLiteral("e"),
        QStringLiteral("pm"),
        QStringLiteral("am"),
        QStringLiteral("Uhr"),
        QStringLiteral("h"),
        QStringLiteral("mañana"),
        QStringLiteral("à"),
        QStringLiteral("03/04"),
        QStringLiteral("2026-13-45"),
        QStringLiteral("31.02."),
        QStringLiteral("mezzanotte"),
        QStringLiteral("Straße"),
        QStringLiteral("😡"),
        QStringLiteral("e\u0301"),
        QStringLiteral("\n"),
        QStringLiteral("("),
        QStringLiteral(")"),
        QStringLiteral("-"),
        QStringLiteral("'"),
        QStringLiteral("Dott.ssa"),
        QStringLiteral("Rossi"),
        QStringLiteral("00"),
        QStringLiteral("99999999999999999999"),
        QStringLiteral("in"),
        QStringLiteral("3"),
        QStringLiteral("days"),
        QStringLiteral("ago"),
        QStringLiteral("halb"),
        QString(QChar(char16_t(0xD83D))), // a lone surrogate
    };
    QRandomGenerator random(20260304);
    const EntityContext ctx = context();
    const QStringList languages{QString(),
                                QStringLiteral("it"),
                                QStringLiteral("en"),
                                QStringLiteral("es"),
                                QStringLiteral("fr"),
                                QStringLiteral("de")};
    for (int i = 0; i < 3000; ++i) {
        QString message;
        const int n = int(random.bounded(1, 14));
        for (int k = 0; k < n; ++k) {
            if (random.bounded(4) == 0) {
                // Raw random code units, including control characters and surrogates.
                message.append(QChar(char16_t(random.bounded(1, 0xFFFF))));
            } else {
                message.append(pieces.at(int(random.bounded(qsizetype(pieces.size())))));
            }
            if (random.bounded(2) == 0) {
                message.append(u' ');
            }
        }
        const QString language = languages.at(i % languages.size());
        const QList<Entity> found = sharedExtractor().extract(message, language, ctx);
        qsizetype previousEnd = 0;
        for (const Entity &e : found) {
            ASSERT_GE(e.start, previousEnd) << message.toStdString();
            ASSERT_GT(e.length, 0);
            ASSERT_LE(e.start + e.length, message.size());
            ASSERT_EQ(message.mid(e.start, e.length), e.text);
            ASSERT_FALSE(e.value.isEmpty());
            previousEnd = e.start + e.length;
        }
    }
}
