// SPDX-License-Identifier: LicenseRef-Sportello
// The dialog that asks for the server, the user name and the password.
#include "views/logindialog.h"

#include <variant>

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "net/serverendpoint.h"
#include "views/viewstyle.h"

namespace sportello::console::views {

LoginDialog::LoginDialog(QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_serverLabel(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_server(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("loginDialog"));
    m_server->setObjectName(QStringLiteral("serverField"));
    m_user->setObjectName(QStringLiteral("userField"));
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_error->setObjectName(QStringLiteral("loginError"));

    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_server->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_user->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                    Qt::ImhNoPredictiveText);
    m_serverLabel->setBuddy(m_server);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);

    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setVisible(false);
    ViewStyle::makeErrorLabel(m_error);

    // Indeterminate: a login takes as long as the server's password check.
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(m_progress->fontMetrics().height() / 2);
    m_progress->setVisible(false);

    m_loginButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_loginButton->setObjectName(QStringLiteral("loginButton"));
    m_loginButton->setDefault(true); // Enter in any field submits
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    for (QLineEdit *field : {m_server, m_user, m_password}) {
        connect(field, &QLineEdit::textChanged, this, [this] {
            // Typing again means the last error is being dealt with.
            if (!m_error->isHidden() && !m_busy)
                m_error->setVisible(false);
            updateButton();
        });
    }

    setMinimumWidth(fontMetrics().averageCharWidth() * 56);
    retranslateUi();
    updateButton();
}

void LoginDialog::setServerUrl(const QString &url)
{
    m_server->setText(url);
}

void LoginDialog::setUsername(const QString &username)
{
    m_user->setText(username);
    // The first empty field gets the cursor: usually the password.
    if (!m_server->text().isEmpty() && !username.isEmpty())
        m_password->setFocus();
}

QString LoginDialog::serverUrl() const
{
    const auto result = ServerEndpoint::fromUserInput(m_server->text());
    if (const auto *endpoint = std::get_if<ServerEndpoint>(&result))
        return endpoint->displayText();
    return m_server->text().trimmed();
}

QString LoginDialog::username() const
{
    return m_user->text().trimmed();
}

QString LoginDialog::password() const
{
    return m_password->text();
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_server->setEnabled(!busy);
    m_user->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_progress->setVisible(busy);
    if (busy)
        m_error->setVisible(false);
    updateButton();
}

void LoginDialog::setError(const QString &message)
{
    setBusy(false);
    if (!message.isEmpty()) {
        m_password->clear(); // before showing the error: typing (and clearing) hides it
        m_password->setFocus();
    }
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString LoginDialog::error() const
{
    return !m_error->isHidden() ? m_error->text() : QString();
}

void LoginDialog::accept()
{
    if (m_busy)
        return;
    const QString problem = validationError();
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->setVisible(true);
        return;
    }
    m_error->setVisible(false);
    QDialog::accept();
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void LoginDialog::retranslateUi()
{
    setWindowTitle(tr("Log in to Sportello"));
    m_intro->setText(tr("Sign in with the account your administrator gave you."));
    m_serverLabel->setText(tr("&Server:"));
    m_userLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_server->setPlaceholderText(tr("https://sportello.example.com"));
    m_loginButton->setText(tr("&Log in"));
}

void LoginDialog::updateButton()
{
    m_loginButton->setEnabled(!m_busy);
}

QString LoginDialog::validationError() const
{
    const auto result = ServerEndpoint::fromUserInput(m_server->text());
    if (const auto *problem = std::get_if<QString>(&result))
        return *problem;
    if (username().isEmpty())
        return tr("Enter your user name.");
    if (m_password->text().isEmpty())
        return tr("Enter your password.");
    return QString();
}

} // namespace sportello::console::views
