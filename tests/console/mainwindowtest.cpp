// SPDX-License-Identifier: LicenseRef-Sportello
// The main window: not connected until someone signs in, then the inbox, thread, draft review,
// composer and customer panel wired to the hub; plus translations, server addresses and the
// command line.
#include "views/mainwindow.h"

#include <ostream>

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTranslator>

#include "app/consoleoptions.h"
#include "app/translationmanager.h"
#include "clienttestsupport.h"
#include "models/consolestore.h"
#include "models/conversationlistmodel.h"
#include "models/draftlistmodel.h"
#include "models/threadmodel.h"
#include "net/connectionstate.h"
#include "net/consoleactions.h"
#include "net/hubclient.h"
#include "net/serverendpoint.h"
#include "protocol/payloadcodec.h"
#include "support/waitfor.h"
#include "viewfakehub.h"
#include "views/composer.h"
#include "views/connectionindicator.h"
#include "views/conversationheader.h"
#include "views/customerpanel.h"
#include "views/draftreviewpanel.h"
#include "views/inboxpanel.h"
#include "views/notconnectedpage.h"
#include "views/threadview.h"
#include "viewtestsupport.h"

using namespace sportello;
using namespace sportello::console;
using console::test::child;
using sportello::test::waitFor;
using views::MainWindow;

// Readable QStrings in GoogleTest failure messages (found by argument-dependent lookup).
void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}

namespace {

// QCoreApplication::installTranslator posts QEvent::LanguageChange to the top-level widgets.
void deliverLanguageChange()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
}

QString menuTitle(const QWidget &window, const char *objectName)
{
    const auto *menu = window.findChild<QMenu *>(QString::fromLatin1(objectName));
    return menu ? menu->title() : QStringLiteral("(no menu %1)").arg(QLatin1StringView(objectName));
}

QString labelText(const QWidget &parent, const char *objectName)
{
    const auto *label = parent.findChild<QLabel *>(QString::fromLatin1(objectName));
    return label ? label->text()
                 : QStringLiteral("(no label %1)").arg(QLatin1StringView(objectName));
}

class ConsoleTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        console::test::ensureViewsApplication();
        QCoreApplication::setApplicationName(QStringLiteral("sportello-console"));
        QCoreApplication::setApplicationVersion(QStringLiteral(SPORTELLO_VERSION));
    }
};

// The parts of the console a window needs, never connected to anything.
struct Console
{
    net::HubClient client;
    models::ConsoleStore store;
    net::ConsoleActions actions{&client, &store};
    MainWindow window{&store, &actions, &client};
};

// The same, signed in to a fake hub serving the sample inbox.
class ConnectedConsole
{
public:
    ConnectedConsole()
        : hub(console::test::sampleInbox(QDateTime::currentMSecsSinceEpoch()))
    {
        window.resize(1400, 900);
        window.show();
        client.connectToServer(hub.url());
        client.login(QStringLiteral("giulia"), QStringLiteral("a password"));
    }

    bool ready()
    {
        return waitFor([this] {
            return window.isWorkspaceShown() && store.conversations()->rowCount() == 10 &&
                   client.state() == ConnectionState::Connected;
        });
    }

    // Opens a conversation the way an agent does: by clicking its row.
    bool open(qint64 id)
    {
        auto *inbox = window.inbox();
        if (!inbox->selectConversation(id)) {
            inbox->setQueue(InboxQueue::Open);
            if (!inbox->selectConversation(id))
                return false;
        }
        const QModelIndex index = inbox->listView()->currentIndex();
        inbox->listView()->selectionModel()->clearCurrentIndex();
        console::test::mouseClick(inbox->listView()->viewport(),
                                  inbox->listView()->visualRect(index).center());
        return waitFor([this, id] {
            return store.openConversationId() == id && store.thread()->rowCount() > 0;
        });
    }

    console::test::ViewFakeHub hub;
    net::HubClient client;
    models::ConsoleStore store;
    net::ConsoleActions actions{&client, &store};
    MainWindow window{&store, &actions, &client};
};

using MainWindowTest = ConsoleTest;
using TranslationTest = ConsoleTest;
using ServerEndpointTest = ConsoleTest;
using ConsoleOptionsTest = ConsoleTest;

} // namespace

TEST_F(MainWindowTest, StatusBarSaysNotConnected)
{
    Console console;
    console.window.show();

    const auto *indicator = console.window.statusBar()->findChild<ConnectionIndicator *>(
        QStringLiteral("connectionIndicator"));
    ASSERT_NE(indicator, nullptr);
    EXPECT_TRUE(indicator->isVisibleTo(&console.window));
    EXPECT_EQ(console.window.connectionState(), ConnectionState::Disconnected);
    EXPECT_EQ(indicator->text(), QStringLiteral("Not connected"));
    EXPECT_EQ(labelText(console.window, "statusText"), QStringLiteral("No server configured"));
    EXPECT_TRUE(console.window.offlineText().isEmpty());
}

TEST_F(MainWindowTest, CentralPageExplainsHowToStartAServer)
{
    Console console;
    EXPECT_FALSE(console.window.isWorkspaceShown());
    const auto *page = console.window.findChild<NotConnectedPage *>();
    ASSERT_NE(page, nullptr);
    EXPECT_TRUE(page->isVisibleTo(&console.window));
    EXPECT_EQ(labelText(*page, "notConnectedTitle"), QStringLiteral("Not connected to a server"));
    EXPECT_EQ(labelText(*page, "startServerCommand"), QStringLiteral("bash scripts/run.sh"));
    EXPECT_EQ(console.window.windowTitle(), QStringLiteral("Sportello Console"));
    EXPECT_EQ(menuTitle(console.window, "fileMenu"), QStringLiteral("&File"));
    EXPECT_EQ(menuTitle(console.window, "helpMenu"), QStringLiteral("&Help"));
}

TEST_F(MainWindowTest, RequestedServerIsShownAsRememberedNotConnected)
{
    Console console;
    console.window.setRequestedServer(QStringLiteral("https://sportello.example.com"),
                                      QStringLiteral("giulia"));
    console.window.show();
    EXPECT_EQ(console.window.connectionState(), ConnectionState::Disconnected);
    const QString status = labelText(console.window, "statusText");
    EXPECT_TRUE(status.contains(QStringLiteral("https://sportello.example.com"))) << status;
    const auto *page = console.window.findChild<NotConnectedPage *>();
    ASSERT_NE(page, nullptr);
    const QString line = labelText(*page, "requestedServer");
    EXPECT_TRUE(line.contains(QStringLiteral("giulia"))) << line;
}

TEST_F(MainWindowTest, QueuesShowTheRightRowsAndLiveCounts)
{
    Console console;
    MainWindow &window = console.window;
    window.show();
    const auto inbox = console::test::sampleInbox(QDateTime::currentMSecsSinceEpoch());
    console::test::fillStore(console.store, inbox);
    ASSERT_TRUE(window.isWorkspaceShown());
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Sportello Console — giulia"));

    views::InboxPanel *panel = window.inbox();
    EXPECT_EQ(panel->queueText(InboxQueue::NeedsReview), QStringLiteral("Needs review 2"));
    EXPECT_EQ(panel->queueText(InboxQueue::Escalated), QStringLiteral("Escalated 3"));
    EXPECT_EQ(panel->queueText(InboxQueue::Mine), QStringLiteral("Mine 2"));
    EXPECT_EQ(panel->queueText(InboxQueue::Open), QStringLiteral("All open 9"));
    EXPECT_EQ(panel->queueText(InboxQueue::Closed), QStringLiteral("Closed 1"));

    // Ctrl+1…5 pick the queues.
    const struct
    {
        const char *action;
        InboxQueue queue;
        int rows;
    } queues[] = {{"queueAction1", InboxQueue::NeedsReview, 2},
                  {"queueAction2", InboxQueue::Escalated, 3},
                  {"queueAction3", InboxQueue::Mine, 2},
                  {"queueAction4", InboxQueue::Open, 9},
                  {"queueAction5", InboxQueue::Closed, 1}};
    for (const auto &row : queues) {
        SCOPED_TRACE(row.action);
        auto *action = window.findChild<QAction *>(QString::fromLatin1(row.action));
        ASSERT_NE(action, nullptr);
        EXPECT_EQ(action->shortcut().toString(),
                  QStringLiteral("Ctrl+%1").arg(row.action[11] - '0'));
        action->trigger();
        EXPECT_EQ(panel->queue(), row.queue);
        EXPECT_EQ(panel->listView()->model()->rowCount(), row.rows);
    }

    // A counts event updates the label at once.
    protocol::QueueCounts counts = console.store.counts();
    counts.escalated = 4;
    console.store.applyEvent(
        console::test::event(QStringLiteral("counts"), protocol::PayloadCodec::toJson(counts), 1));
    EXPECT_EQ(panel->queueText(InboxQueue::Escalated), QStringLiteral("Escalated 4"));

    // Ctrl+K goes to the search box.
    window.activateWindow();
    window.findChild<QAction *>(QStringLiteral("searchAction"))->trigger();
    EXPECT_TRUE(window.findChild<QLineEdit *>(QStringLiteral("searchField"))->hasFocus() ||
                QApplication::focusWidget() == nullptr);
}

TEST_F(MainWindowTest, TheOpenConversationFillsEveryPanel)
{
    Console console;
    MainWindow &window = console.window;
    window.show();
    const auto inbox = console::test::sampleInbox(QDateTime::currentMSecsSinceEpoch());
    console::test::fillStore(console.store, inbox);
    console::test::processEvents();

    EXPECT_EQ(window.threadView()->model()->rowCount(), inbox.thread.size());
    EXPECT_EQ(window.conversationHeader()->windowText(),
              QStringLiteral("window closes in 3 h 12 min"));
    EXPECT_EQ(window.conversationHeader()->presenceText(), QStringLiteral("marco viewing"));
    EXPECT_TRUE(window.draftPanel()->isVisibleTo(&window));
    EXPECT_EQ(window.draftPanel()->draft()->id, 501);
    EXPECT_EQ(window.customerPanel()->noteCount(), 1);
    EXPECT_TRUE(window.composer()->lockReason().isEmpty());
    EXPECT_EQ(window.inbox()->selectedConversation(), 1);

    auto *takeOver = window.findChild<QAction *>(QStringLiteral("takeOverAction"));
    auto *handBack = window.findChild<QAction *>(QStringLiteral("handBackAction"));
    auto *reopen = window.findChild<QAction *>(QStringLiteral("reopenConversationAction"));
    EXPECT_TRUE(takeOver->isEnabled());
    EXPECT_TRUE(handBack->isEnabled());
    EXPECT_FALSE(reopen->isVisible());

    // Another conversation, outside its window: the composer offers a template instead.
    auto chiara = inbox.conversations.at(7);
    console.store.applyOpenedConversation(chiara, {inbox.thread.first()}, {});
    EXPECT_EQ(window.conversationHeader()->windowText(), QStringLiteral("window closed"));
    EXPECT_FALSE(window.draftPanel()->isVisibleTo(&window));
    EXPECT_TRUE(window.composer()->lockReason().contains(QStringLiteral("24-hour window")));
    EXPECT_EQ(window.findChild<QPushButton *>(QStringLiteral("sendButton"))->text(),
              QStringLiteral("Send template…"));
    EXPECT_FALSE(takeOver->isEnabled()) << "already giulia's";

    // A closed one: reopen instead of close, and no typing.
    console.store.applyOpenedConversation(inbox.conversations.at(8), {inbox.thread.first()}, {});
    EXPECT_TRUE(reopen->isVisible());
    EXPECT_TRUE(window.composer()->lockReason().contains(QStringLiteral("closed")));
}

TEST_F(MainWindowTest, OfflineActionsWaitInTheStatusBar)
{
    Console console;
    MainWindow &window = console.window;
    window.show();
    console::test::fillStore(console.store,
                             console::test::sampleInbox(QDateTime::currentMSecsSinceEpoch()));
    // A server that is not there: the client keeps trying, and queues what the agent does.
    console.client.setReconnectPolicy(
        net::ReconnectPolicy(std::chrono::seconds(60), std::chrono::seconds(60)));
    console.client.connectToServer(QUrl(QStringLiteral("http://127.0.0.1:9")));
    console::test::SignalLog pending(&console.client, &net::HubClient::pendingActionsChanged);
    const int before = console.client.pendingActions();

    window.draftPanel()->findChild<QPushButton *>(QStringLiteral("approveDraftButton"))->click();
    ASSERT_TRUE(waitFor([&] { return console.client.pendingActions() == before + 1; }));
    EXPECT_GE(pending.count(), 1);
    EXPECT_EQ(pending.lastArg<0>(), before + 1);
    EXPECT_TRUE(window.draftPanel()->isBusy());
    ASSERT_TRUE(waitFor([&] { return !window.offlineText().isEmpty(); }));
    EXPECT_TRUE(window.offlineText().startsWith(QStringLiteral("Offline — ")))
        << window.offlineText();
    EXPECT_TRUE(window.offlineText().contains(QString::number(before + 1))) << window.offlineText();

    window.findChild<QAction *>(QStringLiteral("takeOverAction"))->trigger();
    EXPECT_TRUE(waitFor([&] { return console.client.pendingActions() == before + 2; }));
}

TEST_F(MainWindowTest, SelectingAConversationOpensItFromTheHub)
{
    ConnectedConsole console;
    ASSERT_TRUE(console.ready());
    EXPECT_EQ(console.window.connectionState(), ConnectionState::Connected);
    EXPECT_EQ(console.window.inbox()->queueText(InboxQueue::Escalated),
              QStringLiteral("Escalated 3"));
    EXPECT_TRUE(console.window.findChild<QAction *>(QStringLiteral("sandboxAction"))->isVisible())
        << "a sandbox server offers the customer window";
    EXPECT_TRUE(console.window.findChild<QAction *>(QStringLiteral("dashboardAction"))->isVisible())
        << "giulia is a manager";

    ASSERT_TRUE(console.open(2));
    ASSERT_EQ(console.hub.requests(QStringLiteral("conversation.open")).size(), 1);
    EXPECT_EQ(console.hub.requests(QStringLiteral("conversation.open"))
                  .first()
                  .data.value(QStringLiteral("conversation_id"))
                  .toInteger(),
              2);
    EXPECT_TRUE(console.window.conversationHeader()->titleText().startsWith(
        QStringLiteral("Marco Bianchi")));
    EXPECT_EQ(console.window.threadView()->model()->rowCount(), 1);
    EXPECT_FALSE(console.window.draftPanel()->isVisibleTo(&console.window));

    ASSERT_TRUE(console.open(1));
    EXPECT_EQ(console.window.threadView()->model()->rowCount(),
              console::test::sampleInbox(0).thread.size());
    EXPECT_TRUE(console.window.draftPanel()->isVisibleTo(&console.window));
    // The canned replies loaded at sign-in are in the composer.
    EXPECT_TRUE(waitFor([&] { return console.window.composer()->cannedResponses().size() == 1; }));
}

TEST_F(MainWindowTest, DraftButtonsAndConversationActionsReachTheHub)
{
    ConnectedConsole console;
    ASSERT_TRUE(console.ready());
    ASSERT_TRUE(console.open(1));
    views::DraftReviewPanel *panel = console.window.draftPanel();
    ASSERT_TRUE(panel->isVisibleTo(&console.window));

    panel->findChild<QPushButton *>(QStringLiteral("approveDraftButton"))->click();
    ASSERT_TRUE(
        waitFor([&] { return console.hub.requests(QStringLiteral("draft.approve")).size() == 1; }));
    EXPECT_EQ(console.hub.requests(QStringLiteral("draft.approve"))
                  .first()
                  .data.value(QStringLiteral("draft_id"))
                  .toInteger(),
              501);
    ASSERT_TRUE(waitFor([&] { return !panel->isBusy(); })) << "the reply ends the busy state";

    auto *edit = panel->findChild<QPushButton *>(QStringLiteral("editDraftButton"));
    edit->click();
    panel->findChild<QPlainTextEdit *>(QStringLiteral("draftText"))
        ->setPlainText(QStringLiteral("Costa 250 €, lo facciamo giovedì dopo la pulizia."));
    edit->click();
    ASSERT_TRUE(waitFor(
        [&] { return console.hub.requests(QStringLiteral("draft.edit_send")).size() == 1; }));
    EXPECT_EQ(console.hub.requests(QStringLiteral("draft.edit_send"))
                  .first()
                  .data.value(QStringLiteral("text"))
                  .toString(),
              QStringLiteral("Costa 250 €, lo facciamo giovedì dopo la pulizia."));
    ASSERT_TRUE(waitFor([&] { return !panel->isBusy(); }));

    panel->findChild<QPushButton *>(QStringLiteral("rejectDraftButton"))->click();
    ASSERT_TRUE(
        waitFor([&] { return console.hub.requests(QStringLiteral("draft.reject")).size() == 1; }));

    // Take over, hand back, close from the toolbar; a reply from the composer.
    console.window.findChild<QAction *>(QStringLiteral("takeOverAction"))->trigger();
    ASSERT_TRUE(waitFor([&] {
        return console.hub.requests(QStringLiteral("conversation.take_over")).size() == 1;
    }));
    // The hub's reply (owner human, assigned to giulia) is applied to the store.
    ASSERT_TRUE(waitFor(
        [&] { return console.store.conversation(1)->assignedAgent == QStringLiteral("giulia"); }));
    EXPECT_FALSE(
        console.window.findChild<QAction *>(QStringLiteral("takeOverAction"))->isEnabled());
    console.window.findChild<QAction *>(QStringLiteral("handBackAction"))->trigger();
    console.window.findChild<QAction *>(QStringLiteral("closeConversationAction"))->trigger();
    ASSERT_TRUE(waitFor([&] {
        return console.hub.requests(QStringLiteral("conversation.hand_back")).size() == 1 &&
               console.hub.requests(QStringLiteral("conversation.close")).size() == 1;
    }));

    console.window.composer()->setText(QStringLiteral("A giovedì!"));
    console::test::keyClick(
        console.window.findChild<QPlainTextEdit *>(QStringLiteral("composerEditor")),
        Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(
        waitFor([&] { return console.hub.requests(QStringLiteral("message.send")).size() == 1; }));
    EXPECT_EQ(console.hub.requests(QStringLiteral("message.send"))
                  .first()
                  .data.value(QStringLiteral("text"))
                  .toString(),
              QStringLiteral("A giovedì!"));
    EXPECT_TRUE(console.window.composer()->text().isEmpty());

    // Labels and notes from the customer panel.
    auto *labelField = console.window.findChild<QLineEdit *>(QStringLiteral("labelField"));
    labelField->setText(QStringLiteral("urgente"));
    console::test::keyClick(labelField, Qt::Key_Return);
    ASSERT_TRUE(waitFor(
        [&] { return console.hub.requests(QStringLiteral("conversation.label")).size() == 1; }));
    EXPECT_EQ(console.hub.requests(QStringLiteral("conversation.label"))
                  .first()
                  .data.value(QStringLiteral("add"))
                  .toArray()
                  .first()
                  .toString(),
              QStringLiteral("urgente"));
}

TEST_F(TranslationTest, EveryLanguageIsCompiledIntoTheResources)
{
    for (const QString &language : TranslationManager::supportedLanguages()) {
        SCOPED_TRACE(language.toStdString());
        QTranslator translator;
        ASSERT_TRUE(translator.load(QStringLiteral(":/i18n/console_%1.qm").arg(language)));
        const QString text = translator.translate("ConnectionState", "Not connected");
        EXPECT_FALSE(text.isEmpty());
        if (language == u"en")
            EXPECT_EQ(text, QStringLiteral("Not connected"));
        else
            EXPECT_NE(text, QStringLiteral("Not connected"));
        // Every context is present, not just the first one lupdate wrote.
        EXPECT_FALSE(
            translator
                .translate("sportello::console::NotConnectedPage", "Not connected to a server")
                .isEmpty());
        EXPECT_FALSE(
            translator.translate("ServerEndpoint", "The address “%1” has no host name.").isEmpty());
    }
}

TEST_F(TranslationTest, InstallingTheItalianQmRetranslatesTheOpenWindow)
{
    Console console;
    console.window.show();
    const auto *indicator = console.window.findChild<ConnectionIndicator *>();
    ASSERT_NE(indicator, nullptr);
    ASSERT_EQ(indicator->text(), QStringLiteral("Not connected"));

    QTranslator italian;
    ASSERT_TRUE(italian.load(QStringLiteral(":/i18n/console_it.qm")));
    QCoreApplication::installTranslator(&italian);
    deliverLanguageChange();

    EXPECT_EQ(indicator->text(), QStringLiteral("Non connesso"));
    EXPECT_EQ(labelText(console.window, "notConnectedTitle"),
              QStringLiteral("Non connesso a un server"));

    QCoreApplication::removeTranslator(&italian);
    deliverLanguageChange();
    EXPECT_EQ(indicator->text(), QStringLiteral("Not connected"));
    EXPECT_EQ(console.window.windowTitle(), QStringLiteral("Sportello Console"));
}

TEST_F(TranslationTest, ManagerSwitchesLanguagesAndRefusesUnknownOnes)
{
    Console console;
    console.window.show();
    const auto *indicator = console.window.findChild<ConnectionIndicator *>();
    ASSERT_NE(indicator, nullptr);

    const struct
    {
        const char *language;
        const char *notConnected;
        const char *title;
    } rows[] = {
        {"de", "Nicht verbunden", "Nicht mit einem Server verbunden"},
        {"fr", "Non connecté", "Non connecté à un serveur"},
        {"es", "Sin conexión", "Sin conexión a un servidor"},
        {"it", "Non connesso", "Non connesso a un server"},
        {"en", "Not connected", "Not connected to a server"},
    };
    TranslationManager translations;
    for (const auto &row : rows) {
        SCOPED_TRACE(row.language);
        ASSERT_TRUE(translations.setLanguage(QString::fromLatin1(row.language)));
        deliverLanguageChange();
        EXPECT_EQ(translations.language(), QString::fromLatin1(row.language));
        EXPECT_EQ(indicator->text(), QString::fromUtf8(row.notConnected));
        EXPECT_EQ(labelText(console.window, "notConnectedTitle"), QString::fromUtf8(row.title));
    }
    EXPECT_FALSE(translations.setLanguage(QStringLiteral("pt")));
    EXPECT_EQ(translations.language(), QStringLiteral("en"));
}

TEST_F(TranslationTest, SystemLocalePicksTheFirstSupportedLanguage)
{
    EXPECT_EQ(TranslationManager::languageForLocale(QLocale(QLocale::Italian, QLocale::Italy)),
              QStringLiteral("it"));
    EXPECT_EQ(TranslationManager::languageForLocale(QLocale(QLocale::German, QLocale::Switzerland)),
              QStringLiteral("de"));
    EXPECT_EQ(TranslationManager::languageForLocale(QLocale(QLocale::Spanish, QLocale::Mexico)),
              QStringLiteral("es"));
    EXPECT_EQ(TranslationManager::languageForLocale(QLocale(QLocale::French, QLocale::Canada)),
              QStringLiteral("fr"));
    EXPECT_EQ(TranslationManager::languageForLocale(QLocale(QLocale::Japanese, QLocale::Japan)),
              QStringLiteral("en"));
}

TEST_F(TranslationTest, ScreenshotOfTheNotConnectedWindow)
{
    // Written next to the test binary (build/bin) so a human can look at it.
    const QDir folder(QCoreApplication::applicationDirPath());
    for (const char *language : {"en", "it"}) {
        TranslationManager translations;
        ASSERT_TRUE(translations.setLanguage(QString::fromLatin1(language)));
        Console console;
        console.window.setRequestedServer(QStringLiteral("https://sportello.example.com"),
                                          QStringLiteral("giulia"));
        console.window.resize(900, 600);
        console.window.show();
        deliverLanguageChange();
        const QPixmap shot = console.window.grab();
        ASSERT_FALSE(shot.isNull());
        const QString path = folder.filePath(
            QStringLiteral("console-mainwindow-%1.png").arg(QLatin1StringView(language)));
        EXPECT_TRUE(shot.save(path)) << path.toStdString();
    }
}

namespace {
struct BadAddress
{
    const char *input;
    const char *mentions; // a part of the English error that names the problem
};

void PrintTo(const BadAddress &row, std::ostream *out)
{
    *out << '"' << row.input << '"';
}

class ServerEndpointRejects : public ConsoleTest, public ::testing::WithParamInterface<BadAddress>
{
};
} // namespace

TEST_P(ServerEndpointRejects, NamingTheProblem)
{
    const auto result = ServerEndpoint::fromUserInput(QString::fromUtf8(GetParam().input));
    const auto *error = std::get_if<QString>(&result);
    ASSERT_NE(error, nullptr) << "accepted";
    EXPECT_TRUE(error->contains(QString::fromUtf8(GetParam().mentions))) << error->toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Table, ServerEndpointRejects,
    ::testing::Values(
        BadAddress{"", "Enter the server address"}, BadAddress{"   ", "Enter the server address"},
        BadAddress{"sportello.example.com", "start it with http://"},
        BadAddress{"localhost:8080", "start it with http://"},
        BadAddress{"ftp://sportello.example.com", "scheme “ftp” is not supported"},
        BadAddress{"https://", "has no host name"},
        BadAddress{"wss://:8443/hub", "has no host name"},
        BadAddress{"https://sportello.example.com:99999", "port “99999”"},
        BadAddress{"https://sportello.example.com:0", "port “0”"},
        BadAddress{"http://sportello.example.com:http", "port “http”"},
        BadAddress{"http://sportello.example.com:/", "port is missing"},
        BadAddress{"https://agent:secret@sportello.example.com", "user name or password"},
        BadAddress{"https://sportello example.com", "host name “sportello example.com”"},
        BadAddress{"https://sportello.example.com/?token=1", "query"},
        BadAddress{"https://sportello.example.com/#top", "fragment"}));

TEST_F(ServerEndpointTest, AcceptsAndNormalisesGoodAddresses)
{
    const struct
    {
        const char *input;
        const char *url;
        int port;
        bool encrypted;
    } rows[] = {
        {"https://Sportello.Example.com/", "https://sportello.example.com", 443, true},
        {"  ws://127.0.0.1:8080  ", "ws://127.0.0.1:8080", 8080, false},
        {"HTTP://localhost:8080", "http://localhost:8080", 8080, false},
        {"wss://hub.example.com/sportello/", "wss://hub.example.com/sportello", 443, true},
        {"http://[::1]:9000", "http://[::1]:9000", 9000, false},
        {"http://sportello.local", "http://sportello.local", 80, false},
    };
    for (const auto &row : rows) {
        SCOPED_TRACE(row.input);
        const auto result = ServerEndpoint::fromUserInput(QString::fromUtf8(row.input));
        const auto *endpoint = std::get_if<ServerEndpoint>(&result);
        ASSERT_NE(endpoint, nullptr) << std::get<QString>(result).toStdString();
        EXPECT_EQ(endpoint->url().toString(), QString::fromUtf8(row.url));
        EXPECT_EQ(endpoint->port(), row.port);
        EXPECT_EQ(endpoint->isEncrypted(), row.encrypted);
    }
}

TEST_F(ServerEndpointTest, ErrorsFollowTheLanguage)
{
    TranslationManager translations;
    ASSERT_TRUE(translations.setLanguage(QStringLiteral("it")));
    const auto result = ServerEndpoint::fromUserInput(QStringLiteral("https://example.com:70000"));
    ASSERT_TRUE(std::holds_alternative<QString>(result));
    EXPECT_EQ(std::get<QString>(result),
              QStringLiteral("La porta “70000” non è un numero da 1 a 65535."));
}

TEST_F(ConsoleOptionsTest, AcceptsServerUserAndPasswordFromStdin)
{
    const auto options = ConsoleOptions::parse(
        {QStringLiteral("sportello-console"), QStringLiteral("--server"),
         QStringLiteral("https://sportello.example.com"), QStringLiteral("--user=giulia"),
         QStringLiteral("--password-stdin"), QStringLiteral("--lang"), QStringLiteral("DE")});
    ASSERT_EQ(options.action, ConsoleOptions::Action::Run) << options.message.toStdString();
    ASSERT_TRUE(options.server.has_value());
    EXPECT_EQ(options.server->displayText(), QStringLiteral("https://sportello.example.com"));
    EXPECT_EQ(options.user, QStringLiteral("giulia"));
    EXPECT_TRUE(options.passwordFromStdin);
    EXPECT_EQ(options.language, QStringLiteral("de"));
}

TEST_F(ConsoleOptionsTest, RefusesWhatCannotWork)
{
    const struct
    {
        QStringList arguments;
        const char *mentions;
    } rows[] = {
        {{QStringLiteral("--server"), QStringLiteral("sportello.example.com")}, "--server:"},
        {{QStringLiteral("--lang"), QStringLiteral("pt")}, "“pt” is not available"},
        {{QStringLiteral("--password-stdin")}, "needs --user"},
        {{QStringLiteral("--user"), QStringLiteral(" ")}, "user name is empty"},
        {{QStringLiteral("extra")}, "Unexpected argument “extra”"},
        {{QStringLiteral("--colour")}, "colour"},
    };
    for (const auto &row : rows) {
        SCOPED_TRACE(row.arguments.join(u' ').toStdString());
        const auto options =
            ConsoleOptions::parse(QStringList{QStringLiteral("sportello-console")} + row.arguments);
        EXPECT_EQ(options.action, ConsoleOptions::Action::Fail);
        EXPECT_TRUE(options.message.contains(QString::fromUtf8(row.mentions)))
            << options.message.toStdString();
    }
}

TEST_F(ConsoleOptionsTest, HelpVersionAndEarlyLanguage)
{
    const auto help =
        ConsoleOptions::parse({QStringLiteral("sportello-console"), QStringLiteral("--help")});
    EXPECT_EQ(help.action, ConsoleOptions::Action::ShowHelp);
    EXPECT_TRUE(help.message.contains(QStringLiteral("--password-stdin")));
    const auto version =
        ConsoleOptions::parse({QStringLiteral("sportello-console"), QStringLiteral("--version")});
    EXPECT_EQ(version.action, ConsoleOptions::Action::ShowVersion);
    EXPECT_TRUE(version.message.contains(QStringLiteral(SPORTELLO_VERSION)));

    EXPECT_EQ(ConsoleOptions::requestedLanguage(
                  {QStringLiteral("c"), QStringLiteral("--lang"), QStringLiteral("fr")}),
              QStringLiteral("fr"));
    EXPECT_EQ(ConsoleOptions::requestedLanguage({QStringLiteral("c"), QStringLiteral("--lang=es")}),
              QStringLiteral("es"));
    EXPECT_EQ(ConsoleOptions::requestedLanguage({QStringLiteral("c"), QStringLiteral("--user=x")}),
              QString());
}
