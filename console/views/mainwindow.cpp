// SPDX-License-Identifier: LicenseRef-Sportello
// The console's main window: inbox, thread, draft review, composer, customer panel, status bar.
#include "views/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include "models/consolestore.h"
#include "models/conversationlistmodel.h"
#include "models/draftlistmodel.h"
#include "models/presencemodel.h"
#include "models/queuefiltermodel.h"
#include "models/threadmodel.h"
#include "net/consoleactions.h"
#include "net/hubclient.h"
#include "net/sandboxclient.h"
#include "views/composer.h"
#include "views/connectionindicator.h"
#include "views/conversationheader.h"
#include "views/customerpanel.h"
#include "views/dashboardview.h"
#include "views/displaytext.h"
#include "views/draftreviewpanel.h"
#include "views/inboxpanel.h"
#include "views/intentspage.h"
#include "views/knowledgepage.h"
#include "views/notconnectedpage.h"
#include "views/sandboxcustomerwindow.h"
#include "views/settingsdialog.h"
#include "views/templatepickerdialog.h"
#include "views/threadview.h"
#include "views/traynotifier.h"
#include "views/viewstyle.h"

namespace sportello::console::views {

using protocol::ProtocolError;

namespace {
constexpr int kClockMs = 30 * 1000;
constexpr int kStatusMessageMs = 10 * 1000;

const InboxQueue kQueueOrder[] = {InboxQueue::NeedsReview, InboxQueue::Escalated, InboxQueue::Mine,
                                  InboxQueue::Open, InboxQueue::Closed};
} // namespace

MainWindow::MainWindow(models::ConsoleStore *store, net::ConsoleActions *actions,
                       net::HubClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_actions(actions)
    , m_client(client)
    , m_pages(new QStackedWidget(this))
    , m_notConnectedPage(new NotConnectedPage(this))
    , m_tray(new TrayNotifier(this))
    , m_connectionIndicator(new ConnectionIndicator(this))
    , m_offline(new QLabel(this))
    , m_statusText(new QLabel(this))
    , m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_pages->addWidget(m_notConnectedPage);
    m_workspace = createWorkspace();
    m_pages->addWidget(m_workspace);
    setCentralWidget(m_pages);

    m_statusText->setObjectName(QStringLiteral("statusText"));
    m_statusText->setTextFormat(Qt::PlainText);
    m_offline->setObjectName(QStringLiteral("offlineText"));
    m_offline->setTextFormat(Qt::PlainText);
    ViewStyle::makeErrorLabel(m_offline);
    m_offline->setVisible(false);
    // Permanent: transient messages must never hide the connection state.
    statusBar()->addPermanentWidget(m_offline);
    statusBar()->addPermanentWidget(m_connectionIndicator);
    statusBar()->addWidget(m_statusText, 1);

    createActions();
    createMenus();
    wireStore();
    wireClient();
    wireWidgets();

    m_clock->setInterval(kClockMs);
    connect(m_clock, &QTimer::timeout, this, &MainWindow::refreshClock);
    m_clock->start();

    retranslateUi();
    m_inbox->setCounts(m_store->counts());
    m_inbox->setCurrentUser(m_store->currentUser());
    m_composer->setCannedResponses(m_store->cannedResponses());
    showWorkspace(!m_store->currentUser().isEmpty());
    refreshOpenConversation();
    if (const qint64 id = m_store->openConversationId(); id != 0)
        m_inbox->selectConversation(id);
    refreshConnection();
    resize(1400, 900);
}

MainWindow::~MainWindow() = default;

ConnectionState MainWindow::connectionState() const
{
    return m_connectionIndicator->state();
}

void MainWindow::setRequestedServer(const QString &address, const QString &user)
{
    m_serverAddress = address;
    m_serverUser = user;
    m_notConnectedPage->setRequestedServer(address, user);
    retranslateUi();
}

bool MainWindow::isWorkspaceShown() const
{
    return m_pages->currentWidget() == m_workspace;
}

QString MainWindow::offlineText() const
{
    return !m_offline->isHidden() ? m_offline->text() : QString();
}

QWidget *MainWindow::createWorkspace()
{
    auto *workspace = new QWidget(this);
    workspace->setObjectName(QStringLiteral("workspace"));

    m_inbox = new InboxPanel(m_store->conversations(), workspace);

    m_header = new ConversationHeader(workspace);
    m_thread = new ThreadView(workspace);
    m_thread->setModel(m_store->thread());
    m_draftPanel = new DraftReviewPanel(workspace);
    m_draftPanel->setVisible(false);
    m_composer = new Composer(workspace);

    auto *conversation = new QWidget(workspace);
    conversation->setObjectName(QStringLiteral("conversationPane"));
    auto *conversationLayout = new QVBoxLayout(conversation);
    conversationLayout->setContentsMargins(0, 0, 0, 0);
    conversationLayout->setSpacing(0);
    conversationLayout->addWidget(m_header);
    conversationLayout->addWidget(m_thread, 1);
    conversationLayout->addWidget(m_draftPanel);
    conversationLayout->addWidget(m_composer);

    m_noConversation = new QLabel(workspace);
    m_noConversation->setObjectName(QStringLiteral("noConversation"));
    m_noConversation->setAlignment(Qt::AlignCenter);
    m_noConversation->setWordWrap(true);
    ViewStyle::makeMutedLabel(m_noConversation);

    m_centre = new QStackedWidget(workspace);
    m_centre->addWidget(m_noConversation);
    m_centre->addWidget(conversation);

    m_customer = new CustomerPanel(workspace);

    m_splitter = new QSplitter(Qt::Horizontal, workspace);
    m_splitter->setObjectName(QStringLiteral("workspaceSplitter"));
    m_splitter->addWidget(m_inbox);
    m_splitter->addWidget(m_centre);
    m_splitter->addWidget(m_customer);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setChildrenCollapsible(false);
    m_inbox->setMinimumWidth(260);
    m_customer->setMinimumWidth(220);
    m_splitter->setSizes({360, 740, 300});

    auto *layout = new QVBoxLayout(workspace);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    return workspace;
}

void MainWindow::createActions()
{
    const auto make = [this](const char *name, auto slot) {
        auto *action = new QAction(this);
        action->setObjectName(QString::fromLatin1(name));
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_takeOverAction = make("takeOverAction", &MainWindow::takeOver);
    m_takeOverAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_handBackAction = make("handBackAction", &MainWindow::handBack);
    m_handBackAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_assignAction = make("assignAction", &MainWindow::assign);
    m_closeAction = make("closeConversationAction", &MainWindow::closeConversation);
    m_reopenAction = make("reopenConversationAction", &MainWindow::reopenConversation);
    m_settingsAction = make("settingsAction", &MainWindow::showSettings);
    m_settingsAction->setShortcuts(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_dashboardAction = make("dashboardAction", &MainWindow::showDashboard);
    m_sandboxAction = make("sandboxAction", &MainWindow::showSandboxCustomer);

    for (int i = 0; i < 5; ++i) {
        auto *action = new QAction(this);
        action->setObjectName(QStringLiteral("queueAction%1").arg(i + 1));
        action->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
        const InboxQueue queue = kQueueOrder[i];
        connect(action, &QAction::triggered, this, [this, queue] { m_inbox->setQueue(queue); });
        addAction(action);
        m_queueActions.append(action);
    }
    m_nextAction = new QAction(this);
    m_nextAction->setObjectName(QStringLiteral("nextConversationAction"));
    m_nextAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    connect(m_nextAction, &QAction::triggered, this, [this] { m_inbox->selectNext(); });
    m_previousAction = new QAction(this);
    m_previousAction->setObjectName(QStringLiteral("previousConversationAction"));
    m_previousAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    connect(m_previousAction, &QAction::triggered, this, [this] { m_inbox->selectPrevious(); });
    m_searchAction = new QAction(this);
    m_searchAction->setObjectName(QStringLiteral("searchAction"));
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_searchAction, &QAction::triggered, this, [this] { m_inbox->focusSearch(); });
    for (QAction *action : {m_nextAction, m_previousAction, m_searchAction})
        addAction(action);

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcuts(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About Sportello Console"),
            //: %1 is the version number.
            tr("<h3>Sportello Console %1</h3>"
               "<p>The desktop console of Sportello, the WhatsApp customer assistant for small "
               "businesses. Agents use it to follow conversations and answer customers when the "
               "assistant hands a conversation over to a person.</p>")
                .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
    });
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, this, [this] { QMessageBox::aboutQt(this); });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_conversationMenu = menuBar()->addMenu(QString());
    m_conversationMenu->setObjectName(QStringLiteral("conversationMenu"));
    m_conversationMenu->addAction(m_takeOverAction);
    m_conversationMenu->addAction(m_handBackAction);
    m_conversationMenu->addAction(m_assignAction);
    m_conversationMenu->addSeparator();
    m_conversationMenu->addAction(m_closeAction);
    m_conversationMenu->addAction(m_reopenAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addActions(m_queueActions);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_nextAction);
    m_viewMenu->addAction(m_previousAction);
    m_viewMenu->addAction(m_searchAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_dashboardAction);
    m_viewMenu->addAction(m_sandboxAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("conversationToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_takeOverAction);
    m_toolBar->addAction(m_handBackAction);
    m_toolBar->addAction(m_assignAction);
    m_toolBar->addAction(m_closeAction);
    m_toolBar->addAction(m_reopenAction);
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addAction(m_sandboxAction);
    m_toolBar->addAction(m_dashboardAction);
    m_toolBar->addAction(m_settingsAction);
}

void MainWindow::wireStore()
{
    connect(m_store, &models::ConsoleStore::countsChanged, m_inbox, &InboxPanel::setCounts);
    connect(m_store, &models::ConsoleStore::currentUserChanged, this,
            [this](const QString &user, AgentRole) {
                m_inbox->setCurrentUser(user);
                showWorkspace(!user.isEmpty());
                refreshActions();
                retranslateUi();
                if (!user.isEmpty()) {
                    // What the composer and the notifications need from the start.
                    m_actions->listCanned();
                    m_actions->loadSettings();
                }
            });
    connect(m_store, &models::ConsoleStore::openConversationChanged, this, [this](qint64 id) {
        refreshOpenConversation();
        if (id != 0)
            m_inbox->selectConversation(id);
        // Other agents see who is looking at the conversation.
        if (m_client->state() == ConnectionState::Connected)
            m_actions->setPresence(id, false);
    });
    connect(m_store, &models::ConsoleStore::openConversationUpdated, this,
            [this] { refreshOpenConversation(); });
    connect(m_store, &models::ConsoleStore::cannedResponsesChanged, m_composer,
            &Composer::setCannedResponses);
    connect(m_store, &models::ConsoleStore::escalationArrived, m_tray,
            &TrayNotifier::notifyEscalation);
    connect(m_store, &models::ConsoleStore::messageInOwnedConversation, m_tray,
            &TrayNotifier::notifyMessage);

    models::DraftListModel *drafts = m_store->drafts();
    connect(drafts, &QAbstractItemModel::modelReset, this, [this] { refreshDraft(); });
    connect(drafts, &QAbstractItemModel::layoutChanged, this, [this] { refreshDraft(); });
    connect(drafts, &QAbstractItemModel::rowsInserted, this, [this] { refreshDraft(); });
    connect(drafts, &QAbstractItemModel::rowsRemoved, this, [this] { refreshDraft(); });
    connect(drafts, &QAbstractItemModel::dataChanged, this, [this] { refreshDraft(); });

    models::ThreadModel *thread = m_store->thread();
    connect(thread, &QAbstractItemModel::modelReset, this, [this] { refreshNotes(); });
    connect(thread, &QAbstractItemModel::rowsInserted, this, [this] { refreshNotes(); });
    connect(thread, &QAbstractItemModel::dataChanged, this, [this] { refreshNotes(); });

    connect(m_store->presence(), &models::PresenceModel::changed, this,
            [this] { refreshPresence(); });
}

void MainWindow::wireClient()
{
    connect(m_client, &net::HubClient::stateChanged, this, [this] { refreshConnection(); });
    connect(m_client, &net::HubClient::pendingActionsChanged, this, [this](int count) {
        m_pendingActions = count;
        refreshConnection();
    });
    connect(m_client, &net::HubClient::sessionStarted, this, [this] {
        refreshActions();
        retranslateUi();
    });
    connect(m_actions, &net::ConsoleActions::userSettingsChanged, m_tray,
            &TrayNotifier::setUserSettings);
    connect(m_actions, &net::ConsoleActions::actionFailed, this,
            [this](const QString &type, const ProtocolError &error) {
                // Requests whose outcome is shown next to their own widget say nothing here.
                if (type == u"dashboard.get" && m_dashboard)
                    m_dashboard->setError(describeError(error));
                if (type == u"presence.set")
                    return;
                statusBar()->showMessage(
                    //: %1 is the request that failed (e.g. "message.send"), %2 the reason.
                    tr("%1 failed: %2").arg(type, describeError(error)), kStatusMessageMs);
            });
    m_pendingActions = m_client->pendingActions();
}

void MainWindow::wireWidgets()
{
    connect(m_inbox, &InboxPanel::conversationActivated, this, [this](qint64 id) {
        if (id == m_store->openConversationId())
            return;
        m_actions->openConversation(id, [this](const ProtocolError &error) {
            reportResult(tr("Opening the conversation"), error);
        });
    });
    connect(m_thread, &ThreadView::historyRequested, this, [this] {
        if (const qint64 id = m_store->openConversationId(); id != 0)
            m_actions->loadHistory(id);
    });

    connect(m_composer, &Composer::sendRequested, this, [this](const QString &text) {
        const qint64 id = m_store->openConversationId();
        if (id == 0)
            return;
        m_composer->clear();
        QPointer<Composer> composer = m_composer;
        m_actions->sendMessage(id, text, {}, [composer, text](const ProtocolError &error) {
            if (error.isNull() || !composer)
                return;
            // Give the words back so nothing typed is lost.
            if (composer->text().isEmpty())
                composer->setText(text);
            composer->setError(error.message.isEmpty() ? error.code : error.message);
        });
    });
    connect(m_composer, &Composer::templateRequested, this, &MainWindow::showTemplatePicker);
    connect(m_composer, &Composer::typingChanged, this, [this](bool typing) {
        if (m_client->state() == ConnectionState::Connected)
            m_actions->setPresence(m_store->openConversationId(), typing);
    });

    const auto draftDone = [this](const ProtocolError &error) {
        if (!error.isNull())
            m_draftPanel->setError(describeError(error));
        else
            m_draftPanel->setBusy(false);
    };
    connect(m_draftPanel, &DraftReviewPanel::approveRequested, this,
            [this, draftDone](qint64 draftId) { m_actions->approveDraft(draftId, draftDone); });
    connect(m_draftPanel, &DraftReviewPanel::editAndSendRequested, this,
            [this, draftDone](qint64 draftId, const QString &text) {
                m_actions->editAndSendDraft(draftId, text, draftDone);
            });
    connect(m_draftPanel, &DraftReviewPanel::rejectRequested, this,
            [this, draftDone](qint64 draftId, const QString &reason) {
                m_actions->rejectDraft(draftId, reason, draftDone);
            });

    connect(m_customer, &CustomerPanel::labelsChangeRequested, this,
            [this](const QStringList &add, const QStringList &remove) {
                if (const qint64 id = m_store->openConversationId(); id != 0) {
                    m_actions->setLabels(id, add, remove, [this](const ProtocolError &error) {
                        reportResult(tr("Changing the labels"), error);
                    });
                }
            });
    connect(m_customer, &CustomerPanel::addNoteRequested, this, [this](const QString &text) {
        if (const qint64 id = m_store->openConversationId(); id != 0) {
            m_actions->addNote(id, text, [this](const ProtocolError &error) {
                reportResult(tr("Adding the note"), error);
            });
        }
    });

    connect(m_tray, &TrayNotifier::conversationActivated, this, [this](qint64 id) {
        showNormal();
        raise();
        activateWindow();
        if (!m_inbox->selectConversation(id)) {
            m_inbox->setQueue(InboxQueue::Open);
            m_inbox->selectConversation(id);
        }
        m_actions->openConversation(id);
    });
    connect(m_tray, &TrayNotifier::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::ActivationChange)
        m_tray->setOpenConversation(m_store->openConversationId(), isActiveWindow());
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    const QString user = m_store->currentUser();
    setWindowTitle(user.isEmpty() ? tr("Sportello Console")
                                  //: Window title: %1 is the signed-in user.
                                  : tr("Sportello Console — %1").arg(user));
    m_fileMenu->setTitle(tr("&File"));
    m_conversationMenu->setTitle(tr("&Conversation"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Conversation actions"));
    m_quitAction->setText(tr("&Quit"));
    m_quitAction->setStatusTip(tr("Close the console"));
    m_aboutAction->setText(tr("&About Sportello Console"));
    m_aboutQtAction->setText(tr("About &Qt"));

    m_takeOverAction->setText(tr("&Take over"));
    m_takeOverAction->setToolTip(tr("Handle this conversation yourself; the assistant stays "
                                    "silent until you hand it back (Ctrl+T)"));
    m_handBackAction->setText(tr("&Hand back"));
    m_handBackAction->setToolTip(tr("Give the conversation back to the assistant (Ctrl+B)"));
    m_assignAction->setText(tr("&Assign…"));
    m_assignAction->setToolTip(tr("Give the conversation to another agent"));
    m_closeAction->setText(tr("&Close"));
    m_closeAction->setToolTip(tr("Close the conversation: it leaves the open queues"));
    m_reopenAction->setText(tr("&Reopen"));
    m_reopenAction->setToolTip(tr("Reopen the conversation and take it"));
    m_settingsAction->setText(tr("&Settings…"));
    m_dashboardAction->setText(tr("&Dashboard"));
    m_dashboardAction->setToolTip(tr("Volumes, response times and escalations"));
    m_sandboxAction->setText(tr("Sandbox &customer"));
    m_sandboxAction->setToolTip(
        tr("Write as a WhatsApp customer to this sandbox server, to try the whole flow"));
    const QStringList queueNames{tr("Needs review"), tr("Escalated"), tr("Mine"), tr("All open"),
                                 tr("Closed")};
    for (int i = 0; i < m_queueActions.size(); ++i)
        //: A menu entry that shows an inbox queue; %1 is the queue's name.
        m_queueActions.at(i)->setText(tr("Show “%1”").arg(queueNames.at(i)));
    m_nextAction->setText(tr("&Next conversation"));
    m_previousAction->setText(tr("&Previous conversation"));
    m_searchAction->setText(tr("&Search conversations"));
    m_noConversation->setText(tr("Choose a conversation on the left.\n\nCtrl+1…5 switch queues, "
                                 "Ctrl+Up and Ctrl+Down move between conversations, Ctrl+K "
                                 "searches."));
    m_thread->setEmptyText(tr("No messages yet."));

    if (!user.isEmpty()) {
        QString text =
            tr("Signed in as %1 (%2)").arg(user, DisplayText::role(m_store->currentRole()));
        if (const QUrl url = m_client->serverUrl(); !url.isEmpty())
            //: %1 is the "signed in as" text, %2 the server's address.
            text = tr("%1 on %2").arg(text, url.toDisplayString());
        m_statusText->setText(text);
    } else if (m_serverAddress.isEmpty()) {
        m_statusText->setText(tr("No server configured"));
    } else {
        //: %1 is the server's address.
        m_statusText->setText(tr("Server %1").arg(m_serverAddress));
    }
    refreshConnection();
}

void MainWindow::showWorkspace(bool shown)
{
    m_pages->setCurrentWidget(shown ? m_workspace : static_cast<QWidget *>(m_notConnectedPage));
    m_toolBar->setVisible(shown);
    m_conversationMenu->menuAction()->setVisible(shown);
    refreshActions();
}

std::optional<protocol::ConversationSummary> MainWindow::openConversation() const
{
    const qint64 id = m_store->openConversationId();
    if (id == 0)
        return std::nullopt;
    return m_store->conversation(id);
}

void MainWindow::refreshOpenConversation()
{
    const auto summary = openConversation();
    m_centre->setCurrentIndex(summary ? 1 : 0);
    m_header->setConversation(summary);
    m_customer->setConversation(summary);
    m_tray->setOpenConversation(summary ? summary->id : 0, isActiveWindow());
    refreshComposerState();
    refreshDraft();
    refreshNotes();
    refreshPresence();
    refreshActions();
}

void MainWindow::refreshDraft()
{
    models::DraftListModel *drafts = m_store->drafts();
    if (drafts->rowCount() == 0 || m_store->openConversationId() == 0) {
        m_draftPanel->clearDraft();
        m_draftPanel->setVisible(false);
        return;
    }
    // Oldest first: the customer has waited longest for that one.
    m_draftPanel->setDraft(drafts->at(0));
    m_draftPanel->setPendingCount(drafts->rowCount());
    m_draftPanel->setVisible(true);
}

void MainWindow::refreshNotes()
{
    const models::ThreadModel *thread = m_store->thread();
    QList<protocol::ThreadEntry> notes;
    for (int row = 0; row < thread->rowCount(); ++row) {
        if (thread->at(row).kind == protocol::ThreadEntryKind::Note)
            notes.append(thread->at(row));
    }
    m_customer->setNotes(notes);
}

void MainWindow::refreshPresence()
{
    const qint64 id = m_store->openConversationId();
    QStringList viewers = m_store->presence()->viewersOf(id);
    QStringList typers = m_store->presence()->typersIn(id);
    viewers.removeAll(m_store->currentUser());
    typers.removeAll(m_store->currentUser());
    m_header->setPresence(viewers, typers);
}

void MainWindow::refreshComposerState()
{
    const auto summary = openConversation();
    if (!summary) {
        m_composer->setBlockedReason(tr("Choose a conversation first."));
        return;
    }
    if (summary->owner == ConversationOwner::Closed)
        m_composer->setBlockedReason(tr("This conversation is closed. Reopen it to reply."));
    else if (summary->optedOut)
        m_composer->setBlockedReason(tr("The customer opted out (STOP): nothing can be sent "
                                        "until they write START."));
    else
        m_composer->setBlockedReason(QString());
    m_composer->setWindowOpen(summary->windowExpiresAt > QDateTime::currentMSecsSinceEpoch());
}

void MainWindow::refreshActions()
{
    const auto summary = openConversation();
    const QString me = m_store->currentUser();
    const bool signedIn = !me.isEmpty();
    const bool open = summary.has_value();
    const bool closed = open && summary->owner == ConversationOwner::Closed;
    const bool mine =
        open && summary->owner == ConversationOwner::Human && summary->assignedAgent == me;
    m_takeOverAction->setEnabled(open && !closed && !mine);
    m_handBackAction->setEnabled(open && (summary->owner == ConversationOwner::Human ||
                                          summary->owner == ConversationOwner::PendingHuman));
    m_assignAction->setEnabled(open && !closed);
    m_closeAction->setEnabled(open && !closed);
    m_closeAction->setVisible(!closed);
    m_reopenAction->setEnabled(closed);
    m_reopenAction->setVisible(closed);
    m_settingsAction->setEnabled(signedIn);
    m_dashboardAction->setVisible(signedIn &&
                                  roleAllows(m_store->currentRole(), AgentRole::Manager));
    const auto session = m_client->session();
    m_sandboxAction->setVisible(signedIn && session && session->sandbox);
    for (QAction *action : {m_nextAction, m_previousAction, m_searchAction})
        action->setEnabled(signedIn);
    for (QAction *action : std::as_const(m_queueActions))
        action->setEnabled(signedIn);
}

void MainWindow::refreshConnection()
{
    const ConnectionState state = m_client->state();
    m_connectionIndicator->setState(state);
    QString detail;
    if (const QUrl url = m_client->serverUrl(); !url.isEmpty())
        detail = url.toDisplayString();
    else if (!m_serverAddress.isEmpty())
        detail = m_serverAddress;
    if (!m_client->lastError().isEmpty())
        detail = detail.isEmpty() ? m_client->lastError() : detail + u'\n' + m_client->lastError();
    m_connectionIndicator->setDetail(detail);

    QString offline;
    if (m_pendingActions > 0) {
        offline = state == ConnectionState::Connected
                      ? tr("Sending %n queued action(s)…", nullptr, m_pendingActions)
                      //: The link to the server is down and actions wait to be replayed.
                      : tr("Offline — %n action(s) waiting", nullptr, m_pendingActions);
    } else if (state == ConnectionState::Reconnecting) {
        offline = tr("Offline — reconnecting");
    }
    m_offline->setText(offline);
    m_offline->setVisible(!offline.isEmpty());
}

void MainWindow::refreshClock()
{
    m_header->refreshClock();
    refreshComposerState();
}

void MainWindow::reportResult(const QString &what, const ProtocolError &error)
{
    if (error.isNull())
        return;
    //: %1 is what was attempted ("Taking over the conversation"), %2 why it failed.
    statusBar()->showMessage(tr("%1 failed: %2").arg(what, describeError(error)), kStatusMessageMs);
}

QString MainWindow::describeError(const ProtocolError &error) const
{
    if (!error.message.isEmpty())
        return error.message;
    if (error.code == u"forbidden")
        return tr("your role does not allow this");
    if (error.code == u"conflict")
        return tr("the conversation changed meanwhile; look again");
    if (error.code == u"not_found")
        return tr("it no longer exists");
    if (error.code == u"unauthenticated")
        return tr("you are signed out");
    return error.code;
}

void MainWindow::takeOver()
{
    if (const qint64 id = m_store->openConversationId(); id != 0) {
        m_actions->takeOver(id, [this](const ProtocolError &error) {
            reportResult(tr("Taking over the conversation"), error);
        });
    }
}

void MainWindow::handBack()
{
    if (const qint64 id = m_store->openConversationId(); id != 0) {
        m_actions->handBack(id, [this](const ProtocolError &error) {
            reportResult(tr("Handing the conversation back"), error);
        });
    }
}

void MainWindow::assign()
{
    const qint64 id = m_store->openConversationId();
    if (id == 0)
        return;
    QStringList agents;
    const models::PresenceModel *presence = m_store->presence();
    for (int row = 0; row < presence->rowCount(); ++row)
        agents << presence->at(row).username;
    if (!agents.contains(m_store->currentUser()))
        agents.prepend(m_store->currentUser());
    const auto summary = openConversation();
    const int current =
        summary ? std::max(0, static_cast<int>(agents.indexOf(summary->assignedAgent))) : 0;
    bool ok = false;
    const QString agent =
        QInputDialog::getItem(this, tr("Assign the conversation"),
                              tr("Agent (online agents are listed; an empty name unassigns):"),
                              agents, current, true, &ok);
    if (!ok)
        return;
    m_actions->assign(id, agent.trimmed(), [this](const ProtocolError &error) {
        reportResult(tr("Assigning the conversation"), error);
    });
}

void MainWindow::closeConversation()
{
    if (const qint64 id = m_store->openConversationId(); id != 0) {
        m_actions->close(id, [this](const ProtocolError &error) {
            reportResult(tr("Closing the conversation"), error);
        });
    }
}

void MainWindow::reopenConversation()
{
    if (const qint64 id = m_store->openConversationId(); id != 0) {
        m_actions->reopen(id, [this](const ProtocolError &error) {
            reportResult(tr("Reopening the conversation"), error);
        });
    }
}

void MainWindow::showSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    const AgentRole role = m_store->currentRole();
    auto *dialog = new SettingsDialog(role, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCurrentUser(m_store->currentUser());
    m_settingsDialog = dialog;
    QPointer<SettingsDialog> guard = dialog;
    const auto showError = [guard](const ProtocolError &error) {
        if (guard && !error.isNull())
            guard->setError(error.message.isEmpty() ? error.code : error.message);
    };

    connect(
        m_actions, &net::ConsoleActions::settingsLoaded, dialog,
        [dialog](const protocol::UserSettings &user, const protocol::BusinessSettings &business) {
            dialog->setUserSettings(user);
            dialog->setBusinessSettings(business);
        });
    connect(m_actions, &net::ConsoleActions::cannedLoaded, dialog,
            &SettingsDialog::setCannedResponses);
    connect(m_store, &models::ConsoleStore::cannedResponsesChanged, dialog,
            &SettingsDialog::setCannedResponses);
    connect(m_actions, &net::ConsoleActions::usersLoaded, dialog, &SettingsDialog::setUsers);
    connect(m_actions, &net::ConsoleActions::templatesLoaded, dialog,
            [dialog](qint64, const QList<protocol::TemplateInfo> &templates) {
                dialog->setTemplates(templates);
            });

    connect(dialog, &SettingsDialog::userSettingsSaveRequested, this,
            [this](const protocol::UserSettings &settings) {
                m_actions->saveUserSettings(settings, [this](const ProtocolError &error) {
                    reportResult(tr("Saving your settings"), error);
                });
            });
    connect(dialog, &SettingsDialog::businessSettingsSaveRequested, this,
            [this](const protocol::BusinessSettings &settings) {
                m_actions->saveBusinessSettings(settings, [this](const ProtocolError &error) {
                    reportResult(tr("Saving the business settings"), error);
                });
            });
    connect(dialog, &SettingsDialog::cannedSaveRequested, this,
            [this, showError](const protocol::CannedResponse &canned) {
                m_actions->saveCanned(canned, showError);
            });
    connect(dialog, &SettingsDialog::cannedRemoveRequested, this,
            [this, showError](qint64 id) { m_actions->removeCanned(id, showError); });
    const auto reloadUsers = [this, showError](const ProtocolError &error) {
        showError(error);
        m_actions->listUsers();
    };
    connect(dialog, &SettingsDialog::userAddRequested, this,
            [this, reloadUsers](const QString &name, const QString &password, AgentRole newRole) {
                m_actions->addUser(name, password, newRole, reloadUsers);
            });
    connect(dialog, &SettingsDialog::userRoleChangeRequested, this,
            [this, reloadUsers](const QString &name, AgentRole newRole) {
                m_actions->updateUser(name, newRole, std::nullopt, {}, reloadUsers);
            });
    connect(dialog, &SettingsDialog::userDisableRequested, this,
            [this, reloadUsers](const QString &name, bool disabled) {
                m_actions->updateUser(name, std::nullopt, disabled, {}, reloadUsers);
            });
    connect(dialog, &SettingsDialog::userPasswordResetRequested, this,
            [this, showError](const QString &name, const QString &password) {
                m_actions->updateUser(name, std::nullopt, std::nullopt, password, showError);
            });
    if (IntentsPage *intents = dialog->intentsPage()) {
        intents->setModel(m_store->intents());
        const QPointer<IntentsPage> page = intents;
        const auto message = [](const ProtocolError &error) {
            return error.isNull()            ? QString()
                   : error.message.isEmpty() ? error.code
                                             : error.message;
        };
        connect(intents, &IntentsPage::addExamplesRequested, this,
                [this, page, message](const QString &intent, const QString &language,
                                      const QStringList &texts) {
                    const int requested = int(texts.size());
                    m_actions->addIntentExamples(
                        intent, language, texts,
                        [page, message, requested](int added, const ProtocolError &error) {
                            if (page)
                                page->addFinished(added, requested, error.field, message(error));
                        });
                });
        const auto removed = [page, message](int count, const ProtocolError &error) {
            if (page)
                page->removeFinished(count, message(error));
        };
        connect(intents, &IntentsPage::removeExampleRequested, this,
                [this, removed](qint64 id) { m_actions->removeIntentExample(id, removed); });
        connect(
            intents, &IntentsPage::removeIntentRequested, this,
            [this, removed](const QString &intent) { m_actions->removeIntent(intent, removed); });
        m_actions->loadIntents();
    }
    if (KnowledgePage *knowledge = dialog->knowledgePage()) {
        knowledge->setModel(m_store->knowledge());
        const QPointer<KnowledgePage> page = knowledge;
        const auto message = [](const ProtocolError &error) {
            return error.isNull()            ? QString()
                   : error.message.isEmpty() ? error.code
                                             : error.message;
        };
        connect(knowledge, &KnowledgePage::uploadRequested, this,
                [this, page, message](const QString &fileName, const QByteArray &content) {
                    m_actions->uploadKnowledge(
                        fileName, content,
                        [page, message](const net::HubPayloadReader::KnowledgeUpload &upload,
                                        const ProtocolError &error) {
                            if (page)
                                page->uploadFinished(upload.document.sourceName, upload.warnings,
                                                     upload.unchanged, message(error));
                        });
                });
        connect(knowledge, &KnowledgePage::chunksRequested, this,
                [this, page, message](qint64 documentId) {
                    m_actions->loadKnowledgeChunks(
                        documentId, [page, message, documentId](
                                        const net::HubPayloadReader::KnowledgeChunks &chunks,
                                        const ProtocolError &error) {
                            if (page)
                                page->setChunks(documentId, chunks.chunks, message(error));
                        });
                });
        connect(knowledge, &KnowledgePage::removeRequested, this,
                [this, page, message](qint64 documentId) {
                    m_actions->removeKnowledge(documentId, [page, message](const ProtocolError &e) {
                        if (page)
                            page->removeFinished(message(e));
                    });
                });
        connect(knowledge, &KnowledgePage::searchRequested, this,
                [this, page, message](const QString &query, const QString &mode) {
                    m_actions->searchKnowledge(
                        query, mode, 0,
                        [page, message](const net::HubPayloadReader::KnowledgeSearch &search,
                                        const ProtocolError &error) {
                            if (page)
                                page->searchFinished(search.results, search.mode, search.note,
                                                     message(error));
                        });
                });
        m_actions->loadKnowledge();
    }

    if (const auto business = m_store->businessSettings())
        dialog->setBusinessSettings(*business);
    dialog->setCannedResponses(m_store->cannedResponses());
    m_actions->loadSettings();
    if (roleAllows(role, AgentRole::Manager)) {
        m_actions->listCanned();
        if (const qint64 id = m_store->openConversationId(); id != 0)
            m_actions->listTemplates(id);
    }
    if (roleAllows(role, AgentRole::Admin))
        m_actions->listUsers();
    dialog->open();
}

void MainWindow::showDashboard()
{
    if (!m_dashboard) {
        m_dashboard = new DashboardView(this);
        m_dashboard->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dashboard, &DashboardView::refreshRequested, this,
                [this](int days) { m_actions->loadDashboard(days); });
        connect(m_actions, &net::ConsoleActions::dashboardLoaded, m_dashboard,
                &DashboardView::setData);
    }
    m_dashboard->show();
    m_dashboard->raise();
    m_dashboard->activateWindow();
}

void MainWindow::showSandboxCustomer()
{
    if (!m_sandboxClient) {
        m_sandboxClient = new net::SandboxClient(this);
        m_sandboxClient->setServer(m_client->serverUrl());
    }
    if (!m_sandboxWindow) {
        m_sandboxWindow = new SandboxCustomerWindow(m_sandboxClient, this);
        m_sandboxWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_sandboxWindow->show();
    m_sandboxWindow->raise();
    m_sandboxWindow->activateWindow();
}

void MainWindow::showTemplatePicker()
{
    const qint64 id = m_store->openConversationId();
    if (id == 0)
        return;
    auto *dialog = new TemplatePickerDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_actions, &net::ConsoleActions::templatesLoaded, dialog,
            [dialog, id](qint64 conversationId, const QList<protocol::TemplateInfo> &templates) {
                if (conversationId == id)
                    dialog->setTemplates(templates);
            });
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const auto info = dialog->selectedTemplate();
        if (!info)
            return;
        m_actions->sendTemplate(id, info->name, info->language, dialog->headerParameters(),
                                dialog->bodyParameters(), dialog->buttonParameters(),
                                [this](const ProtocolError &error) {
                                    reportResult(tr("Sending the template"), error);
                                });
    });
    dialog->open();
    m_actions->listTemplates(id);
}

} // namespace sportello::console::views
