// SPDX-License-Identifier: LicenseRef-Sportello
// The console's main window: inbox, thread, draft review, composer, customer panel, status bar.
#pragma once

#include <optional>

#include <QMainWindow>
#include <QPointer>
#include <QString>

#include "net/connectionstate.h"
#include "protocol/conversationsummary.h"
#include "protocol/protocolerror.h"

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTimer;
class QToolBar;

namespace sportello::console {
class ConnectionIndicator;
class NotConnectedPage;
} // namespace sportello::console

namespace sportello::console::models {
class ConsoleStore;
} // namespace sportello::console::models

namespace sportello::console::net {
class ConsoleActions;
class HubClient;
class SandboxClient;
} // namespace sportello::console::net

namespace sportello::console::views {

class Composer;
class ConversationHeader;
class CustomerPanel;
class DashboardView;
class DraftReviewPanel;
class InboxPanel;
class SandboxCustomerWindow;
class SettingsDialog;
class ThreadView;
class TrayNotifier;

// Renders the store and forwards intents to ConsoleActions; it keeps no conversation state of
// its own. Until someone is signed in (the store has a current user) it shows the
// NotConnectedPage; afterwards the three-column workspace:
//   left   InboxPanel (queues with counts, search, conversation list)
//   centre ConversationHeader, ThreadView, DraftReviewPanel (when a draft is pending), Composer
//   right  CustomerPanel
// The connection state and queued offline actions are always in the status bar.
// Keyboard: Ctrl+1…5 queues, Ctrl+Up/Down conversations, Ctrl+K search, Ctrl+Enter send,
// Ctrl+Shift+A/E/R draft approve/edit/reject.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(models::ConsoleStore *store, net::ConsoleActions *actions, net::HubClient *client,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    ConnectionState connectionState() const;
    // The server and user given on the command line, shown on the not-connected page.
    void setRequestedServer(const QString &address, const QString &user);

    bool isWorkspaceShown() const;
    // "Offline — 2 actions waiting", empty when nothing waits.
    QString offlineText() const;

    InboxPanel *inbox() const { return m_inbox; }
    ConversationHeader *conversationHeader() const { return m_header; }
    ThreadView *threadView() const { return m_thread; }
    DraftReviewPanel *draftPanel() const { return m_draftPanel; }
    Composer *composer() const { return m_composer; }
    CustomerPanel *customerPanel() const { return m_customer; }
    TrayNotifier *trayNotifier() const { return m_tray; }

public Q_SLOTS:
    void takeOver();
    void handBack();
    void assign();
    void closeConversation();
    void reopenConversation();
    void showSettings();
    void showDashboard();
    void showSandboxCustomer();
    void showTemplatePicker();

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    QWidget *createWorkspace();
    void wireStore();
    void wireClient();
    void wireWidgets();
    void retranslateUi();

    void showWorkspace(bool shown);
    void refreshOpenConversation();
    void refreshDraft();
    void refreshNotes();
    void refreshPresence();
    void refreshComposerState();
    void refreshActions();
    void refreshConnection();
    void refreshClock();

    std::optional<protocol::ConversationSummary> openConversation() const;
    // The outcome of a conversation action: nothing on success, the reason in the status bar.
    void reportResult(const QString &what, const protocol::ProtocolError &error);
    QString describeError(const protocol::ProtocolError &error) const;

    models::ConsoleStore *m_store = nullptr;
    net::ConsoleActions *m_actions = nullptr;
    net::HubClient *m_client = nullptr;

    QString m_serverAddress;
    QString m_serverUser;

    QStackedWidget *m_pages = nullptr;
    NotConnectedPage *m_notConnectedPage = nullptr;
    QWidget *m_workspace = nullptr;
    QSplitter *m_splitter = nullptr;
    InboxPanel *m_inbox = nullptr;
    QStackedWidget *m_centre = nullptr;
    QLabel *m_noConversation = nullptr;
    ConversationHeader *m_header = nullptr;
    ThreadView *m_thread = nullptr;
    DraftReviewPanel *m_draftPanel = nullptr;
    Composer *m_composer = nullptr;
    CustomerPanel *m_customer = nullptr;
    TrayNotifier *m_tray = nullptr;

    ConnectionIndicator *m_connectionIndicator = nullptr;
    QLabel *m_offline = nullptr;
    QLabel *m_statusText = nullptr;
    QTimer *m_clock = nullptr;

    QToolBar *m_toolBar = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_conversationMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_takeOverAction = nullptr;
    QAction *m_handBackAction = nullptr;
    QAction *m_assignAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_reopenAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_dashboardAction = nullptr;
    QAction *m_sandboxAction = nullptr;
    QList<QAction *> m_queueActions;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;

    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<DashboardView> m_dashboard;
    QPointer<SandboxCustomerWindow> m_sandboxWindow;
    net::SandboxClient *m_sandboxClient = nullptr;
    int m_pendingActions = 0;
};

} // namespace sportello::console::views
