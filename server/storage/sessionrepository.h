// SPDX-License-Identifier: LicenseRef-Sportello
// SQL for console login sessions (stored by the SHA-256 of their token).
#pragma once

#include <optional>

#include <QString>

#include "storage/storedsession.h"

namespace sportello::storage {

class SqlConnection;

class SessionRepository
{
public:
    explicit SessionRepository(SqlConnection &connection);

    void create(const QString &tokenHash, qint64 userId, qint64 now, qint64 expiresAt);
    // The session and its user when the session has not expired at `now` and the user is not
    // disabled; nullopt otherwise.
    std::optional<StoredSession> findValid(const QString &tokenHash, qint64 now);
    // Records a use and slides the expiry; false when the session is gone.
    bool touch(const QString &tokenHash, qint64 now, qint64 expiresAt);
    bool revoke(const QString &tokenHash);
    int revokeAllFor(qint64 userId);
    int purgeExpired(qint64 now);
    qint64 countFor(qint64 userId);

private:
    SqlConnection &m_connection;
};

} // namespace sportello::storage
