// SPDX-License-Identifier: LicenseRef-Sportello
// ThreadModel, DraftListModel and PresenceModel: the open conversation's pieces.
#include "models/threadmodel.h"

#include <gtest/gtest.h>

#include <QDateTime>

#include "clienttestsupport.h"
#include "models/draftlistmodel.h"
#include "models/presencemodel.h"

using namespace sportello;
using namespace sportello::console;
using models::DraftListModel;
using models::PresenceModel;
using models::ThreadModel;
using protocol::ThreadEntryKind;
using console::test::entry;
using console::test::str;

namespace {

QStringList idsOf(const ThreadModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.at(row).id);
    return ids;
}

protocol::DraftInfo draft(qint64 id, qint64 createdAt, const QString &state = {})
{
    protocol::DraftInfo value;
    value.id = id;
    value.conversationId = 1;
    value.text = QStringLiteral("Certo, domani alle 10 va bene?");
    value.intent = QStringLiteral("booking");
    value.confidence = 0.7;
    value.state = state.isEmpty() ? QStringLiteral("pending") : state;
    value.createdAt = createdAt;
    return value;
}

protocol::PresenceInfo presence(const QString &name, bool online, qint64 viewing = 0,
                                bool typing = false)
{
    return protocol::PresenceInfo{name, online, viewing, typing};
}

class ThreadModelTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { console::test::ensureGuiApplication(); }
};

using DraftListModelTest = ThreadModelTest;
using PresenceModelTest = ThreadModelTest;

} // namespace

TEST_F(ThreadModelTest, OldestFirstWithNotesInPlace)
{
    ThreadModel model;
    model.setEntries(1, {entry(QStringLiteral("out:2"), ThreadEntryKind::Outbound, 3000),
                         entry(QStringLiteral("in:1"), ThreadEntryKind::Inbound, 1000),
                         entry(QStringLiteral("ev:1"), ThreadEntryKind::Note, 2000)});
    EXPECT_EQ(model.conversationId(), 1);
    EXPECT_EQ(idsOf(model), (QStringList{QStringLiteral("in:1"), QStringLiteral("ev:1"),
                                         QStringLiteral("out:2")}));
    EXPECT_EQ(model.oldestAt(), 1000);
    EXPECT_EQ(model.historyCursor(), 1000);

    // All notes come with the conversation, however old: history continues from the messages.
    model.add(entry(QStringLiteral("ev:0"), ThreadEntryKind::Note, 10));
    EXPECT_EQ(model.oldestAt(), 10);
    EXPECT_EQ(model.historyCursor(), 1000);
}

TEST_F(ThreadModelTest, RolesDescribeTheBubble)
{
    ThreadModel model;
    auto failed = entry(QStringLiteral("out:7"), ThreadEntryKind::Outbound, 5000,
                        QStringLiteral("Ecco il preventivo"));
    failed.status = DeliveryStatus::Failed;
    failed.errorCode = 131047;
    failed.errorTitle = QStringLiteral("Re-engagement message");
    auto image = entry(QStringLiteral("in:3"), ThreadEntryKind::Inbound, 4000, QString());
    image.type = QStringLiteral("image");
    image.caption = QStringLiteral("la mia radiografia");
    model.setEntries(1, {failed, image});

    const QModelIndex bubble = model.index(1);
    EXPECT_EQ(str(bubble.data().toString()), "Ecco il preventivo");
    EXPECT_EQ(bubble.data(ThreadModel::KindRole).toInt(), int(ThreadEntryKind::Outbound));
    EXPECT_EQ(str(bubble.data(ThreadModel::StatusRole).toString()), "failed");
    EXPECT_EQ(str(bubble.data(ThreadModel::ErrorRole).toString()),
              "131047: Re-engagement message");
    EXPECT_EQ(str(bubble.data(ThreadModel::AuthorRole).toString()), "agent:giulia");
    EXPECT_EQ(bubble.data(ThreadModel::AtRole).toDateTime(), QDateTime::fromMSecsSinceEpoch(5000));
    EXPECT_EQ(str(bubble.data(ThreadModel::EntryRole).value<protocol::ThreadEntry>().id),
              "out:7");

    const QModelIndex photo = model.index(0);
    EXPECT_EQ(str(photo.data(ThreadModel::TextRole).toString()), "la mia radiografia");
    EXPECT_EQ(str(photo.data(ThreadModel::TypeRole).toString()), "image");
    EXPECT_TRUE(photo.data(ThreadModel::StatusRole).toString().isEmpty()); // inbound
    EXPECT_TRUE(photo.data(ThreadModel::ErrorRole).toString().isEmpty());
}

TEST_F(ThreadModelTest, NewEntriesAndStatusUpdatesAreIncremental)
{
    ThreadModel model;
    model.setEntries(1, {entry(QStringLiteral("in:1"), ThreadEntryKind::Inbound, 1000)});
    int resets = 0;
    int inserts = 0;
    int changes = 0;
    QObject context;
    QObject::connect(&model, &QAbstractItemModel::modelReset, &context, [&]() { ++resets; });
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &context, [&]() { ++inserts; });
    QObject::connect(&model, &QAbstractItemModel::dataChanged, &context, [&]() { ++changes; });

    auto reply = entry(QStringLiteral("out:1"), ThreadEntryKind::Outbound, 2000);
    model.add(reply);
    // The same entry again (an event crossing a reply): updated, not doubled.
    reply.status = DeliveryStatus::Sent;
    model.add(reply);
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(str(model.index(1).data(ThreadModel::StatusRole).toString()), "sent");

    EXPECT_TRUE(model.updateStatus(QStringLiteral("out:1"), DeliveryStatus::Read, 0, {}));
    EXPECT_EQ(str(model.index(1).data(ThreadModel::StatusRole).toString()), "read");
    EXPECT_FALSE(model.updateStatus(QStringLiteral("out:99"), DeliveryStatus::Read, 0, {}));

    // Out of order arrival lands in time order.
    model.add(entry(QStringLiteral("in:2"), ThreadEntryKind::Inbound, 1500));
    EXPECT_EQ(idsOf(model), (QStringList{QStringLiteral("in:1"), QStringLiteral("in:2"),
                                         QStringLiteral("out:1")}));
    EXPECT_EQ(resets, 0);
    EXPECT_EQ(inserts, 2);
    EXPECT_EQ(changes, 2);
    EXPECT_EQ(model.rowOf(QStringLiteral("out:1")), 2);
}

TEST_F(ThreadModelTest, HistoryPagesArePrependedWithoutDuplicates)
{
    ThreadModel model;
    model.setEntries(1, {entry(QStringLiteral("in:5"), ThreadEntryKind::Inbound, 5000),
                         entry(QStringLiteral("in:6"), ThreadEntryKind::Inbound, 6000)});
    model.prepend({entry(QStringLiteral("in:3"), ThreadEntryKind::Inbound, 3000),
                   entry(QStringLiteral("in:4"), ThreadEntryKind::Inbound, 4000),
                   entry(QStringLiteral("in:5"), ThreadEntryKind::Inbound, 5000)});
    EXPECT_EQ(idsOf(model), (QStringList{QStringLiteral("in:3"), QStringLiteral("in:4"),
                                         QStringLiteral("in:5"), QStringLiteral("in:6")}));
    EXPECT_EQ(model.rowOf(QStringLiteral("in:6")), 3);
    EXPECT_EQ(model.oldestAt(), 3000);
    model.prepend({});
    EXPECT_EQ(model.rowCount(), 4);
}

TEST_F(DraftListModelTest, OnlyPendingDraftsAreListed)
{
    DraftListModel model;
    model.setDrafts({draft(2, 2000), draft(1, 1000), draft(3, 500, QStringLiteral("rejected"))});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.at(0).id, 1);
    EXPECT_EQ(model.index(1).data(DraftListModel::DraftRole).value<protocol::DraftInfo>().id, 2);
    EXPECT_EQ(str(model.index(0).data().toString()), "Certo, domani alle 10 va bene?");

    model.upsert(draft(4, 3000));
    EXPECT_EQ(model.rowCount(), 3);
    model.upsert(draft(1, 1000, QStringLiteral("approved")));
    EXPECT_EQ(model.rowOf(1), -1);
    EXPECT_TRUE(model.remove(2));
    EXPECT_FALSE(model.remove(2));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.at(0).id, 4);
}

TEST_F(PresenceModelTest, WholePictureIsMergedRowByRow)
{
    PresenceModel model;
    int resets = 0;
    int changedSignals = 0;
    QObject context;
    QObject::connect(&model, &QAbstractItemModel::modelReset, &context, [&]() { ++resets; });
    QObject::connect(&model, &PresenceModel::changed, &context, [&]() { ++changedSignals; });

    model.setPresence({presence(QStringLiteral("marco"), true, 7, true),
                       presence(QStringLiteral("giulia"), true, 7),
                       presence(QStringLiteral("anna"), false, 7)});
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(str(model.index(0).data().toString()), "anna");
    EXPECT_EQ(model.viewersOf(7), (QStringList{QStringLiteral("giulia"), QStringLiteral("marco")}));
    EXPECT_EQ(model.typersIn(7), (QStringList{QStringLiteral("marco")}));
    EXPECT_TRUE(model.viewersOf(0).isEmpty());

    QPersistentModelIndex marco = model.index(2);
    model.setPresence({presence(QStringLiteral("marco"), true, 9),
                       presence(QStringLiteral("bruno"), true)});
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(marco.row(), 1);
    EXPECT_EQ(model.index(1).data(PresenceModel::PresenceRole).value<protocol::PresenceInfo>().viewing,
              9);
    EXPECT_TRUE(model.viewersOf(7).isEmpty());
    EXPECT_EQ(changedSignals, 2);

    model.setPresence({presence(QStringLiteral("marco"), true, 9),
                       presence(QStringLiteral("bruno"), true)});
    EXPECT_EQ(changedSignals, 2); // nothing new
    EXPECT_EQ(resets, 0);
}
