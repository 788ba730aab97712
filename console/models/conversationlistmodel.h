// SPDX-License-Identifier: LicenseRef-Sportello
// Every conversation the console knows, newest activity first, updated row by row.
#pragma once

#include <optional>
#include <unordered_map>
#include <vector>

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include "models/protocolmetatypes.h"
#include "protocol/conversationsummary.h"

namespace sportello::console::models {

// Sorted by updatedAt descending (ties: higher id first). Built to stay cheap with tens of
// thousands of rows: an update replaces one row and, when its position changes, moves it with
// beginMoveRows() (views keep selection and scroll position); only setConversations() (a
// snapshot) resets the model. A hash maps each id to its summary, whose row is then found by
// binary search on the sort key: no per-row bookkeeping to redo when a row moves, so an update
// costs O(log n) plus shifting one pointer per row passed over. Repetitive strings (business,
// language, agent names...) are shared between rows to keep the memory per row small.
class ConversationListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SummaryRole,           // QVariant::fromValue(protocol::ConversationSummary)
        TitleRole,             // customer name, else +wa_id
        PreviewRole,           // last message text
        OwnerRole,             // ConversationOwner spelling ("pending_human"...)
        AssignedAgentRole,     // user name, empty when nobody
        UnreadRole,            // int
        UpdatedAtRole,         // QDateTime
        WindowExpiresAtRole,   // qint64 ms since the epoch, 0 when the window is closed
        PendingDraftRole,      // bool
        LabelsRole,            // QStringList
        EscalationReasonRole,  // QString
    };
    Q_ENUM(Role)

    explicit ConversationListModel(QObject *parent = nullptr);
    ~ConversationListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces everything (a snapshot): one model reset.
    void setConversations(const QList<protocol::ConversationSummary> &conversations);
    // Inserts a new conversation or updates a known one, moving its row when updatedAt changed
    // its place. Returns the conversation's row afterwards.
    int upsert(const protocol::ConversationSummary &summary);
    // Removes the conversation; false when it was not there.
    bool remove(qint64 id);
    void clear();

    // -1 when the id is unknown.
    int rowOf(qint64 id) const;
    // The summary in `row` (0 <= row < rowCount()).
    const protocol::ConversationSummary &at(int row) const { return *m_rows[std::size_t(row)]; }
    std::optional<protocol::ConversationSummary> find(qint64 id) const;

    // The title the list shows: the customer's name, else +wa_id.
    static QString titleOf(const protocol::ConversationSummary &summary);

private:
    // True when `a` sorts above `b`.
    static bool sortsBefore(const protocol::ConversationSummary &a,
                            const protocol::ConversationSummary &b);
    protocol::ConversationSummary compact(protocol::ConversationSummary summary);
    const QString &intern(const QString &text);
    int rowOfEntry(const protocol::ConversationSummary *entry) const;

    // Owns the summaries; std::unordered_map keeps their addresses stable.
    std::unordered_map<qint64, protocol::ConversationSummary> m_byId;
    // The sorted rows.
    std::vector<const protocol::ConversationSummary *> m_rows;
    // Low-cardinality strings shared by many rows (QString is implicitly shared).
    QSet<QString> m_strings;
};

} // namespace sportello::console::models
