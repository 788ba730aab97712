// SPDX-License-Identifier: LicenseRef-Sportello
// The open conversation's drafts waiting for review, oldest first.
#pragma once

#include <QAbstractListModel>
#include <QList>

#include "models/protocolmetatypes.h"
#include "protocol/draftinfo.h"

namespace sportello::console::models {

// Holds pending drafts only: a draft that is approved, edited or rejected leaves the list.
class DraftListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        DraftRole = Qt::UserRole + 1, // QVariant::fromValue(protocol::DraftInfo)
    };
    Q_ENUM(Role)

    explicit DraftListModel(QObject *parent = nullptr);
    ~DraftListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The drafts of a newly opened conversation (non-pending ones are dropped): one reset.
    void setDrafts(const QList<protocol::DraftInfo> &drafts);
    void clear() { setDrafts({}); }
    // A draft.pending event, or a changed draft: added, updated, or removed when no longer
    // pending.
    void upsert(const protocol::DraftInfo &draft);
    // A draft.resolved event; false when it was not listed.
    bool remove(qint64 draftId);

    int rowOf(qint64 draftId) const;
    const protocol::DraftInfo &at(int row) const { return m_drafts.at(row); }

    static bool isPending(const protocol::DraftInfo &draft);

private:
    QList<protocol::DraftInfo> m_drafts;
};

} // namespace sportello::console::models
