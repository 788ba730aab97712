// SPDX-License-Identifier: LicenseRef-Sportello
// SQL for the managers' settings of each business (stored as BusinessSettings JSON).
#include "storage/settingsrepository.h"

#include "storage/sqlconnection.h"

namespace sportello::storage {

SettingsRepository::SettingsRepository(SqlConnection &connection)
    : m_connection(connection)
{
}

std::optional<QString> SettingsRepository::businessSettingsJson(const QString &phoneNumberId)
{
    auto &query = m_connection.prepare(
        "SELECT settings_json FROM business_settings WHERE phone_number_id = ?");
    query.bind(1, phoneNumberId);
    std::optional<QString> json;
    if (query.step())
        json = query.text(0);
    query.reset();
    return json;
}

void SettingsRepository::setBusinessSettingsJson(const QString &phoneNumberId, const QString &json,
                                                 qint64 now)
{
    m_connection
        .prepare("INSERT INTO business_settings (phone_number_id, settings_json, updated_at) "
                 "VALUES (?, ?, ?) ON CONFLICT (phone_number_id) DO UPDATE SET "
                 "settings_json = excluded.settings_json, updated_at = excluded.updated_at")
        .bind(1, phoneNumberId)
        .bind(2, json)
        .bind(3, now)
        .exec();
}

} // namespace sportello::storage
