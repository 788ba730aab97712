// SPDX-License-Identifier: LicenseRef-Sportello
// The open conversation's thread as chat bubbles, following new messages as they arrive.
#pragma once

#include <QListView>

namespace sportello::console::views {

class ThreadBubbleDelegate;

// A QListView over a ThreadModel (or any model with ThreadModel's EntryRole) painted by
// ThreadBubbleDelegate. It sticks to the bottom while the agent is reading the newest messages,
// keeps the reading position when older history is prepended, and asks for more history when
// scrolled to the top.
class ThreadView final : public QListView
{
    Q_OBJECT

public:
    explicit ThreadView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    ThreadBubbleDelegate *bubbleDelegate() const { return m_delegate; }

    bool isAtBottom() const;
    // Shown centred when the model is empty ("No messages yet").
    void setEmptyText(const QString &text);

Q_SIGNALS:
    // Scrolled to the top: time to load older entries (at most once per batch received).
    void historyRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void onScrollRangeChanged(int minimum, int maximum);
    void onScrolled(int value);

    ThreadBubbleDelegate *m_delegate = nullptr;
    QString m_emptyText;
    bool m_stickToBottom = true;
    bool m_restoreFromBottom = false;
    int m_distanceFromBottom = 0;
    bool m_historyAsked = false;
};

} // namespace sportello::console::views
