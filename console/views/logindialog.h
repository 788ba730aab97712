// SPDX-License-Identifier: LicenseRef-Sportello
// The dialog that asks for the server, the user name and the password.
#pragma once

#include <QDialog>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace sportello::console::views {

// Checks what it can locally (an address the console can use, a user name, a password) and
// shows problems next to the form; when the input is usable, pressing Log in (or Enter)
// accept()s. The application then connects, and on failure shows the dialog again with
// setError(); setBusy() greys the form while a login is in flight.
class LoginDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(QWidget *parent = nullptr);

    void setServerUrl(const QString &url);
    void setUsername(const QString &username);
    // The address as typed and checked (normalised by ServerEndpoint when valid).
    QString serverUrl() const;
    QString username() const;
    QString password() const;

    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    // Shown under the form; an empty text hides it. Clears the password field, which is
    // almost always what was wrong, and puts the cursor there.
    void setError(const QString &message);
    QString error() const;

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButton();
    // Empty when the form can be submitted; otherwise what is wrong, in words.
    QString validationError() const;

    bool m_busy = false;
    QLabel *m_intro = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QProgressBar *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_loginButton = nullptr;
};

} // namespace sportello::console::views
