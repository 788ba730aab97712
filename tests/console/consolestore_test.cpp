// SPDX-License-Identifier: LicenseRef-Sportello
// ConsoleStore: snapshots, every event type, the opened conversation, notifications.
#include "models/consolestore.h"

#include <gtest/gtest.h>

#include <QJsonArray>

#include "clienttestsupport.h"
#include "models/conversationlistmodel.h"
#include "models/draftlistmodel.h"
#include "models/presencemodel.h"
#include "models/threadmodel.h"
#include "protocol/payloadcodec.h"

using namespace sportello;
using namespace sportello::console;
using models::ConsoleStore;
using protocol::PayloadCodec;
using protocol::ThreadEntryKind;
using console::test::entry;
using console::test::event;
using console::test::summary;
using console::test::str;

namespace {

QJsonObject messageNew(qint64 conversationId, const protocol::ThreadEntry &value)
{
    return {{QStringLiteral("conversation_id"), conversationId},
            {QStringLiteral("entry"), PayloadCodec::toJson(value)}};
}

protocol::DraftInfo pendingDraft(qint64 id, qint64 conversationId)
{
    protocol::DraftInfo value;
    value.id = id;
    value.conversationId = conversationId;
    value.text = QStringLiteral("Sì, siamo aperti il sabato mattina.");
    value.intent = QStringLiteral("opening_hours");
    value.confidence = 0.62;
    value.sources = {{QStringLiteral("Orari"), QStringLiteral("Sabato 9-13"), 0.8}};
    value.state = QStringLiteral("pending");
    value.createdAt = 1000;
    return value;
}

class ConsoleStoreTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { console::test::ensureGuiApplication(); }

    void SetUp() override
    {
        store.setCurrentUser(QStringLiteral("giulia"), AgentRole::Agent);
        auto owned = summary(2, 2000, QStringLiteral("Luca"));
        owned.owner = ConversationOwner::Human;
        owned.assignedAgent = QStringLiteral("giulia");
        auto bot = summary(3, 1000, QStringLiteral("Anna"));
        bot.owner = ConversationOwner::Bot;
        protocol::QueueCounts counts;
        counts.escalated = 0;
        counts.mine = 1;
        counts.open = 2;
        store.applySnapshot({owned, bot}, counts);
        QObject::connect(&store, &ConsoleStore::escalationArrived, &context,
                         [this](const protocol::ConversationSummary &s) {
                             escalations.append(s.id);
                         });
        QObject::connect(&store, &ConsoleStore::messageInOwnedConversation, &context,
                         [this](const protocol::ConversationSummary &s,
                                const protocol::ThreadEntry &e) {
                             ownedMessages.append(qMakePair(s.id, e.id));
                         });
    }

    void openConversation(qint64 id)
    {
        auto conversation = *store.conversation(id);
        store.applyOpenedConversation(
            conversation,
            {entry(QStringLiteral("in:1"), ThreadEntryKind::Inbound, 100),
             entry(QStringLiteral("out:1"), ThreadEntryKind::Outbound, 200)},
            {pendingDraft(10, id)});
    }

    ConsoleStore store;
    QObject context;
    QList<qint64> escalations;
    QList<QPair<qint64, QString>> ownedMessages;
};

} // namespace

TEST_F(ConsoleStoreTest, SnapshotFillsTheListAndCounts)
{
    EXPECT_EQ(store.conversations()->rowCount(), 2);
    EXPECT_EQ(store.counts().mine, 1);
    EXPECT_EQ(store.counts().open, 2);
    EXPECT_EQ(str(store.currentUser()), "giulia");
    EXPECT_EQ(store.currentRole(), AgentRole::Agent);
    ASSERT_TRUE(store.conversation(2).has_value());
    EXPECT_EQ(str(store.conversation(2)->customerName), "Luca");
    EXPECT_FALSE(store.conversation(42).has_value());
    EXPECT_TRUE(escalations.isEmpty()); // snapshots never notify
}

TEST_F(ConsoleStoreTest, ConversationUpdatedUpsertsAndNotifiesNewEscalationsOnce)
{
    auto escalated = summary(4, 5000, QStringLiteral("Maria"));
    escalated.escalationReason = QStringLiteral("complaint");
    store.applyEvent(event(QStringLiteral("conversation.updated"), PayloadCodec::toJson(escalated), 1));
    EXPECT_EQ(store.conversations()->rowOf(4), 0);
    EXPECT_EQ(escalations, (QList<qint64>{4}));

    // Still escalated (a second message): no second notification.
    escalated.updatedAt = 6000;
    escalated.unread = 2;
    store.applyEvent(event(QStringLiteral("conversation.updated"), PayloadCodec::toJson(escalated), 2));
    EXPECT_EQ(escalations.size(), 1);
    EXPECT_EQ(store.conversation(4)->unread, 2);

    // The bot's conversation escalates: notified.
    auto handed = *store.conversation(3);
    handed.owner = ConversationOwner::PendingHuman;
    handed.updatedAt = 7000;
    store.applyEvent(event(QStringLiteral("conversation.updated"), PayloadCodec::toJson(handed), 3));
    EXPECT_EQ(escalations, (QList<qint64>{4, 3}));
    EXPECT_EQ(store.conversations()->rowOf(3), 0);
}

TEST_F(ConsoleStoreTest, OpenedConversationFillsThreadAndDrafts)
{
    QList<qint64> opened;
    QObject::connect(&store, &ConsoleStore::openConversationChanged, &context,
                     [&](qint64 id) { opened.append(id); });
    openConversation(2);
    EXPECT_EQ(store.openConversationId(), 2);
    EXPECT_EQ(opened, (QList<qint64>{2}));
    EXPECT_EQ(store.thread()->rowCount(), 2);
    EXPECT_EQ(store.thread()->conversationId(), 2);
    EXPECT_EQ(store.drafts()->rowCount(), 1);

    store.prependHistory(2, {entry(QStringLiteral("in:0"), ThreadEntryKind::Inbound, 50)});
    EXPECT_EQ(store.thread()->rowCount(), 3);
    store.prependHistory(3, {entry(QStringLiteral("in:9"), ThreadEntryKind::Inbound, 10)});
    EXPECT_EQ(store.thread()->rowCount(), 3); // not the open one

    store.closeOpenConversation();
    EXPECT_EQ(store.openConversationId(), 0);
    EXPECT_EQ(store.thread()->rowCount(), 0);
    EXPECT_EQ(opened, (QList<qint64>{2, 0}));
}

TEST_F(ConsoleStoreTest, MessagesAndStatusesReachTheOpenThread)
{
    openConversation(2);
    const auto inbound = entry(QStringLiteral("in:2"), ThreadEntryKind::Inbound, 300,
                               QStringLiteral("Grazie!"));
    store.applyEvent(event(QStringLiteral("message.new"), messageNew(2, inbound), 1));
    ASSERT_EQ(store.thread()->rowCount(), 3);
    EXPECT_EQ(str(store.thread()->at(2).text), "Grazie!");
    // Giulia owns conversation 2: the tray is told.
    ASSERT_EQ(ownedMessages.size(), 1);
    EXPECT_EQ(ownedMessages.first().first, 2);
    EXPECT_EQ(str(ownedMessages.first().second), "in:2");

    // A message in another conversation does not touch the open thread; not hers: no tray.
    store.applyEvent(event(QStringLiteral("message.new"),
                           messageNew(3, entry(QStringLiteral("in:7"), ThreadEntryKind::Inbound, 400)),
                           2));
    EXPECT_EQ(store.thread()->rowCount(), 3);
    EXPECT_EQ(ownedMessages.size(), 1);

    // Her own reply in her conversation: not a notification either.
    store.applyEvent(event(QStringLiteral("message.new"),
                           messageNew(2, entry(QStringLiteral("out:2"), ThreadEntryKind::Outbound, 500)),
                           3));
    EXPECT_EQ(ownedMessages.size(), 1);

    store.applyEvent(event(QStringLiteral("message.status"),
                           {{QStringLiteral("conversation_id"), 2},
                            {QStringLiteral("entry_id"), QStringLiteral("out:1")},
                            {QStringLiteral("status"), QStringLiteral("failed")},
                            {QStringLiteral("error_code"), 131026},
                            {QStringLiteral("error_title"), QStringLiteral("Message undeliverable")}},
                           4));
    const int row = store.thread()->rowOf(QStringLiteral("out:1"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(str(store.thread()->index(row).data(models::ThreadModel::StatusRole).toString()),
              "failed");
    EXPECT_EQ(str(store.thread()->index(row).data(models::ThreadModel::ErrorRole).toString()),
              "131026: Message undeliverable");
}

TEST_F(ConsoleStoreTest, DraftEventsFollowTheOpenConversation)
{
    openConversation(2);
    store.applyEvent(event(QStringLiteral("draft.pending"), PayloadCodec::toJson(pendingDraft(11, 2)), 1));
    store.applyEvent(event(QStringLiteral("draft.pending"), PayloadCodec::toJson(pendingDraft(12, 3)), 2));
    EXPECT_EQ(store.drafts()->rowCount(), 2);
    store.applyEvent(event(QStringLiteral("draft.resolved"),
                           {{QStringLiteral("draft_id"), 10},
                            {QStringLiteral("conversation_id"), 2},
                            {QStringLiteral("state"), QStringLiteral("approved")},
                            {QStringLiteral("by"), QStringLiteral("giulia")}},
                           3));
    ASSERT_EQ(store.drafts()->rowCount(), 1);
    EXPECT_EQ(store.drafts()->at(0).id, 11);
}

TEST_F(ConsoleStoreTest, PresenceCountsAndSettingsEvents)
{
    QJsonArray users{PayloadCodec::toJson(protocol::PresenceInfo{QStringLiteral("marco"), true, 2, true}),
                     PayloadCodec::toJson(protocol::PresenceInfo{QStringLiteral("giulia"), true, 2, false})};
    store.applyEvent(event(QStringLiteral("presence"), {{QStringLiteral("users"), users}}));
    EXPECT_EQ(store.presence()->rowCount(), 2);
    EXPECT_EQ(store.presence()->typersIn(2), (QStringList{QStringLiteral("marco")}));

    QList<int> escalatedCounts;
    QObject::connect(&store, &ConsoleStore::countsChanged, &context,
                     [&](const protocol::QueueCounts &c) { escalatedCounts.append(c.escalated); });
    protocol::QueueCounts counts;
    counts.escalated = 4;
    counts.open = 9;
    store.applyEvent(event(QStringLiteral("counts"), PayloadCodec::toJson(counts), 5));
    store.applyEvent(event(QStringLiteral("counts"), PayloadCodec::toJson(counts), 6));
    EXPECT_EQ(store.counts().escalated, 4);
    EXPECT_EQ(escalatedCounts, (QList<int>{4})); // the same counts twice: one signal

    protocol::BusinessSettings business;
    business.reviewThreshold = 0.4;
    business.alwaysHumanIntents = {QStringLiteral("complaint")};
    store.applyEvent(event(QStringLiteral("settings.changed"),
                           {{QStringLiteral("business"), PayloadCodec::toJson(business)}}, 7));
    ASSERT_TRUE(store.businessSettings().has_value());
    EXPECT_EQ(store.businessSettings()->alwaysHumanIntents, business.alwaysHumanIntents);

    const protocol::CannedResponse hello{3, QStringLiteral("Saluto"), QStringLiteral("Buongiorno!"),
                                         QStringLiteral("it")};
    store.applyEvent(event(QStringLiteral("settings.changed"),
                           {{QStringLiteral("canned"), QJsonArray{PayloadCodec::toJson(hello)}}}, 8));
    ASSERT_EQ(store.cannedResponses().size(), 1);
    EXPECT_EQ(str(store.cannedResponses().first().title), "Saluto");
}

TEST_F(ConsoleStoreTest, MalformedAndUnknownEventsAreIgnored)
{
    store.applyEvent(event(QStringLiteral("conversation.updated"),
                           {{QStringLiteral("id"), QStringLiteral("not a number")}}, 1));
    store.applyEvent(event(QStringLiteral("message.new"), {{QStringLiteral("entry"), 3}}, 2));
    store.applyEvent(event(QStringLiteral("something.new"), {{QStringLiteral("x"), 1}}, 3));
    EXPECT_EQ(store.conversations()->rowCount(), 2);
    EXPECT_TRUE(escalations.isEmpty());
}

TEST_F(ConsoleStoreTest, ClearForgetsEverything)
{
    openConversation(2);
    store.clear();
    EXPECT_EQ(store.conversations()->rowCount(), 0);
    EXPECT_EQ(store.openConversationId(), 0);
    EXPECT_TRUE(store.currentUser().isEmpty());
    EXPECT_EQ(store.counts().open, 0);
}
