// SPDX-License-Identifier: LicenseRef-Sportello
// Reads the JSON config, the secrets file and SPORTELLO_* variables into a ServerConfig.
#pragma once

#include <variant>

#include <QProcessEnvironment>
#include <QString>

#include "config/configerror.h"
#include "config/configoverrides.h"
#include "config/serverconfig.h"

namespace sportello::config {

// Precedence, lowest first: built-in defaults, config file, secrets file (secrets only),
// environment (SPORTELLO_<SECTION>_<KEY>), command-line flags. Without a config file the
// result is the embedded default: sandbox channel with the sample business.
class ConfigLoader
{
public:
    explicit ConfigLoader(
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

    std::variant<ServerConfig, ConfigError> load(const QString &configPath,
                                                 const ConfigOverrides &overrides = {}) const;

    // Every key with its type, default and environment variable, for --help and the README.
    static QString describeKeys();

private:
    QProcessEnvironment m_environment;
};

} // namespace sportello::config
