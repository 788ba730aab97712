// SPDX-License-Identifier: LicenseRef-Sportello
// Entry point of sportello-server's command line: picks the command and runs it.
#include "app/commandline.h"

#include <cstdio>
#include <memory>
#include <vector>

#include <QCommandLineParser>
#include <QCoreApplication>

#include "app/commands/configcommand.h"
#include "app/commands/kbcommand.h"
#include "app/commands/nlucommand.h"
#include "app/commands/servecommand.h"
#include "app/commands/usercommand.h"

namespace sportello::app {

namespace {
std::vector<std::unique_ptr<ICommand>> commands()
{
    std::vector<std::unique_ptr<ICommand>> all;
    all.push_back(std::make_unique<ServeCommand>());
    all.push_back(std::make_unique<ConfigCommand>());
    all.push_back(std::make_unique<UserCommand>());
    all.push_back(std::make_unique<NluCommand>());
    all.push_back(std::make_unique<KbCommand>());
    return all;
}

// The options part of QCommandLineParser's help, without its "Usage:" header.
QString optionsHelp(const QCommandLineParser &parser)
{
    const QString text = parser.helpText();
    const qsizetype start = text.indexOf(QStringLiteral("Options:"));
    return start < 0 ? QString() : text.mid(start);
}

void printHelp(const std::vector<std::unique_ptr<ICommand>> &all)
{
    QString text =
        QStringLiteral("Sportello server %1: WhatsApp customer assistant for small businesses.\n\n"
                       "Usage: sportello-server <command> [options]\n"
                       "       sportello-server <command> --help\n\n"
                       "Commands:\n")
            .arg(QStringLiteral(SPORTELLO_VERSION));
    for (const auto &command : all) {
        QCommandLineParser parser;
        parser.addHelpOption();
        command->describe(parser);
        text += QStringLiteral("\n  %1 - %2\n").arg(command->name(), command->summary());
        QString options = optionsHelp(parser);
        options.replace(u'\n', QStringLiteral("\n    "));
        text += QStringLiteral("    ") + options.trimmed() + u'\n';
    }
    text += QStringLiteral(
        "\nExit codes: 0 success, 1 runtime failure, 2 bad usage or configuration.\n"
        "Secrets come from the environment (SPORTELLO_WHATSAPP_APP_SECRET, "
        "SPORTELLO_WHATSAPP_VERIFY_TOKEN,\nSPORTELLO_WHATSAPP_ACCESS_TOKEN) or a secrets file, "
        "never from the config file.\n"
        "Every config key can be overridden by SPORTELLO_<SECTION>_<KEY>: see "
        "\"sportello-server config keys\".\n");
    std::fputs(qUtf8Printable(text), stdout);
}
} // namespace

int CommandLine::run(QCoreApplication &app)
{
    const QStringList arguments = app.arguments();
    const auto all = commands();
    const QString first = arguments.value(1);
    if (first.isEmpty() || first == u"--help" || first == u"-h" || first == u"help") {
        printHelp(all);
        return first.isEmpty() ? 2 : 0;
    }
    if (first == u"--version" || first == u"version") {
        std::printf("sportello-server %s\n", SPORTELLO_VERSION);
        return 0;
    }
    for (const auto &command : all) {
        if (command->name() != first)
            continue;
        QCommandLineParser parser;
        parser.setApplicationDescription(command->summary());
        parser.addHelpOption();
        command->describe(parser);
        QStringList rest = arguments;
        rest.removeAt(1);
        rest[0] = rest[0] + u' ' + first;
        if (!parser.parse(rest)) {
            std::fprintf(stderr, "sportello-server %s: %s\n", qUtf8Printable(first),
                         qUtf8Printable(parser.errorText()));
            return 2;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            std::fputs(qUtf8Printable(parser.helpText()), stdout);
            return 0;
        }
        return command->run(parser);
    }
    std::fprintf(stderr, "sportello-server: unknown command \"%s\" (see --help)\n",
                 qUtf8Printable(first));
    return 2;
}

} // namespace sportello::app
