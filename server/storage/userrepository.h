// SPDX-License-Identifier: LicenseRef-Sportello
// SQL for console users: accounts, roles, password hashes, personal settings.
#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "domain/agentrole.h"
#include "storage/storeduser.h"

namespace sportello::storage {

class SqlConnection;

// Changes by name return false when there is no such user.
class UserRepository
{
public:
    explicit UserRepository(SqlConnection &connection);

    // The new user's id, or nullopt when the name is taken.
    std::optional<qint64> add(const QString &username, AgentRole role, const QString &passwordHash,
                              qint64 now);
    std::optional<StoredUser> findByName(const QString &username);
    std::optional<StoredUser> findById(qint64 id);
    QList<StoredUser> list(); // by name
    bool setRole(const QString &username, AgentRole role, qint64 now);
    bool setDisabled(const QString &username, bool disabled, qint64 now);
    bool setPasswordHash(const QString &username, const QString &passwordHash, qint64 now);
    QString settingsJson(qint64 userId);
    bool setSettingsJson(qint64 userId, const QString &json, qint64 now);
    // Admins that can still log in: the last one must not be demoted or disabled.
    qint64 countEnabledAdmins();
    qint64 count();

private:
    SqlConnection &m_connection;
};

} // namespace sportello::storage
