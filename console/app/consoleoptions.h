// SPDX-License-Identifier: LicenseRef-Sportello
// The console's command line: what the user asked for, checked.
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "net/serverendpoint.h"

namespace sportello::console {

// sportello-console [--server URL] [--user NAME] [--password-stdin] [--lang it|en|es|fr|de]
// Parsing never prints or exits: the caller shows `message` and picks the exit code, so the
// rules can be tested without a window.
class ConsoleOptions
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleOptions)

public:
    enum class Action
    {
        Run,         // open the window
        ShowHelp,    // print `message` to stdout, exit 0
        ShowVersion, // print `message` to stdout, exit 0
        Fail,        // print `message` to stderr, exit 2
    };

    // `arguments` includes the program name first, as QCoreApplication::arguments() does.
    // Option descriptions are translated, so install the translators first (see
    // requestedLanguage()).
    static ConsoleOptions parse(const QStringList &arguments);
    // The value of --lang, read before the real parse so that --help and the errors come out in
    // that language; empty when absent.
    static QString requestedLanguage(const QStringList &arguments);

    Action action = Action::Run;
    QString message;
    QString language; // empty: follow the system locale
    std::optional<ServerEndpoint> server;
    QString user;
    bool passwordFromStdin = false;
};

} // namespace sportello::console
