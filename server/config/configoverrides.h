// SPDX-License-Identifier: LicenseRef-Sportello
// Command-line flags that win over the config file and the environment.
#pragma once

#include <optional>

#include <QString>

namespace sportello::config {

struct ConfigOverrides
{
    std::optional<QString> dataDir;
    std::optional<int> port;
    std::optional<QString> logLevel;
};

} // namespace sportello::config
