// SPDX-License-Identifier: LicenseRef-Sportello
// The console's QApplication: identity, command line, translations, hub client and window.
#include "app/consoleapplication.h"

#include <cstdio>
#include <iostream>
#include <string>

#include <QLocale>
#include <QSettings>
#include <QUuid>

#include "app/consolelog.h"
#include "app/signinflow.h"
#include "models/consolestore.h"
#include "net/consoleactions.h"
#include "net/hubclient.h"
#include "net/tokenstore.h"
#include "views/mainwindow.h"

namespace sportello::console {

namespace {
const QString kInstallIdKey = QStringLiteral("console/install_id");
} // namespace

ConsoleApplication::ConsoleApplication(int &argc, char **argv)
    : QApplication(argc, argv)
{
    setApplicationName(QStringLiteral("sportello-console"));
    setOrganizationName(QStringLiteral("Sportello"));
    setApplicationVersion(QStringLiteral(SPORTELLO_VERSION));
}

ConsoleApplication::~ConsoleApplication()
{
    // Explicitly, in this order: the window and the sign-in hold pointers to the rest.
    m_signIn.reset();
    m_window.reset();
    m_actions.reset();
    m_client.reset();
    m_tokens.reset();
    m_store.reset();
}

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

    m_settings = std::make_unique<QSettings>();
    m_store = std::make_unique<models::ConsoleStore>();
    m_client = std::make_unique<net::HubClient>();
    m_client->setInstallId(installId());
    m_actions = std::make_unique<net::ConsoleActions>(m_client.get(), m_store.get());
    m_tokens = std::make_unique<net::TokenStore>();
    connect(m_actions.get(), &net::ConsoleActions::userSettingsChanged, this,
            &ConsoleApplication::applyUserSettings);

    m_window = std::make_unique<views::MainWindow>(m_store.get(), m_actions.get(), m_client.get());
    if (m_options.server)
        m_window->setRequestedServer(m_options.server->displayText(), m_options.user);
    m_window->show();

    m_signIn = std::make_unique<SignInFlow>(m_client.get(), m_tokens.get(), m_settings.get(),
                                            m_window.get());
    connect(m_signIn.get(), &SignInFlow::cancelled, this, &QCoreApplication::quit,
            Qt::QueuedConnection);
    std::optional<QUrl> server;
    if (m_options.server)
        server = m_options.server->url();
    std::optional<QString> password;
    if (m_options.passwordFromStdin)
        password = std::exchange(m_password, {});
    m_signIn->start(server, m_options.user, password);
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

QString ConsoleApplication::installId()
{
    QString id = m_settings->value(kInstallIdKey).toString();
    if (id.isEmpty()) {
        // Short but unique enough: it only has to differ between this user's consoles.
        id = QUuid::createUuid().toString(QUuid::Id128).left(12);
        m_settings->setValue(kInstallIdKey, id);
    }
    return id;
}

void ConsoleApplication::applyUserSettings(const protocol::UserSettings &settings)
{
    if (!m_options.language.isEmpty())
        return; // --lang wins for this run
    const QString wanted = settings.language.isEmpty()
                               ? TranslationManager::languageForLocale(QLocale::system())
                               : settings.language;
    if (wanted != m_translations.language() &&
        TranslationManager::supportedLanguages().contains(wanted))
        m_translations.setLanguage(wanted);
}

} // namespace sportello::console
