// SPDX-License-Identifier: LicenseRef-Sportello
// SQL for console users: accounts, roles, password hashes, personal settings.
#include "storage/userrepository.h"

#include "storage/sqlconnection.h"

namespace sportello::storage {

namespace {
constexpr std::string_view kSelect =
    "SELECT id, username, role, password_hash, disabled, settings_json, created_at, updated_at "
    "FROM users ";

StoredUser readUser(SqlStatement &query)
{
    StoredUser user;
    user.id = query.int64(0);
    user.username = query.text(1);
    // An unknown spelling (a hand-edited row) gets the least rights, never more.
    user.role = agentRoleFromString(query.text(2)).value_or(AgentRole::Agent);
    user.passwordHash = query.text(3);
    user.disabled = query.int64(4) != 0;
    user.settingsJson = query.text(5);
    user.createdAt = query.int64(6);
    user.updatedAt = query.int64(7);
    return user;
}
} // namespace

UserRepository::UserRepository(SqlConnection &connection)
    : m_connection(connection)
{
}

std::optional<qint64> UserRepository::add(const QString &username, AgentRole role,
                                          const QString &passwordHash, qint64 now)
{
    auto &insert = m_connection.prepare(
        "INSERT INTO users (username, role, password_hash, disabled, created_at, updated_at) "
        "VALUES (?, ?, ?, 0, ?, ?) ON CONFLICT (username) DO NOTHING");
    insert.bind(1, username)
        .bind(2, toString(role))
        .bind(3, passwordHash)
        .bind(4, now)
        .bind(5, now);
    if (insert.exec() == 0)
        return std::nullopt;
    return m_connection.lastInsertId();
}

std::optional<StoredUser> UserRepository::findByName(const QString &username)
{
    static const std::string sql = std::string(kSelect) + "WHERE username = ?";
    auto &query = m_connection.prepare(sql);
    query.bind(1, username);
    std::optional<StoredUser> result;
    if (query.step())
        result = readUser(query);
    query.reset();
    return result;
}

std::optional<StoredUser> UserRepository::findById(qint64 id)
{
    static const std::string sql = std::string(kSelect) + "WHERE id = ?";
    auto &query = m_connection.prepare(sql);
    query.bind(1, id);
    std::optional<StoredUser> result;
    if (query.step())
        result = readUser(query);
    query.reset();
    return result;
}

QList<StoredUser> UserRepository::list()
{
    static const std::string sql = std::string(kSelect) + "ORDER BY username";
    auto &query = m_connection.prepare(sql);
    QList<StoredUser> users;
    while (query.step())
        users.append(readUser(query));
    query.reset();
    return users;
}

bool UserRepository::setRole(const QString &username, AgentRole role, qint64 now)
{
    return m_connection.prepare("UPDATE users SET role = ?, updated_at = ? WHERE username = ?")
               .bind(1, toString(role))
               .bind(2, now)
               .bind(3, username)
               .exec() > 0;
}

bool UserRepository::setDisabled(const QString &username, bool disabled, qint64 now)
{
    return m_connection.prepare("UPDATE users SET disabled = ?, updated_at = ? WHERE username = ?")
               .bind(1, disabled)
               .bind(2, now)
               .bind(3, username)
               .exec() > 0;
}

bool UserRepository::setPasswordHash(const QString &username, const QString &passwordHash,
                                     qint64 now)
{
    return m_connection
               .prepare("UPDATE users SET password_hash = ?, updated_at = ? WHERE username = ?")
               .bind(1, passwordHash)
               .bind(2, now)
               .bind(3, username)
               .exec() > 0;
}

QString UserRepository::settingsJson(qint64 userId)
{
    auto &query = m_connection.prepare("SELECT settings_json FROM users WHERE id = ?");
    query.bind(1, userId);
    QString json;
    if (query.step())
        json = query.text(0);
    query.reset();
    return json;
}

bool UserRepository::setSettingsJson(qint64 userId, const QString &json, qint64 now)
{
    return m_connection.prepare("UPDATE users SET settings_json = ?, updated_at = ? WHERE id = ?")
               .bindOptional(1, json)
               .bind(2, now)
               .bind(3, userId)
               .exec() > 0;
}

qint64 UserRepository::countEnabledAdmins()
{
    return m_connection.prepare("SELECT COUNT(*) FROM users WHERE role = 'admin' AND disabled = 0")
        .firstInt64();
}

qint64 UserRepository::count()
{
    return m_connection.prepare("SELECT COUNT(*) FROM users").firstInt64();
}

} // namespace sportello::storage
