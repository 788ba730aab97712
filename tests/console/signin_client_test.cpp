// SPDX-License-Identifier: LicenseRef-Sportello
// SignInFlow: password from stdin, the login dialog, remembered server and user, against the
// real hub.
#include "app/signinflow.h"

#include <chrono>
#include <memory>

#include <gtest/gtest.h>

#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>

#include "clienttestsupport.h"
#include "net/hubclient.h"
#include "net/tokenstore.h"
#include "support/testserver.h"
#include "support/testusers.h"
#include "support/waitfor.h"
#include "views/logindialog.h"

using namespace sportello;
using namespace sportello::console;
using namespace std::chrono_literals;
using console::test::str;
using sportello::test::waitFor;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");

class SignInFlowTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { console::test::ensureGuiApplication(); }

    void SetUp() override
    {
        server = std::make_unique<sportello::test::TestServer>();
        sportello::test::TestUsers::add(server->app().database(), QStringLiteral("giulia"),
                                        kPassword, AgentRole::Agent);
        settings = std::make_unique<QSettings>(settingsDir.filePath(QStringLiteral("console.ini")),
                                               QSettings::IniFormat);
        client.setReconnectPolicy(net::ReconnectPolicy(50ms, 100ms));
        // Its own keychain entries, never the user's console ones.
        tokens = std::make_unique<net::TokenStore>(nullptr, QStringLiteral("sportello-console-tests"));
        flow = std::make_unique<SignInFlow>(&client, tokens.get(), settings.get(), nullptr);
        QObject::connect(flow.get(), &SignInFlow::signedIn, &context,
                         [this](const protocol::Session &session) { signedIn.append(session); });
        QObject::connect(flow.get(), &SignInFlow::cancelled, &context, [this]() { ++cancelled; });
    }

    void TearDown() override
    {
        if (!signedIn.isEmpty())
            tokens->remove(serverUrl().toString(), QStringLiteral("giulia"));
        flow.reset();
        client.disconnectFromServer();
    }

    QUrl serverUrl() const { return server->url(QString()); }

    views::LoginDialog *visibleDialog()
    {
        views::LoginDialog *dialog = nullptr;
        waitFor([&]() {
            dialog = flow->dialog();
            return dialog && dialog->isVisible();
        });
        return dialog;
    }

    static void typePassword(views::LoginDialog &dialog, const QString &password)
    {
        for (auto *field : dialog.findChildren<QLineEdit *>()) {
            if (field->echoMode() == QLineEdit::Password)
                field->setText(password);
        }
    }

    std::unique_ptr<sportello::test::TestServer> server;
    QTemporaryDir settingsDir;
    std::unique_ptr<QSettings> settings;
    net::HubClient client;
    std::unique_ptr<net::TokenStore> tokens;
    std::unique_ptr<SignInFlow> flow;
    QObject context;
    QList<protocol::Session> signedIn;
    int cancelled = 0;
};

} // namespace

TEST_F(SignInFlowTest, APasswordFromStdinSignsInAndIsRemembered)
{
    flow->start(serverUrl(), QStringLiteral("giulia"), kPassword);
    ASSERT_TRUE(waitFor([&]() { return !signedIn.isEmpty(); }));
    EXPECT_EQ(str(signedIn.first().user.username), "giulia");
    EXPECT_EQ(flow->dialog(), nullptr);
    EXPECT_EQ(flow->rememberedServer(), serverUrl());
    EXPECT_EQ(str(flow->rememberedUser()), "giulia");
    EXPECT_EQ(client.state(), net::ConnectionState::Connected);
}

TEST_F(SignInFlowTest, AWrongPasswordOpensTheDialogWithTheReasonAndTheRightOneCloseIt)
{
    flow->start(serverUrl(), QStringLiteral("giulia"), QStringLiteral("wrong password"));
    views::LoginDialog *dialog = visibleDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(str(dialog->error()), "Wrong user name or password.");
    EXPECT_EQ(str(dialog->username()), "giulia");
    EXPECT_EQ(str(dialog->serverUrl()), str(serverUrl().toDisplayString()));
    EXPECT_TRUE(signedIn.isEmpty());

    typePassword(*dialog, kPassword);
    dialog->accept();
    ASSERT_TRUE(waitFor([&]() { return !signedIn.isEmpty(); }));
    EXPECT_TRUE(waitFor([&]() { return flow->dialog() == nullptr; }));
    EXPECT_EQ(cancelled, 0);
}

TEST_F(SignInFlowTest, TheRememberedServerAndUserFillTheDialog)
{
    settings->setValue(QLatin1StringView(SignInFlow::kServerKey), serverUrl().toString());
    settings->setValue(QLatin1StringView(SignInFlow::kUserKey), QStringLiteral("giulia"));
    // No saved token (or no keychain at all): the dialog asks for the password only.
    flow->start(std::nullopt, QString(), std::nullopt);
    views::LoginDialog *dialog = visibleDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(str(dialog->username()), "giulia");
    EXPECT_EQ(str(dialog->serverUrl()), str(serverUrl().toDisplayString()));
    EXPECT_TRUE(dialog->error().isEmpty());

    typePassword(*dialog, kPassword);
    dialog->accept();
    ASSERT_TRUE(waitFor([&]() { return !signedIn.isEmpty(); }));
}

TEST_F(SignInFlowTest, AnUnreachableServerIsReportedInTheDialogInsteadOfRetriedForever)
{
    flow->start(std::nullopt, QString(), std::nullopt);
    views::LoginDialog *dialog = visibleDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->setServerUrl(QStringLiteral("http://127.0.0.1:9"));
    dialog->setUsername(QStringLiteral("giulia"));
    typePassword(*dialog, kPassword);
    dialog->accept();
    ASSERT_TRUE(waitFor([&]() { return !dialog->error().isEmpty(); }));
    EXPECT_FALSE(dialog->isBusy());
    EXPECT_EQ(client.state(), net::ConnectionState::Disconnected);
    EXPECT_TRUE(signedIn.isEmpty());
}

TEST_F(SignInFlowTest, ClosingTheDialogWithoutSigningInCancels)
{
    flow->start(std::nullopt, QString(), std::nullopt);
    views::LoginDialog *dialog = visibleDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->reject();
    EXPECT_EQ(cancelled, 1);
}

TEST_F(SignInFlowTest, RefusalsAreExplainedInWords)
{
    protocol::ProtocolError error;
    error.code = QStringLiteral("unauthenticated");
    EXPECT_EQ(str(SignInFlow::describe(error, false)), "Wrong user name or password.");
    EXPECT_EQ(str(SignInFlow::describe(error, true)), "Your session has ended. Please log in again.");
    error.code = QStringLiteral("rate_limited");
    error.message = QStringLiteral("try again in 5 minutes");
    EXPECT_EQ(str(SignInFlow::describe(error, false)), "Too many failed logins. try again in 5 minutes");
}
