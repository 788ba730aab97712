// SPDX-License-Identifier: LicenseRef-Sportello
// The left column: inbox queues with live counts, search, and the conversation list.
#pragma once

#include <QWidget>

#include "domain/inboxqueue.h"
#include "protocol/queuecounts.h"

class QLineEdit;
class QListView;
class QListWidget;
class QTimer;

namespace sportello::console::models {
class ConversationListModel;
class QueueFilterModel;
} // namespace sportello::console::models

namespace sportello::console::views {

// Shows one queue of the store's ConversationListModel through a QueueFilterModel. Selecting a
// row asks to open that conversation; the list follows its rows as they move (persistent
// indexes), so an update never yanks the selection away.
class InboxPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit InboxPanel(models::ConversationListModel *conversations, QWidget *parent = nullptr);

    models::QueueFilterModel *filterModel() const { return m_filter; }
    QListView *listView() const { return m_list; }

    InboxQueue queue() const;
    void setQueue(InboxQueue queue);
    void setCounts(const protocol::QueueCounts &counts);
    void setCurrentUser(const QString &user);
    // The queue's label with its count as shown ("Escalated 3").
    QString queueText(InboxQueue queue) const;
    int queueCount(InboxQueue queue) const;

    // Selects the conversation's row if the current queue shows it; false otherwise.
    bool selectConversation(qint64 id);
    qint64 selectedConversation() const;
    // Ctrl+Down / Ctrl+Up: the next / previous conversation of the queue (opens it).
    void selectNext();
    void selectPrevious();
    void focusSearch();
    QString searchText() const;
    void setSearchText(const QString &text);

Q_SIGNALS:
    void conversationActivated(qint64 id);
    void queueChanged(InboxQueue queue);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refreshQueueLabels();
    void moveSelection(int step);

    models::ConversationListModel *m_conversations = nullptr;
    models::QueueFilterModel *m_filter = nullptr;
    protocol::QueueCounts m_counts;
    // Set while the list changes under the selection, so that is not taken for a choice.
    bool m_silent = false;
    QListWidget *m_queues = nullptr;
    QLineEdit *m_search = nullptr;
    QListView *m_list = nullptr;
    QTimer *m_tick = nullptr;
};

} // namespace sportello::console::views
