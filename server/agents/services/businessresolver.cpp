// SPDX-License-Identifier: LicenseRef-Sportello
// Which configured business a console request means.
#include "agents/services/businessresolver.h"

#include "agents/services/serviceerror.h"
#include "config/serverconfig.h"

namespace sportello::agents {

QString BusinessResolver::require(const config::ServerConfig &config, const QString &phoneNumberId)
{
    if (phoneNumberId.isEmpty()) {
        if (config.businesses.isEmpty()) {
            throw ServiceError::notFound(QStringLiteral("data.phone_number_id"),
                                         QStringLiteral("no business is configured"));
        }
        return config.businesses.first().phoneNumberId;
    }
    if (!config.business(phoneNumberId)) {
        throw ServiceError::notFound(
            QStringLiteral("data.phone_number_id"),
            QStringLiteral("no business with phone_number_id %1").arg(phoneNumberId));
    }
    return phoneNumberId;
}

} // namespace sportello::agents
