// SPDX-License-Identifier: LicenseRef-Sportello
// Console skeleton: the main window says it is not connected, follows the language, and
// server addresses typed by users are checked.
#include "views/mainwindow.h"

#include <ostream>

#include <gtest/gtest.h>

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTranslator>

#include "app/consoleoptions.h"
#include "app/translationmanager.h"
#include "net/connectionstate.h"
#include "net/serverendpoint.h"
#include "views/connectionindicator.h"
#include "views/notconnectedpage.h"

using namespace sportello::console;

// Readable QStrings in GoogleTest failure messages (found by argument-dependent lookup).
void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}

namespace {

// gtest_main owns main(), so the QApplication is created on first use and deliberately never
// destroyed (tearing down a GUI application during static destruction is not safe).
QApplication *ensureApplication()
{
    if (auto *existing = qobject_cast<QApplication *>(QCoreApplication::instance()))
        return existing;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // CTest sets it; this covers manual runs
    static int argc = 1;
    static char name[] = "test_console";
    static char *argv[] = {name, nullptr};
    static QApplication *app = new QApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sportello-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SPORTELLO_VERSION));
    return app;
}

// QCoreApplication::installTranslator posts QEvent::LanguageChange to the top-level widgets.
void deliverLanguageChange()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
}

QString menuTitle(const MainWindow &window, const char *objectName)
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
    static void SetUpTestSuite() { ensureApplication(); }
};

using MainWindowTest = ConsoleTest;
using TranslationTest = ConsoleTest;
using ServerEndpointTest = ConsoleTest;
using ConsoleOptionsTest = ConsoleTest;

} // namespace

TEST_F(MainWindowTest, StatusBarSaysNotConnected)
{
    MainWindow window;
    window.show();

    const auto *indicator =
        window.statusBar()->findChild<ConnectionIndicator *>(QStringLiteral("connectionIndicator"));
    ASSERT_NE(indicator, nullptr);
    EXPECT_TRUE(indicator->isVisibleTo(&window));
    EXPECT_EQ(window.connectionState(), ConnectionState::Disconnected);
    EXPECT_EQ(indicator->text(), QStringLiteral("Not connected"));
    EXPECT_EQ(indicator->text(), connectionStateText(ConnectionState::Disconnected));
    EXPECT_EQ(labelText(window, "statusText"), QStringLiteral("No server configured"));
}

TEST_F(MainWindowTest, CentralPageExplainsHowToStartAServer)
{
    MainWindow window;
    const auto *page = qobject_cast<NotConnectedPage *>(window.centralWidget());
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(labelText(*page, "notConnectedTitle"), QStringLiteral("Not connected to a server"));
    EXPECT_EQ(labelText(*page, "startServerCommand"), QStringLiteral("bash scripts/run.sh"));
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Sportello Console"));
    EXPECT_EQ(menuTitle(window, "fileMenu"), QStringLiteral("&File"));
    EXPECT_EQ(menuTitle(window, "helpMenu"), QStringLiteral("&Help"));
}

TEST_F(MainWindowTest, RequestedServerIsShownAsRememberedNotConnected)
{
    MainWindow window;
    window.setRequestedServer(QStringLiteral("https://sportello.example.com"),
                              QStringLiteral("giulia"));
    window.show();

    EXPECT_EQ(window.connectionState(), ConnectionState::Disconnected);
    const QString status = labelText(window, "statusText");
    EXPECT_TRUE(status.contains(QStringLiteral("https://sportello.example.com")))
        << status.toStdString();
    EXPECT_TRUE(status.contains(QStringLiteral("agent hub"))) << status.toStdString();
    const auto *page = qobject_cast<NotConnectedPage *>(window.centralWidget());
    ASSERT_NE(page, nullptr);
    const QString line = labelText(*page, "requestedServer");
    EXPECT_TRUE(line.contains(QStringLiteral("giulia"))) << line.toStdString();
    EXPECT_TRUE(line.contains(QStringLiteral("not contacted"))) << line.toStdString();
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
            translator.translate("sportello::console::MainWindow", "Sportello Console").isEmpty());
        EXPECT_FALSE(
            translator.translate("ServerEndpoint", "The address “%1” has no host name.").isEmpty());
    }
}

TEST_F(TranslationTest, InstallingTheItalianQmRetranslatesTheOpenWindow)
{
    MainWindow window;
    window.show();
    const auto *indicator = window.findChild<ConnectionIndicator *>();
    ASSERT_NE(indicator, nullptr);
    ASSERT_EQ(indicator->text(), QStringLiteral("Not connected"));

    QTranslator italian;
    ASSERT_TRUE(italian.load(QStringLiteral(":/i18n/console_it.qm")));
    QCoreApplication::installTranslator(&italian);
    deliverLanguageChange();

    EXPECT_EQ(indicator->text(), QStringLiteral("Non connesso"));
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Console Sportello"));
    EXPECT_EQ(menuTitle(window, "helpMenu"), QStringLiteral("&Aiuto"));
    EXPECT_EQ(labelText(window, "statusText"), QStringLiteral("Nessun server configurato"));
    EXPECT_EQ(labelText(window, "notConnectedTitle"), QStringLiteral("Non connesso a un server"));

    QCoreApplication::removeTranslator(&italian);
    deliverLanguageChange();
    EXPECT_EQ(indicator->text(), QStringLiteral("Not connected"));
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Sportello Console"));
}

TEST_F(TranslationTest, ManagerSwitchesLanguagesAndRefusesUnknownOnes)
{
    MainWindow window;
    window.show();
    const auto *indicator = window.findChild<ConnectionIndicator *>();
    ASSERT_NE(indicator, nullptr);

    const struct
    {
        const char *language;
        const char *notConnected;
        const char *help;
    } rows[] = {
        {"de", "Nicht verbunden", "&Hilfe"}, {"fr", "Non connecté", "&Aide"},
        {"es", "Sin conexión", "Ay&uda"},    {"it", "Non connesso", "&Aiuto"},
        {"en", "Not connected", "&Help"},
    };
    TranslationManager translations;
    for (const auto &row : rows) {
        SCOPED_TRACE(row.language);
        ASSERT_TRUE(translations.setLanguage(QString::fromLatin1(row.language)));
        deliverLanguageChange();
        EXPECT_EQ(translations.language(), QString::fromLatin1(row.language));
        EXPECT_EQ(indicator->text(), QString::fromUtf8(row.notConnected));
        EXPECT_EQ(menuTitle(window, "helpMenu"), QString::fromUtf8(row.help));
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

TEST_F(TranslationTest, ScreenshotOfTheMainWindow)
{
    // Written next to the test binary (build/bin) so a human can look at it.
    const QDir folder(QCoreApplication::applicationDirPath());
    for (const char *language : {"en", "it"}) {
        TranslationManager translations;
        ASSERT_TRUE(translations.setLanguage(QString::fromLatin1(language)));
        MainWindow window;
        window.setRequestedServer(QStringLiteral("https://sportello.example.com"),
                                  QStringLiteral("giulia"));
        window.resize(900, 600);
        window.show();
        deliverLanguageChange();
        const QPixmap shot = window.grab();
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
