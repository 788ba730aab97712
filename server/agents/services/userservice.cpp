// SPDX-License-Identifier: LicenseRef-Sportello
// Console accounts: adding, listing and changing users, with the rules around admins.
#include "agents/services/userservice.h"

#include "agents/agentslog.h"
#include "agents/auth/passwordhasher.h"
#include "agents/services/serviceerror.h"
#include "protocol/requestcodec.h"
#include "storage/sessionrepository.h"
#include "storage/userrepository.h"

namespace sportello::agents {

namespace {

protocol::UserInfo infoOf(const storage::StoredUser &user)
{
    return protocol::UserInfo{user.username, user.role, user.disabled, false};
}

} // namespace

UserService::UserService(storage::SqlConnection &connection, const PasswordHasher &hasher)
    : m_connection(connection)
    , m_hasher(hasher)
{
}

void UserService::checkUsername(const QString &username, const QString &field)
{
    if (!protocol::RequestCodec::isValidUsername(username)) {
        throw ServiceError::badRequest(
            field, QStringLiteral("user names are 1-%1 letters, digits, '.', '_', '-' or '@', "
                                  "starting with a letter or digit")
                       .arg(protocol::RequestCodec::kMaxUsernameLength));
    }
}

void UserService::checkPassword(const QString &password, const QString &field)
{
    if (protocol::RequestCodec::characterCount(password) <
        protocol::RequestCodec::kMinPasswordLength) {
        throw ServiceError::badRequest(field,
                                       QStringLiteral("the password must be at least %1 characters")
                                           .arg(protocol::RequestCodec::kMinPasswordLength));
    }
}

QString UserService::hashFor(const QString &password, const QString &passwordHash) const
{
    return passwordHash.isEmpty() ? m_hasher.hash(password) : passwordHash;
}

QList<protocol::UserInfo> UserService::list()
{
    QList<protocol::UserInfo> users;
    for (const auto &user : storage::UserRepository(m_connection).list())
        users.append(infoOf(user));
    return users;
}

std::optional<protocol::UserInfo> UserService::find(const QString &username)
{
    const auto user = storage::UserRepository(m_connection).findByName(username);
    if (!user)
        return std::nullopt;
    return infoOf(*user);
}

protocol::UserInfo UserService::add(const protocol::AddUserRequest &request, qint64 now,
                                    const QString &passwordHash)
{
    checkUsername(request.username, QStringLiteral("data.username"));
    checkPassword(request.password, QStringLiteral("data.password"));
    storage::UserRepository users(m_connection);
    if (users.findByName(request.username)) {
        throw ServiceError::conflict(QStringLiteral("data.username"),
                                     QStringLiteral("user %1 exists").arg(request.username));
    }
    if (!users.add(request.username, request.role, hashFor(request.password, passwordHash), now)) {
        throw ServiceError::conflict(QStringLiteral("data.username"),
                                     QStringLiteral("user %1 exists").arg(request.username));
    }
    qCInfo(lcAgents, "user %s added with role %s", qUtf8Printable(request.username),
           qUtf8Printable(toString(request.role)));
    return protocol::UserInfo{request.username, request.role, false, false};
}

protocol::UserInfo UserService::update(const protocol::UpdateUserRequest &request, qint64 now,
                                       const QString &passwordHash)
{
    m_revokedSessions = false;
    storage::UserRepository users(m_connection);
    auto user = users.findByName(request.username);
    if (!user) {
        throw ServiceError::notFound(QStringLiteral("data.username"),
                                     QStringLiteral("no user %1").arg(request.username));
    }
    if (!request.password.isEmpty())
        checkPassword(request.password, QStringLiteral("data.password"));

    // Someone must always be able to administer users: the last enabled admin can be neither
    // demoted nor disabled (an admin who wants out adds another admin first).
    const bool enabledAdmin = user->role == AgentRole::Admin && !user->disabled;
    const bool demoted = request.role && *request.role != AgentRole::Admin;
    const bool disabled = request.disabled && *request.disabled;
    if (enabledAdmin && (demoted || disabled) && users.countEnabledAdmins() <= 1) {
        throw ServiceError::conflict(
            demoted ? QStringLiteral("data.role") : QStringLiteral("data.disabled"),
            QStringLiteral("%1 is the last enabled admin; add another admin first")
                .arg(request.username));
    }

    bool revoke = false;
    if (request.role && *request.role != user->role) {
        users.setRole(user->username, *request.role, now);
        user->role = *request.role;
    }
    if (request.disabled && *request.disabled != user->disabled) {
        users.setDisabled(user->username, *request.disabled, now);
        user->disabled = *request.disabled;
        revoke = revoke || user->disabled;
    }
    if (!request.password.isEmpty()) {
        users.setPasswordHash(user->username, hashFor(request.password, passwordHash), now);
        revoke = true;
    }
    if (revoke) {
        // A changed password or a disabled account must not stay logged in anywhere.
        storage::SessionRepository(m_connection).revokeAllFor(user->id);
        m_revokedSessions = true;
    }
    qCInfo(lcAgents, "user %s updated (role %s%s%s)", qUtf8Printable(user->username),
           qUtf8Printable(toString(user->role)), user->disabled ? ", disabled" : "",
           request.password.isEmpty() ? "" : ", new password");
    return infoOf(*user);
}

} // namespace sportello::agents
