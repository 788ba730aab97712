// SPDX-License-Identifier: LicenseRef-Sportello
// The console's QApplication: identity, command line, translations and the main window.
#include "app/consoleapplication.h"

#include <cstdio>
#include <iostream>
#include <string>

#include <QLocale>

#include "app/consolelog.h"
#include "views/mainwindow.h"

namespace sportello::console {

ConsoleApplication::ConsoleApplication(int &argc, char **argv)
    : QApplication(argc, argv)
{
    setApplicationName(QStringLiteral("sportello-console"));
    setOrganizationName(QStringLiteral("Sportello"));
    setApplicationVersion(QStringLiteral(SPORTELLO_VERSION));
}

ConsoleApplication::~ConsoleApplication() = default;

int ConsoleApplication::run()
{
    // The language first, so that --help and the errors already speak it. An unsupported
    // --lang falls back to the system's here and is reported by the full parse below.
    const QString requested = ConsoleOptions::requestedLanguage(arguments()).toLower();
    const QString systemLanguage = TranslationManager::languageForLocale(QLocale::system());
    if (!m_translations.setLanguage(TranslationManager::supportedLanguages().contains(requested)
                                        ? requested
                                        : systemLanguage))
        qCWarning(lcConsole, "running without translations");

    m_options = ConsoleOptions::parse(arguments());
    switch (m_options.action) {
    case ConsoleOptions::Action::ShowHelp:
    case ConsoleOptions::Action::ShowVersion:
        std::fputs(qUtf8Printable(m_options.message), stdout);
        return 0;
    case ConsoleOptions::Action::Fail:
        std::fprintf(stderr, "sportello-console: %s\n", qUtf8Printable(m_options.message));
        return 2;
    case ConsoleOptions::Action::Run:
        break;
    }
    if (m_options.passwordFromStdin && !readPasswordFromStdin()) {
        std::fprintf(stderr, "sportello-console: %s\n",
                     qUtf8Printable(tr("--password-stdin: standard input held no password.")));
        return 2;
    }

    m_window = std::make_unique<MainWindow>();
    if (m_options.server) {
        const QString address = m_options.server->displayText();
        qCInfo(lcConsole,
               "server %s%s%s remembered; this build has no agent hub client, so it is "
               "not contacted",
               qUtf8Printable(address), m_options.user.isEmpty() ? "" : " for user ",
               qUtf8Printable(m_options.user));
        m_window->setRequestedServer(address, m_options.user);
    }
    m_window->show();
    return exec();
}

bool ConsoleApplication::readPasswordFromStdin()
{
    // One line, like `docker login --password-stdin`; the line break is not part of it.
    std::string line;
    if (!std::getline(std::cin, line))
        return false;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    m_password = QString::fromStdString(line);
    line.assign(line.size(), '\0');
    return !m_password.isEmpty();
}

} // namespace sportello::console
