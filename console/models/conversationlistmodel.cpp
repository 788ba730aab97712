// SPDX-License-Identifier: LicenseRef-Sportello
// Every conversation the console knows, newest activity first, updated row by row.
#include "models/conversationlistmodel.h"

#include <algorithm>
#include <iterator>

#include <QDateTime>

#include "domain/conversationowner.h"

namespace sportello::console::models {

using protocol::ConversationSummary;

ConversationListModel::ConversationListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

ConversationListModel::~ConversationListModel() = default;

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConversationSummary &summary = at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return titleOf(summary);
    case IdRole:
        return summary.id;
    case SummaryRole:
        return QVariant::fromValue(summary);
    case PreviewRole:
        return summary.lastMessageText;
    case OwnerRole:
        return toString(summary.owner);
    case AssignedAgentRole:
        return summary.assignedAgent;
    case UnreadRole:
        return summary.unread;
    case UpdatedAtRole:
        return QDateTime::fromMSecsSinceEpoch(summary.updatedAt);
    case WindowExpiresAtRole:
        return summary.windowExpiresAt;
    case PendingDraftRole:
        return summary.pendingDraft;
    case LabelsRole:
        return summary.labels;
    case EscalationReasonRole:
        return summary.escalationReason;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, QByteArrayLiteral("id"));
    names.insert(SummaryRole, QByteArrayLiteral("summary"));
    names.insert(TitleRole, QByteArrayLiteral("title"));
    names.insert(PreviewRole, QByteArrayLiteral("preview"));
    names.insert(OwnerRole, QByteArrayLiteral("owner"));
    names.insert(AssignedAgentRole, QByteArrayLiteral("assignedAgent"));
    names.insert(UnreadRole, QByteArrayLiteral("unread"));
    names.insert(UpdatedAtRole, QByteArrayLiteral("updatedAt"));
    names.insert(WindowExpiresAtRole, QByteArrayLiteral("windowExpiresAt"));
    names.insert(PendingDraftRole, QByteArrayLiteral("pendingDraft"));
    names.insert(LabelsRole, QByteArrayLiteral("labels"));
    names.insert(EscalationReasonRole, QByteArrayLiteral("escalationReason"));
    return names;
}

namespace {
using Row = const ConversationSummary *;
} // namespace

void ConversationListModel::setConversations(const QList<ConversationSummary> &conversations)
{
    beginResetModel();
    m_rows.clear();
    m_byId.clear();
    m_strings.clear();
    m_byId.reserve(std::size_t(conversations.size()));
    for (const ConversationSummary &summary : conversations) {
        // A snapshot should not repeat an id; if it does, the later entry wins.
        m_byId.insert_or_assign(summary.id, compact(summary));
    }
    m_rows.reserve(m_byId.size());
    for (const auto &[id, summary] : m_byId)
        m_rows.push_back(&summary);
    std::sort(m_rows.begin(), m_rows.end(),
              [](Row a, Row b) { return sortsBefore(*a, *b); });
    endResetModel();
}

int ConversationListModel::upsert(const ConversationSummary &incoming)
{
    ConversationSummary summary = compact(incoming);
    const auto rowBefore = [&summary](Row row) { return sortsBefore(*row, summary); };
    const auto begin = m_rows.begin();
    const auto known = m_byId.find(summary.id);
    if (known == m_byId.end()) {
        const auto position = std::partition_point(begin, m_rows.end(), rowBefore);
        const int row = int(std::distance(begin, position));
        beginInsertRows({}, row, row);
        const auto inserted = m_byId.emplace(summary.id, std::move(summary)).first;
        m_rows.insert(position, &inserted->second);
        endInsertRows();
        return row;
    }

    ConversationSummary &entry = known->second;
    const int from = rowOfEntry(&entry);
    const int last = int(m_rows.size()) - 1;
    int to = from;
    if (from > 0 && sortsBefore(summary, *m_rows[std::size_t(from - 1)])) {
        // Moves up, before the first row above it that it now sorts before.
        to = int(std::distance(begin, std::partition_point(begin, begin + from, rowBefore)));
        beginMoveRows({}, from, from, {}, to);
        entry = std::move(summary);
        std::rotate(begin + to, begin + from, begin + from + 1);
        endMoveRows();
    } else if (from < last && sortsBefore(*m_rows[std::size_t(from + 1)], summary)) {
        // Moves down: Qt wants the row it will be inserted before, counted before the move.
        const int before = int(
            std::distance(begin, std::partition_point(begin + from + 1, m_rows.end(), rowBefore)));
        to = before - 1;
        beginMoveRows({}, from, from, {}, before);
        entry = std::move(summary);
        std::rotate(begin + from, begin + from + 1, begin + before);
        endMoveRows();
    } else {
        entry = std::move(summary);
    }
    const QModelIndex changed = index(to);
    Q_EMIT dataChanged(changed, changed);
    return to;
}

bool ConversationListModel::remove(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    m_byId.erase(id);
    endRemoveRows();
    return true;
}

void ConversationListModel::clear()
{
    setConversations({});
}

int ConversationListModel::rowOf(qint64 id) const
{
    const auto known = m_byId.find(id);
    return known == m_byId.end() ? -1 : rowOfEntry(&known->second);
}

int ConversationListModel::rowOfEntry(const ConversationSummary *entry) const
{
    // The rows are sorted by a key unique per conversation: the first row that does not sort
    // before `entry` is `entry` itself.
    const auto position = std::partition_point(
        m_rows.begin(), m_rows.end(), [entry](Row row) { return sortsBefore(*row, *entry); });
    Q_ASSERT(position != m_rows.end() && *position == entry);
    return int(std::distance(m_rows.begin(), position));
}

std::optional<ConversationSummary> ConversationListModel::find(qint64 id) const
{
    const auto known = m_byId.find(id);
    if (known == m_byId.end())
        return std::nullopt;
    return known->second;
}

QString ConversationListModel::titleOf(const ConversationSummary &summary)
{
    if (!summary.customerName.trimmed().isEmpty())
        return summary.customerName;
    return u'+' + summary.waId;
}

bool ConversationListModel::sortsBefore(const ConversationSummary &a, const ConversationSummary &b)
{
    if (a.updatedAt != b.updatedAt)
        return a.updatedAt > b.updatedAt;
    return a.id > b.id;
}

ConversationSummary ConversationListModel::compact(ConversationSummary summary)
{
    summary.phoneNumberId = intern(summary.phoneNumberId);
    summary.businessName = intern(summary.businessName);
    summary.language = intern(summary.language);
    summary.assignedAgent = intern(summary.assignedAgent);
    summary.escalationReason = intern(summary.escalationReason);
    summary.lastMessageDirection = intern(summary.lastMessageDirection);
    for (QString &label : summary.labels)
        label = intern(label);
    // Decoded strings often carry spare capacity; the list keeps them for a long time.
    summary.customerName.squeeze();
    summary.waId.squeeze();
    summary.userId.squeeze();
    summary.lastMessageText.squeeze();
    summary.labels.squeeze();
    return summary;
}

const QString &ConversationListModel::intern(const QString &text)
{
    static const QString empty;
    if (text.isEmpty())
        return empty;
    const auto known = m_strings.constFind(text);
    if (known != m_strings.cend())
        return *known;
    QString copy = text;
    copy.squeeze();
    return *m_strings.insert(copy);
}

} // namespace sportello::console::models
