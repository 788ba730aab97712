// SPDX-License-Identifier: LicenseRef-Sportello
// A conversation's labels as rounded chips that wrap, each removable with its ×.
#include "views/labelchips.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include "views/viewstyle.h"

namespace sportello::console::views {

namespace {
constexpr int kSpacing = 4;
constexpr int kPadding = 8;
const QString &removeGlyph()
{
    static const QString glyph = QStringLiteral("\u00D7");
    return glyph;
}
} // namespace

LabelChips::LabelChips(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("labelChips"));
    setMouseTracking(true);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void LabelChips::setLabels(const QStringList &labels)
{
    if (m_labels == labels)
        return;
    m_labels = labels;
    m_hovered = -1;
    updateGeometry();
    update();
}

void LabelChips::setRemovable(bool removable)
{
    m_removable = removable;
    updateGeometry();
    update();
}

QSize LabelChips::sizeHint() const
{
    const int width = qMax(160, this->width());
    return QSize(width, heightForWidth(width));
}

QSize LabelChips::minimumSizeHint() const
{
    return QSize(80, m_labels.isEmpty() ? 0 : chipHeight());
}

int LabelChips::heightForWidth(int width) const
{
    const QList<Chip> chips = layoutChips(width);
    if (chips.isEmpty())
        return 0;
    return chips.last().rect.bottom() + 1;
}

QRect LabelChips::removeButtonRect(const QString &label) const
{
    const qsizetype index = m_labels.indexOf(label);
    const QList<Chip> chips = layoutChips(width());
    if (index < 0 || index >= chips.size())
        return {};
    return chips.at(index).remove;
}

int LabelChips::chipHeight() const
{
    return fontMetrics().height() + 6;
}

QList<LabelChips::Chip> LabelChips::layoutChips(int width) const
{
    QList<Chip> chips;
    const QFontMetrics metrics = fontMetrics();
    const int height = chipHeight();
    const int removeWidth = m_removable ? metrics.horizontalAdvance(removeGlyph()) + kPadding : 0;
    int x = 0;
    int y = 0;
    for (const QString &label : m_labels) {
        int chipWidth = metrics.horizontalAdvance(label) + 2 * kPadding + removeWidth;
        chipWidth = qMin(chipWidth, qMax(width, 40));
        if (x > 0 && x + chipWidth > width) {
            x = 0;
            y += height + kSpacing;
        }
        Chip chip;
        chip.rect = QRect(x, y, chipWidth, height);
        if (m_removable)
            chip.remove = QRect(chip.rect.right() - removeWidth + 1, y, removeWidth, height);
        chips.append(chip);
        x += chipWidth + kSpacing;
    }
    return chips;
}

int LabelChips::indexOfRemoveAt(const QPoint &pos) const
{
    const QList<Chip> chips = layoutChips(width());
    for (qsizetype i = 0; i < chips.size(); ++i) {
        if (chips.at(i).remove.contains(pos))
            return static_cast<int>(i);
    }
    return -1;
}

void LabelChips::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor fill = ViewStyle::mix(pal.color(QPalette::Base), pal.color(QPalette::Highlight),
                                       ViewStyle::isDark(pal) ? 0.4 : 0.18);
    const QColor border = ViewStyle::mix(fill, pal.color(QPalette::Text), 0.2);
    const QList<Chip> chips = layoutChips(width());
    const QFontMetrics metrics = fontMetrics();
    for (qsizetype i = 0; i < chips.size(); ++i) {
        const Chip &chip = chips.at(i);
        const QRectF box = QRectF(chip.rect).adjusted(0.5, 0.5, -0.5, -0.5);
        QPainterPath path;
        path.addRoundedRect(box, box.height() / 2, box.height() / 2);
        painter.fillPath(path, fill);
        painter.setPen(border);
        painter.drawPath(path);

        QRect textRect = chip.rect.adjusted(kPadding, 0, -kPadding, 0);
        if (!chip.remove.isEmpty())
            textRect.setRight(chip.remove.left() - 2);
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                         metrics.elidedText(m_labels.at(i), Qt::ElideRight, textRect.width()));
        if (!chip.remove.isEmpty()) {
            painter.setPen(i == m_hovered ? pal.color(QPalette::Text) : ViewStyle::mutedText(pal));
            painter.drawText(chip.remove.adjusted(0, 0, -kPadding / 2, 0), Qt::AlignCenter,
                             removeGlyph());
        }
    }
}

void LabelChips::mouseMoveEvent(QMouseEvent *event)
{
    const int hovered = indexOfRemoveAt(event->position().toPoint());
    if (hovered != m_hovered) {
        m_hovered = hovered;
        setCursor(hovered >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        setToolTip(hovered >= 0 ? tr("Remove the label “%1”").arg(m_labels.at(hovered))
                                : QString());
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void LabelChips::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const int index = indexOfRemoveAt(event->position().toPoint());
        if (index >= 0) {
            Q_EMIT removeRequested(m_labels.at(index));
            return;
        }
    }
    QWidget::mouseReleaseEvent(event);
}

void LabelChips::leaveEvent(QEvent *event)
{
    if (m_hovered >= 0) {
        m_hovered = -1;
        unsetCursor();
        update();
    }
    QWidget::leaveEvent(event);
}

} // namespace sportello::console::views
