// SPDX-License-Identifier: LicenseRef-Sportello
// ConversationListModel: newest first, row-by-row updates (moves, not resets), 10,000 rows.
#include "models/conversationlistmodel.h"

#include <algorithm>
#include <iostream>
#include <random>

#include <gtest/gtest.h>

#include <QDateTime>

#include "clienttestsupport.h"

using namespace sportello;
using namespace sportello::console;
using models::ConversationListModel;
using console::test::summary;
using console::test::str;

namespace {

// Rebuilds the model's id order from its signals alone, the way a view does: if the mirror
// matches the model after every change, the signals were exact.
class SignalMirror
{
public:
    explicit SignalMirror(ConversationListModel &model)
        : m_model(model)
    {
        rebuild();
        QObject::connect(&model, &QAbstractItemModel::modelReset, &m_context, [this]() {
            ++resets;
            rebuild();
        });
        QObject::connect(&model, &QAbstractItemModel::rowsInserted, &m_context,
                         [this](const QModelIndex &, int first, int last) {
                             ++inserts;
                             for (int row = first; row <= last; ++row)
                                 ids.insert(row, idAt(row));
                         });
        QObject::connect(&model, &QAbstractItemModel::rowsRemoved, &m_context,
                         [this](const QModelIndex &, int first, int last) {
                             ++removals;
                             ids.remove(first, last - first + 1);
                         });
        QObject::connect(&model, &QAbstractItemModel::rowsMoved, &m_context,
                         [this](const QModelIndex &, int start, int end, const QModelIndex &,
                                int destination) {
                             ++moves;
                             ASSERT_EQ(start, end);
                             const qint64 id = ids.takeAt(start);
                             ids.insert(destination > start ? destination - 1 : destination, id);
                         });
        QObject::connect(&model, &QAbstractItemModel::dataChanged, &m_context,
                         [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                             ++changes;
                             for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                                 EXPECT_EQ(ids.at(row), idAt(row)) << "dataChanged on row " << row;
                         });
    }

    qint64 idAt(int row) const
    {
        return m_model.data(m_model.index(row), ConversationListModel::IdRole).toLongLong();
    }

    QList<qint64> modelIds() const
    {
        QList<qint64> result;
        for (int row = 0; row < m_model.rowCount(); ++row)
            result.append(idAt(row));
        return result;
    }

    void rebuild() { ids = modelIds(); }

    QList<qint64> ids;
    int resets = 0;
    int inserts = 0;
    int removals = 0;
    int moves = 0;
    int changes = 0;

private:
    ConversationListModel &m_model;
    QObject m_context;
};

// Newest first, ties by id (higher first); every id maps back to its row.
void expectSortedAndIndexed(const ConversationListModel &model)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto &current = model.at(row);
        ASSERT_EQ(model.rowOf(current.id), row);
        if (row == 0)
            continue;
        const auto &previous = model.at(row - 1);
        ASSERT_TRUE(previous.updatedAt > current.updatedAt ||
                    (previous.updatedAt == current.updatedAt && previous.id > current.id))
            << "rows " << row - 1 << " and " << row << " out of order";
    }
}

class ConversationListModelTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { console::test::ensureGuiApplication(); }
};

} // namespace

TEST_F(ConversationListModelTest, SnapshotIsSortedNewestFirst)
{
    ConversationListModel model;
    model.setConversations({summary(1, 1000), summary(2, 3000), summary(3, 2000),
                            summary(4, 3000)});
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.at(0).id, 4); // same time as 2: the higher id first
    EXPECT_EQ(model.at(1).id, 2);
    EXPECT_EQ(model.at(2).id, 3);
    EXPECT_EQ(model.at(3).id, 1);
    expectSortedAndIndexed(model);
    EXPECT_EQ(model.rowOf(99), -1);
    EXPECT_FALSE(model.find(99).has_value());
}

TEST_F(ConversationListModelTest, RolesExposeTheSummary)
{
    ConversationListModel model;
    auto named = summary(7, 1700000000000, QStringLiteral("Maria Rossi"));
    named.labels = {QStringLiteral("vip"), QStringLiteral("invoice")};
    named.assignedAgent = QStringLiteral("giulia");
    named.owner = ConversationOwner::Human;
    named.pendingDraft = true;
    named.escalationReason = QStringLiteral("complaint");
    auto anonymous = summary(8, 1600000000000);
    model.setConversations({named, anonymous});

    const QModelIndex first = model.index(0);
    EXPECT_EQ(str(first.data(Qt::DisplayRole).toString()), "Maria Rossi");
    EXPECT_EQ(str(first.data(ConversationListModel::TitleRole).toString()), "Maria Rossi");
    EXPECT_EQ(first.data(ConversationListModel::IdRole).toLongLong(), 7);
    EXPECT_EQ(str(first.data(ConversationListModel::PreviewRole).toString()),
              str(named.lastMessageText));
    EXPECT_EQ(str(first.data(ConversationListModel::OwnerRole).toString()), "human");
    EXPECT_EQ(str(first.data(ConversationListModel::AssignedAgentRole).toString()), "giulia");
    EXPECT_EQ(first.data(ConversationListModel::UnreadRole).toInt(), 1);
    EXPECT_EQ(first.data(ConversationListModel::UpdatedAtRole).toDateTime(),
              QDateTime::fromMSecsSinceEpoch(1700000000000));
    EXPECT_EQ(first.data(ConversationListModel::WindowExpiresAtRole).toLongLong(),
              named.windowExpiresAt);
    EXPECT_TRUE(first.data(ConversationListModel::PendingDraftRole).toBool());
    EXPECT_EQ(first.data(ConversationListModel::LabelsRole).toStringList(), named.labels);
    EXPECT_EQ(str(first.data(ConversationListModel::EscalationReasonRole).toString()),
              "complaint");
    const auto carried =
        first.data(ConversationListModel::SummaryRole).value<protocol::ConversationSummary>();
    EXPECT_EQ(carried.id, 7);
    EXPECT_EQ(str(carried.customerName), "Maria Rossi");

    // No name: the number stands in, with its plus.
    EXPECT_EQ(str(model.index(1).data(Qt::DisplayRole).toString()), str(QStringLiteral("+") + anonymous.waId));
    EXPECT_TRUE(model.roleNames().contains(ConversationListModel::PreviewRole));
}

TEST_F(ConversationListModelTest, NewConversationIsInsertedInPlace)
{
    ConversationListModel model;
    model.setConversations({summary(1, 3000), summary(2, 1000)});
    SignalMirror mirror(model);

    EXPECT_EQ(model.upsert(summary(3, 2000)), 1);
    EXPECT_EQ(model.upsert(summary(4, 5000)), 0);
    EXPECT_EQ(model.upsert(summary(5, 10)), 4);

    EXPECT_EQ(mirror.inserts, 3);
    EXPECT_EQ(mirror.resets, 0);
    EXPECT_EQ(mirror.ids, mirror.modelIds());
    EXPECT_EQ(mirror.ids, (QList<qint64>{4, 1, 3, 2, 5}));
    expectSortedAndIndexed(model);
}

TEST_F(ConversationListModelTest, UpdateMovesTheRowInsteadOfResetting)
{
    ConversationListModel model;
    model.setConversations({summary(1, 5000), summary(2, 4000), summary(3, 3000),
                            summary(4, 2000), summary(5, 1000)});
    SignalMirror mirror(model);
    QPersistentModelIndex selected = model.index(3); // id 4, as a view's selection would

    // A new message in conversation 4: to the top.
    EXPECT_EQ(model.upsert(summary(4, 6000)), 0);
    EXPECT_EQ(mirror.moves, 1);
    EXPECT_EQ(selected.row(), 0);
    EXPECT_EQ(mirror.ids, (QList<qint64>{4, 1, 2, 3, 5}));

    // An older update time (the hub corrected it): down.
    EXPECT_EQ(model.upsert(summary(1, 1500)), 3);
    EXPECT_EQ(mirror.moves, 2);
    EXPECT_EQ(mirror.ids, (QList<qint64>{4, 2, 3, 1, 5}));

    // Down to the very end.
    EXPECT_EQ(model.upsert(summary(4, 1)), 4);
    EXPECT_EQ(mirror.ids, (QList<qint64>{2, 3, 1, 5, 4}));
    EXPECT_EQ(selected.row(), 4);

    // Same place: only dataChanged.
    const int changesBefore = mirror.changes;
    auto renamed = summary(3, 3000, QStringLiteral("Luca"));
    EXPECT_EQ(model.upsert(renamed), 1);
    EXPECT_EQ(mirror.moves, 3);
    EXPECT_EQ(mirror.changes, changesBefore + 1);
    EXPECT_EQ(str(model.index(1).data().toString()), "Luca");

    EXPECT_EQ(mirror.resets, 0);
    EXPECT_EQ(mirror.inserts, 0);
    EXPECT_EQ(mirror.ids, mirror.modelIds());
    expectSortedAndIndexed(model);
}

TEST_F(ConversationListModelTest, RemoveKeepsTheIndexConsistent)
{
    ConversationListModel model;
    model.setConversations({summary(1, 3000), summary(2, 2000), summary(3, 1000)});
    SignalMirror mirror(model);
    EXPECT_TRUE(model.remove(2));
    EXPECT_FALSE(model.remove(2));
    EXPECT_EQ(mirror.ids, (QList<qint64>{1, 3}));
    EXPECT_EQ(model.rowOf(3), 1);
    expectSortedAndIndexed(model);
}

TEST_F(ConversationListModelTest, RandomUpdatesKeepOrderAndSignalsExact)
{
    ConversationListModel model;
    SignalMirror mirror(model);
    std::mt19937 random(42);
    std::uniform_int_distribution<qint64> time(0, 500);
    std::uniform_int_distribution<qint64> id(1, 60);
    for (int i = 0; i < 3000; ++i) {
        model.upsert(summary(id(random), time(random)));
        if (i % 97 == 0)
            model.remove(id(random));
    }
    EXPECT_EQ(mirror.resets, 0);
    EXPECT_EQ(mirror.ids, mirror.modelIds());
    expectSortedAndIndexed(model);
}

TEST_F(ConversationListModelTest, TenThousandConversationsStayIncrementalAndSmall)
{
    constexpr int kConversations = 10000;
    const qint64 base = 1700000000000;
    const qint64 before = console::test::residentBytes();
    auto model = std::make_unique<ConversationListModel>();
    // Oldest last: each one lands at the end, the way a long list fills from hub events.
    for (int i = kConversations; i >= 1; --i) {
        auto conversation = summary(i, base + i * 1000, QStringLiteral("Cliente %1").arg(i));
        conversation.labels = {QStringLiteral("prenotazione")};
        model->upsert(conversation);
    }
    const qint64 after = console::test::residentBytes();
    ASSERT_EQ(model->rowCount(), kConversations);
    expectSortedAndIndexed(*model);

    SignalMirror mirror(*model);
    std::mt19937 random(7);
    std::uniform_int_distribution<int> pick(1, kConversations);
    qint64 now = base + (kConversations + 1) * 1000;
    for (int i = 0; i < 2000; ++i) {
        // Mostly "a new message arrived" (to the top), sometimes an edit in place.
        auto update = model->at(model->rowOf(pick(random)));
        if (i % 5 != 0)
            update.updatedAt = ++now;
        update.unread += 1;
        model->upsert(update);
    }
    EXPECT_EQ(mirror.resets, 0);
    EXPECT_EQ(mirror.inserts, 0);
    EXPECT_GT(mirror.moves, 1000);
    EXPECT_EQ(mirror.ids, mirror.modelIds());
    expectSortedAndIndexed(*model);

    // Rough memory per row (the process's RSS, so only indicative): recorded, and bounded
    // generously so a regression to kilobytes per row shows.
    const qint64 grown = std::max<qint64>(0, after - before);
    std::cout << "[ memory   ] 10,000 conversations: ~" << grown / 1024 << " KiB RSS ("
              << grown / kConversations << " bytes per row)\n";
    RecordProperty("rss_bytes_for_10000_conversations", std::to_string(grown));
    EXPECT_LT(grown, qint64(60) * 1024 * 1024);
}
