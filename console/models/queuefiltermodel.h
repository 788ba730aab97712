// SPDX-License-Identifier: LicenseRef-Sportello
// One inbox queue of the conversation list, optionally narrowed by a search text.
#pragma once

#include <QSortFilterProxyModel>
#include <QString>

#include "domain/inboxqueue.h"
#include "protocol/conversationsummary.h"

namespace sportello::console::models {

class ConversationListModel;

// Keeps the source's order (newest first); filters only. The source must be a
// ConversationListModel: rows are read directly, not through QVariant copies.
class QueueFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit QueueFilterModel(QObject *parent = nullptr);
    ~QueueFilterModel() override;

    void setSourceModel(QAbstractItemModel *model) override;

    InboxQueue queue() const { return m_queue; }
    void setQueue(InboxQueue queue);
    // Whose "Mine" queue this is.
    QString currentUser() const { return m_currentUser; }
    void setCurrentUser(const QString &user);
    // Case-insensitive match on the customer's name, number (with or without "+") and the last
    // message; blanks around it are ignored; empty shows the whole queue.
    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);

    // The queue rules of PROTOCOL.md ("QueueName"), shared with the store's notifications.
    static bool belongsTo(const protocol::ConversationSummary &summary, InboxQueue queue,
                          const QString &currentUser);
    static bool matchesSearch(const protocol::ConversationSummary &summary, const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ConversationListModel *m_conversations = nullptr;
    InboxQueue m_queue = InboxQueue::Open;
    QString m_currentUser;
    QString m_searchText;
};

} // namespace sportello::console::models
