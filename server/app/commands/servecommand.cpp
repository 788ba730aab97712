// SPDX-License-Identifier: LicenseRef-Sportello
// `sportello-server serve`: run the server until SIGTERM/SIGINT.
#include "app/commands/servecommand.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>

#include "app/applog.h"
#include "app/commands/configoptions.h"
#include "app/logsetup.h"
#include "app/serverapplication.h"
#include "app/unixsignalwatcher.h"

namespace sportello::app {

QString ServeCommand::summary() const
{
    return QStringLiteral("Run the server: webhook intake, pipeline, outbox, metrics.");
}

void ServeCommand::describe(QCommandLineParser &parser) const
{
    ConfigOptions::add(parser, true);
    parser.addOption({QStringLiteral("log-format"),
                      QStringLiteral("text or json (overrides server.log_format)."),
                      QStringLiteral("format")});
}

int ServeCommand::run(const QCommandLineParser &parser)
{
    auto loaded = ConfigOptions::load(parser);
    if (auto *error = std::get_if<config::ConfigError>(&loaded)) {
        std::fprintf(stderr, "sportello-server: configuration error: %s\n",
                     qUtf8Printable(error->text()));
        return 2;
    }
    auto config = std::get<config::ServerConfig>(std::move(loaded));
    QString format = config.server.logFormat;
    if (parser.isSet(QStringLiteral("log-format"))) {
        format = parser.value(QStringLiteral("log-format"));
        if (format != u"text" && format != u"json") {
            std::fprintf(stderr,
                         "sportello-server: configuration error: --log-format: expected "
                         "text or json, got \"%s\"\n",
                         qUtf8Printable(format));
            return 2;
        }
    }
    LogSetup::apply(config.server.logLevel, format);
    for (const QString &warning : std::as_const(config.warnings))
        qCWarning(lcApp, "configuration: %s", qUtf8Printable(warning));

    ServerApplication server(std::move(config));
    QString error;
    if (!server.start(&error)) {
        qCCritical(lcApp, "cannot start: %s", qUtf8Printable(error));
        return 1;
    }
    UnixSignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &UnixSignalWatcher::terminationRequested, qApp,
                     [](int number) {
                         qCInfo(lcApp, "signal %d: shutting down", number);
                         QCoreApplication::quit();
                     });
    const int code = QCoreApplication::exec();
    server.stop();
    return code;
}

} // namespace sportello::app
