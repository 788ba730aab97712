// SPDX-License-Identifier: LicenseRef-Sportello
// Personal settings, the managers' business settings and the canned responses.
#include "agents/services/settingsservice.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "agents/agentslog.h"
#include "agents/services/serviceerror.h"
#include "config/serverconfig.h"
#include "protocol/payloadcodec.h"
#include "storage/cannedresponserepository.h"
#include "storage/settingsrepository.h"
#include "storage/userrepository.h"

namespace sportello::agents {

namespace {

QString encode(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Stored JSON was written by this code; if it no longer reads (a hand edit, a newer server's
// value this one refuses), the defaults are safer than failing every settings.get.
template <typename T>
std::optional<T> decode(const QString &json, const char *what)
{
    if (json.isEmpty())
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    protocol::ProtocolError error;
    const auto value = document.isObject()
                           ? protocol::PayloadCodec::fromJson<T>(document.object(), {}, &error)
                           : std::nullopt;
    if (!value) {
        qCWarning(lcAgents, "stored %s do not read (%s); using the defaults", what,
                  qUtf8Printable(error.message));
    }
    return value;
}

} // namespace

SettingsService::SettingsService(storage::SqlConnection &connection,
                                 const config::ServerConfig &config)
    : m_connection(connection)
    , m_config(config)
{
}

protocol::UserSettings SettingsService::userSettings(qint64 userId)
{
    const QString json = storage::UserRepository(m_connection).settingsJson(userId);
    return decode<protocol::UserSettings>(json, "user settings").value_or(protocol::UserSettings{});
}

protocol::UserSettings
SettingsService::setUserSettings(qint64 userId, const protocol::UserSettings &settings, qint64 now)
{
    if (!storage::UserRepository(m_connection)
             .setSettingsJson(userId, encode(protocol::PayloadCodec::toJson(settings)), now)) {
        throw ServiceError::notFound({}, QStringLiteral("the user no longer exists"));
    }
    return settings;
}

QString SettingsService::businessId(const QString &phoneNumberId) const
{
    if (!phoneNumberId.isEmpty() || m_config.businesses.isEmpty())
        return phoneNumberId;
    return m_config.businesses.first().phoneNumberId;
}

protocol::BusinessSettings
SettingsService::defaultBusinessSettings(const QString &phoneNumberId) const
{
    protocol::BusinessSettings settings;
    if (const auto *business = m_config.business(businessId(phoneNumberId)))
        settings.timeZone = business->timeZone;
    return settings;
}

protocol::BusinessSettings SettingsService::businessSettings(const QString &phoneNumberId)
{
    const auto json =
        storage::SettingsRepository(m_connection).businessSettingsJson(businessId(phoneNumberId));
    if (const auto stored =
            decode<protocol::BusinessSettings>(json.value_or(QString()), "business settings")) {
        return *stored;
    }
    return defaultBusinessSettings(phoneNumberId);
}

protocol::BusinessSettings
SettingsService::setBusinessSettings(const protocol::BusinessSettings &settings, qint64 now,
                                     const QString &phoneNumberId)
{
    storage::SettingsRepository(m_connection)
        .setBusinessSettingsJson(businessId(phoneNumberId),
                                 encode(protocol::PayloadCodec::toJson(settings)), now);
    return settings;
}

QList<protocol::CannedResponse> SettingsService::cannedResponses()
{
    return storage::CannedResponseRepository(m_connection).list();
}

QList<protocol::CannedResponse> SettingsService::saveCanned(const protocol::CannedResponse &canned,
                                                            qint64 now)
{
    storage::CannedResponseRepository repository(m_connection);
    if (!repository.save(canned, now)) {
        throw ServiceError::notFound(QStringLiteral("data.id"),
                                     QStringLiteral("no canned response %1").arg(canned.id));
    }
    return repository.list();
}

QList<protocol::CannedResponse> SettingsService::removeCanned(qint64 id)
{
    storage::CannedResponseRepository repository(m_connection);
    if (!repository.remove(id)) {
        throw ServiceError::notFound(QStringLiteral("data.id"),
                                     QStringLiteral("no canned response %1").arg(id));
    }
    return repository.list();
}

} // namespace sportello::agents
