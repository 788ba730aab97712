// SPDX-License-Identifier: LicenseRef-Sportello
// The options every command that reads the configuration shares.
#pragma once

#include <optional>
#include <variant>

#include "config/configerror.h"
#include "config/serverconfig.h"

class QCommandLineParser;

namespace sportello::app {

class ConfigOptions
{
public:
    // --config FILE, --data-dir DIR, --port N, --log-level LEVEL
    static void add(QCommandLineParser &parser, bool withPort);
    static std::variant<config::ServerConfig, config::ConfigError>
    load(const QCommandLineParser &parser);
};

} // namespace sportello::app
