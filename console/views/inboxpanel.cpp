// SPDX-License-Identifier: LicenseRef-Sportello
// The left column: inbox queues with live counts, search, and the conversation list.
#include "views/inboxpanel.h"

#include <QEvent>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QVBoxLayout>

#include "models/conversationlistmodel.h"
#include "models/queuefiltermodel.h"
#include "views/conversationlistdelegate.h"
#include "views/viewstyle.h"

namespace sportello::console::views {

namespace {
constexpr int kCountRole = Qt::UserRole + 1;
constexpr int kUrgentRole = Qt::UserRole + 2;
// Countdowns in the rows move by the minute.
constexpr int kTickMs = 30 * 1000;

const InboxQueue kQueues[] = {InboxQueue::NeedsReview, InboxQueue::Escalated, InboxQueue::Mine,
                              InboxQueue::Open, InboxQueue::Closed};

int countOf(const protocol::QueueCounts &counts, InboxQueue queue)
{
    switch (queue) {
    case InboxQueue::NeedsReview:
        return counts.needsReview;
    case InboxQueue::Escalated:
        return counts.escalated;
    case InboxQueue::Mine:
        return counts.mine;
    case InboxQueue::Open:
        return counts.open;
    case InboxQueue::Closed:
        return counts.closed;
    }
    return 0;
}

// Queue name on the left, its count on the right: a pill for queues that want attention.
class QueueItemDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(option.fontMetrics.height() + 12);
        return size;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const int count = index.data(kCountRole).toInt();
        if (count <= 0)
            return;
        const bool urgent = index.data(kUrgentRole).toBool();
        const bool selected = option.state & QStyle::State_Selected;
        const QPalette &pal = option.palette;
        QFont font = option.font;
        font.setBold(urgent);
        const QFontMetrics metrics(font);
        const QString text = QString::number(count);
        const int height = metrics.height() + 2;
        const int width = std::max(height, metrics.horizontalAdvance(text) + 12);
        const QRect pill(option.rect.right() - width - 8, option.rect.center().y() - height / 2 + 1,
                         width, height);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setFont(font);
        if (urgent) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(selected ? pal.color(QPalette::HighlightedText)
                                       : pal.color(QPalette::Highlight));
            painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
            painter->setPen(selected ? pal.color(QPalette::Highlight)
                                     : pal.color(QPalette::HighlightedText));
        } else {
            painter->setPen(selected ? pal.color(QPalette::HighlightedText)
                                     : ViewStyle::mutedText(pal));
        }
        painter->drawText(pill, Qt::AlignCenter, text);
        painter->restore();
    }
};
} // namespace

InboxPanel::InboxPanel(models::ConversationListModel *conversations, QWidget *parent)
    : QWidget(parent)
    , m_conversations(conversations)
    , m_filter(new models::QueueFilterModel(this))
    , m_queues(new QListWidget(this))
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("inboxPanel"));
    m_queues->setObjectName(QStringLiteral("queueList"));
    m_search->setObjectName(QStringLiteral("searchField"));
    m_list->setObjectName(QStringLiteral("conversationList"));

    m_filter->setSourceModel(conversations);
    m_filter->setQueue(InboxQueue::Escalated);

    for (InboxQueue queue : kQueues) {
        auto *item = new QListWidgetItem(m_queues);
        item->setData(Qt::UserRole, static_cast<int>(queue));
        item->setData(kUrgentRole,
                      queue == InboxQueue::NeedsReview || queue == InboxQueue::Escalated);
    }
    m_queues->setItemDelegate(new QueueItemDelegate(m_queues));
    m_queues->setFrameShape(QFrame::NoFrame);
    m_queues->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_queues->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_queues->setFixedHeight((m_queues->fontMetrics().height() + 12) * 5 + 4);
    m_queues->setCurrentRow(1);
    connect(m_queues, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        const auto queue = static_cast<InboxQueue>(m_queues->item(row)->data(Qt::UserRole).toInt());
        const qint64 selected = selectedConversation();
        m_silent = true;
        m_filter->setQueue(queue);
        m_silent = false;
        if (selected != 0)
            selectConversation(selected);
        Q_EMIT queueChanged(queue);
    });

    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        const qint64 selected = selectedConversation();
        m_silent = true;
        m_filter->setSearchText(text);
        m_silent = false;
        if (selected != 0)
            selectConversation(selected);
    });
    // Enter in the search box opens the first match.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_filter->rowCount() > 0) {
            m_list->setCurrentIndex(m_filter->index(0, 0));
            m_list->setFocus();
        }
    });

    m_list->setModel(m_filter);
    m_list->setItemDelegate(new ConversationListDelegate(m_list));
    m_list->setUniformItemSizes(true); // 10,000 rows: constant-time layout
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setFrameShape(QFrame::NoFrame);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid() || m_silent)
                    return;
                Q_EMIT conversationActivated(
                    current.data(models::ConversationListModel::IdRole).toLongLong());
            });

    // When the selected row leaves the queue (taken over, closed...), the selection model moves
    // "current" to a neighbour; that is not the agent choosing another conversation.
    const auto silence = [this] { m_silent = true; };
    const auto unsilence = [this] { m_silent = false; };
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeRemoved, this, silence);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, unsilence);
    connect(m_filter, &QAbstractItemModel::layoutAboutToBeChanged, this, silence);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, unsilence);
    connect(m_filter, &QAbstractItemModel::modelAboutToBeReset, this, silence);
    connect(m_filter, &QAbstractItemModel::modelReset, this, unsilence);

    m_tick->setInterval(kTickMs);
    connect(m_tick, &QTimer::timeout, m_list->viewport(), qOverload<>(&QWidget::update));
    m_tick->start();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_queues);
    auto *searchBox = new QVBoxLayout;
    searchBox->setContentsMargins(8, 6, 8, 6);
    searchBox->addWidget(m_search);
    layout->addLayout(searchBox);
    layout->addWidget(m_list, 1);

    retranslateUi();
}

InboxQueue InboxPanel::queue() const
{
    return m_filter->queue();
}

void InboxPanel::setQueue(InboxQueue queue)
{
    for (int row = 0; row < m_queues->count(); ++row) {
        if (m_queues->item(row)->data(Qt::UserRole).toInt() == static_cast<int>(queue))
            m_queues->setCurrentRow(row);
    }
}

void InboxPanel::setCounts(const protocol::QueueCounts &counts)
{
    m_counts = counts;
    refreshQueueLabels();
}

void InboxPanel::setCurrentUser(const QString &user)
{
    m_filter->setCurrentUser(user);
}

QString InboxPanel::queueText(InboxQueue queue) const
{
    for (int row = 0; row < m_queues->count(); ++row) {
        const QListWidgetItem *item = m_queues->item(row);
        if (item->data(Qt::UserRole).toInt() == static_cast<int>(queue))
            return item->text() + u' ' + QString::number(item->data(kCountRole).toInt());
    }
    return QString();
}

int InboxPanel::queueCount(InboxQueue queue) const
{
    return countOf(m_counts, queue);
}

bool InboxPanel::selectConversation(qint64 id)
{
    const int sourceRow = m_conversations->rowOf(id);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_conversations->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    if (m_list->currentIndex() != index) {
        // Programmatic: the conversation is already open (or being opened) elsewhere.
        m_silent = true;
        m_list->setCurrentIndex(index);
        m_silent = false;
    }
    m_list->scrollTo(index);
    return true;
}

qint64 InboxPanel::selectedConversation() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(models::ConversationListModel::IdRole).toLongLong() : 0;
}

void InboxPanel::selectNext()
{
    moveSelection(1);
}

void InboxPanel::selectPrevious()
{
    moveSelection(-1);
}

void InboxPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QString InboxPanel::searchText() const
{
    return m_search->text();
}

void InboxPanel::setSearchText(const QString &text)
{
    m_search->setText(text);
}

void InboxPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void InboxPanel::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search name, number or message (Ctrl+K)"));
    refreshQueueLabels();
}

void InboxPanel::refreshQueueLabels()
{
    for (int row = 0; row < m_queues->count(); ++row) {
        QListWidgetItem *item = m_queues->item(row);
        const auto queue = static_cast<InboxQueue>(item->data(Qt::UserRole).toInt());
        QString name;
        QString tip;
        switch (queue) {
        case InboxQueue::NeedsReview:
            name = tr("Needs review");
            tip = tr("A proposed reply waits for an agent's approval");
            break;
        case InboxQueue::Escalated:
            name = tr("Escalated");
            tip = tr("Handed to the agents and not yet taken by anyone");
            break;
        case InboxQueue::Mine:
            name = tr("Mine");
            tip = tr("Assigned to you");
            break;
        case InboxQueue::Open:
            name = tr("All open");
            tip = tr("Every conversation that is not closed");
            break;
        case InboxQueue::Closed:
            name = tr("Closed");
            tip = tr("Recently closed conversations");
            break;
        }
        const int count = countOf(m_counts, queue);
        item->setText(name);
        item->setData(kCountRole, count);
        //: A queue's tooltip: %1 explains the queue, %2 its keyboard shortcut.
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(tip).arg(row + 1));
        item->setData(Qt::AccessibleTextRole, tr("%1: %2").arg(name).arg(count));
    }
    m_queues->viewport()->update();
}

void InboxPanel::moveSelection(int step)
{
    const int rows = m_filter->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_list->currentIndex();
    int row = current.isValid() ? current.row() + step : (step > 0 ? 0 : rows - 1);
    row = std::clamp(row, 0, rows - 1);
    m_list->setCurrentIndex(m_filter->index(row, 0));
    m_list->scrollTo(m_filter->index(row, 0));
}

} // namespace sportello::console::views
