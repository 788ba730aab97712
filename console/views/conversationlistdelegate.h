// SPDX-License-Identifier: LicenseRef-Sportello
// Paints one conversation row: avatar, customer, preview, time, unread badge, who has it, window.
#pragma once

#include <QStyledItemDelegate>

#include "protocol/conversationsummary.h"

namespace sportello::console::views {

// Every row has the same height (the list sets uniformItemSizes), so a 10,000-row list lays
// out in constant time and only the visible rows are ever painted. Reads
// ConversationListModel::SummaryRole.
class ConversationListDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ConversationListDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The third line's words: who has the conversation, draft marker, window state (for
    // tests and the row's accessible description).
    static QString statusLine(const protocol::ConversationSummary &summary, qint64 nowMs);
    // The customer's initials for the avatar ("AR"), or the last two digits of the number.
    static QString initials(const protocol::ConversationSummary &summary);
};

} // namespace sportello::console::views
