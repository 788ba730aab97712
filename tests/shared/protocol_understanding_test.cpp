// SPDX-License-Identifier: MIT
// TurnUnderstanding on the wire: round trips, rides on thread entries, bad fields named.
#include <gtest/gtest.h>

#include <QJsonArray>

#include "protocol/payloadcodec.h"

namespace sportello::protocol {
namespace {

TurnUnderstanding sampleUnderstanding()
{
    TurnUnderstanding u;
    u.language = QStringLiteral("it");
    u.languageConfidence = 0.75;
    u.languageSource = QStringLiteral("text");
    u.intent = QStringLiteral("complaint");
    u.intentConfidence = 0.625;
    u.ambiguous = true;
    u.alternatives = {{QStringLiteral("reschedule"), 0.25}, {QStringLiteral("emergency"), 0.0625}};
    u.sentiment = QStringLiteral("negative");
    u.sentimentScore = -0.5;
    u.angry = true;
    u.cues = {QStringLiteral("vergogna"), QStringLiteral("!!!")};
    u.entities = {{QStringLiteral("datetime"), 10, 14, QStringLiteral("domani alle 10"),
                   QStringLiteral("2026-11-23T10:00:00+01:00"), QString(), QString()},
                  {QStringLiteral("staff"), 30, 15, QStringLiteral("dottoressa Rossi"),
                   QStringLiteral("Dott.ssa Giulia Rossi"), QString(),
                   QStringLiteral("Dott.ssa Giulia Rossi")}};
    return u;
}

TEST(Understanding, RoundTripsEveryField)
{
    const TurnUnderstanding u = sampleUnderstanding();
    const QJsonObject json = PayloadCodec::toJson(u);
    ProtocolError error;
    const auto back = PayloadCodec::fromJson<TurnUnderstanding>(json, QStringLiteral("u"), &error);
    ASSERT_TRUE(back.has_value()) << error.field.toStdString();
    EXPECT_EQ(PayloadCodec::toJson(*back), json);
    EXPECT_EQ(back->intent, QStringLiteral("complaint"));
    ASSERT_EQ(back->alternatives.size(), 2);
    EXPECT_EQ(back->alternatives.at(1).intent, QStringLiteral("emergency"));
    ASSERT_EQ(back->entities.size(), 2);
    EXPECT_EQ(back->entities.at(0).start, 10);
    EXPECT_EQ(back->entities.at(1).canonical, QStringLiteral("Dott.ssa Giulia Rossi"));
    EXPECT_TRUE(back->angry);
    EXPECT_FALSE(back->urgent);
    // Optional entity fields stay off the wire when empty.
    EXPECT_FALSE(json.value(QStringLiteral("entities"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .contains(QStringLiteral("end")));
}

TEST(Understanding, RidesOnTheTurnsLastCustomerMessage)
{
    ThreadEntry entry;
    entry.id = QStringLiteral("in:7");
    entry.kind = ThreadEntryKind::Inbound;
    entry.text = QStringLiteral("è una vergogna!!!");
    EXPECT_FALSE(PayloadCodec::toJson(entry).contains(QStringLiteral("understanding")));
    entry.understanding = sampleUnderstanding();
    ProtocolError error;
    const auto back = PayloadCodec::fromJson<ThreadEntry>(PayloadCodec::toJson(entry),
                                                          QStringLiteral("data.entry"), &error);
    ASSERT_TRUE(back && back->understanding);
    EXPECT_EQ(back->understanding->sentiment, QStringLiteral("negative"));
}

TEST(Understanding, BadFieldsAreNamedByTheirPath)
{
    QJsonObject json = PayloadCodec::toJson(sampleUnderstanding());
    json.insert(QStringLiteral("sentiment"), QStringLiteral("furious"));
    ProtocolError error;
    EXPECT_FALSE(PayloadCodec::fromJson<TurnUnderstanding>(json, QStringLiteral("data"), &error));
    EXPECT_EQ(error.field, QStringLiteral("data.sentiment"));

    json = PayloadCodec::toJson(sampleUnderstanding());
    json.insert(QStringLiteral("intent_confidence"), 1.5);
    error = {};
    EXPECT_FALSE(PayloadCodec::fromJson<TurnUnderstanding>(json, QStringLiteral("data"), &error));
    EXPECT_EQ(error.field, QStringLiteral("data.intent_confidence"));

    ThreadEntry entry;
    entry.id = QStringLiteral("in:1");
    entry.understanding = sampleUnderstanding();
    QJsonObject entryJson = PayloadCodec::toJson(entry);
    QJsonObject understanding = entryJson.value(QStringLiteral("understanding")).toObject();
    QJsonArray entities = understanding.value(QStringLiteral("entities")).toArray();
    QJsonObject first = entities.at(0).toObject();
    first.remove(QStringLiteral("type"));
    entities.replace(0, first);
    understanding.insert(QStringLiteral("entities"), entities);
    entryJson.insert(QStringLiteral("understanding"), understanding);
    error = {};
    EXPECT_FALSE(
        PayloadCodec::fromJson<ThreadEntry>(entryJson, QStringLiteral("data.entry"), &error));
    EXPECT_EQ(error.field, QStringLiteral("data.entry.understanding.entities[0].type"));
}

TEST(Understanding, ConversationSummaryCarriesTheNewestReading)
{
    ConversationSummary summary;
    summary.id = 3;
    summary.lastIntent = QStringLiteral("booking_request");
    summary.lastSentiment = QStringLiteral("positive");
    summary.urgent = true;
    ProtocolError error;
    const auto back = PayloadCodec::fromJson<ConversationSummary>(PayloadCodec::toJson(summary),
                                                                  QStringLiteral("data"), &error);
    ASSERT_TRUE(back.has_value()) << error.field.toStdString();
    EXPECT_EQ(back->lastIntent, QStringLiteral("booking_request"));
    EXPECT_EQ(back->lastSentiment, QStringLiteral("positive"));
    EXPECT_TRUE(back->urgent);
    EXPECT_FALSE(back->angry);
}

} // namespace
} // namespace sportello::protocol
