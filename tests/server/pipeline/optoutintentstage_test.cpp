// SPDX-License-Identifier: LicenseRef-Sportello
// OptOutIntentStage: an opt-out said in words is confirmed before it is acted on.
#include <gtest/gtest.h>

#include "config/serverconfig.h"
#include "pipeline/optout/optoutintentstage.h"
#include "pipeline/routing/routingstage.h"
#include "pipelinetestdata.h"
#include "support/testconfig.h"

namespace sportello::pipeline {
namespace {

using namespace testdata;

QString replyText(const TurnReply &reply)
{
    const auto *text = std::get_if<whatsapp::TextContent>(&reply.content);
    return text ? text->body : QString();
}

class OptOutIntentStageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        config = test::TestConfig::sandbox();
        business = config.businesses.first();
    }
    Turn turn(const QString &text, const QString &intent = QString(), double confidence = 0.9)
    {
        Turn t = textTurn(config, business, {text}, kItalian);
        t.now = 1'000'000'000;
        t.language = QStringLiteral("it");
        t.understanding.intent = intent;
        t.understanding.intentConfidence = confidence;
        return t;
    }

    config::ServerConfig config;
    config::BusinessConfig business;
    OptOutIntentStage stage;
};

TEST_F(OptOutIntentStageTest, ConfidentOptOutIntentAsksOnceInTheCustomersLanguage)
{
    Turn t = turn(QStringLiteral("non scrivetemi più per favore"), QStringLiteral("opt_out"));
    stage.run(t);
    ASSERT_EQ(t.replies.size(), 1);
    EXPECT_EQ(t.replies.first().purpose, QStringLiteral("optout_question"));
    EXPECT_EQ(replyText(t.replies.first()), business.optOutQuestion.value(QStringLiteral("it")));
    ASSERT_TRUE(t.setOptOutAskedAt.has_value());
    EXPECT_EQ(*t.setOptOutAskedAt, std::optional<qint64>(t.now));
    EXPECT_FALSE(t.setOptedOut.has_value()); // not before the customer says yes
    EXPECT_EQ(t.route, QStringLiteral("opt_out_question"));
    EXPECT_TRUE(t.routeReason.contains(QStringLiteral("90%")));
    EXPECT_TRUE(t.finished);
}

TEST_F(OptOutIntentStageTest, UnsureOrAmbiguousIntentAsksNothing)
{
    Turn low = turn(QStringLiteral("basta"), QStringLiteral("opt_out"), 0.3);
    low.understanding.lowConfidence = true;
    stage.run(low);
    EXPECT_TRUE(low.replies.isEmpty());
    EXPECT_FALSE(low.finished);

    Turn close = turn(QStringLiteral("basta"), QStringLiteral("opt_out"), 0.5);
    close.understanding.ambiguous = true;
    stage.run(close);
    EXPECT_TRUE(close.replies.isEmpty());

    Turn other = turn(QStringLiteral("vorrei un appuntamento"), QStringLiteral("booking_request"));
    stage.run(other);
    EXPECT_TRUE(other.replies.isEmpty());
    EXPECT_FALSE(other.setOptOutAskedAt.has_value());
}

TEST_F(OptOutIntentStageTest, ACustomerWhoAnsweredIsNotAskedAgainForAWeek)
{
    // Settled two days ago ("no"): the same kind of message now goes on to routing.
    Turn again = turn(QStringLiteral("basta messaggi"), QStringLiteral("opt_out"));
    again.contact.optOutLastAskedAt = again.now - 2 * OptOutIntentStage::kAnswerWindowMs;
    stage.run(again);
    EXPECT_TRUE(again.replies.isEmpty());
    EXPECT_FALSE(again.setOptOutAskedAt.has_value());
    EXPECT_FALSE(again.finished);

    // The answer to the question is itself read as opt_out: settled, not asked again.
    Turn answer =
        turn(QStringLiteral("no, basta messaggi pubblicitari"), QStringLiteral("opt_out"));
    answer.contact.optOutAskedAt = answer.now - 60'000;
    answer.contact.optOutLastAskedAt = answer.contact.optOutAskedAt;
    stage.run(answer);
    EXPECT_TRUE(answer.replies.isEmpty());
    ASSERT_TRUE(answer.setOptOutAskedAt.has_value());
    EXPECT_FALSE(answer.setOptOutAskedAt->has_value());

    // A week later it may ask again.
    Turn later = turn(QStringLiteral("basta messaggi"), QStringLiteral("opt_out"));
    later.contact.optOutLastAskedAt = later.now - OptOutIntentStage::kAskAgainAfterMs;
    stage.run(later);
    ASSERT_EQ(later.replies.size(), 1);
    EXPECT_EQ(later.replies.first().purpose, QStringLiteral("optout_question"));
}

TEST_F(OptOutIntentStageTest, YesWithinADayOptsOutAndConfirms)
{
    Turn t = turn(QStringLiteral("Sì, confermo"));
    t.contact.optOutAskedAt = t.now - 60'000;
    stage.run(t);
    EXPECT_EQ(t.setOptedOut, true);
    ASSERT_EQ(t.replies.size(), 1);
    EXPECT_EQ(t.replies.first().purpose, QStringLiteral("optout_confirmation"));
    EXPECT_EQ(t.replies.first().key, QStringLiteral("optout")); // the same key as STOP's
    ASSERT_TRUE(t.setOptOutAskedAt.has_value());
    EXPECT_FALSE(t.setOptOutAskedAt->has_value()); // the question is settled
    EXPECT_TRUE(t.finished);
}

TEST_F(OptOutIntentStageTest, AnyOtherAnswerOrALateYesSettlesTheQuestion)
{
    Turn other = turn(QStringLiteral("no aspetta, volevo solo spostare l'appuntamento"),
                      QStringLiteral("reschedule"));
    other.contact.optOutAskedAt = other.now - 60'000;
    stage.run(other);
    EXPECT_FALSE(other.setOptedOut.has_value());
    ASSERT_TRUE(other.setOptOutAskedAt.has_value());
    EXPECT_FALSE(other.setOptOutAskedAt->has_value());
    EXPECT_FALSE(other.finished); // routing decides as usual

    Turn late = turn(QStringLiteral("sì"));
    late.contact.optOutAskedAt = late.now - OptOutIntentStage::kAnswerWindowMs - 1;
    stage.run(late);
    EXPECT_FALSE(late.setOptedOut.has_value());
    EXPECT_TRUE(late.replies.isEmpty());
}

TEST_F(OptOutIntentStageTest, OkIsNotConsent)
{
    Turn t = turn(QStringLiteral("ok"));
    t.contact.optOutAskedAt = t.now - 1000;
    stage.run(t);
    EXPECT_FALSE(t.setOptedOut.has_value());
}

TEST_F(OptOutIntentStageTest, AlreadyOptedOutContactsAreLeftAlone)
{
    Turn t = turn(QStringLiteral("smettetela di scrivermi"), QStringLiteral("opt_out"));
    t.contact.optedOut = true;
    stage.run(t);
    EXPECT_TRUE(t.replies.isEmpty());
}

TEST(RoutingReason, SaysWhyInTheOrderAgentsShouldCare)
{
    protocol::TurnUnderstanding u;
    EXPECT_EQ(RoutingStage::escalationReason(u), QStringLiteral("no automated answer available"));
    u.intent = QStringLiteral("pricing_inquiry");
    u.intentConfidence = 0.8;
    EXPECT_EQ(RoutingStage::escalationReason(u),
              QStringLiteral("no automated answer for pricing_inquiry"));
    u.lowConfidence = true;
    EXPECT_EQ(RoutingStage::escalationReason(u), QStringLiteral("not understood"));
    u.lowConfidence = false;
    u.intent = QStringLiteral("complaint");
    EXPECT_EQ(RoutingStage::escalationReason(u), QStringLiteral("complaint"));
    u.intent = QStringLiteral("human_request");
    EXPECT_EQ(RoutingStage::escalationReason(u), QStringLiteral("customer asked for a person"));
    u.urgent = true;
    EXPECT_EQ(RoutingStage::escalationReason(u), QStringLiteral("urgent"));
    u.angry = true;
    EXPECT_EQ(RoutingStage::escalationReason(u), QStringLiteral("angry customer"));
}

TEST(TurnText, JoinsWhatTheCustomerWroteAndSkipsConsumedAndReactions)
{
    const auto config = test::TestConfig::sandbox();
    Turn t = textTurn(config, config.businesses.first(),
                      {QStringLiteral("  Buongiorno "), QStringLiteral("STOP"),
                       QStringLiteral("vorrei un appuntamento")},
                      kItalian);
    t.messages[1].consumed = true;
    EXPECT_EQ(t.text(), QStringLiteral("Buongiorno\nvorrei un appuntamento"));
    t.messages[2].message.type = MessageType::Reaction;
    EXPECT_EQ(t.text(), QStringLiteral("Buongiorno"));
}

} // namespace
} // namespace sportello::pipeline
