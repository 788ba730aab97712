// SPDX-License-Identifier: LicenseRef-Sportello
// OptOutStage, RoutingStage and Pipeline::standard() on hand-built turns.
#include <gtest/gtest.h>

#include "config/serverconfig.h"
#include "pipeline/optout/optoutstage.h"
#include "pipeline/pipeline.h"
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

class OptOutStageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        config = test::TestConfig::sandbox();
        ASSERT_FALSE(config.businesses.isEmpty());
        business = config.businesses.first();
    }

    Turn turn(const QStringList &texts, const QString &waId = kItalian)
    {
        return textTurn(config, business, texts, waId);
    }
    QString optOutText(const char *language) const
    {
        return business.optOutConfirmation.value(QString::fromUtf8(language));
    }

    config::ServerConfig config;
    config::BusinessConfig business;
    OptOutStage stage;
};

TEST_F(OptOutStageTest, StopOptsOutAndConfirmsOnce)
{
    Turn t = turn({QStringLiteral("STOP")});
    stage.run(t);
    EXPECT_EQ(t.setOptedOut, true);
    EXPECT_EQ(t.route, QStringLiteral("opt_out"));
    EXPECT_EQ(t.routeReason, QStringLiteral("customer sent STOP"));
    ASSERT_EQ(t.replies.size(), 1);
    const TurnReply &reply = t.replies.first();
    EXPECT_EQ(reply.purpose, QStringLiteral("optout_confirmation"));
    EXPECT_EQ(reply.author, QStringLiteral("system"));
    EXPECT_EQ(reply.key, QStringLiteral("optout"));
    EXPECT_FALSE(reply.typing);
    EXPECT_EQ(replyText(reply), optOutText("it")); // +39: Italian
    EXPECT_TRUE(t.messages.first().consumed);
    EXPECT_TRUE(t.finished); // nothing left for routing
    EXPECT_FALSE(t.newOwner.has_value());
    EXPECT_TRUE(t.language.isEmpty()); // STOP says nothing about the language
}

TEST_F(OptOutStageTest, KeywordLanguageComesFirst)
{
    Turn t = turn({QStringLiteral("Arrêt")}, kItalian);
    t.contact.language = QStringLiteral("de");
    stage.run(t);
    ASSERT_EQ(t.replies.size(), 1);
    EXPECT_EQ(replyText(t.replies.first()), optOutText("fr"));
    EXPECT_EQ(t.language, QStringLiteral("fr")); // learnt from the keyword
    EXPECT_EQ(t.routeReason, QStringLiteral("customer sent ARRET"));
}

TEST_F(OptOutStageTest, ThenTheContactsLanguage)
{
    Turn t = turn({QStringLiteral("STOP")}, kItalian);
    t.contact.language = QStringLiteral("de");
    stage.run(t);
    ASSERT_EQ(t.replies.size(), 1);
    EXPECT_EQ(replyText(t.replies.first()), optOutText("de"));
}

TEST_F(OptOutStageTest, ThenThePhonePrefix)
{
    for (const auto &[waId, language] : {std::pair{kGerman, "de"}, std::pair{kFrench, "fr"},
                                         std::pair{kBritish, "en"}, std::pair{kItalian, "it"}}) {
        Turn t = turn({QStringLiteral("stop")}, waId);
        stage.run(t);
        ASSERT_EQ(t.replies.size(), 1) << waId.toStdString();
        EXPECT_EQ(replyText(t.replies.first()), optOutText(language)) << waId.toStdString();
    }
}

TEST_F(OptOutStageTest, ThenTheBusinessDefault)
{
    Turn t = turn({QStringLiteral("STOP")}, kJapanese);
    stage.run(t);
    ASSERT_EQ(t.replies.size(), 1);
    EXPECT_EQ(business.defaultLanguage, QStringLiteral("it"));
    EXPECT_EQ(replyText(t.replies.first()), optOutText("it"));
}

TEST_F(OptOutStageTest, LanguagesTheBusinessDoesNotServeAreSkipped)
{
    business.languages = {QStringLiteral("it"), QStringLiteral("en")};
    business.defaultLanguage = QStringLiteral("it");
    // Spanish keyword, German contact language: neither served; the +44 prefix decides.
    Turn t = turn({QStringLiteral("BAJA")}, kBritish);
    t.contact.language = QStringLiteral("de");
    stage.run(t);
    ASSERT_EQ(t.replies.size(), 1);
    EXPECT_EQ(replyText(t.replies.first()), optOutText("en"));

    // A German number at an Italian/English business: the default.
    Turn german = turn({QStringLiteral("STOP")}, kGerman);
    stage.run(german);
    ASSERT_EQ(german.replies.size(), 1);
    EXPECT_EQ(replyText(german.replies.first()), optOutText("it"));
}

TEST_F(OptOutStageTest, MissingTextFallsBackToTheDefaultThenEnglish)
{
    business.optOutConfirmation = {{QStringLiteral("en"), QStringLiteral("Bye!")}};
    Turn t = turn({QStringLiteral("ARRET")});
    stage.run(t);
    ASSERT_EQ(t.replies.size(), 1);
    EXPECT_EQ(replyText(t.replies.first()), QStringLiteral("Bye!"));

    business.optOutConfirmation.insert(QStringLiteral("it"), QStringLiteral("Ciao!"));
    Turn again = turn({QStringLiteral("ARRET")});
    stage.run(again);
    EXPECT_EQ(replyText(again.replies.first()), QStringLiteral("Ciao!"));
}

TEST_F(OptOutStageTest, AlreadyOptedOutGetsNoSecondConfirmation)
{
    Turn t = turn({QStringLiteral("STOP")});
    t.contact.optedOut = true;
    stage.run(t);
    EXPECT_TRUE(t.replies.isEmpty());
    EXPECT_FALSE(t.setOptedOut.has_value());
    EXPECT_EQ(t.route, QStringLiteral("opt_out"));
    EXPECT_TRUE(t.routeReason.contains(QStringLiteral("already opted out")));
    EXPECT_TRUE(t.messages.first().consumed);
    EXPECT_TRUE(t.finished);
}

TEST_F(OptOutStageTest, StartOnlyMeansSomethingAfterAnOptOut)
{
    Turn optedOut = turn({QStringLiteral("START")});
    optedOut.contact.optedOut = true;
    stage.run(optedOut);
    EXPECT_EQ(optedOut.setOptedOut, false);
    EXPECT_EQ(optedOut.route, QStringLiteral("opt_in"));
    ASSERT_EQ(optedOut.replies.size(), 1);
    EXPECT_EQ(optedOut.replies.first().purpose, QStringLiteral("optin_confirmation"));
    EXPECT_EQ(optedOut.replies.first().key, QStringLiteral("optin"));
    EXPECT_EQ(replyText(optedOut.replies.first()),
              business.optInConfirmation.value(QStringLiteral("it")));
    EXPECT_TRUE(optedOut.finished);

    // From someone subscribed, START is an ordinary message for the next stages.
    Turn subscribed = turn({QStringLiteral("START")});
    stage.run(subscribed);
    EXPECT_FALSE(subscribed.setOptedOut.has_value());
    EXPECT_TRUE(subscribed.replies.isEmpty());
    EXPECT_TRUE(subscribed.route.isEmpty());
    EXPECT_FALSE(subscribed.messages.first().consumed);
    EXPECT_FALSE(subscribed.finished);
}

TEST_F(OptOutStageTest, OnlyTheLastKeywordOfABurstCounts)
{
    Turn stopThenStart = turn({QStringLiteral("STOP"), QStringLiteral("START")});
    stage.run(stopThenStart);
    EXPECT_FALSE(stopThenStart.setOptedOut.has_value()); // subscribed in the end
    EXPECT_TRUE(stopThenStart.replies.isEmpty());
    EXPECT_FALSE(stopThenStart.finished);

    Turn startThenStop = turn({QStringLiteral("START"), QStringLiteral("STOP")});
    stage.run(startThenStop);
    EXPECT_EQ(startThenStop.setOptedOut, true);
    EXPECT_EQ(startThenStop.replies.size(), 1);
    EXPECT_TRUE(startThenStop.finished);
}

TEST_F(OptOutStageTest, MixedTurnKeepsTheQuestionForRouting)
{
    Turn t = turn({QStringLiteral("Che orari fate domani?"), QStringLiteral("STOP")});
    stage.run(t);
    EXPECT_EQ(t.setOptedOut, true);
    EXPECT_EQ(t.replies.size(), 1);
    EXPECT_FALSE(t.messages[0].consumed);
    EXPECT_TRUE(t.messages[1].consumed);
    EXPECT_TRUE(t.hasUnconsumedMessages());
    EXPECT_FALSE(t.finished);

    // The standard pipeline then hands the question to a human.
    Turn full = turn({QStringLiteral("Che orari fate domani?"), QStringLiteral("STOP")});
    Pipeline::standard().run(full);
    EXPECT_EQ(full.setOptedOut, true);
    EXPECT_EQ(full.route, QStringLiteral("opt_out+human"));
    EXPECT_EQ(full.newOwner, ConversationOwner::PendingHuman);
    EXPECT_EQ(full.replies.size(), 1);
    EXPECT_TRUE(full.finished);
}

TEST_F(OptOutStageTest, OnlyTextLikeMessagesCanBeKeywords)
{
    Turn image = turn({QStringLiteral("STOP")});
    image.messages.first().message.type = MessageType::Image; // a caption saying STOP
    stage.run(image);
    EXPECT_FALSE(image.setOptedOut.has_value());
    EXPECT_FALSE(image.messages.first().consumed);

    Turn button = turn({QStringLiteral("Stop")});
    button.messages.first().message.type = MessageType::Button; // quick-reply "Stop"
    stage.run(button);
    EXPECT_EQ(button.setOptedOut, true);

    Turn interactive = turn({QStringLiteral("Stop")});
    interactive.messages.first().message.type = MessageType::Interactive;
    stage.run(interactive);
    EXPECT_EQ(interactive.setOptedOut, true);
}

TEST_F(OptOutStageTest, OrdinaryMessagesAreLeftAlone)
{
    Turn t = turn({QStringLiteral("Buongiorno"), QStringLiteral("stop calling me")});
    stage.run(t);
    EXPECT_FALSE(t.setOptedOut.has_value());
    EXPECT_TRUE(t.replies.isEmpty());
    EXPECT_TRUE(t.route.isEmpty());
    EXPECT_FALSE(t.finished);
    EXPECT_FALSE(t.messages[0].consumed);
    EXPECT_FALSE(t.messages[1].consumed);
}

TEST_F(OptOutStageTest, ConfirmationLanguageOrderDirectly)
{
    Turn t = turn({QStringLiteral("x")}, kGerman);
    EXPECT_EQ(OptOutStage::confirmationLanguage(t, QStringLiteral("es")), QStringLiteral("es"));
    EXPECT_EQ(OptOutStage::confirmationLanguage(t, QString()), QStringLiteral("de"));
    t.language = QStringLiteral("fr");
    EXPECT_EQ(OptOutStage::confirmationLanguage(t, QString()), QStringLiteral("fr"));
    t.contact.language = QStringLiteral("en");
    EXPECT_EQ(OptOutStage::confirmationLanguage(t, QString()), QStringLiteral("en"));
    EXPECT_EQ(OptOutStage::confirmationLanguage(t, QStringLiteral("pt")), QStringLiteral("en"));
}

// ---------------------------------------------------------------------------------------------

class RoutingStageTest : public OptOutStageTest
{
protected:
    Turn routed(ConversationOwner owner, const QString &previousRoute = {})
    {
        Turn t = turn({QStringLiteral("Avete posto sabato?")});
        t.conversation.owner = owner;
        t.route = previousRoute;
        RoutingStage().run(t);
        return t;
    }
};

TEST_F(RoutingStageTest, BotConversationGoesToTheHumanQueue)
{
    const Turn t = routed(ConversationOwner::Bot);
    EXPECT_EQ(t.route, QStringLiteral("human"));
    EXPECT_EQ(t.newOwner, ConversationOwner::PendingHuman);
    EXPECT_EQ(t.routeReason, QStringLiteral("no automated answer available"));
    EXPECT_TRUE(t.replies.isEmpty()); // the bot says nothing it cannot stand behind
    EXPECT_TRUE(t.finished);
}

TEST_F(RoutingStageTest, ClosedConversationReopensForAHuman)
{
    const Turn t = routed(ConversationOwner::Closed);
    EXPECT_EQ(t.newOwner, ConversationOwner::PendingHuman);
    EXPECT_EQ(t.route, QStringLiteral("human"));
}

TEST_F(RoutingStageTest, WaitingConversationStaysWaiting)
{
    const Turn t = routed(ConversationOwner::PendingHuman);
    EXPECT_EQ(t.route, QStringLiteral("human"));
    EXPECT_FALSE(t.newOwner.has_value());
    EXPECT_EQ(t.routeReason, QStringLiteral("already waiting for an agent"));
}

TEST_F(RoutingStageTest, HumanOwnedConversationStaysHuman)
{
    const Turn t = routed(ConversationOwner::Human);
    EXPECT_EQ(t.route, QStringLiteral("human"));
    EXPECT_FALSE(t.newOwner.has_value());
    EXPECT_EQ(t.routeReason, QStringLiteral("an agent owns the conversation"));
    EXPECT_TRUE(t.replies.isEmpty());
}

TEST_F(RoutingStageTest, EarlierRouteIsKept)
{
    EXPECT_EQ(routed(ConversationOwner::Bot, QStringLiteral("opt_in")).route,
              QStringLiteral("opt_in+human"));
}

TEST_F(RoutingStageTest, StandardPipelineOrder)
{
    const Pipeline pipeline = Pipeline::standard();
    EXPECT_EQ(pipeline.stageNames(),
              (QStringList{QStringLiteral("opt-out"), QStringLiteral("routing")}));
    // A lone STOP never reaches routing: the conversation's owner is untouched.
    Turn stop = turn({QStringLiteral("STOP")});
    pipeline.run(stop);
    EXPECT_EQ(stop.route, QStringLiteral("opt_out"));
    EXPECT_FALSE(stop.newOwner.has_value());
    // Anything else does.
    Turn question = turn({QStringLiteral("Quanto costa?")});
    pipeline.run(question);
    EXPECT_EQ(question.route, QStringLiteral("human"));
    EXPECT_EQ(question.newOwner, ConversationOwner::PendingHuman);
}

} // namespace
} // namespace sportello::pipeline
