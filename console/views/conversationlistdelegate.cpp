// SPDX-License-Identifier: LicenseRef-Sportello
// Paints one conversation row: avatar, customer, preview, time, unread badge, who has it, window.
#include "views/conversationlistdelegate.h"

#include <QApplication>
#include <QDateTime>
#include <QPainter>
#include <QPainterPath>

#include "models/conversationlistmodel.h"
#include "views/displaytext.h"
#include "views/understandingtext.h"
#include "views/viewstyle.h"

namespace sportello::console::views {

using protocol::ConversationSummary;

namespace {
constexpr int kPad = 8;
constexpr int kAvatar = 38;
constexpr qint64 kWindowWarnMs = 2 * 60 * 60 * 1000; // under two hours left: say so louder

QFont smallFont(const QFont &base)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.85);
    return font;
}

QString ownerWords(const ConversationSummary &summary)
{
    switch (summary.owner) {
    case ConversationOwner::Bot:
        return DisplayText::owner(summary.owner);
    case ConversationOwner::PendingHuman:
        if (!summary.assignedAgent.isEmpty())
            return summary.assignedAgent;
        return summary.escalationReason.isEmpty()
                   ? ConversationListDelegate::tr("Escalated")
                   //: A list row's status: %1 is why the assistant escalated.
                   : ConversationListDelegate::tr("Escalated: %1").arg(summary.escalationReason);
    case ConversationOwner::Human:
        return summary.assignedAgent.isEmpty() ? DisplayText::owner(summary.owner)
                                               : summary.assignedAgent;
    case ConversationOwner::Closed:
        return DisplayText::owner(summary.owner);
    }
    return QString();
}
// Who has it, then what the customer wants: "Escalated: complaint · Booking request".
QString statusWords(const ConversationSummary &summary)
{
    const QString owner = ownerWords(summary);
    if (summary.lastIntent.isEmpty() || summary.lastIntent == u"out_of_scope")
        return owner;
    return owner + QStringLiteral("  ·  ") + UnderstandingText::intentName(summary.lastIntent);
}
} // namespace

ConversationListDelegate::ConversationListDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QString ConversationListDelegate::initials(const ConversationSummary &summary)
{
    const QStringList words = summary.customerName.simplified().split(u' ', Qt::SkipEmptyParts);
    QString result;
    for (const QString &word : words) {
        if (result.size() == 2)
            break;
        if (word.at(0).isLetterOrNumber())
            result += word.at(0).toUpper();
    }
    if (result.isEmpty())
        result = summary.waId.right(2);
    return result;
}

QString ConversationListDelegate::statusLine(const ConversationSummary &summary, qint64 nowMs)
{
    QStringList parts{ownerWords(summary)};
    if (summary.pendingDraft)
        //: Marker on a list row: a proposed reply waits for review.
        parts << tr("Draft to review");
    if (summary.owner != ConversationOwner::Closed)
        parts << DisplayText::windowCountdownShort(summary.windowExpiresAt, nowMs);
    return parts.join(QStringLiteral(" · "));
}

QSize ConversationListDelegate::sizeHint(const QStyleOptionViewItem &option,
                                         const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    const QFontMetrics small(smallFont(option.font));
    const int height = metrics.height() * 2 + small.height() + 2 * kPad + 6;
    return QSize(200, std::max(height, kAvatar + 2 * kPad));
}

void ConversationListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const auto summary =
        index.data(models::ConversationListModel::SummaryRole).value<ConversationSummary>();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool unread = summary.unread > 0;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // Background and focus the way the style draws items, so selection looks native.
    QStyleOptionViewItem background = option;
    background.text.clear();
    background.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &background, painter, widget);

    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor muted = selected ? ViewStyle::mix(text, pal.color(QPalette::Highlight), 0.3)
                                  : ViewStyle::mutedText(pal);
    const QRect rect = option.rect.adjusted(kPad, kPad, -kPad, -kPad);

    // Avatar: initials on a stable colour per customer.
    const QRect avatar(rect.left(), rect.top(), kAvatar, kAvatar);
    painter->setPen(Qt::NoPen);
    painter->setBrush(ViewStyle::avatarColor(summary.waId + summary.userId, pal));
    painter->drawEllipse(avatar);
    QFont avatarFont = option.font;
    avatarFont.setBold(true);
    painter->setFont(avatarFont);
    painter->setPen(ViewStyle::isDark(pal) ? QColor(Qt::white) : QColor(0x20, 0x20, 0x20));
    painter->drawText(avatar, Qt::AlignCenter, initials(summary));

    const int left = avatar.right() + kPad + 2;
    const QFontMetrics metrics(option.font);
    const QFont small = smallFont(option.font);
    const QFontMetrics smallMetrics(small);
    int y = rect.top();

    // Line 1: customer and time.
    const QString time = DisplayText::listTime(
        QDateTime::fromMSecsSinceEpoch(summary.lastMessageAt > 0 ? summary.lastMessageAt
                                                                 : summary.updatedAt),
        QDateTime::currentDateTime());
    painter->setFont(small);
    const int timeWidth = smallMetrics.horizontalAdvance(time);
    painter->setPen(unread && !selected ? pal.color(QPalette::Highlight) : muted);
    painter->drawText(QRect(rect.right() - timeWidth, y, timeWidth, metrics.height()),
                      Qt::AlignRight | Qt::AlignVCenter, time);
    QFont titleFont = option.font;
    titleFont.setBold(unread);
    painter->setFont(titleFont);
    painter->setPen(text);
    const int titleWidth = rect.right() - timeWidth - kPad - left;
    painter->drawText(QRect(left, y, titleWidth, metrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(titleFont).elidedText(DisplayText::customerTitle(summary),
                                                         Qt::ElideRight, titleWidth));
    y += metrics.height() + 2;

    // Line 2: the last message, and the unread badge.
    int previewRight = rect.right();
    if (unread) {
        const QString count =
            summary.unread > 99 ? QStringLiteral("99+") : QString::number(summary.unread);
        QFont badgeFont = small;
        badgeFont.setBold(true);
        const QFontMetrics badgeMetrics(badgeFont);
        const int badgeHeight = badgeMetrics.height() + 2;
        const int badgeWidth = std::max(badgeHeight, badgeMetrics.horizontalAdvance(count) + 10);
        const QRect badge(rect.right() - badgeWidth + 1, y + (metrics.height() - badgeHeight) / 2,
                          badgeWidth, badgeHeight);
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? pal.color(QPalette::HighlightedText)
                                   : pal.color(QPalette::Highlight));
        painter->drawRoundedRect(badge, badgeHeight / 2.0, badgeHeight / 2.0);
        painter->setFont(badgeFont);
        painter->setPen(selected ? pal.color(QPalette::Highlight)
                                 : pal.color(QPalette::HighlightedText));
        painter->drawText(badge, Qt::AlignCenter, count);
        previewRight = badge.left() - kPad;
    }
    QString preview = summary.lastMessageText.simplified();
    if (summary.lastMessageDirection == u"out")
        //: Prefix of the list preview when the last message was ours.
        preview = tr("You: %1").arg(preview);
    else if (summary.lastMessageDirection == u"note")
        preview = tr("Note: %1").arg(preview);
    painter->setFont(option.font);
    painter->setPen(unread && !selected ? text : muted);
    const int previewWidth = previewRight - left;
    painter->drawText(QRect(left, y, previewWidth, metrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(preview, Qt::ElideRight, previewWidth));
    y += metrics.height() + 3;

    // Line 3: the window countdown on the right; who has it and a draft marker on the left.
    int right = rect.right();
    if (summary.owner != ConversationOwner::Closed) {
        const qint64 remaining = summary.windowExpiresAt - now;
        QColor colour = muted;
        if (!selected && remaining <= 0)
            colour = ViewStyle::mix(muted, ViewStyle::errorColor(pal), 0.5);
        else if (!selected && remaining < kWindowWarnMs)
            colour = ViewStyle::warningColor(pal);
        const QString window = QStringLiteral("\u23F1 ") +
                               DisplayText::windowCountdownShort(summary.windowExpiresAt, now);
        const int width = smallMetrics.horizontalAdvance(window);
        painter->setFont(small);
        painter->setPen(colour);
        painter->drawText(QRect(right - width, y, width + 1, smallMetrics.height()),
                          Qt::AlignRight | Qt::AlignVCenter, window);
        right -= width + kPad;
    }
    int x = left;
    if (summary.pendingDraft) {
        // A compact pill: the row says "a reply waits for you" at a glance.
        QFont pillFont = small;
        pillFont.setBold(true);
        const QFontMetrics pillMetrics(pillFont);
        //: Marker on a list row: a proposed reply waits for review (keep it short).
        const QString draft = tr("Draft");
        const int width = pillMetrics.horizontalAdvance(draft) + 10;
        const QRect pill(x, y, width, smallMetrics.height());
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? pal.color(QPalette::HighlightedText)
                                   : ViewStyle::mix(pal.color(QPalette::Base),
                                                    pal.color(QPalette::Highlight), 0.2));
        painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        painter->setFont(pillFont);
        painter->setPen(pal.color(QPalette::Highlight));
        painter->drawText(pill, Qt::AlignCenter, draft);
        x = pill.right() + 6;
    }
    if (summary.angry || summary.urgent) {
        // Angry or urgent customers should not wait behind the others: a red pill says why.
        QFont pillFont = small;
        pillFont.setBold(true);
        const QFontMetrics pillMetrics(pillFont);
        //: Marker on a list row: the customer's last turn reads angry / urgent (keep it short).
        const QString mood = summary.urgent ? tr("Urgent") : tr("Angry");
        const int width = pillMetrics.horizontalAdvance(mood) + 10;
        const QRect pill(x, y, width, smallMetrics.height());
        painter->setPen(Qt::NoPen);
        painter->setBrush(ViewStyle::errorColor(pal));
        painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        painter->setFont(pillFont);
        painter->setPen(pal.color(QPalette::HighlightedText));
        painter->drawText(pill, Qt::AlignCenter, mood);
        x = pill.right() + 6;
    }
    const bool escalated =
        summary.owner == ConversationOwner::PendingHuman && summary.assignedAgent.isEmpty();
    QFont ownerFont = small;
    ownerFont.setBold(escalated);
    const QFontMetrics ownerMetrics(ownerFont);
    painter->setFont(ownerFont);
    painter->setPen(escalated && !selected ? ViewStyle::warningColor(pal) : muted);
    const int ownerWidth = std::max(0, right - x);
    painter->drawText(QRect(x, y, ownerWidth, smallMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      ownerMetrics.elidedText(statusWords(summary), Qt::ElideRight, ownerWidth));
    painter->restore();
}

} // namespace sportello::console::views
