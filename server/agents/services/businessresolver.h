// SPDX-License-Identifier: LicenseRef-Sportello
// Which configured business a console request means.
#pragma once

#include <QString>

namespace sportello::config {
struct ServerConfig;
}

namespace sportello::agents {

class BusinessResolver
{
public:
    // `phoneNumberId` when configured; the first business when empty (a console with one
    // business never has to name it). Throws ServiceError (not_found, data.phone_number_id)
    // for an unknown one or when none is configured.
    static QString require(const config::ServerConfig &config, const QString &phoneNumberId);
};

} // namespace sportello::agents
