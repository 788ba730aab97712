// SPDX-License-Identifier: LicenseRef-Sportello
// The options every command that reads the configuration shares.
#include "app/commands/configoptions.h"

#include <QCommandLineParser>

#include "config/configloader.h"

namespace sportello::app {

void ConfigOptions::add(QCommandLineParser &parser, bool withPort)
{
    parser.addOption({QStringLiteral("config"),
                      QStringLiteral("JSON configuration file. Without it: the embedded default "
                                     "(SQLite in the data folder, sandbox channel, sample "
                                     "business 100000000000001)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("data-dir"),
                      QStringLiteral("Folder for the database (overrides server.data_dir)."),
                      QStringLiteral("dir")});
    if (withPort) {
        parser.addOption({QStringLiteral("port"),
                          QStringLiteral("HTTP port (overrides server.port; 0 picks a free one)."),
                          QStringLiteral("n")});
    }
    parser.addOption({QStringLiteral("log-level"),
                      QStringLiteral("debug, info, warning or error (overrides server.log_level)."),
                      QStringLiteral("level")});
}

std::variant<config::ServerConfig, config::ConfigError>
ConfigOptions::load(const QCommandLineParser &parser)
{
    config::ConfigOverrides overrides;
    if (parser.isSet(QStringLiteral("data-dir")))
        overrides.dataDir = parser.value(QStringLiteral("data-dir"));
    if (parser.optionNames().contains(QStringLiteral("port")) &&
        parser.isSet(QStringLiteral("port"))) {
        bool ok = false;
        const int port = parser.value(QStringLiteral("port")).toInt(&ok);
        if (!ok)
            return config::ConfigError{
                QStringLiteral("--port"),
                QStringLiteral("expected a number from 0 to 65535, got \"%1\"")
                    .arg(parser.value(QStringLiteral("port")))};
        overrides.port = port;
    }
    if (parser.isSet(QStringLiteral("log-level")))
        overrides.logLevel = parser.value(QStringLiteral("log-level"));
    return config::ConfigLoader().load(parser.value(QStringLiteral("config")), overrides);
}

} // namespace sportello::app
