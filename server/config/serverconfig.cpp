// SPDX-License-Identifier: LicenseRef-Sportello
// The whole server configuration, typed and validated.
#include "config/serverconfig.h"

namespace sportello::config {

const BusinessConfig *ServerConfig::business(const QString &phoneNumberId) const
{
    for (const auto &b : businesses) {
        if (b.phoneNumberId == phoneNumberId)
            return &b;
    }
    return nullptr;
}

const Secret &ServerConfig::accessTokenFor(const BusinessConfig &business) const
{
    return business.accessToken.isEmpty() ? whatsapp.accessToken : business.accessToken;
}

} // namespace sportello::config
