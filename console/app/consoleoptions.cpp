// SPDX-License-Identifier: LicenseRef-Sportello
// The console's command line: what the user asked for, checked.
#include "app/consoleoptions.h"

#include <QCommandLineParser>

#include "app/translationmanager.h"

namespace sportello::console {

namespace {
const QString kServer = QStringLiteral("server");
const QString kUser = QStringLiteral("user");
const QString kPasswordStdin = QStringLiteral("password-stdin");
const QString kLang = QStringLiteral("lang");
} // namespace

QString ConsoleOptions::requestedLanguage(const QStringList &arguments)
{
    const QString option = QStringLiteral("--") + kLang;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--")
            break;
        if (argument == option)
            return arguments.value(i + 1);
        if (argument.startsWith(option + u'='))
            return argument.mid(option.size() + 1);
    }
    return {};
}

ConsoleOptions ConsoleOptions::parse(const QStringList &arguments)
{
    const QString languages = TranslationManager::supportedLanguages().join(u", ");

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Sportello Console: the desktop console where agents answer WhatsApp customers."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addOption({kServer,
                      tr("Sportello server to use, for example https://sportello.example.com. It "
                         "is remembered; connecting arrives with the agent hub."),
                      tr("url")});
    parser.addOption({kUser, tr("Agent user name on that server."), tr("name")});
    parser.addOption(
        {kPasswordStdin, tr("Read the agent's password from the first line of standard input.")});
    parser.addOption({kLang,
                      tr("Language of the console: %1 (default: the system's).").arg(languages),
                      tr("language")});

    ConsoleOptions options;
    auto fail = [&options](const QString &text) {
        options.action = Action::Fail;
        options.message = text;
        return options;
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        options.action = Action::ShowHelp;
        options.message = parser.helpText();
        return options;
    }
    if (parser.isSet(version)) {
        options.action = Action::ShowVersion;
        options.message = QCoreApplication::applicationName() + u' ' +
                          QCoreApplication::applicationVersion() + u'\n';
        return options;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return fail(tr("Unexpected argument “%1” (see --help).")
                        .arg(parser.positionalArguments().constFirst()));
    }

    if (parser.isSet(kLang)) {
        options.language = parser.value(kLang).toLower();
        if (!TranslationManager::supportedLanguages().contains(options.language)) {
            return fail(tr("--lang: “%1” is not available; choose one of %2.")
                            .arg(parser.value(kLang), languages));
        }
    }
    if (parser.isSet(kServer)) {
        auto endpoint = ServerEndpoint::fromUserInput(parser.value(kServer));
        if (auto *error = std::get_if<QString>(&endpoint))
            return fail(QStringLiteral("--server: ") + *error);
        options.server = std::get<ServerEndpoint>(std::move(endpoint));
    }
    if (parser.isSet(kUser)) {
        options.user = parser.value(kUser).trimmed();
        if (options.user.isEmpty())
            return fail(tr("--user: the user name is empty."));
    }
    options.passwordFromStdin = parser.isSet(kPasswordStdin);
    if (options.passwordFromStdin && options.user.isEmpty())
        return fail(tr("--password-stdin needs --user: whose password is it?"));
    return options;
}

} // namespace sportello::console
