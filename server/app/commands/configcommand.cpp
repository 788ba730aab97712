// SPDX-License-Identifier: LicenseRef-Sportello
// `sportello-server config check|keys`: validate a configuration, list every key.
#include "app/commands/configcommand.h"

#include <cstdio>

#include <QCommandLineParser>

#include "app/commands/configoptions.h"
#include "config/configloader.h"

namespace sportello::app {

QString ConfigCommand::summary() const
{
    return QStringLiteral("\"config check\": validate the configuration (with the environment) "
                          "and print it, secrets hidden. \"config keys\": every key, its "
                          "default and environment variable.");
}

void ConfigCommand::describe(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("check or keys"));
    ConfigOptions::add(parser, true);
}

int ConfigCommand::run(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action == u"keys") {
        std::printf("Configuration keys (JSON sections; SPORTELLO_<SECTION>_<KEY> overrides):\n%s",
                    qUtf8Printable(config::ConfigLoader::describeKeys()));
        return 0;
    }
    if (action != u"check") {
        std::fprintf(stderr,
                     "sportello-server config: expected \"check\" or \"keys\", got \"%s\"\n",
                     qUtf8Printable(action));
        return 2;
    }
    auto loaded = ConfigOptions::load(parser);
    if (auto *error = std::get_if<config::ConfigError>(&loaded)) {
        std::fprintf(stderr, "sportello-server: configuration error: %s\n",
                     qUtf8Printable(error->text()));
        return 2;
    }
    const auto &c = std::get<config::ServerConfig>(loaded);
    auto secret = [](const config::Secret &s) { return s.isEmpty() ? "(not set)" : "(set)"; };
    std::printf("configuration OK\n"
                "  mode: %s\n  listen: %s:%d\n  data folder: %s\n  graph_url: %s\n"
                "  app secret: %s, verify token: %s, access token: %s\n  businesses:\n",
                c.isSandbox() ? "sandbox" : "cloud", qUtf8Printable(c.server.bind), c.server.port,
                qUtf8Printable(c.server.dataDir), qUtf8Printable(c.whatsapp.graphUrl),
                secret(c.whatsapp.appSecret), secret(c.whatsapp.verifyToken),
                secret(c.whatsapp.accessToken));
    for (const auto &b : c.businesses) {
        std::printf("    %s  %s  (%s, languages %s, %d template(s))\n",
                    qUtf8Printable(b.phoneNumberId), qUtf8Printable(b.name),
                    qUtf8Printable(b.timeZone), qUtf8Printable(b.languages.join(u',')),
                    int(b.templates.size()));
    }
    for (const QString &warning : c.warnings)
        std::printf("warning: %s\n", qUtf8Printable(warning));
    return 0;
}

} // namespace sportello::app
