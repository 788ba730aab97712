// SPDX-License-Identifier: LicenseRef-Sportello
// Personal settings, the managers' business settings and the canned responses.
#pragma once

#include <QList>
#include <QString>

#include "protocol/businesssettings.h"
#include "protocol/cannedresponse.h"
#include "protocol/usersettings.h"

namespace sportello::config {
struct ServerConfig;
}
namespace sportello::storage {
class SqlConnection;
}

namespace sportello::agents {

// Runs on the caller's connection and transaction. Values arrive validated by RequestCodec;
// what only the database can tell (an unknown canned response) throws ServiceError.
// Business settings belong to one business (phone_number_id); an empty id means the first
// configured business, the one the console shows.
class SettingsService
{
public:
    SettingsService(storage::SqlConnection &connection, const config::ServerConfig &config);

    protocol::UserSettings userSettings(qint64 userId);
    protocol::UserSettings setUserSettings(qint64 userId, const protocol::UserSettings &settings,
                                           qint64 now);

    // Saved values, or the defaults (time zone from the business's configuration).
    protocol::BusinessSettings businessSettings(const QString &phoneNumberId = {});
    protocol::BusinessSettings setBusinessSettings(const protocol::BusinessSettings &settings,
                                                   qint64 now, const QString &phoneNumberId = {});
    protocol::BusinessSettings defaultBusinessSettings(const QString &phoneNumberId = {}) const;

    QList<protocol::CannedResponse> cannedResponses();
    // Adds (id 0) or replaces one; returns the whole list as canned.save answers it.
    QList<protocol::CannedResponse> saveCanned(const protocol::CannedResponse &canned, qint64 now);
    QList<protocol::CannedResponse> removeCanned(qint64 id);

private:
    QString businessId(const QString &phoneNumberId) const;

    storage::SqlConnection &m_connection;
    const config::ServerConfig &m_config;
};

} // namespace sportello::agents
