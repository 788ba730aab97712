// SPDX-License-Identifier: LicenseRef-Sportello
// QueueFilterModel: the five inbox queues of PROTOCOL.md and the search box.
#include "models/queuefiltermodel.h"

#include <gtest/gtest.h>

#include "clienttestsupport.h"
#include "models/conversationlistmodel.h"

using namespace sportello;
using namespace sportello::console;
using models::ConversationListModel;
using models::QueueFilterModel;
using console::test::summary;
using console::test::str;

namespace {

QList<qint64> idsOf(const QAbstractItemModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(ConversationListModel::IdRole).toLongLong());
    return ids;
}

class QueueFilterModelTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { console::test::ensureGuiApplication(); }

    void SetUp() override
    {
        // 1 escalated, nobody on it; 2 giulia's; 3 marco's; 4 with the bot, draft pending;
        // 5 closed; 6 waiting for a human but already assigned to giulia.
        auto escalated = summary(1, 6000, QStringLiteral("Maria Rossi"));
        auto mine = summary(2, 5000, QStringLiteral("Luca Bianchi"));
        mine.owner = ConversationOwner::Human;
        mine.assignedAgent = QStringLiteral("giulia");
        auto marcos = summary(3, 4000, QStringLiteral("Anna Verdi"));
        marcos.owner = ConversationOwner::Human;
        marcos.assignedAgent = QStringLiteral("marco");
        auto review = summary(4, 3000);
        review.owner = ConversationOwner::Bot;
        review.pendingDraft = true;
        review.lastMessageText = QStringLiteral("Quanto costa uno sbiancamento?");
        auto closed = summary(5, 2000, QStringLiteral("Paolo Neri"));
        closed.owner = ConversationOwner::Closed;
        closed.assignedAgent = QStringLiteral("giulia");
        auto claimed = summary(6, 1000);
        claimed.assignedAgent = QStringLiteral("giulia");
        source.setConversations({escalated, mine, marcos, review, closed, claimed});
        filter.setSourceModel(&source);
        filter.setCurrentUser(QStringLiteral("giulia"));
    }

    ConversationListModel source;
    QueueFilterModel filter;
};

} // namespace

TEST_F(QueueFilterModelTest, EachQueueHoldsWhatProtocolSays)
{
    filter.setQueue(InboxQueue::Escalated);
    EXPECT_EQ(idsOf(filter), (QList<qint64>{1}));
    filter.setQueue(InboxQueue::Mine);
    EXPECT_EQ(idsOf(filter), (QList<qint64>{2, 6}));
    filter.setQueue(InboxQueue::NeedsReview);
    EXPECT_EQ(idsOf(filter), (QList<qint64>{4}));
    filter.setQueue(InboxQueue::Open);
    EXPECT_EQ(idsOf(filter), (QList<qint64>{1, 2, 3, 4, 6}));
    filter.setQueue(InboxQueue::Closed);
    EXPECT_EQ(idsOf(filter), (QList<qint64>{5}));
}

TEST_F(QueueFilterModelTest, MineFollowsTheCurrentUser)
{
    filter.setQueue(InboxQueue::Mine);
    filter.setCurrentUser(QStringLiteral("marco"));
    EXPECT_EQ(idsOf(filter), (QList<qint64>{3}));
    filter.setCurrentUser(QString());
    EXPECT_TRUE(idsOf(filter).isEmpty());
}

TEST_F(QueueFilterModelTest, SearchMatchesNameNumberAndPreview)
{
    filter.setQueue(InboxQueue::Open);
    filter.setSearchText(QStringLiteral("  rossi "));
    EXPECT_EQ(idsOf(filter), (QList<qint64>{1}));
    filter.setSearchText(QStringLiteral("SBIANCAMENTO"));
    EXPECT_EQ(idsOf(filter), (QList<qint64>{4}));
    // Numbers with or without the plus, with spaces as people paste them.
    filter.setSearchText(QStringLiteral("+39 3400000003"));
    EXPECT_EQ(idsOf(filter), (QList<qint64>{3}));
    filter.setSearchText(QStringLiteral("3400000006"));
    EXPECT_EQ(idsOf(filter), (QList<qint64>{6}));
    filter.setSearchText(QStringLiteral("nessuno"));
    EXPECT_TRUE(idsOf(filter).isEmpty());
    filter.setSearchText(QString());
    EXPECT_EQ(filter.rowCount(), 5);
}

TEST_F(QueueFilterModelTest, UpdatesMoveConversationsBetweenQueues)
{
    filter.setQueue(InboxQueue::Escalated);
    ASSERT_EQ(idsOf(filter), (QList<qint64>{1}));

    // Giulia takes conversation 1 over: it leaves Escalated...
    auto taken = source.at(source.rowOf(1));
    taken.owner = ConversationOwner::Human;
    taken.assignedAgent = QStringLiteral("giulia");
    taken.updatedAt = 9000;
    source.upsert(taken);
    EXPECT_TRUE(idsOf(filter).isEmpty());

    // ...and a new escalation arrives, at the top of the queue.
    auto fresh = summary(7, 9500, QStringLiteral("Nuovo Cliente"));
    source.upsert(fresh);
    auto older = summary(8, 10, QStringLiteral("Vecchio Cliente"));
    source.upsert(older);
    EXPECT_EQ(idsOf(filter), (QList<qint64>{7, 8}));

    // Mine shows it first (newest activity).
    filter.setQueue(InboxQueue::Mine);
    EXPECT_EQ(idsOf(filter), (QList<qint64>{1, 2, 6}));

    // A newer message in conversation 6 puts it on top of Mine.
    auto bumped = source.at(source.rowOf(6));
    bumped.updatedAt = 20000;
    source.upsert(bumped);
    EXPECT_EQ(idsOf(filter), (QList<qint64>{6, 1, 2}));
}

TEST_F(QueueFilterModelTest, FollowsTenThousandConversationsThroughUpdates)
{
    ConversationListModel big;
    QList<protocol::ConversationSummary> all;
    for (int i = 1; i <= 10000; ++i) {
        auto conversation = summary(i, qint64(i) * 1000);
        if (i % 3 == 0)
            conversation.assignedAgent = QStringLiteral("giulia");
        if (i % 7 == 0)
            conversation.owner = ConversationOwner::Closed;
        all.append(conversation);
    }
    big.setConversations(all);
    QueueFilterModel mine;
    mine.setSourceModel(&big);
    mine.setCurrentUser(QStringLiteral("giulia"));
    mine.setQueue(InboxQueue::Mine);

    auto expectedMine = [&big]() {
        QList<qint64> ids;
        for (int row = 0; row < big.rowCount(); ++row) {
            if (QueueFilterModel::belongsTo(big.at(row), InboxQueue::Mine, QStringLiteral("giulia")))
                ids.append(big.at(row).id);
        }
        return ids;
    };
    EXPECT_EQ(idsOf(mine), expectedMine());

    qint64 now = 20000000;
    for (int i = 1; i <= 300; ++i) {
        auto update = big.at(big.rowOf((i * 37) % 10000 + 1));
        update.updatedAt = ++now;
        update.assignedAgent = i % 2 ? QStringLiteral("giulia") : QString();
        big.upsert(update);
    }
    EXPECT_EQ(idsOf(mine), expectedMine());
}
