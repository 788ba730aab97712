// SPDX-License-Identifier: LicenseRef-Sportello
// The console's QApplication: identity, command line, translations, hub client and window.
#pragma once

#include <memory>

#include <QApplication>
#include <QString>

#include "app/consoleoptions.h"
#include "app/translationmanager.h"
#include "protocol/usersettings.h"

class QSettings;

namespace sportello::console::models {
class ConsoleStore;
} // namespace sportello::console::models

namespace sportello::console::net {
class ConsoleActions;
class HubClient;
class TokenStore;
} // namespace sportello::console::net

namespace sportello::console::views {
class MainWindow;
} // namespace sportello::console::views

namespace sportello::console {

class SignInFlow;

class ConsoleApplication final : public QApplication
{
    Q_OBJECT

public:
    ConsoleApplication(int &argc, char **argv);
    ~ConsoleApplication() override;

    // Parses the command line, installs the translation, shows the window, signs in (see
    // SignInFlow) and runs the event loop. Returns the exit code: 0 ok, 2 bad usage.
    int run();

private:
    bool readPasswordFromStdin();
    // The id that prefixes this installation's request ids, created on first use.
    QString installId();
    // Follows the user's language setting unless --lang forced one.
    void applyUserSettings(const protocol::UserSettings &settings);

    TranslationManager m_translations;
    ConsoleOptions m_options;
    // Handed to the sign-in once; never logged or shown.
    QString m_password;

    // Declared in dependency order: destroyed window first, store last.
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<models::ConsoleStore> m_store;
    std::unique_ptr<net::HubClient> m_client;
    std::unique_ptr<net::ConsoleActions> m_actions;
    std::unique_ptr<net::TokenStore> m_tokens;
    std::unique_ptr<views::MainWindow> m_window;
    std::unique_ptr<SignInFlow> m_signIn;
};

} // namespace sportello::console
