// SPDX-License-Identifier: LicenseRef-Sportello
// SQL for console login sessions (stored by the SHA-256 of their token).
#include "storage/sessionrepository.h"

#include "storage/sqlconnection.h"

namespace sportello::storage {

SessionRepository::SessionRepository(SqlConnection &connection)
    : m_connection(connection)
{
}

void SessionRepository::create(const QString &tokenHash, qint64 userId, qint64 now,
                               qint64 expiresAt)
{
    m_connection
        .prepare("INSERT INTO sessions (token_hash, user_id, created_at, expires_at, "
                 "last_used_at) VALUES (?, ?, ?, ?, ?)")
        .bind(1, tokenHash)
        .bind(2, userId)
        .bind(3, now)
        .bind(4, expiresAt)
        .bind(5, now)
        .exec();
}

std::optional<StoredSession> SessionRepository::findValid(const QString &tokenHash, qint64 now)
{
    auto &query = m_connection.prepare(
        "SELECT s.token_hash, s.created_at, s.expires_at, s.last_used_at, u.id, u.username, "
        "u.role, u.password_hash, u.disabled, u.settings_json, u.created_at, u.updated_at "
        "FROM sessions s JOIN users u ON u.id = s.user_id "
        "WHERE s.token_hash = ? AND s.expires_at > ? AND u.disabled = 0");
    query.bind(1, tokenHash).bind(2, now);
    std::optional<StoredSession> result;
    if (query.step()) {
        StoredSession session;
        session.tokenHash = query.text(0);
        session.createdAt = query.int64(1);
        session.expiresAt = query.int64(2);
        session.lastUsedAt = query.int64(3);
        session.user.id = query.int64(4);
        session.user.username = query.text(5);
        session.user.role = agentRoleFromString(query.text(6)).value_or(AgentRole::Agent);
        session.user.passwordHash = query.text(7);
        session.user.disabled = query.int64(8) != 0;
        session.user.settingsJson = query.text(9);
        session.user.createdAt = query.int64(10);
        session.user.updatedAt = query.int64(11);
        result = session;
    }
    query.reset();
    return result;
}

bool SessionRepository::touch(const QString &tokenHash, qint64 now, qint64 expiresAt)
{
    return m_connection
               .prepare("UPDATE sessions SET last_used_at = ?, expires_at = ? WHERE token_hash = ?")
               .bind(1, now)
               .bind(2, expiresAt)
               .bind(3, tokenHash)
               .exec() > 0;
}

bool SessionRepository::revoke(const QString &tokenHash)
{
    return m_connection.prepare("DELETE FROM sessions WHERE token_hash = ?")
               .bind(1, tokenHash)
               .exec() > 0;
}

int SessionRepository::revokeAllFor(qint64 userId)
{
    return m_connection.prepare("DELETE FROM sessions WHERE user_id = ?").bind(1, userId).exec();
}

int SessionRepository::purgeExpired(qint64 now)
{
    return m_connection.prepare("DELETE FROM sessions WHERE expires_at <= ?").bind(1, now).exec();
}

qint64 SessionRepository::countFor(qint64 userId)
{
    return m_connection.prepare("SELECT COUNT(*) FROM sessions WHERE user_id = ?")
        .bind(1, userId)
        .firstInt64();
}

} // namespace sportello::storage
