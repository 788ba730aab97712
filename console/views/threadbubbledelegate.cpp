// SPDX-License-Identifier: LicenseRef-Sportello
// Paints a thread entry as a chat bubble, a private note or a system line, with day separators.
#include "views/threadbubbledelegate.h"

#include <algorithm>
#include <cmath>

#include <QAbstractItemView>
#include <QDateTime>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QToolTip>

#include "views/displaytext.h"
#include "views/understandingtext.h"
#include "views/viewstyle.h"

namespace sportello::console::views {

using protocol::ThreadEntry;
using protocol::ThreadEntryKind;

namespace {
constexpr int kSideMargin = 14; // between the view's edge and a bubble
constexpr int kRowGap = 3;      // vertical space between consecutive rows
constexpr int kPadX = 10;       // inside a bubble
constexpr int kPadY = 6;
constexpr int kFooterGap = 10; // between the last text line and an inline footer
constexpr int kRadius = 9;
constexpr qreal kMaxBubbleShare = 0.72; // of the row's width
constexpr int kMaxBubbleWidth = 620;

QFont smallFont(const QFont &base)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.85);
    else
        font.setPixelSize(std::max(8, font.pixelSize() * 85 / 100));
    return font;
}

QFont boldSmallFont(const QFont &base)
{
    QFont font = smallFont(base);
    font.setBold(true);
    return font;
}

// QTextLayout only breaks lines at U+2028; a message's own line breaks are '\n'.
QString forLayout(QString text)
{
    text.replace(u'\n', QChar::LineSeparator);
    return text;
}

struct TextMetrics
{
    QSizeF size;
    qreal lastLineWidth = 0;
};

// Lays the text out at `width`; the same rules measure and draw, so sizes always match.
TextMetrics layoutText(QTextLayout &layout, qreal width)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    TextMetrics metrics;
    qreal height = 0;
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
        metrics.lastLineWidth = line.naturalTextWidth();
        metrics.size.setWidth(std::max(metrics.size.width(), line.naturalTextWidth()));
    }
    layout.endLayout();
    metrics.size.setHeight(height);
    return metrics;
}

TextMetrics measure(const QString &text, const QFont &font, qreal width)
{
    QTextLayout layout(forLayout(text), font);
    return layoutText(layout, width);
}

void drawText(QPainter *painter, const QString &text, const QFont &font, const QRect &rect)
{
    QTextLayout layout(forLayout(text), font);
    layoutText(layout, rect.width());
    layout.draw(painter, rect.topLeft());
}

bool isFailure(DeliveryStatus status)
{
    return status == DeliveryStatus::Failed || status == DeliveryStatus::NeedsTemplate ||
           status == DeliveryStatus::Refused;
}

QString timeText(const ThreadEntry &entry)
{
    if (entry.at <= 0)
        return QString();
    return DisplayText::clockTime(QDateTime::fromMSecsSinceEpoch(entry.at).time());
}
} // namespace

ThreadBubbleDelegate::ThreadBubbleDelegate(QAbstractItemView *view, int entryRole)
    : QStyledItemDelegate(view)
    , m_view(view)
    , m_entryRole(entryRole)
{
}

void ThreadBubbleDelegate::setMirrored(bool mirrored)
{
    m_mirrored = mirrored;
    clearCache();
}

void ThreadBubbleDelegate::clearCache()
{
    m_sizes.clear();
}

ThreadEntry ThreadBubbleDelegate::entryAt(const QModelIndex &index) const
{
    return index.data(m_entryRole).value<ThreadEntry>();
}

QString ThreadBubbleDelegate::separatorText(const QModelIndex &index) const
{
    const ThreadEntry entry = entryAt(index);
    if (entry.at <= 0)
        return QString();
    const QDate day = QDateTime::fromMSecsSinceEpoch(entry.at).date();
    if (index.row() > 0) {
        const ThreadEntry previous = entryAt(index.siblingAtRow(index.row() - 1));
        if (previous.at > 0 && QDateTime::fromMSecsSinceEpoch(previous.at).date() == day)
            return QString();
    }
    return DisplayText::dayHeading(day, QDate::currentDate());
}

QString ThreadBubbleDelegate::footerText(const ThreadEntry &entry, bool ticks)
{
    const QString time = timeText(entry);
    if (!ticks)
        return time;
    return time + u' ' + DisplayText::deliveryTicks(entry.status);
}

QString ThreadBubbleDelegate::failureText(const ThreadEntry &entry)
{
    if (entry.kind != ThreadEntryKind::Outbound || !isFailure(entry.status))
        return QString();
    const QString reason = DisplayText::deliveryError(entry.errorCode, entry.errorTitle);
    if (entry.status == DeliveryStatus::Failed)
        //: Inside a failed bubble; %1 explains why.
        return tr("Not delivered: %1").arg(reason);
    if (entry.errorCode == 0 && entry.errorTitle.isEmpty())
        return DisplayText::deliveryStatus(entry.status);
    //: Inside a bubble the server did not send; %1 explains why.
    return tr("Not sent: %1").arg(reason);
}

QString ThreadBubbleDelegate::headerText(const ThreadEntry &entry)
{
    switch (entry.kind) {
    case ThreadEntryKind::Outbound:
        return entry.author.isEmpty() ? QString() : DisplayText::author(entry.author);
    case ThreadEntryKind::Note:
        //: Heading of a private note; %1 is who wrote it.
        return tr("Private note · %1").arg(DisplayText::author(entry.author));
    case ThreadEntryKind::Inbound:
    case ThreadEntryKind::System:
        break;
    }
    return QString();
}

QString ThreadBubbleDelegate::toolTipText(const ThreadEntry &entry)
{
    QStringList lines;
    if (entry.at > 0) {
        lines << QLocale().toString(QDateTime::fromMSecsSinceEpoch(entry.at), QLocale::LongFormat);
    }
    if (entry.kind == ThreadEntryKind::Outbound) {
        lines << DisplayText::deliveryStatus(entry.status);
        const QString failure = failureText(entry);
        if (!failure.isEmpty())
            lines << failure;
    }
    if (entry.kind == ThreadEntryKind::Note)
        lines << tr("Only agents see private notes; the customer never does.");
    if (entry.understanding) {
        const QString details = UnderstandingText::details(*entry.understanding);
        if (!details.isEmpty())
            lines << details;
    }
    return lines.join(u'\n');
}

int ThreadBubbleDelegate::rowWidth() const
{
    return m_view ? m_view->viewport()->width() : 400;
}

bool ThreadBubbleDelegate::showsTicks(const ThreadEntry &entry) const
{
    if (entry.kind == ThreadEntryKind::Outbound)
        return true;
    return m_mirrored && entry.kind == ThreadEntryKind::Inbound;
}

bool ThreadBubbleDelegate::isOnRight(const ThreadEntry &entry) const
{
    const bool outbound = entry.kind == ThreadEntryKind::Outbound;
    return m_mirrored ? !outbound : outbound;
}

ThreadBubbleDelegate::Layout ThreadBubbleDelegate::layoutFor(const ThreadEntry &entry,
                                                             bool separator, int width) const
{
    const QFont font = m_view ? m_view->font() : QFont();
    const QFont small = smallFont(font);
    const QFontMetrics smallMetrics(small);
    const QFontMetrics boldMetrics(boldSmallFont(font));

    Layout layout;
    if (separator)
        layout.separatorHeight = smallMetrics.height() + 16;
    const int top = layout.separatorHeight + kRowGap;
    const int available = std::max(120, width - 2 * kSideMargin);

    if (entry.kind == ThreadEntryKind::System) {
        // A quiet centred line: ownership changes, hand-backs, opt-outs.
        const QString text =
            DisplayText::entryText(entry) + QStringLiteral("  ·  ") + timeText(entry);
        const int maxText = std::min(available, static_cast<int>(width * 0.8)) - 2 * kPadX;
        QFont italic = small; // measured in the font it is drawn in
        italic.setItalic(true);
        const TextMetrics metrics = measure(text, italic, maxText);
        // +1: laid out again at exactly its natural width, a line may otherwise wrap by rounding.
        const int bubbleWidth = static_cast<int>(std::ceil(metrics.size.width())) + 1 + 2 * kPadX;
        const int bubbleHeight = static_cast<int>(std::ceil(metrics.size.height())) + 2 * 4;
        layout.bubble = QRect((width - bubbleWidth) / 2, top + 4, bubbleWidth, bubbleHeight);
        layout.body = layout.bubble.adjusted(kPadX, 4, -kPadX, -4);
        layout.total = QSize(width, layout.bubble.bottom() + 1 + 4 + kRowGap);
        return layout;
    }

    const int maxBubble =
        std::min({available, static_cast<int>(width * kMaxBubbleShare), kMaxBubbleWidth});
    const int maxContent = std::max(60, maxBubble - 2 * kPadX);

    const QString header = headerText(entry);
    const QString body = DisplayText::entryText(entry);
    const QString failure = failureText(entry);
    const QString footer = footerText(entry, showsTicks(entry));

    const int headerWidth = header.isEmpty() ? 0 : boldMetrics.horizontalAdvance(header);
    const int headerHeight = header.isEmpty() ? 0 : boldMetrics.height() + 2;
    const TextMetrics bodyMetrics = measure(body, font, maxContent);
    const TextMetrics failureMetrics =
        failure.isEmpty() ? TextMetrics{} : measure(failure, small, maxContent);
    const int footerWidth = smallMetrics.horizontalAdvance(footer);
    const int footerHeight = smallMetrics.height();

    const int bodyWidth = static_cast<int>(std::ceil(bodyMetrics.size.width())) + 1;
    const int bodyHeight = static_cast<int>(std::ceil(bodyMetrics.size.height()));
    // WhatsApp's trick: the time sits at the end of the last line when it fits there.
    const bool inlineFooter =
        failure.isEmpty() && bodyMetrics.lastLineWidth + kFooterGap + footerWidth <= maxContent;
    int contentWidth = std::max(
        {bodyWidth, headerWidth, static_cast<int>(std::ceil(failureMetrics.size.width())) + 1});
    if (inlineFooter)
        contentWidth =
            std::max(contentWidth, static_cast<int>(std::ceil(bodyMetrics.lastLineWidth)) +
                                       kFooterGap + footerWidth);
    else
        contentWidth = std::max(contentWidth, footerWidth);
    contentWidth = std::min(contentWidth, maxContent);

    int y = kPadY;
    layout.header = QRect(kPadX, y, contentWidth, headerHeight);
    y += headerHeight;
    layout.body = QRect(kPadX, y, contentWidth, bodyHeight);
    y += bodyHeight;
    if (!failure.isEmpty()) {
        const int failureHeight = static_cast<int>(std::ceil(failureMetrics.size.height()));
        layout.failure = QRect(kPadX, y + 4, contentWidth, failureHeight);
        y += failureHeight + 4;
    }
    if (inlineFooter) {
        // Bottom-aligned with the last text line; a one-line short text grows no taller.
        layout.footer =
            QRect(kPadX + contentWidth - footerWidth, y - footerHeight, footerWidth, footerHeight);
        y += 1;
    } else {
        layout.footer = QRect(kPadX + contentWidth - footerWidth, y + 2, footerWidth, footerHeight);
        y += footerHeight + 2;
    }
    const int bubbleWidth = contentWidth + 2 * kPadX;
    const int bubbleHeight = y + kPadY;

    int x = 0;
    if (entry.kind == ThreadEntryKind::Note)
        x = (width - bubbleWidth) / 2;
    else if (isOnRight(entry))
        x = width - kSideMargin - bubbleWidth;
    else
        x = kSideMargin;
    layout.bubble = QRect(x, top, bubbleWidth, bubbleHeight);
    const QPoint offset = layout.bubble.topLeft();
    layout.header.translate(offset);
    layout.body.translate(offset);
    layout.failure.translate(offset);
    layout.footer.translate(offset);
    layout.total = QSize(width, layout.bubble.bottom() + 1 + kRowGap);
    if (entry.kind == ThreadEntryKind::Inbound && entry.understanding) {
        const QString line = UnderstandingText::line(*entry.understanding);
        if (!line.isEmpty()) {
            const int lineWidth = std::min(available, smallMetrics.horizontalAdvance(line) + 2);
            const int left =
                isOnRight(entry) ? layout.bubble.right() + 1 - lineWidth : layout.bubble.left() + 4;
            layout.understanding =
                QRect(left, layout.bubble.bottom() + 3, lineWidth, smallMetrics.height());
            layout.total.setHeight(layout.understanding.bottom() + 1 + kRowGap);
        }
    }
    return layout;
}

QSize ThreadBubbleDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    Q_UNUSED(option);
    const ThreadEntry entry = entryAt(index);
    const bool separator = !separatorText(index).isEmpty();
    const int width = rowWidth();
    const size_t stamp =
        qHashMulti(0, entry.text, entry.caption, entry.type, entry.author, entry.fileName,
                   entry.errorTitle, entry.errorCode, static_cast<int>(entry.status),
                   static_cast<int>(entry.kind), separator, entry.at / 60000, m_mirrored,
                   entry.understanding ? UnderstandingText::line(*entry.understanding) : QString());
    auto cached = m_sizes.constFind(entry.id);
    if (cached != m_sizes.cend() && cached->width == width && cached->stamp == stamp)
        return cached->size;
    const QSize size = layoutFor(entry, separator, width).total;
    m_sizes.insert(entry.id, CachedSize{width, stamp, size});
    return size;
}

void ThreadBubbleDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    const ThreadEntry entry = entryAt(index);
    const QString separator = separatorText(index);
    const Layout layout = layoutFor(entry, !separator.isEmpty(), option.rect.width());
    const QPalette &pal = option.palette;
    const QFont font = m_view ? m_view->font() : option.font;
    const QFont small = smallFont(font);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->translate(option.rect.topLeft());

    if (!separator.isEmpty()) {
        const QFont bold = boldSmallFont(font);
        const QFontMetrics metrics(bold);
        const int pillWidth = metrics.horizontalAdvance(separator) + 24;
        const QRectF pill((option.rect.width() - pillWidth) / 2.0, 6, pillWidth,
                          metrics.height() + 6);
        QPainterPath path;
        path.addRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        painter->fillPath(path, ViewStyle::systemPill(pal));
        painter->setFont(bold);
        painter->setPen(ViewStyle::mutedText(pal));
        painter->drawText(pill, Qt::AlignCenter, separator);
    }

    const QRectF bubble = QRectF(layout.bubble).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath path;
    if (entry.kind == ThreadEntryKind::System) {
        path.addRoundedRect(bubble, bubble.height() / 2, bubble.height() / 2);
        painter->fillPath(path, ViewStyle::systemPill(pal));
        QFont italic = small;
        italic.setItalic(true);
        painter->setPen(ViewStyle::mutedText(pal));
        drawText(painter, DisplayText::entryText(entry) + QStringLiteral("  ·  ") + timeText(entry),
                 italic, layout.body);
        painter->restore();
        return;
    }

    path.addRoundedRect(bubble, kRadius, kRadius);
    QColor fill;
    QPen border;
    switch (entry.kind) {
    case ThreadEntryKind::Inbound:
        fill = m_mirrored ? ViewStyle::outboundBubble(pal) : ViewStyle::inboundBubble(pal);
        border = QPen(ViewStyle::mix(fill, pal.color(QPalette::Text), 0.12), 1);
        break;
    case ThreadEntryKind::Outbound:
        fill = m_mirrored ? ViewStyle::inboundBubble(pal) : ViewStyle::outboundBubble(pal);
        border = QPen(ViewStyle::mix(fill, pal.color(QPalette::Text), 0.12), 1);
        if (isFailure(entry.status))
            border = QPen(ViewStyle::errorColor(pal), 1.2);
        break;
    case ThreadEntryKind::Note:
        fill = ViewStyle::noteBubble(pal);
        border = QPen(ViewStyle::noteBorder(pal), 1, Qt::DashLine);
        break;
    case ThreadEntryKind::System:
        break;
    }
    painter->fillPath(path, fill);
    painter->setPen(border);
    painter->drawPath(path);

    const QString header = headerText(entry);
    if (!header.isEmpty()) {
        painter->setFont(boldSmallFont(font));
        painter->setPen(entry.kind == ThreadEntryKind::Note
                            ? ViewStyle::mix(pal.color(QPalette::Text), fill, 0.25)
                            : ViewStyle::mutedText(pal));
        painter->drawText(layout.header, Qt::AlignLeft | Qt::AlignTop,
                          QFontMetrics(painter->font())
                              .elidedText(header, Qt::ElideRight, layout.header.width()));
    }

    painter->setPen(pal.color(QPalette::Text));
    drawText(painter, DisplayText::entryText(entry), font, layout.body);

    const QString failure = failureText(entry);
    if (!failure.isEmpty()) {
        painter->setPen(ViewStyle::errorColor(pal));
        drawText(painter, failure, small, layout.failure);
    }

    // Footer: the time in muted text, then the ticks in their own colour.
    painter->setFont(small);
    const QFontMetrics smallMetrics(small);
    const QString time = timeText(entry);
    int right = layout.footer.right() + 1;
    if (showsTicks(entry)) {
        const QString ticks = DisplayText::deliveryTicks(entry.status);
        const int ticksWidth = smallMetrics.horizontalAdvance(ticks);
        QColor tickColour = ViewStyle::mutedText(pal);
        if (entry.status == DeliveryStatus::Read || entry.status == DeliveryStatus::Played)
            tickColour = ViewStyle::readTickColor(pal);
        else if (isFailure(entry.status))
            tickColour = ViewStyle::errorColor(pal);
        painter->setPen(tickColour);
        painter->drawText(
            QRect(right - ticksWidth, layout.footer.top(), ticksWidth, layout.footer.height()),
            Qt::AlignRight | Qt::AlignVCenter, ticks);
        right -= ticksWidth + smallMetrics.horizontalAdvance(u' ');
    }
    painter->setPen(ViewStyle::mutedText(pal));
    painter->drawText(QRect(layout.footer.left(), layout.footer.top(), right - layout.footer.left(),
                            layout.footer.height()),
                      Qt::AlignRight | Qt::AlignVCenter, time);

    if (!layout.understanding.isEmpty() && entry.understanding) {
        painter->setPen(UnderstandingText::isAlarming(*entry.understanding)
                            ? ViewStyle::errorColor(pal)
                            : ViewStyle::mutedText(pal));
        painter->drawText(layout.understanding, Qt::AlignLeft | Qt::AlignVCenter,
                          smallMetrics.elidedText(UnderstandingText::line(*entry.understanding),
                                                  Qt::ElideRight, layout.understanding.width()));
    }
    painter->restore();
}

bool ThreadBubbleDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                     const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip && index.isValid()) {
        const QString text = toolTipText(entryAt(index));
        if (!text.isEmpty()) {
            QToolTip::showText(event->globalPos(), text, view);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace sportello::console::views
