// SPDX-License-Identifier: LicenseRef-Sportello
// Getting the console signed in: remembered token, password from stdin, or the login dialog.
#include "app/signinflow.h"

#include <cstdio>
#include <variant>

#include <QSettings>

#include "app/consolelog.h"
#include "net/hubclient.h"
#include "net/serverendpoint.h"
#include "net/tokenstore.h"
#include "views/logindialog.h"

namespace sportello::console {

SignInFlow::SignInFlow(net::HubClient *client, net::TokenStore *tokens, QSettings *settings,
                       QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_tokens(tokens)
    , m_settings(settings)
    , m_dialogParent(dialogParent)
{
    connect(m_client, &net::HubClient::sessionStarted, this, &SignInFlow::onSessionStarted);
    connect(m_client, &net::HubClient::loginFailed, this, &SignInFlow::onLoginFailed);
    connect(m_client, &net::HubClient::stateChanged, this, &SignInFlow::onStateChanged);
    connect(m_tokens, &net::TokenStore::loaded, this,
            [this](const QString &server, const QString &user, const QString &token) {
                if (m_attempt != Attempt::Token || server != m_server.toString() ||
                    user != m_user)
                    return; // an answer to an older question
                if (token.isEmpty()) {
                    m_attempt = Attempt::None;
                    showDialog();
                    return;
                }
                m_savedToken = token;
                qCInfo(lcConsole, "resuming the saved session of %s", qUtf8Printable(user));
                m_client->connectToServer(m_server);
                m_client->resume(token);
            });
}

SignInFlow::~SignInFlow()
{
    delete m_dialog;
}

views::LoginDialog *SignInFlow::dialog() const
{
    return m_dialog.data();
}

QUrl SignInFlow::rememberedServer() const
{
    return QUrl(m_settings->value(QLatin1StringView(kServerKey)).toString());
}

QString SignInFlow::rememberedUser() const
{
    return m_settings->value(QLatin1StringView(kUserKey)).toString();
}

void SignInFlow::start(const std::optional<QUrl> &server, const QString &user,
                       const std::optional<QString> &password)
{
    m_server = server.value_or(rememberedServer());
    m_user = user.isEmpty() ? rememberedUser() : user;
    if (password) {
        if (!m_server.isValid() || m_server.isEmpty()) {
            showDialog(tr("Enter the server address, for example https://sportello.example.com."));
            return;
        }
        signIn(m_server, m_user, *password, Attempt::Password);
        return;
    }
    if (m_server.isValid() && !m_server.isEmpty() && !m_user.isEmpty() &&
        net::TokenStore::isSupported()) {
        resumeWith(m_server, m_user, {});
        return;
    }
    showDialog();
}

void SignInFlow::resumeWith(const QUrl &server, const QString &user, const QString &token)
{
    m_attempt = Attempt::Token;
    m_server = server;
    m_user = user;
    if (token.isEmpty()) {
        m_tokens->load(server.toString(), user); // answers through loaded()
        return;
    }
    m_client->connectToServer(server);
    m_client->resume(token);
}

void SignInFlow::signIn(const QUrl &server, const QString &user, const QString &password,
                        Attempt how)
{
    m_attempt = how;
    m_server = server;
    m_user = user;
    if (m_client->serverUrl() != server || m_client->state() == ConnectionState::Disconnected)
        m_client->connectToServer(server);
    m_client->login(user, password);
}

void SignInFlow::showDialog(const QString &error)
{
    if (!m_dialog) {
        m_dialog = new views::LoginDialog(m_dialogParent);
        connect(m_dialog, &QDialog::accepted, this, &SignInFlow::onDialogAccepted);
        connect(m_dialog, &QDialog::rejected, this, [this]() {
            m_attempt = Attempt::None;
            dropDialog();
            if (!m_signedIn)
                Q_EMIT cancelled();
        });
    }
    if (m_server.isValid() && !m_server.isEmpty())
        m_dialog->setServerUrl(m_server.toDisplayString());
    if (!m_user.isEmpty())
        m_dialog->setUsername(m_user);
    m_dialog->setBusy(false);
    m_dialog->setError(error);
    m_dialog->open();
}

void SignInFlow::onDialogAccepted()
{
    auto endpoint = ServerEndpoint::fromUserInput(m_dialog->serverUrl());
    // accept() hides the dialog; it stays up, busy, until the hub answers.
    m_dialog->open();
    if (auto *error = std::get_if<QString>(&endpoint)) {
        m_dialog->setError(*error);
        return;
    }
    m_dialog->setBusy(true);
    signIn(std::get<ServerEndpoint>(endpoint).url(), m_dialog->username().trimmed(),
           m_dialog->password(), Attempt::Dialog);
}

void SignInFlow::onSessionStarted(const protocol::Session &session)
{
    const bool first = !m_signedIn;
    m_signedIn = true;
    m_attempt = Attempt::None;
    m_user = session.user.username;
    if (m_client->serverUrl().isValid())
        m_server = m_client->serverUrl();
    m_settings->setValue(QLatin1StringView(kServerKey), m_server.toString());
    m_settings->setValue(QLatin1StringView(kUserKey), m_user);
    if (session.token != m_savedToken) {
        // Resumes renew the same token: the keychain is written only when it changes.
        m_savedToken = session.token;
        m_tokens->save(m_server.toString(), m_user, session.token);
    }
    dropDialog();
    if (first)
        qCInfo(lcConsole, "signed in to %s as %s", qUtf8Printable(m_server.toDisplayString()),
               qUtf8Printable(m_user));
    Q_EMIT signedIn(session);
}

void SignInFlow::onLoginFailed(const protocol::ProtocolError &error)
{
    const Attempt attempt = m_attempt;
    const bool resuming = attempt == Attempt::Token || attempt == Attempt::None;
    const QString text = describe(error, resuming);
    m_attempt = Attempt::None;
    if (resuming && !m_user.isEmpty()) {
        // A token the server refuses is of no further use.
        m_savedToken.clear();
        m_tokens->remove(m_server.toString(), m_user);
    }
    if (attempt == Attempt::Password)
        std::fprintf(stderr, "sportello-console: %s\n", qUtf8Printable(text));
    m_signedIn = false;
    showDialog(text);
}

void SignInFlow::dropDialog()
{
    if (!m_dialog)
        return;
    views::LoginDialog *dialog = m_dialog;
    m_dialog = nullptr;
    dialog->hide();
    dialog->deleteLater();
}

void SignInFlow::onStateChanged()
{
    // From the dialog, an unreachable server is an answer: say so instead of retrying forever
    // behind a busy form. (A password from stdin keeps retrying: the server may still be
    // starting.)
    if (m_attempt != Attempt::Dialog || !m_dialog ||
        m_client->state() != ConnectionState::Reconnecting)
        return;
    const QString reason = m_client->lastError();
    m_attempt = Attempt::None;
    m_client->disconnectFromServer();
    m_dialog->setError(reason.isEmpty() ? tr("Cannot reach the server.") : reason);
}

QString SignInFlow::describe(const protocol::ProtocolError &error, bool resuming)
{
    if (error.code == u"unauthenticated") {
        return resuming ? tr("Your session has ended. Please log in again.")
                        : tr("Wrong user name or password.");
    }
    if (error.code == u"rate_limited")
        return tr("Too many failed logins. %1").arg(error.message);
    if (!error.message.isEmpty())
        return tr("The server refused the login: %1").arg(error.message);
    return tr("The server refused the login (%1).").arg(error.code);
}

} // namespace sportello::console
