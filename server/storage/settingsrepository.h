// SPDX-License-Identifier: LicenseRef-Sportello
// SQL for the managers' settings of each business (stored as BusinessSettings JSON).
#pragma once

#include <optional>

#include <QString>

namespace sportello::storage {

class SqlConnection;

class SettingsRepository
{
public:
    explicit SettingsRepository(SqlConnection &connection);

    // nullopt when the business's settings were never saved (the defaults apply).
    std::optional<QString> businessSettingsJson(const QString &phoneNumberId);
    void setBusinessSettingsJson(const QString &phoneNumberId, const QString &json, qint64 now);

private:
    SqlConnection &m_connection;
};

} // namespace sportello::storage
