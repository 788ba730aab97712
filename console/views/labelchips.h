// SPDX-License-Identifier: LicenseRef-Sportello
// A conversation's labels as rounded chips that wrap, each removable with its ×.
#pragma once

#include <QList>
#include <QRect>
#include <QStringList>
#include <QWidget>

namespace sportello::console::views {

class LabelChips final : public QWidget
{
    Q_OBJECT

public:
    explicit LabelChips(QWidget *parent = nullptr);

    void setLabels(const QStringList &labels);
    QStringList labels() const { return m_labels; }
    // Whether chips show a × that asks to remove the label.
    void setRemovable(bool removable);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

    // The × of the label's chip, in widget coordinates (empty when not shown); for tests.
    QRect removeButtonRect(const QString &label) const;

Q_SIGNALS:
    void removeRequested(const QString &label);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    struct Chip
    {
        QRect rect;
        QRect remove; // the × area, empty when not removable
    };

    QList<Chip> layoutChips(int width) const;
    int chipHeight() const;
    int indexOfRemoveAt(const QPoint &pos) const;

    QStringList m_labels;
    bool m_removable = true;
    int m_hovered = -1;
};

} // namespace sportello::console::views
