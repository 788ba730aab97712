// SPDX-License-Identifier: LicenseRef-Sportello
// TestConfig: the real embedded default configuration, loaded without the host environment.
#pragma once

#include <QString>

#include "config/serverconfig.h"

namespace sportello::test {

// What `sportello-server serve` uses without --config: sandbox channel, the sample business
// (resources/sample-business.json) and the customer texts of resources/customer-messages.json.
// Loaded through config::ConfigLoader with an empty QProcessEnvironment, so SPORTELLO_*
// variables of the machine running the tests never leak in. Throws std::runtime_error if the
// loader refuses it (which would be a bug of its own).
class TestConfig
{
public:
    static inline const QString kSampleBusiness = QStringLiteral("100000000000001");

    static config::ServerConfig sandbox(const QString &dataDir = {});
};

} // namespace sportello::test
