// SPDX-License-Identifier: LicenseRef-Sportello
// Who is online, and which conversation each user is viewing or typing in.
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QStringList>

#include "models/protocolmetatypes.h"
#include "protocol/presenceinfo.h"

namespace sportello::console::models {

// One row per user the hub reports, sorted by user name. The hub always sends the whole
// picture; rows are updated, inserted and removed one by one so views do not flicker.
class PresenceModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        PresenceRole = Qt::UserRole + 1, // QVariant::fromValue(protocol::PresenceInfo)
    };
    Q_ENUM(Role)

    explicit PresenceModel(QObject *parent = nullptr);
    ~PresenceModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setPresence(const QList<protocol::PresenceInfo> &users);
    void clear() { setPresence({}); }
    const protocol::PresenceInfo &at(int row) const { return m_users.at(row); }

    // Online users looking at the conversation / typing in it, sorted by name.
    QStringList viewersOf(qint64 conversationId) const;
    QStringList typersIn(qint64 conversationId) const;

Q_SIGNALS:
    // After every setPresence() that changed something: a cue to refresh "who is here" labels.
    void changed();

private:
    QList<protocol::PresenceInfo> m_users;
};

} // namespace sportello::console::models
