// SPDX-License-Identifier: LicenseRef-Sportello
// Getting the console signed in: remembered token, password from stdin, or the login dialog.
#pragma once

#include <optional>

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include "models/protocolmetatypes.h"
#include "protocol/protocolerror.h"
#include "protocol/session.h"

class QSettings;
class QWidget;

namespace sportello::console::net {
class HubClient;
class TokenStore;
} // namespace sportello::console::net

namespace sportello::console::views {
class LoginDialog;
} // namespace sportello::console::views

namespace sportello::console {

// start() picks the way in:
//   a password (from --password-stdin)         → log in with it; retried while the server is
//                                                unreachable (scripted demos start both at once)
//   a remembered server + user with a token    → resume, no password needed
//   otherwise, or when any of that is refused  → the login dialog, pre-filled
// On success the server URL and user are remembered in the settings and the session token is
// kept in the TokenStore (keychain), so the next start resumes. A session refused later (token
// expired or revoked while running) brings the dialog back.
class SignInFlow final : public QObject
{
    Q_OBJECT

public:
    // Settings keys (QSettings of the application unless the constructor is given others).
    static constexpr const char *kServerKey = "login/server";
    static constexpr const char *kUserKey = "login/user";

    SignInFlow(net::HubClient *client, net::TokenStore *tokens, QSettings *settings,
               QWidget *dialogParent, QObject *parent = nullptr);
    ~SignInFlow() override;

    // `server`/`user` from the command line (empty: the remembered ones); `password` only with
    // --password-stdin.
    void start(const std::optional<QUrl> &server, const QString &user,
               const std::optional<QString> &password);

    // The dialog while it is shown (tests drive it), else null.
    views::LoginDialog *dialog() const;
    QUrl rememberedServer() const;
    QString rememberedUser() const;

    // The sentence shown for a refused sign-in.
    static QString describe(const protocol::ProtocolError &error, bool resuming);

Q_SIGNALS:
    void signedIn(const protocol::Session &session);
    // The user closed the login dialog without signing in.
    void cancelled();

private:
    enum class Attempt
    {
        None,
        Password, // from stdin
        Dialog,
        Token,
    };

    void signIn(const QUrl &server, const QString &user, const QString &password, Attempt how);
    void resumeWith(const QUrl &server, const QString &user, const QString &token);
    void showDialog(const QString &error = {});
    void dropDialog();
    void onSessionStarted(const protocol::Session &session);
    void onLoginFailed(const protocol::ProtocolError &error);
    void onStateChanged();
    void onDialogAccepted();

    net::HubClient *m_client;
    net::TokenStore *m_tokens;
    QSettings *m_settings;
    QPointer<QWidget> m_dialogParent;
    QPointer<views::LoginDialog> m_dialog;

    Attempt m_attempt = Attempt::None;
    QUrl m_server;
    QString m_user;
    QString m_savedToken;
    bool m_signedIn = false;
};

} // namespace sportello::console
