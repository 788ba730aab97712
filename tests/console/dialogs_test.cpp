// SPDX-License-Identifier: LicenseRef-Sportello
// The console's dialogs: login, template picker and settings validate input and emit intents.
#include <gtest/gtest.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeEdit>

#include "views/logindialog.h"
#include "views/settingsdialog.h"
#include "views/templatepickerdialog.h"
#include "viewtestsupport.h"

using namespace sportello;
using namespace sportello::console;
using console::test::child;
using views::LoginDialog;
using views::SettingsDialog;
using views::TemplatePickerDialog;

namespace {

class DialogTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { console::test::ensureViewsApplication(); }
};

using LoginDialogTest = DialogTest;
using TemplatePickerDialogTest = DialogTest;
using SettingsDialogTest = DialogTest;

protocol::TemplateInfo templateInfo(const QString &name, int header, int body,
                                    QList<int> buttons = {})
{
    protocol::TemplateInfo info;
    info.name = name;
    info.language = QStringLiteral("it");
    info.category = QStringLiteral("UTILITY");
    info.headerParams = header;
    info.bodyParams = body;
    info.buttonParams = std::move(buttons);
    return info;
}

} // namespace

TEST_F(LoginDialogTest, RefusesIncompleteInputInlineAndAcceptsAGoodOne)
{
    LoginDialog dialog;
    dialog.show();
    console::test::SignalLog accepted(&dialog, &QDialog::accepted);

    auto *server = child<QLineEdit>(dialog, "serverField");
    auto *user = child<QLineEdit>(dialog, "userField");
    auto *password = child<QLineEdit>(dialog, "passwordField");
    ASSERT_TRUE(server && user && password);
    EXPECT_EQ(password->echoMode(), QLineEdit::Password);

    // Enter with nothing typed: the address is missing, said next to the form.
    console::test::keyClick(password, Qt::Key_Return);
    EXPECT_EQ(accepted.count(), 0);
    EXPECT_TRUE(dialog.error().contains(QStringLiteral("Enter the server address")))
        << dialog.error();

    server->setText(QStringLiteral("sportello.example.com"));
    dialog.accept();
    EXPECT_TRUE(dialog.error().contains(QStringLiteral("http://"))) << dialog.error();

    server->setText(QStringLiteral("HTTP://127.0.0.1:8080/"));
    dialog.accept();
    EXPECT_EQ(dialog.error(), QStringLiteral("Enter your user name."));
    user->setText(QStringLiteral("  giulia "));
    dialog.accept();
    EXPECT_EQ(dialog.error(), QStringLiteral("Enter your password."));
    EXPECT_EQ(accepted.count(), 0);

    password->setText(QStringLiteral("correct horse"));
    EXPECT_TRUE(dialog.error().isEmpty()) << "typing clears the old error";
    console::test::keyClick(password, Qt::Key_Return); // Enter submits
    EXPECT_EQ(accepted.count(), 1);
    EXPECT_EQ(dialog.serverUrl(), QStringLiteral("http://127.0.0.1:8080"));
    EXPECT_EQ(dialog.username(), QStringLiteral("giulia"));
    EXPECT_EQ(dialog.password(), QStringLiteral("correct horse"));
}

TEST_F(LoginDialogTest, BusyStateAndServerErrors)
{
    LoginDialog dialog;
    dialog.setServerUrl(QStringLiteral("http://127.0.0.1:8080"));
    dialog.setUsername(QStringLiteral("giulia"));
    dialog.show();
    auto *password = child<QLineEdit>(dialog, "passwordField");
    auto *button = child<QPushButton>(dialog, "loginButton");
    ASSERT_TRUE(password && button);
    password->setText(QStringLiteral("wrong password"));

    dialog.setBusy(true);
    EXPECT_TRUE(dialog.isBusy());
    EXPECT_FALSE(password->isEnabled());
    EXPECT_FALSE(button->isEnabled());
    console::test::SignalLog accepted(&dialog, &QDialog::accepted);
    dialog.accept();
    EXPECT_EQ(accepted.count(), 0) << "no second login while one is in flight";

    dialog.setError(QStringLiteral("Wrong user name or password."));
    EXPECT_FALSE(dialog.isBusy());
    EXPECT_TRUE(password->isEnabled());
    EXPECT_TRUE(password->text().isEmpty()) << "the password is cleared for the retry";
    EXPECT_EQ(dialog.error(), QStringLiteral("Wrong user name or password."));
    EXPECT_EQ(dialog.username(), QStringLiteral("giulia"));
}

TEST_F(TemplatePickerDialogTest, OneFieldPerParameterAndAllRequired)
{
    TemplatePickerDialog dialog;
    dialog.show();
    console::test::SignalLog accepted(&dialog, &QDialog::accepted);
    EXPECT_TRUE(dialog.validationError().contains(QStringLiteral("loading")));
    dialog.accept();
    EXPECT_EQ(accepted.count(), 0);

    dialog.setTemplates({templateInfo(QStringLiteral("appointment_reminder"), 1, 2, {0, 1}),
                         templateInfo(QStringLiteral("hello"), 0, 0)});
    auto *list = child<QListWidget>(dialog, "templateList");
    ASSERT_NE(list, nullptr);
    EXPECT_EQ(list->count(), 2);
    ASSERT_TRUE(dialog.selectedTemplate().has_value());
    EXPECT_EQ(dialog.selectedTemplate()->name, QStringLiteral("appointment_reminder"));
    // Header 1 + body 2 + button 2 has one parameter.
    EXPECT_EQ(dialog.parameterCount(), 4);
    auto *send = child<QPushButton>(dialog, "sendTemplateButton");
    ASSERT_NE(send, nullptr);
    EXPECT_FALSE(send->isEnabled());

    dialog.setParameter(0, QStringLiteral("Studio Sorriso"));
    dialog.setParameter(1, QStringLiteral("Ada"));
    dialog.setParameter(2, QStringLiteral("giovedì alle 10"));
    dialog.accept();
    EXPECT_EQ(accepted.count(), 0) << "the button parameter is still empty";
    EXPECT_FALSE(dialog.validationError().isEmpty());
    dialog.setParameter(3, QStringLiteral("ABC123"));
    EXPECT_TRUE(send->isEnabled());
    EXPECT_TRUE(dialog.previewText().contains(QStringLiteral("{{2}} = giovedì alle 10")))
        << dialog.previewText();

    dialog.accept();
    EXPECT_EQ(accepted.count(), 1);
    EXPECT_EQ(dialog.headerParameters(), QStringList{QStringLiteral("Studio Sorriso")});
    EXPECT_EQ(dialog.bodyParameters(),
              (QStringList{QStringLiteral("Ada"), QStringLiteral("giovedì alle 10")}));
    EXPECT_EQ(dialog.buttonParameters(), QStringList{QStringLiteral("ABC123")});
}

TEST_F(TemplatePickerDialogTest, TemplateWithoutParametersAndNoTemplatesAtAll)
{
    TemplatePickerDialog dialog;
    dialog.setTemplates({});
    EXPECT_TRUE(dialog.validationError().contains(QStringLiteral("no approved templates")));

    dialog.setTemplates({templateInfo(QStringLiteral("appointment_reminder"), 0, 1),
                         templateInfo(QStringLiteral("hello"), 0, 0)});
    ASSERT_TRUE(dialog.selectTemplate(QStringLiteral("hello"), QStringLiteral("it")));
    EXPECT_EQ(dialog.parameterCount(), 0);
    EXPECT_TRUE(dialog.validationError().isEmpty());
    EXPECT_FALSE(dialog.selectTemplate(QStringLiteral("missing")));
}

TEST_F(SettingsDialogTest, TabsFollowTheRole)
{
    EXPECT_EQ(SettingsDialog(AgentRole::Agent).tabTitles(), QStringList{QStringLiteral("You")});
    EXPECT_EQ(SettingsDialog(AgentRole::Manager).tabTitles(),
              (QStringList{QStringLiteral("You"), QStringLiteral("Business"),
                           QStringLiteral("Canned replies"), QStringLiteral("Templates"),
                           QStringLiteral("Intents"), QStringLiteral("Knowledge")}));
    EXPECT_EQ(SettingsDialog(AgentRole::Admin).tabTitles().last(), QStringLiteral("Users"));
}

TEST_F(SettingsDialogTest, SavesUserAndBusinessSettingsWhenValid)
{
    SettingsDialog dialog(AgentRole::Manager);
    dialog.show();
    console::test::SignalLog userSaved(&dialog, &SettingsDialog::userSettingsSaveRequested);
    console::test::SignalLog businessSaved(&dialog, &SettingsDialog::businessSettingsSaveRequested);

    dialog.setUserSettings({QStringLiteral("it"), false, true});
    protocol::BusinessSettings business;
    business.autoReplyThreshold = 0.9;
    business.reviewThreshold = 0.6;
    business.alwaysHumanIntents = {QStringLiteral("complaint"), QStringLiteral("refund")};
    business.timeZone = QStringLiteral("Europe/Rome");
    business.businessHours = {{1, QStringLiteral("09:00"), QStringLiteral("18:00")},
                              {6, QStringLiteral("09:00"), QStringLiteral("13:00")}};
    dialog.setBusinessSettings(business);
    EXPECT_TRUE(dialog.validationError().isEmpty()) << dialog.validationError();
    EXPECT_EQ(dialog.businessSettings().businessHours.size(), 2);

    // Review above automatic: refused until fixed.
    auto *review = child<QDoubleSpinBox>(dialog, "reviewThreshold");
    ASSERT_NE(review, nullptr);
    review->setValue(0.95);
    EXPECT_TRUE(dialog.validationError().contains(QStringLiteral("review threshold")));
    dialog.accept();
    EXPECT_EQ(userSaved.count(), 0);
    review->setValue(0.5);

    // A day that closes before it opens.
    auto *mondayTo = child<QTimeEdit>(dialog, "dayTo1");
    ASSERT_NE(mondayTo, nullptr);
    mondayTo->setTime(QTime(8, 0));
    EXPECT_TRUE(dialog.validationError().contains(QStringLiteral("closing time")));
    mondayTo->setTime(QTime(19, 30));

    auto *zone = child<QComboBox>(dialog, "timeZoneCombo");
    ASSERT_NE(zone, nullptr);
    zone->setCurrentText(QStringLiteral("Mars/Olympus"));
    EXPECT_TRUE(dialog.validationError().contains(QStringLiteral("Mars/Olympus")));
    zone->setCurrentText(QStringLiteral("Europe/Berlin"));

    auto *intents = child<QLineEdit>(dialog, "alwaysHumanIntents");
    ASSERT_NE(intents, nullptr);
    intents->setText(QStringLiteral("complaint, legal ,, complaint"));

    dialog.accept();
    ASSERT_EQ(userSaved.count(), 1);
    ASSERT_EQ(businessSaved.count(), 1);
    const auto user = userSaved.arg<0>(0);
    EXPECT_EQ(user.language, QStringLiteral("it"));
    EXPECT_FALSE(user.notifyEscalations);
    EXPECT_TRUE(user.notifyMine);
    const auto saved = businessSaved.arg<0>(0);
    EXPECT_DOUBLE_EQ(saved.reviewThreshold, 0.5);
    EXPECT_EQ(saved.timeZone, QStringLiteral("Europe/Berlin"));
    EXPECT_EQ(saved.alwaysHumanIntents,
              (QStringList{QStringLiteral("complaint"), QStringLiteral("legal")}));
    ASSERT_EQ(saved.businessHours.size(), 2);
    EXPECT_EQ(saved.businessHours.at(0).day, 1);
    EXPECT_EQ(saved.businessHours.at(0).close, QStringLiteral("19:30"));
    EXPECT_EQ(saved.businessHours.at(1).day, 6);
}

TEST_F(SettingsDialogTest, AnAgentSavesOnlyTheirOwnSettings)
{
    SettingsDialog dialog(AgentRole::Agent);
    console::test::SignalLog userSaved(&dialog, &SettingsDialog::userSettingsSaveRequested);
    console::test::SignalLog businessSaved(&dialog, &SettingsDialog::businessSettingsSaveRequested);
    auto *language = child<QComboBox>(dialog, "languageCombo");
    ASSERT_NE(language, nullptr);
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    dialog.accept();
    ASSERT_EQ(userSaved.count(), 1);
    EXPECT_EQ(userSaved.arg<0>(0).language, QStringLiteral("de"));
    EXPECT_EQ(businessSaved.count(), 0);
}

TEST_F(SettingsDialogTest, CannedRepliesAreAddedEditedAndRemoved)
{
    SettingsDialog dialog(AgentRole::Manager);
    console::test::SignalLog saved(&dialog, &SettingsDialog::cannedSaveRequested);
    console::test::SignalLog removed(&dialog, &SettingsDialog::cannedRemoveRequested);
    dialog.setCannedResponses(
        {{7, QStringLiteral("Orari"), QStringLiteral("Lun-ven 9-18"), QStringLiteral("it")}});
    auto *list = child<QListWidget>(dialog, "cannedList");
    auto *title = child<QLineEdit>(dialog, "cannedTitle");
    auto *remove = child<QPushButton>(dialog, "removeCannedButton");
    ASSERT_TRUE(list && title && remove);
    EXPECT_EQ(list->count(), 1);

    // A new one: id 0.
    EXPECT_FALSE(dialog.saveCannedFromForm()) << "empty form";
    title->setText(QStringLiteral("Parcheggio"));
    child<QPlainTextEdit>(dialog, "cannedText")
        ->setPlainText(QStringLiteral("C'è un parcheggio "
                                      "gratuito dietro lo "
                                      "studio."));
    ASSERT_TRUE(dialog.saveCannedFromForm());
    ASSERT_EQ(saved.count(), 1);
    EXPECT_EQ(saved.arg<0>(0).id, 0);

    // The existing one, edited and then removed.
    list->setCurrentRow(0);
    EXPECT_EQ(title->text(), QStringLiteral("Orari"));
    title->setText(QStringLiteral("Orari di apertura"));
    ASSERT_TRUE(dialog.saveCannedFromForm());
    const auto edited = saved.arg<0>(1);
    EXPECT_EQ(edited.id, 7);
    EXPECT_EQ(edited.title, QStringLiteral("Orari di apertura"));
    EXPECT_EQ(edited.language, QStringLiteral("it"));
    remove->click();
    ASSERT_EQ(removed.count(), 1);
    EXPECT_EQ(removed.arg<0>(0), 7);
}

TEST_F(SettingsDialogTest, AdminManagesUsersButNotThemselves)
{
    SettingsDialog dialog(AgentRole::Admin);
    dialog.setCurrentUser(QStringLiteral("admin"));
    dialog.setUsers({{QStringLiteral("admin"), AgentRole::Admin, false, true},
                     {QStringLiteral("giulia"), AgentRole::Agent, false, true},
                     {QStringLiteral("marco"), AgentRole::Manager, true, false}});
    console::test::SignalLog added(&dialog, &SettingsDialog::userAddRequested);
    console::test::SignalLog roleChanged(&dialog, &SettingsDialog::userRoleChangeRequested);
    console::test::SignalLog disabled(&dialog, &SettingsDialog::userDisableRequested);
    console::test::SignalLog reset(&dialog, &SettingsDialog::userPasswordResetRequested);

    auto *table = child<QTableWidget>(dialog, "userTable");
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->rowCount(), 3);
    EXPECT_EQ(table->item(2, 2)->text(), QStringLiteral("Disabled"));
    EXPECT_EQ(table->item(1, 2)->text(), QStringLiteral("Active, online"));

    auto *changeRole = child<QPushButton>(dialog, "changeRoleButton");
    auto *disable = child<QPushButton>(dialog, "disableUserButton");
    auto *resetButton = child<QPushButton>(dialog, "resetPasswordButton");
    ASSERT_TRUE(changeRole && disable && resetButton);

    table->selectRow(0); // yourself
    EXPECT_FALSE(changeRole->isEnabled());
    EXPECT_FALSE(disable->isEnabled());

    table->selectRow(1);
    EXPECT_TRUE(changeRole->isEnabled());
    auto *roles = child<QComboBox>(dialog, "changeRoleCombo");
    roles->setCurrentIndex(roles->findData(static_cast<int>(AgentRole::Manager)));
    changeRole->click();
    ASSERT_EQ(roleChanged.count(), 1);
    EXPECT_EQ(roleChanged.arg<0>(0), QStringLiteral("giulia"));
    EXPECT_EQ(roleChanged.arg<1>(0), AgentRole::Manager);
    disable->click();
    ASSERT_EQ(disabled.count(), 1);
    EXPECT_TRUE(disabled.arg<1>(0));

    table->selectRow(2); // disabled: the button enables
    EXPECT_EQ(disable->text(), QStringLiteral("&Enable"));
    disable->click();
    EXPECT_FALSE(disabled.arg<1>(1));

    auto *newPassword = child<QLineEdit>(dialog, "resetPasswordField");
    newPassword->setText(QStringLiteral("short"));
    resetButton->click();
    EXPECT_EQ(reset.count(), 0);
    newPassword->setText(QStringLiteral("a longer secret"));
    resetButton->click();
    ASSERT_EQ(reset.count(), 1);
    EXPECT_EQ(reset.arg<0>(0), QStringLiteral("marco"));

    // Adding: a unique name without spaces and a password of 8 or more characters.
    child<QLineEdit>(dialog, "newUserName")->setText(QStringLiteral("Giulia"));
    child<QLineEdit>(dialog, "newUserPassword")->setText(QStringLiteral("12345678"));
    EXPECT_FALSE(dialog.addUserFromForm()) << "the name is taken (case-insensitively)";
    child<QLineEdit>(dialog, "newUserName")->setText(QStringLiteral("sara"));
    child<QLineEdit>(dialog, "newUserPassword")->setText(QStringLiteral("1234567"));
    EXPECT_FALSE(dialog.addUserFromForm());
    child<QLineEdit>(dialog, "newUserPassword")->setText(QStringLiteral("12345678"));
    auto *newRole = child<QComboBox>(dialog, "newUserRole");
    newRole->setCurrentIndex(newRole->findData(static_cast<int>(AgentRole::Manager)));
    ASSERT_TRUE(dialog.addUserFromForm());
    ASSERT_EQ(added.count(), 1);
    EXPECT_EQ(added.arg<0>(0), QStringLiteral("sara"));
    EXPECT_EQ(added.arg<2>(0), AgentRole::Manager);
}

TEST_F(SettingsDialogTest, TemplatesAreListedReadOnly)
{
    SettingsDialog dialog(AgentRole::Manager);
    dialog.setTemplates({templateInfo(QStringLiteral("appointment_reminder"), 1, 2, {1})});
    auto *table = child<QTableWidget>(dialog, "templateTable");
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("appointment_reminder"));
    EXPECT_EQ(table->item(0, 3)->text(), QStringLiteral("header 1, body 2, buttons 1"));
    EXPECT_EQ(table->editTriggers(), QAbstractItemView::NoEditTriggers);
}
