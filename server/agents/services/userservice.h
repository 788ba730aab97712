// SPDX-License-Identifier: LicenseRef-Sportello
// Console accounts: adding, listing and changing users, with the rules around admins.
#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "protocol/requests/adduserrequest.h"
#include "protocol/requests/updateuserrequest.h"
#include "protocol/userinfo.h"

namespace sportello::storage {
class SqlConnection;
}

namespace sportello::agents {

class PasswordHasher;

// Runs on the caller's connection, inside the caller's transaction (the hub's worker, or the
// command line). Refusals throw ServiceError; database failures storage::StorageError.
// Hashing a password takes about 0.1 s: callers that hold a write transaction hash first
// (PasswordHasher::hash) and pass the result as `passwordHash`, so the database is not
// locked meanwhile; without it the service hashes with the hasher it was given.
class UserService
{
public:
    UserService(storage::SqlConnection &connection, const PasswordHasher &hasher);

    // By name; `online` is false (the hub knows who is connected).
    QList<protocol::UserInfo> list();
    std::optional<protocol::UserInfo> find(const QString &username);

    // Refuses a bad name, a short password, a name in use.
    protocol::UserInfo add(const protocol::AddUserRequest &request, qint64 now,
                           const QString &passwordHash = {});
    // Changes what the request sets. Refuses to demote or disable the last enabled admin.
    // A new password or disabling ends the user's sessions (revokedSessions() says so).
    protocol::UserInfo update(const protocol::UpdateUserRequest &request, qint64 now,
                              const QString &passwordHash = {});

    // Whether the last update() ended the user's sessions (the hub then closes their sockets).
    bool revokedSessions() const { return m_revokedSessions; }

    static void checkUsername(const QString &username, const QString &field);
    static void checkPassword(const QString &password, const QString &field);

private:
    QString hashFor(const QString &password, const QString &passwordHash) const;

    storage::SqlConnection &m_connection;
    const PasswordHasher &m_hasher;
    bool m_revokedSessions = false;
};

} // namespace sportello::agents
