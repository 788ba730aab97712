// SPDX-License-Identifier: LicenseRef-Sportello
// Who is online, and which conversation each user is viewing or typing in.
#include "models/presencemodel.h"

#include <algorithm>

namespace sportello::console::models {

using protocol::PresenceInfo;

namespace {
bool samePresence(const PresenceInfo &a, const PresenceInfo &b)
{
    return a.username == b.username && a.online == b.online && a.viewing == b.viewing &&
           a.typing == b.typing;
}
} // namespace

PresenceModel::PresenceModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

PresenceModel::~PresenceModel() = default;

int PresenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

QVariant PresenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PresenceInfo &user = m_users.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return user.username;
    case PresenceRole:
        return QVariant::fromValue(user);
    default:
        return {};
    }
}

QHash<int, QByteArray> PresenceModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(PresenceRole, QByteArrayLiteral("presence"));
    return names;
}

void PresenceModel::setPresence(const QList<PresenceInfo> &incoming)
{
    QList<PresenceInfo> users = incoming;
    std::sort(users.begin(), users.end(), [](const PresenceInfo &a, const PresenceInfo &b) {
        return a.username < b.username;
    });
    users.erase(std::unique(users.begin(), users.end(),
                            [](const PresenceInfo &a, const PresenceInfo &b) {
                                return a.username == b.username;
                            }),
                users.end());

    // Merge two sorted lists: remove users who left, update the known, insert the new.
    bool changedAny = false;
    int row = 0;
    qsizetype next = 0;
    while (row < int(m_users.size()) || next < users.size()) {
        if (next >= users.size() ||
            (row < int(m_users.size()) && m_users.at(row).username < users.at(next).username)) {
            beginRemoveRows({}, row, row);
            m_users.removeAt(row);
            endRemoveRows();
            changedAny = true;
        } else if (row >= int(m_users.size()) ||
                   users.at(next).username < m_users.at(row).username) {
            beginInsertRows({}, row, row);
            m_users.insert(row, users.at(next));
            endInsertRows();
            changedAny = true;
            ++row;
            ++next;
        } else {
            if (!samePresence(m_users.at(row), users.at(next))) {
                m_users[row] = users.at(next);
                Q_EMIT dataChanged(index(row), index(row));
                changedAny = true;
            }
            ++row;
            ++next;
        }
    }
    if (changedAny)
        Q_EMIT changed();
}

QStringList PresenceModel::viewersOf(qint64 conversationId) const
{
    QStringList names;
    for (const PresenceInfo &user : m_users) {
        if (conversationId != 0 && user.online && user.viewing == conversationId)
            names.append(user.username);
    }
    return names;
}

QStringList PresenceModel::typersIn(qint64 conversationId) const
{
    QStringList names;
    for (const PresenceInfo &user : m_users) {
        if (conversationId != 0 && user.online && user.viewing == conversationId && user.typing)
            names.append(user.username);
    }
    return names;
}

} // namespace sportello::console::models
