// SPDX-License-Identifier: LicenseRef-Sportello
// Settings: the user's own, the business's (managers) and the accounts (admins).
#include "views/settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>
#include <QTime>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

#include "views/displaytext.h"
#include "views/intentspage.h"
#include "views/knowledgepage.h"
#include "views/viewstyle.h"

namespace sportello::console::views {

namespace {
const QString kTimeFormat = QStringLiteral("HH:mm");

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    ViewStyle::makeMutedLabel(label);
    return label;
}

void fillRoles(QComboBox *combo)
{
    for (AgentRole role : {AgentRole::Agent, AgentRole::Manager, AgentRole::Admin})
        combo->addItem(DisplayText::role(role), static_cast<int>(role));
}

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}
} // namespace

SettingsDialog::SettingsDialog(AgentRole role, QWidget *parent)
    : QDialog(parent)
    , m_role(role)
    , m_tabs(new QTabWidget(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setVisible(false);
    ViewStyle::makeErrorLabel(m_error);

    m_tabs->addTab(createUserTab(), tr("You"));
    if (roleAllows(role, AgentRole::Manager)) {
        m_tabs->addTab(createBusinessTab(), tr("Business"));
        m_tabs->addTab(createCannedTab(), tr("Canned replies"));
        m_tabs->addTab(createTemplatesTab(), tr("Templates"));
        m_intentsPage = new IntentsPage(this);
        m_tabs->addTab(m_intentsPage, tr("Intents"));
        m_knowledgePage = new KnowledgePage(this);
        m_tabs->addTab(m_knowledgePage, tr("Knowledge"));
    }
    if (roleAllows(role, AgentRole::Admin))
        m_tabs->addTab(createUsersTab(), tr("Users"));

    m_saveButton = m_buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveSettingsButton"));
    m_saveButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().lineSpacing() * 32);
    refreshValidation();
}

QWidget *SettingsDialog::createUserTab()
{
    auto *page = new QWidget(this);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("Same as the system"), QString());
    // Each language in its own name, as language pickers conventionally do.
    const struct
    {
        const char *code;
        const char *name;
    } languages[] = {{"en", "English"},
                     {"it", "Italiano"},
                     {"es", "Español"},
                     {"fr", "Français"},
                     {"de", "Deutsch"}};
    for (const auto &language : languages)
        m_language->addItem(QString::fromUtf8(language.name), QString::fromLatin1(language.code));

    m_notifyEscalations = new QCheckBox(tr("Notify me of new &escalations"), page);
    m_notifyEscalations->setObjectName(QStringLiteral("notifyEscalations"));
    m_notifyMine = new QCheckBox(tr("Notify me of new messages in &my conversations"), page);
    m_notifyMine->setObjectName(QStringLiteral("notifyMine"));
    m_notifyEscalations->setChecked(true);
    m_notifyMine->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_notifyEscalations);
    form->addRow(QString(), m_notifyMine);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(
        hint(tr("Notifications appear on the desktop while the console runs."), page));
    layout->addStretch(1);
    return page;
}

QWidget *SettingsDialog::createBusinessTab()
{
    auto *page = new QWidget(this);
    const auto threshold = [page](const char *name) {
        auto *spin = new QDoubleSpinBox(page);
        spin->setObjectName(QString::fromLatin1(name));
        spin->setRange(0.0, 1.0);
        spin->setSingleStep(0.05);
        spin->setDecimals(2);
        return spin;
    };
    m_autoThreshold = threshold("autoReplyThreshold");
    m_reviewThreshold = threshold("reviewThreshold");
    m_autoThreshold->setValue(protocol::BusinessSettings{}.autoReplyThreshold);
    m_reviewThreshold->setValue(protocol::BusinessSettings{}.reviewThreshold);
    m_alwaysHuman = new QLineEdit(page);
    m_alwaysHuman->setObjectName(QStringLiteral("alwaysHumanIntents"));
    m_alwaysHuman->setPlaceholderText(tr("complaint, refund, legal"));
    m_timeZone = new QComboBox(page);
    m_timeZone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));
    m_timeZone->setCurrentText(protocol::BusinessSettings{}.timeZone);

    for (QWidget *widget :
         {static_cast<QWidget *>(m_autoThreshold), static_cast<QWidget *>(m_reviewThreshold),
          static_cast<QWidget *>(m_alwaysHuman), static_cast<QWidget *>(m_timeZone)}) {
        widget->setEnabled(false); // until the server's values arrive
    }
    connect(m_autoThreshold, &QDoubleSpinBox::valueChanged, this,
            &SettingsDialog::refreshValidation);
    connect(m_reviewThreshold, &QDoubleSpinBox::valueChanged, this,
            &SettingsDialog::refreshValidation);
    connect(m_timeZone, &QComboBox::currentTextChanged, this, &SettingsDialog::refreshValidation);

    auto *automation = new QGroupBox(tr("Automation"), page);
    auto *form = new QFormLayout(automation);
    form->addRow(tr("Reply automatically from confidence:"), m_autoThreshold);
    form->addRow(tr("Propose for review from confidence:"), m_reviewThreshold);
    form->addRow(tr("Always to a person, for intents:"), m_alwaysHuman);
    form->addRow(hint(tr("Stored now; the assistant uses them once it understands and drafts "
                         "replies. Below the review threshold every conversation goes to the "
                         "agents."),
                      automation));

    auto *hoursBox = new QGroupBox(tr("Business hours"), page);
    auto *grid = new QGridLayout(hoursBox);
    grid->addWidget(new QLabel(tr("Time zone:"), hoursBox), 0, 0);
    grid->addWidget(m_timeZone, 0, 1, 1, 3);
    const QLocale locale;
    for (int day = 1; day <= 7; ++day) {
        DayRow row;
        row.open = new QCheckBox(locale.dayName(day, QLocale::LongFormat), hoursBox);
        row.open->setObjectName(QStringLiteral("dayOpen%1").arg(day));
        row.from = new QTimeEdit(QTime(9, 0), hoursBox);
        row.to = new QTimeEdit(QTime(18, 0), hoursBox);
        row.from->setDisplayFormat(kTimeFormat);
        row.to->setDisplayFormat(kTimeFormat);
        row.from->setObjectName(QStringLiteral("dayFrom%1").arg(day));
        row.to->setObjectName(QStringLiteral("dayTo%1").arg(day));
        row.from->setEnabled(false);
        row.to->setEnabled(false);
        connect(row.open, &QCheckBox::toggled, this, [this, day](bool open) {
            m_days.at(day - 1).from->setEnabled(open);
            m_days.at(day - 1).to->setEnabled(open);
            refreshValidation();
        });
        connect(row.from, &QTimeEdit::timeChanged, this, &SettingsDialog::refreshValidation);
        connect(row.to, &QTimeEdit::timeChanged, this, &SettingsDialog::refreshValidation);
        grid->addWidget(row.open, day, 0);
        grid->addWidget(row.from, day, 1);
        //: Between the opening and closing times of a day.
        grid->addWidget(new QLabel(tr("to"), hoursBox), day, 2);
        grid->addWidget(row.to, day, 3);
        m_days.append(row);
    }
    grid->setColumnStretch(4, 1);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(automation);
    layout->addWidget(hoursBox);
    layout->addStretch(1);
    return page;
}

QWidget *SettingsDialog::createCannedTab()
{
    auto *page = new QWidget(this);
    m_cannedList = new QListWidget(page);
    m_cannedList->setObjectName(QStringLiteral("cannedList"));
    m_cannedTitle = new QLineEdit(page);
    m_cannedTitle->setObjectName(QStringLiteral("cannedTitle"));
    m_cannedLanguage = new QLineEdit(page);
    m_cannedLanguage->setObjectName(QStringLiteral("cannedLanguage"));
    m_cannedLanguage->setPlaceholderText(tr("it, en… (empty: any)"));
    m_cannedLanguage->setMaxLength(8);
    m_cannedText = new QPlainTextEdit(page);
    m_cannedText->setObjectName(QStringLiteral("cannedText"));
    m_cannedNew = new QPushButton(tr("&New"), page);
    m_cannedSave = new QPushButton(tr("Save &reply"), page);
    m_cannedSave->setObjectName(QStringLiteral("saveCannedButton"));
    m_cannedRemove = new QPushButton(tr("Re&move"), page);
    m_cannedRemove->setObjectName(QStringLiteral("removeCannedButton"));
    for (QPushButton *button : {m_cannedNew, m_cannedSave, m_cannedRemove})
        button->setAutoDefault(false);

    connect(m_cannedList, &QListWidget::currentRowChanged, this, &SettingsDialog::showCanned);
    connect(m_cannedNew, &QPushButton::clicked, this, [this] {
        m_cannedList->setCurrentRow(-1);
        showCanned(-1);
        m_cannedTitle->setFocus();
    });
    connect(m_cannedSave, &QPushButton::clicked, this, &SettingsDialog::saveCannedFromForm);
    connect(m_cannedRemove, &QPushButton::clicked, this, [this] {
        if (m_cannedEditingId != 0)
            Q_EMIT cannedRemoveRequested(m_cannedEditingId);
    });
    const auto refreshSave = [this] {
        m_cannedSave->setEnabled(!m_cannedTitle->text().trimmed().isEmpty() &&
                                 !m_cannedText->toPlainText().trimmed().isEmpty());
    };
    connect(m_cannedTitle, &QLineEdit::textChanged, this, refreshSave);
    connect(m_cannedText, &QPlainTextEdit::textChanged, this, refreshSave);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_cannedTitle);
    form->addRow(tr("&Language:"), m_cannedLanguage);
    form->addRow(tr("Te&xt:"), m_cannedText);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cannedNew);
    buttons->addStretch(1);
    buttons->addWidget(m_cannedRemove);
    buttons->addWidget(m_cannedSave);
    auto *right = new QVBoxLayout;
    right->addLayout(form, 1);
    right->addLayout(buttons);

    auto *layout = new QHBoxLayout(page);
    layout->addWidget(m_cannedList, 2);
    layout->addLayout(right, 3);
    showCanned(-1);
    return page;
}

QWidget *SettingsDialog::createTemplatesTab()
{
    auto *page = new QWidget(this);
    m_templateTable = new QTableWidget(0, 4, page);
    m_templateTable->setObjectName(QStringLiteral("templateTable"));
    m_templateTable->setHorizontalHeaderLabels(
        {tr("Name"), tr("Language"), tr("Category"), tr("Parameters")});
    m_templateTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_templateTable->verticalHeader()->setVisible(false);
    m_templateTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_templateTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_templateTable, 1);
    layout->addWidget(hint(tr("Templates are approved by Meta and listed in the server's business "
                              "configuration; they are read-only here."),
                           page));
    return page;
}

QWidget *SettingsDialog::createUsersTab()
{
    auto *page = new QWidget(this);
    m_userTable = new QTableWidget(0, 3, page);
    m_userTable->setObjectName(QStringLiteral("userTable"));
    m_userTable->setHorizontalHeaderLabels({tr("User"), tr("Role"), tr("Status")});
    m_userTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_userTable->verticalHeader()->setVisible(false);
    m_userTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_userTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_userTable->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_userTable, &QTableWidget::itemSelectionChanged, this,
            &SettingsDialog::refreshUserButtons);

    m_changeRole = new QComboBox(page);
    m_changeRole->setObjectName(QStringLiteral("changeRoleCombo"));
    fillRoles(m_changeRole);
    m_changeRoleButton = new QPushButton(tr("Change &role"), page);
    m_changeRoleButton->setObjectName(QStringLiteral("changeRoleButton"));
    m_disableButton = new QPushButton(tr("&Disable"), page);
    m_disableButton->setObjectName(QStringLiteral("disableUserButton"));
    m_resetPassword = new QLineEdit(page);
    m_resetPassword->setObjectName(QStringLiteral("resetPasswordField"));
    m_resetPassword->setEchoMode(QLineEdit::Password);
    m_resetPassword->setPlaceholderText(tr("New password"));
    m_resetPasswordButton = new QPushButton(tr("Reset &password"), page);
    m_resetPasswordButton->setObjectName(QStringLiteral("resetPasswordButton"));

    m_newUserName = new QLineEdit(page);
    m_newUserName->setObjectName(QStringLiteral("newUserName"));
    m_newUserName->setPlaceholderText(tr("User name"));
    m_newUserPassword = new QLineEdit(page);
    m_newUserPassword->setObjectName(QStringLiteral("newUserPassword"));
    m_newUserPassword->setEchoMode(QLineEdit::Password);
    m_newUserPassword->setPlaceholderText(
        tr("Password (at least %1 characters)").arg(kMinPasswordLength));
    m_newUserRole = new QComboBox(page);
    m_newUserRole->setObjectName(QStringLiteral("newUserRole"));
    fillRoles(m_newUserRole);
    m_addUser = new QPushButton(tr("&Add user"), page);
    m_addUser->setObjectName(QStringLiteral("addUserButton"));
    m_usersError = new QLabel(page);
    m_usersError->setObjectName(QStringLiteral("usersError"));
    m_usersError->setWordWrap(true);
    m_usersError->setVisible(false);
    ViewStyle::makeErrorLabel(m_usersError);
    for (QPushButton *button :
         {m_changeRoleButton, m_disableButton, m_resetPasswordButton, m_addUser})
        button->setAutoDefault(false);

    connect(m_changeRoleButton, &QPushButton::clicked, this, [this] {
        const QString user = selectedUser();
        if (!user.isEmpty())
            Q_EMIT userRoleChangeRequested(
                user, static_cast<AgentRole>(m_changeRole->currentData().toInt()));
    });
    connect(m_disableButton, &QPushButton::clicked, this, [this] {
        const QString user = selectedUser();
        for (const protocol::UserInfo &info : std::as_const(m_users)) {
            if (info.username == user)
                Q_EMIT userDisableRequested(user, !info.disabled);
        }
    });
    connect(m_resetPasswordButton, &QPushButton::clicked, this, [this] {
        const QString user = selectedUser();
        const QString password = m_resetPassword->text();
        if (user.isEmpty())
            return;
        if (password.size() < kMinPasswordLength) {
            m_usersError->setText(
                tr("A password has at least %1 characters.").arg(kMinPasswordLength));
            m_usersError->setVisible(true);
            return;
        }
        m_usersError->setVisible(false);
        m_resetPassword->clear();
        Q_EMIT userPasswordResetRequested(user, password);
    });
    connect(m_resetPassword, &QLineEdit::textChanged, this, &SettingsDialog::refreshUserButtons);
    connect(m_addUser, &QPushButton::clicked, this, &SettingsDialog::addUserFromForm);

    auto *selected = new QGroupBox(tr("Selected user"), page);
    auto *selectedLayout = new QGridLayout(selected);
    selectedLayout->addWidget(m_changeRole, 0, 0);
    selectedLayout->addWidget(m_changeRoleButton, 0, 1);
    selectedLayout->addWidget(m_disableButton, 0, 2);
    selectedLayout->addWidget(m_resetPassword, 1, 0);
    selectedLayout->addWidget(m_resetPasswordButton, 1, 1);
    selectedLayout->setColumnStretch(0, 1);

    auto *add = new QGroupBox(tr("New user"), page);
    auto *addLayout = new QHBoxLayout(add);
    addLayout->addWidget(m_newUserName, 2);
    addLayout->addWidget(m_newUserPassword, 2);
    addLayout->addWidget(m_newUserRole, 1);
    addLayout->addWidget(m_addUser);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_userTable, 1);
    layout->addWidget(selected);
    layout->addWidget(add);
    layout->addWidget(m_usersError);
    refreshUserButtons();
    return page;
}

void SettingsDialog::setCurrentUser(const QString &username)
{
    m_currentUser = username;
    if (m_userTable)
        refreshUserButtons();
}

void SettingsDialog::setUserSettings(const protocol::UserSettings &settings)
{
    const int index = m_language->findData(settings.language);
    m_language->setCurrentIndex(index < 0 ? 0 : index);
    m_notifyEscalations->setChecked(settings.notifyEscalations);
    m_notifyMine->setChecked(settings.notifyMine);
}

void SettingsDialog::setBusinessSettings(const protocol::BusinessSettings &settings)
{
    if (!m_autoThreshold)
        return;
    m_businessLoaded = true;
    for (QWidget *widget :
         {static_cast<QWidget *>(m_autoThreshold), static_cast<QWidget *>(m_reviewThreshold),
          static_cast<QWidget *>(m_alwaysHuman), static_cast<QWidget *>(m_timeZone)}) {
        widget->setEnabled(true);
    }
    m_autoThreshold->setValue(settings.autoReplyThreshold);
    m_reviewThreshold->setValue(settings.reviewThreshold);
    m_alwaysHuman->setText(settings.alwaysHumanIntents.join(QStringLiteral(", ")));
    m_timeZone->setCurrentText(settings.timeZone);
    for (DayRow &row : m_days)
        row.open->setChecked(false);
    for (const protocol::BusinessHours &hours : settings.businessHours) {
        if (hours.day < 1 || hours.day > 7)
            continue;
        const DayRow &row = m_days.at(hours.day - 1);
        row.open->setChecked(true);
        row.from->setTime(QTime::fromString(hours.open, kTimeFormat));
        row.to->setTime(QTime::fromString(hours.close, kTimeFormat));
    }
    refreshValidation();
}

void SettingsDialog::setCannedResponses(const QList<protocol::CannedResponse> &canned)
{
    if (!m_cannedList)
        return;
    const qint64 editing = m_cannedEditingId;
    m_canned = canned;
    const QSignalBlocker blocker(m_cannedList);
    m_cannedList->clear();
    int current = -1;
    for (qsizetype i = 0; i < canned.size(); ++i) {
        const auto &item = canned.at(i);
        m_cannedList->addItem(item.language.isEmpty()
                                  ? item.title
                                  : QStringLiteral("%1  [%2]").arg(item.title, item.language));
        if (item.id == editing && editing != 0)
            current = static_cast<int>(i);
    }
    m_cannedList->setCurrentRow(current);
    showCanned(current);
}

void SettingsDialog::setTemplates(const QList<protocol::TemplateInfo> &templates)
{
    if (!m_templateTable)
        return;
    m_templateTable->setRowCount(static_cast<int>(templates.size()));
    for (int row = 0; row < templates.size(); ++row) {
        const auto &info = templates.at(row);
        int buttons = 0;
        for (int count : info.buttonParams)
            buttons += count;
        m_templateTable->setItem(row, 0, readOnlyItem(info.name));
        m_templateTable->setItem(row, 1, readOnlyItem(info.language));
        m_templateTable->setItem(row, 2, readOnlyItem(info.category.toLower()));
        //: Template parameter counts: header, body, buttons.
        m_templateTable->setItem(row, 3,
                                 readOnlyItem(tr("header %1, body %2, buttons %3")
                                                  .arg(info.headerParams)
                                                  .arg(info.bodyParams)
                                                  .arg(buttons)));
    }
    m_templateTable->resizeColumnsToContents();
    m_templateTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

void SettingsDialog::setUsers(const QList<protocol::UserInfo> &users)
{
    if (!m_userTable)
        return;
    const QString selected = selectedUser();
    m_users = users;
    const QSignalBlocker blocker(m_userTable);
    m_userTable->clearSelection();
    m_userTable->setRowCount(static_cast<int>(users.size()));
    int selectRow = -1;
    for (int row = 0; row < users.size(); ++row) {
        const auto &user = users.at(row);
        m_userTable->setItem(row, 0, readOnlyItem(user.username));
        m_userTable->setItem(row, 1, readOnlyItem(DisplayText::role(user.role)));
        QString status = user.disabled ? tr("Disabled") : tr("Active");
        if (user.online && !user.disabled)
            status += tr(", online");
        m_userTable->setItem(row, 2, readOnlyItem(status));
        if (user.username == selected)
            selectRow = row;
    }
    if (selectRow >= 0)
        m_userTable->selectRow(selectRow);
    refreshUserButtons();
}

protocol::UserSettings SettingsDialog::userSettings() const
{
    protocol::UserSettings settings;
    settings.language = m_language->currentData().toString();
    settings.notifyEscalations = m_notifyEscalations->isChecked();
    settings.notifyMine = m_notifyMine->isChecked();
    return settings;
}

protocol::BusinessSettings SettingsDialog::businessSettings() const
{
    protocol::BusinessSettings settings;
    if (!m_autoThreshold)
        return settings;
    settings.autoReplyThreshold = m_autoThreshold->value();
    settings.reviewThreshold = m_reviewThreshold->value();
    for (const QString &intent : m_alwaysHuman->text().split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = intent.trimmed();
        if (!trimmed.isEmpty() && !settings.alwaysHumanIntents.contains(trimmed))
            settings.alwaysHumanIntents.append(trimmed);
    }
    settings.timeZone = m_timeZone->currentText().trimmed();
    for (int day = 1; day <= m_days.size(); ++day) {
        const DayRow &row = m_days.at(day - 1);
        if (!row.open->isChecked())
            continue;
        settings.businessHours.append(protocol::BusinessHours{
            day, row.from->time().toString(kTimeFormat), row.to->time().toString(kTimeFormat)});
    }
    return settings;
}

QString SettingsDialog::validationError() const
{
    if (!m_autoThreshold || !m_businessLoaded)
        return QString();
    if (m_reviewThreshold->value() > m_autoThreshold->value())
        return tr("The review threshold cannot be above the automatic reply threshold.");
    const QString zone = m_timeZone->currentText().trimmed();
    if (!QTimeZone::isTimeZoneIdAvailable(zone.toUtf8()))
        return tr("“%1” is not a time zone this computer knows, e.g. Europe/Rome.").arg(zone);
    const QLocale locale;
    for (int day = 1; day <= m_days.size(); ++day) {
        const DayRow &row = m_days.at(day - 1);
        if (row.open->isChecked() && row.to->time() <= row.from->time()) {
            //: %1 is a day of the week.
            return tr("On %1 the closing time must be after the opening time.")
                .arg(locale.dayName(day, QLocale::LongFormat));
        }
    }
    return QString();
}

void SettingsDialog::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString SettingsDialog::error() const
{
    return !m_error->isHidden() ? m_error->text() : QString();
}

QStringList SettingsDialog::tabTitles() const
{
    QStringList titles;
    for (int i = 0; i < m_tabs->count(); ++i)
        titles << m_tabs->tabText(i);
    return titles;
}

bool SettingsDialog::addUserFromForm()
{
    if (!m_newUserName)
        return false;
    const QString name = m_newUserName->text().trimmed();
    const QString password = m_newUserPassword->text();
    QString problem;
    if (name.isEmpty())
        problem = tr("Enter the new user's name.");
    else if (name.contains(u' '))
        problem = tr("A user name has no spaces.");
    else if (password.size() < kMinPasswordLength)
        problem = tr("A password has at least %1 characters.").arg(kMinPasswordLength);
    else {
        for (const protocol::UserInfo &user : std::as_const(m_users)) {
            if (user.username.compare(name, Qt::CaseInsensitive) == 0)
                problem = tr("There is already a user called “%1”.").arg(name);
        }
    }
    m_usersError->setText(problem);
    m_usersError->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        return false;
    m_newUserName->clear();
    m_newUserPassword->clear();
    Q_EMIT userAddRequested(name, password,
                            static_cast<AgentRole>(m_newUserRole->currentData().toInt()));
    return true;
}

bool SettingsDialog::saveCannedFromForm()
{
    if (!m_cannedTitle)
        return false;
    protocol::CannedResponse canned;
    canned.id = m_cannedEditingId;
    canned.title = m_cannedTitle->text().trimmed();
    canned.text = m_cannedText->toPlainText().trimmed();
    canned.language = m_cannedLanguage->text().trimmed().toLower();
    if (canned.title.isEmpty() || canned.text.isEmpty())
        return false;
    Q_EMIT cannedSaveRequested(canned);
    return true;
}

void SettingsDialog::accept()
{
    const QString problem = validationError();
    if (!problem.isEmpty()) {
        setError(problem);
        return;
    }
    Q_EMIT userSettingsSaveRequested(userSettings());
    if (m_autoThreshold && m_businessLoaded)
        Q_EMIT businessSettingsSaveRequested(businessSettings());
    QDialog::accept();
}

void SettingsDialog::refreshValidation()
{
    const QString problem = validationError();
    setError(problem);
    m_saveButton->setEnabled(problem.isEmpty());
}

void SettingsDialog::showCanned(int row)
{
    const bool valid = row >= 0 && row < m_canned.size();
    const protocol::CannedResponse canned = valid ? m_canned.at(row) : protocol::CannedResponse{};
    m_cannedEditingId = canned.id;
    m_cannedTitle->setText(canned.title);
    m_cannedLanguage->setText(canned.language);
    m_cannedText->setPlainText(canned.text);
    m_cannedRemove->setEnabled(valid);
    m_cannedSave->setText(valid ? tr("Save &reply") : tr("Add &reply"));
    m_cannedSave->setEnabled(!canned.title.isEmpty() && !canned.text.isEmpty());
}

void SettingsDialog::refreshUserButtons()
{
    if (!m_userTable)
        return;
    const QString user = selectedUser();
    const bool has = !user.isEmpty();
    const bool self = has && user == m_currentUser;
    bool disabled = false;
    for (const protocol::UserInfo &info : std::as_const(m_users)) {
        if (info.username == user) {
            disabled = info.disabled;
            const int index = m_changeRole->findData(static_cast<int>(info.role));
            if (index >= 0)
                m_changeRole->setCurrentIndex(index);
        }
    }
    m_changeRole->setEnabled(has && !self);
    m_changeRoleButton->setEnabled(has && !self);
    m_disableButton->setEnabled(has && !self);
    m_disableButton->setText(disabled ? tr("&Enable") : tr("&Disable"));
    m_resetPasswordButton->setEnabled(has && !m_resetPassword->text().isEmpty());
    const QString why =
        self ? tr("You cannot change your own role or disable yourself.") : QString();
    m_changeRoleButton->setToolTip(why);
    m_disableButton->setToolTip(why);
}

QString SettingsDialog::selectedUser() const
{
    if (!m_userTable)
        return QString();
    const QList<QTableWidgetItem *> items = m_userTable->selectedItems();
    if (items.isEmpty())
        return QString();
    const QTableWidgetItem *name = m_userTable->item(items.first()->row(), 0);
    return name ? name->text() : QString();
}

} // namespace sportello::console::views
