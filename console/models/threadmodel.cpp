// SPDX-License-Identifier: LicenseRef-Sportello
// The open conversation's thread: messages, notes and system entries, oldest first.
#include "models/threadmodel.h"

#include <algorithm>

#include <QDateTime>

namespace sportello::console::models {

using protocol::ThreadEntry;
using protocol::ThreadEntryKind;

ThreadModel::ThreadModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

ThreadModel::~ThreadModel() = default;

int ThreadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ThreadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ThreadEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return entry.text.isEmpty() ? entry.caption : entry.text;
    case EntryRole:
        return QVariant::fromValue(entry);
    case KindRole:
        return int(entry.kind);
    case AtRole:
        return QDateTime::fromMSecsSinceEpoch(entry.at);
    case StatusRole:
        return entry.kind == ThreadEntryKind::Outbound ? toString(entry.status) : QString();
    case ErrorRole:
        return errorText(entry);
    case AuthorRole:
        return entry.author;
    case TypeRole:
        return entry.type;
    default:
        return {};
    }
}

QHash<int, QByteArray> ThreadModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(EntryRole, QByteArrayLiteral("entry"));
    names.insert(KindRole, QByteArrayLiteral("kind"));
    names.insert(TextRole, QByteArrayLiteral("text"));
    names.insert(AtRole, QByteArrayLiteral("at"));
    names.insert(StatusRole, QByteArrayLiteral("status"));
    names.insert(ErrorRole, QByteArrayLiteral("error"));
    names.insert(AuthorRole, QByteArrayLiteral("author"));
    names.insert(TypeRole, QByteArrayLiteral("type"));
    return names;
}

void ThreadModel::setEntries(qint64 conversationId, const QList<ThreadEntry> &entries)
{
    beginResetModel();
    m_conversationId = conversationId;
    m_entries.clear();
    m_rowOf.clear();
    for (const ThreadEntry &entry : entries) {
        if (const auto known = m_rowOf.constFind(entry.id); known != m_rowOf.cend()) {
            m_entries[*known] = entry;
            continue;
        }
        m_rowOf.insert(entry.id, int(m_entries.size()));
        m_entries.append(entry);
    }
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const ThreadEntry &a, const ThreadEntry &b) { return a.at < b.at; });
    reindex(0);
    endResetModel();
}

void ThreadModel::clear()
{
    setEntries(0, {});
}

void ThreadModel::add(const ThreadEntry &entry)
{
    if (const int row = rowOf(entry.id); row >= 0) {
        m_entries[row] = entry;
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    // After every entry with the same or an earlier time: arrival order breaks ties.
    const auto position =
        std::upper_bound(m_entries.cbegin(), m_entries.cend(), entry.at,
                         [](qint64 at, const ThreadEntry &other) { return at < other.at; });
    const int row = int(position - m_entries.cbegin());
    beginInsertRows({}, row, row);
    m_entries.insert(row, entry);
    reindex(row);
    endInsertRows();
}

void ThreadModel::prepend(const QList<ThreadEntry> &entries)
{
    QList<ThreadEntry> older;
    older.reserve(entries.size());
    for (const ThreadEntry &entry : entries) {
        if (rowOf(entry.id) >= 0)
            continue;
        if (std::any_of(older.cbegin(), older.cend(),
                        [&entry](const ThreadEntry &other) { return other.id == entry.id; }))
            continue;
        older.append(entry);
    }
    if (older.isEmpty())
        return;
    std::stable_sort(older.begin(), older.end(),
                     [](const ThreadEntry &a, const ThreadEntry &b) { return a.at < b.at; });
    // A history page is older than what is shown; anything that is not goes in its place.
    qsizetype count = 0;
    const qint64 oldest = oldestAt();
    while (count < older.size() && (m_entries.isEmpty() || older.at(count).at <= oldest))
        ++count;
    if (count > 0) {
        beginInsertRows({}, 0, int(count) - 1);
        m_entries = older.first(count) + m_entries;
        reindex(0);
        endInsertRows();
    }
    for (qsizetype i = count; i < older.size(); ++i)
        add(older.at(i));
}

bool ThreadModel::updateStatus(const QString &entryId, DeliveryStatus status, int errorCode,
                               const QString &errorTitle)
{
    const int row = rowOf(entryId);
    if (row < 0)
        return false;
    ThreadEntry &entry = m_entries[row];
    entry.status = status;
    entry.errorCode = errorCode;
    entry.errorTitle = errorTitle;
    Q_EMIT dataChanged(index(row), index(row), {StatusRole, ErrorRole, EntryRole});
    return true;
}

bool ThreadModel::setUnderstanding(const QString &entryId,
                                   const protocol::TurnUnderstanding &understanding)
{
    const int row = rowOf(entryId);
    if (row < 0)
        return false;
    m_entries[row].understanding = understanding;
    Q_EMIT dataChanged(index(row), index(row), {EntryRole});
    return true;
}

int ThreadModel::rowOf(const QString &entryId) const
{
    return m_rowOf.value(entryId, -1);
}

qint64 ThreadModel::oldestAt() const
{
    return m_entries.isEmpty() ? 0 : m_entries.constFirst().at;
}

qint64 ThreadModel::historyCursor() const
{
    for (const ThreadEntry &entry : m_entries) {
        if (entry.kind != ThreadEntryKind::Note)
            return entry.at;
    }
    return 0;
}

QString ThreadModel::errorText(const ThreadEntry &entry)
{
    if (entry.errorCode == 0 && entry.errorTitle.isEmpty())
        return {};
    if (entry.errorCode == 0)
        return entry.errorTitle;
    if (entry.errorTitle.isEmpty())
        return QString::number(entry.errorCode);
    return QString::number(entry.errorCode) + u": " + entry.errorTitle;
}

void ThreadModel::reindex(int first)
{
    for (int row = first; row < int(m_entries.size()); ++row)
        m_rowOf.insert(m_entries.at(row).id, row);
}

} // namespace sportello::console::models
