// SPDX-License-Identifier: LicenseRef-Sportello
// One inbox queue of the conversation list, optionally narrowed by a search text.
#include "models/queuefiltermodel.h"

#include "domain/conversationowner.h"
#include "models/conversationlistmodel.h"

namespace sportello::console::models {

using protocol::ConversationSummary;

QueueFilterModel::QueueFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Rows keep the source's order; never sort, so moves in the source stay moves here.
    setDynamicSortFilter(true);
}

QueueFilterModel::~QueueFilterModel() = default;

void QueueFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_conversations = qobject_cast<ConversationListModel *>(model);
    Q_ASSERT_X(!model || m_conversations, "QueueFilterModel::setSourceModel",
               "the source must be a ConversationListModel");
    QSortFilterProxyModel::setSourceModel(model);
}

void QueueFilterModel::setQueue(InboxQueue queue)
{
    if (queue == m_queue)
        return;
    m_queue = queue;
    invalidateFilter();
}

void QueueFilterModel::setCurrentUser(const QString &user)
{
    if (user == m_currentUser)
        return;
    m_currentUser = user;
    invalidateFilter();
}

void QueueFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText)
        return;
    m_searchText = trimmed;
    invalidateFilter();
}

bool QueueFilterModel::belongsTo(const ConversationSummary &summary, InboxQueue queue,
                                 const QString &currentUser)
{
    const bool closed = summary.owner == ConversationOwner::Closed;
    switch (queue) {
    case InboxQueue::NeedsReview:
        return summary.pendingDraft;
    case InboxQueue::Escalated:
        return summary.owner == ConversationOwner::PendingHuman && summary.assignedAgent.isEmpty();
    case InboxQueue::Mine:
        return !closed && !currentUser.isEmpty() && summary.assignedAgent == currentUser;
    case InboxQueue::Open:
        return !closed;
    case InboxQueue::Closed:
        return closed;
    }
    return false;
}

bool QueueFilterModel::matchesSearch(const ConversationSummary &summary, const QString &text)
{
    if (text.isEmpty())
        return true;
    if (summary.customerName.contains(text, Qt::CaseInsensitive) ||
        summary.lastMessageText.contains(text, Qt::CaseInsensitive))
        return true;
    // Numbers are typed with or without the "+", and people paste them with spaces.
    QString digits = text;
    digits.remove(u' ');
    if (digits.startsWith(u'+'))
        digits.remove(0, 1);
    return !digits.isEmpty() && summary.waId.contains(digits);
}

bool QueueFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_conversations || sourceParent.isValid() || sourceRow < 0 ||
        sourceRow >= m_conversations->rowCount())
        return false;
    const ConversationSummary &summary = m_conversations->at(sourceRow);
    return belongsTo(summary, m_queue, m_currentUser) && matchesSearch(summary, m_searchText);
}

} // namespace sportello::console::models
