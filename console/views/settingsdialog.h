// SPDX-License-Identifier: LicenseRef-Sportello
// Settings: the user's own, the business's (managers) and the accounts (admins).
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

#include "domain/agentrole.h"
#include "protocol/businesssettings.h"
#include "protocol/cannedresponse.h"
#include "protocol/templateinfo.h"
#include "protocol/userinfo.h"
#include "protocol/usersettings.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimeEdit;

namespace sportello::console::views {

class IntentsPage;
class KnowledgePage;

// Tabs follow the role (the server enforces it too; hiding only spares users dead ends):
//   everyone: "You" (language, notifications);
//   manager+: "Business" (thresholds, always-human intents, hours, time zone), "Canned
//             replies", "Templates" (read-only: they live in the business configuration),
//             "Intents" (IntentsPage: what the assistant understands, and more examples),
//             "Knowledge" (KnowledgePage: the documents the assistant answers from);
//   admin:    "Users" (add, change role, disable / enable, reset password).
// Data arrives asynchronously through the set*() calls; changes go out as signals. Save sends
// the "You" and "Business" tabs; canned replies and users change at once, item by item.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kMinPasswordLength = 8; // PROTOCOL.md users.add

    explicit SettingsDialog(AgentRole role, QWidget *parent = nullptr);

    AgentRole role() const { return m_role; }
    // The user running the console: admins cannot disable or demote themselves here.
    void setCurrentUser(const QString &username);

    void setUserSettings(const protocol::UserSettings &settings);
    void setBusinessSettings(const protocol::BusinessSettings &settings);
    void setCannedResponses(const QList<protocol::CannedResponse> &canned);
    void setTemplates(const QList<protocol::TemplateInfo> &templates);
    void setUsers(const QList<protocol::UserInfo> &users);

    // What the form holds now.
    protocol::UserSettings userSettings() const;
    protocol::BusinessSettings businessSettings() const;
    // Empty when Save can go ahead; otherwise what to fix, in words.
    QString validationError() const;
    // A server's refusal or any other message for the status line; empty hides it.
    void setError(const QString &message);
    QString error() const;

    // The "Intents" tab (managers and admins), null for agents; its owner wires it to the hub.
    IntentsPage *intentsPage() const { return m_intentsPage; }
    // The "Knowledge" tab (managers and admins), null for agents; wired like intentsPage().
    KnowledgePage *knowledgePage() const { return m_knowledgePage; }

    // Tab titles in order, for tests and accessibility.
    QStringList tabTitles() const;

    // Programmatic equivalents of the tab buttons (also used by tests).
    bool addUserFromForm();
    bool saveCannedFromForm();

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void userSettingsSaveRequested(const protocol::UserSettings &settings);
    void businessSettingsSaveRequested(const protocol::BusinessSettings &settings);
    void cannedSaveRequested(const protocol::CannedResponse &canned);
    void cannedRemoveRequested(qint64 id);
    void userAddRequested(const QString &username, const QString &password, AgentRole role);
    void userRoleChangeRequested(const QString &username, AgentRole role);
    void userDisableRequested(const QString &username, bool disabled);
    void userPasswordResetRequested(const QString &username, const QString &password);

private:
    QWidget *createUserTab();
    QWidget *createBusinessTab();
    QWidget *createCannedTab();
    QWidget *createTemplatesTab();
    QWidget *createUsersTab();
    void refreshValidation();
    void showCanned(int row);
    void refreshUserButtons();
    QString selectedUser() const;

    AgentRole m_role = AgentRole::Agent;
    QString m_currentUser;
    bool m_businessLoaded = false;
    QList<protocol::CannedResponse> m_canned;
    QList<protocol::UserInfo> m_users;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_saveButton = nullptr;

    // You
    QComboBox *m_language = nullptr;
    QCheckBox *m_notifyEscalations = nullptr;
    QCheckBox *m_notifyMine = nullptr;

    // Business
    QDoubleSpinBox *m_autoThreshold = nullptr;
    QDoubleSpinBox *m_reviewThreshold = nullptr;
    QLineEdit *m_alwaysHuman = nullptr;
    QComboBox *m_timeZone = nullptr;
    struct DayRow
    {
        QCheckBox *open = nullptr;
        QTimeEdit *from = nullptr;
        QTimeEdit *to = nullptr;
    };
    QList<DayRow> m_days;

    // Canned replies
    QListWidget *m_cannedList = nullptr;
    QLineEdit *m_cannedTitle = nullptr;
    QLineEdit *m_cannedLanguage = nullptr;
    QPlainTextEdit *m_cannedText = nullptr;
    QPushButton *m_cannedNew = nullptr;
    QPushButton *m_cannedSave = nullptr;
    QPushButton *m_cannedRemove = nullptr;
    qint64 m_cannedEditingId = 0;

    // Templates
    QTableWidget *m_templateTable = nullptr;

    IntentsPage *m_intentsPage = nullptr;
    KnowledgePage *m_knowledgePage = nullptr;

    // Users
    QTableWidget *m_userTable = nullptr;
    QLineEdit *m_newUserName = nullptr;
    QLineEdit *m_newUserPassword = nullptr;
    QComboBox *m_newUserRole = nullptr;
    QPushButton *m_addUser = nullptr;
    QComboBox *m_changeRole = nullptr;
    QPushButton *m_changeRoleButton = nullptr;
    QPushButton *m_disableButton = nullptr;
    QLineEdit *m_resetPassword = nullptr;
    QPushButton *m_resetPasswordButton = nullptr;
    QLabel *m_usersError = nullptr;
};

} // namespace sportello::console::views
