// SPDX-License-Identifier: LicenseRef-Sportello
// The open conversation's drafts waiting for review, oldest first.
#include "models/draftlistmodel.h"

#include <algorithm>

namespace sportello::console::models {

using protocol::DraftInfo;

namespace {
bool olderFirst(const DraftInfo &a, const DraftInfo &b)
{
    if (a.createdAt != b.createdAt)
        return a.createdAt < b.createdAt;
    return a.id < b.id;
}
} // namespace

DraftListModel::DraftListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

DraftListModel::~DraftListModel() = default;

int DraftListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_drafts.size());
}

QVariant DraftListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DraftInfo &draft = m_drafts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return draft.text;
    case DraftRole:
        return QVariant::fromValue(draft);
    default:
        return {};
    }
}

QHash<int, QByteArray> DraftListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(DraftRole, QByteArrayLiteral("draft"));
    return names;
}

void DraftListModel::setDrafts(const QList<DraftInfo> &drafts)
{
    beginResetModel();
    m_drafts.clear();
    for (const DraftInfo &draft : drafts) {
        if (isPending(draft))
            m_drafts.append(draft);
    }
    std::stable_sort(m_drafts.begin(), m_drafts.end(), &olderFirst);
    endResetModel();
}

void DraftListModel::upsert(const DraftInfo &draft)
{
    const int row = rowOf(draft.id);
    if (!isPending(draft)) {
        remove(draft.id);
        return;
    }
    if (row >= 0) {
        m_drafts[row] = draft;
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    const auto position = std::upper_bound(m_drafts.cbegin(), m_drafts.cend(), draft, &olderFirst);
    const int at = int(position - m_drafts.cbegin());
    beginInsertRows({}, at, at);
    m_drafts.insert(at, draft);
    endInsertRows();
}

bool DraftListModel::remove(qint64 draftId)
{
    const int row = rowOf(draftId);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_drafts.removeAt(row);
    endRemoveRows();
    return true;
}

int DraftListModel::rowOf(qint64 draftId) const
{
    // A conversation has a handful of drafts at most: a scan is the simplest index.
    for (qsizetype row = 0; row < m_drafts.size(); ++row) {
        if (m_drafts.at(row).id == draftId)
            return int(row);
    }
    return -1;
}

bool DraftListModel::isPending(const DraftInfo &draft)
{
    return draft.state.isEmpty() || draft.state == u"pending";
}

} // namespace sportello::console::models
