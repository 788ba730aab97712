// SPDX-License-Identifier: LicenseRef-Sportello
// The open conversation's thread as chat bubbles, following new messages as they arrive.
#include "views/threadview.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>

#include "views/displaytext.h"
#include "views/threadbubbledelegate.h"
#include "views/viewstyle.h"

namespace sportello::console::views {

ThreadView::ThreadView(QWidget *parent)
    : QListView(parent)
    , m_delegate(new ThreadBubbleDelegate(this))
{
    setObjectName(QStringLiteral("threadView"));
    setItemDelegate(m_delegate);
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust); // widths change bubble heights: relayout on resize
    setUniformItemSizes(false);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    verticalScrollBar()->setSingleStep(24);

    QPalette pal = palette();
    pal.setColor(QPalette::Base, ViewStyle::threadBackground(pal));
    setPalette(pal);

    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this,
            &ThreadView::onScrollRangeChanged);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &ThreadView::onScrolled);
}

void ThreadView::setModel(QAbstractItemModel *newModel)
{
    if (QAbstractItemModel *old = model())
        disconnect(old, nullptr, this, nullptr);
    QListView::setModel(newModel);
    m_delegate->clearCache();
    m_stickToBottom = true;
    if (!newModel)
        return;
    connect(newModel, &QAbstractItemModel::modelReset, this, [this] {
        // A different conversation: start at its newest message.
        m_delegate->clearCache();
        m_stickToBottom = true;
        m_historyAsked = false;
        m_restoreFromBottom = false;
    });
    connect(newModel, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex &, int first) {
                if (first == 0 && model()->rowCount() > 0 && !isAtBottom()) {
                    // Older history above: keep the message being read where it is.
                    m_restoreFromBottom = true;
                    m_distanceFromBottom =
                        verticalScrollBar()->maximum() - verticalScrollBar()->value();
                }
            });
    connect(newModel, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first) {
                if (first == 0)
                    m_historyAsked = false;
            });
}

bool ThreadView::isAtBottom() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->value() >= bar->maximum() - 4;
}

void ThreadView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    viewport()->update();
}

void ThreadView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    if (model() && model()->rowCount() == 0 && !m_emptyText.isEmpty()) {
        QPainter painter(viewport());
        painter.setPen(ViewStyle::mutedText(palette()));
        painter.drawText(viewport()->rect().adjusted(24, 24, -24, -24),
                         Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
    }
}

void ThreadView::resizeEvent(QResizeEvent *event)
{
    const bool atBottom = isAtBottom();
    QListView::resizeEvent(event);
    if (atBottom)
        m_stickToBottom = true;
}

void ThreadView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        m_delegate->clearCache();
    if (event->type() == QEvent::PaletteChange) {
        // Keep the chat background derived from the (new) theme.
        QPalette pal = palette();
        const QColor wanted = ViewStyle::threadBackground(QApplication::palette(this));
        if (pal.color(QPalette::Base) != wanted) {
            pal.setColor(QPalette::Base, wanted);
            setPalette(pal);
        }
    }
    QListView::changeEvent(event);
}

void ThreadView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (!index.isValid())
        return;
    const QString text = DisplayText::entryText(m_delegate->entryAt(index));
    QMenu menu(this);
    QAction *copy = menu.addAction(tr("&Copy text"));
    if (menu.exec(event->globalPos()) == copy)
        QGuiApplication::clipboard()->setText(text);
}

void ThreadView::onScrollRangeChanged(int, int maximum)
{
    QScrollBar *bar = verticalScrollBar();
    if (m_restoreFromBottom) {
        bar->setValue(maximum - m_distanceFromBottom);
        m_restoreFromBottom = false;
        return;
    }
    if (m_stickToBottom)
        bar->setValue(maximum);
}

void ThreadView::onScrolled(int value)
{
    m_stickToBottom = isAtBottom();
    if (value == verticalScrollBar()->minimum() && verticalScrollBar()->maximum() > 0 &&
        !m_historyAsked && model() && model()->rowCount() > 0) {
        m_historyAsked = true;
        Q_EMIT historyRequested();
    }
}

} // namespace sportello::console::views
