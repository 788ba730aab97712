// SPDX-License-Identifier: LicenseRef-Sportello
// End to end with the real server and the real widgets: a sandbox customer writes, the
// conversation appears in Escalated in two consoles, one agent takes it over and replies, the
// customer receives the reply, reads it, and the agent's bubble turns to read.
#include <chrono>
#include <memory>
#include <optional>

#include <gtest/gtest.h>

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>

#include "models/consolestore.h"
#include "models/conversationlistmodel.h"
#include "models/threadmodel.h"
#include "net/consoleactions.h"
#include "net/hubclient.h"
#include "net/sandboxclient.h"
#include "support/testserver.h"
#include "support/testusers.h"
#include "support/waitfor.h"
#include "views/composer.h"
#include "views/inboxpanel.h"
#include "views/mainwindow.h"
#include "views/sandboxcustomerwindow.h"
#include "viewtestsupport.h"

using namespace sportello;
using namespace sportello::console;
using namespace std::chrono_literals;
using sportello::test::waitFor;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");
const QString kCustomer = QStringLiteral("393401112222");

// One agent's console: client, store, actions and the main window, signed in.
struct AgentConsole
{
    explicit AgentConsole(const QUrl &server, const QString &user)
    {
        client.setReconnectPolicy(net::ReconnectPolicy(50ms, 200ms));
        window.resize(1400, 900);
        window.show();
        client.connectToServer(server);
        client.login(user, kPassword);
    }

    std::optional<protocol::ConversationSummary> customerConversation() const
    {
        const auto *list = store.conversations();
        for (int row = 0; row < list->rowCount(); ++row) {
            if (list->at(row).waId == kCustomer)
                return list->at(row);
        }
        return std::nullopt;
    }

    // The outbound entry with this text in the open thread, or null.
    const protocol::ThreadEntry *outbound(const QString &text) const
    {
        const models::ThreadModel *thread = store.thread();
        for (int row = 0; row < thread->rowCount(); ++row) {
            const auto &entry = thread->at(row);
            if (entry.kind == protocol::ThreadEntryKind::Outbound && entry.text == text)
                return &entry;
        }
        return nullptr;
    }

    net::HubClient client;
    models::ConsoleStore store;
    net::ConsoleActions actions{&client, &store};
    views::MainWindow window{&store, &actions, &client};
};

class EndToEndWindowTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { console::test::ensureViewsApplication(); }

    void SetUp() override
    {
        server = std::make_unique<sportello::test::TestServer>();
        auto &database = server->app().database();
        sportello::test::TestUsers::add(database, QStringLiteral("giulia"), kPassword,
                                        AgentRole::Agent);
        sportello::test::TestUsers::add(database, QStringLiteral("marco"), kPassword,
                                        AgentRole::Agent);
    }

    std::unique_ptr<sportello::test::TestServer> server;
};

} // namespace

TEST_F(EndToEndWindowTest, CustomerToAgentAndBack)
{
    const QUrl url = server->url(QString());
    AgentConsole giulia(url, QStringLiteral("giulia"));
    AgentConsole marco(url, QStringLiteral("marco"));
    ASSERT_TRUE(waitFor(
        [&] { return giulia.window.isWorkspaceShown() && marco.window.isWorkspaceShown(); }, 10s));

    // The customer writes from the sandbox window.
    net::SandboxClient sandbox;
    sandbox.setServer(url);
    views::SandboxCustomerWindow phone(&sandbox);
    phone.show();
    phone.setCustomerNumber(kCustomer);
    phone.setCustomerName(QStringLiteral("Ada Rossi"));
    console::test::child<QLineEdit>(phone, "sandboxText")
        ->setText(QStringLiteral("Buongiorno, vorrei un appuntamento per una pulizia"));
    ASSERT_TRUE(phone.sendTyped());

    // Both consoles list it in Escalated, with the count.
    for (AgentConsole *console : {&giulia, &marco}) {
        ASSERT_TRUE(waitFor(
            [&] {
                const auto summary = console->customerConversation();
                return summary && summary->owner == ConversationOwner::PendingHuman;
            },
            15s));
        views::InboxPanel *inbox = console->window.inbox();
        EXPECT_EQ(inbox->queue(), InboxQueue::Escalated);
        // The counts come in their own event, right after the conversation's.
        EXPECT_TRUE(waitFor([&] { return inbox->queueCount(InboxQueue::Escalated) == 1; }));
        EXPECT_EQ(inbox->listView()->model()->rowCount(), 1);
    }
    const qint64 id = giulia.customerConversation()->id;

    // Giulia opens it from the list and sees the customer's message.
    views::InboxPanel *inbox = giulia.window.inbox();
    ASSERT_TRUE(inbox->selectConversation(id));
    const QModelIndex index = inbox->listView()->currentIndex();
    inbox->listView()->selectionModel()->clearCurrentIndex();
    console::test::mouseClick(inbox->listView()->viewport(),
                              inbox->listView()->visualRect(index).center());
    ASSERT_TRUE(waitFor(
        [&] {
            return giulia.store.openConversationId() == id &&
                   giulia.store.thread()->rowCount() >= 1;
        },
        10s));
    EXPECT_EQ(giulia.store.thread()->at(0).text,
              QStringLiteral("Buongiorno, vorrei un appuntamento per una pulizia"));

    // She takes it over; Marco's console shows the same owner.
    giulia.window.findChild<QAction *>(QStringLiteral("takeOverAction"))->trigger();
    for (AgentConsole *console : {&giulia, &marco}) {
        ASSERT_TRUE(waitFor(
            [&] {
                const auto summary = console->customerConversation();
                return summary && summary->owner == ConversationOwner::Human &&
                       summary->assignedAgent == QStringLiteral("giulia");
            },
            10s));
    }
    EXPECT_TRUE(waitFor([&] {
        return marco.window.inbox()->queueCount(InboxQueue::Escalated) == 0 &&
               marco.window.inbox()->listView()->model()->rowCount() == 0;
    })) << "taken: it left Escalated, list and count alike";

    // She replies with Ctrl+Enter.
    const QString reply = QStringLiteral("Buongiorno Ada! Giovedì alle 10 le va bene?");
    giulia.window.composer()->setText(reply);
    console::test::keyClick(
        giulia.window.findChild<QPlainTextEdit *>(QStringLiteral("composerEditor")), Qt::Key_Return,
        Qt::ControlModifier);
    ASSERT_TRUE(waitFor([&] { return giulia.outbound(reply) != nullptr; }, 10s));

    // The customer receives it on the phone...
    ASSERT_TRUE(waitFor(
        [&] {
            phone.refresh();
            for (int row = 0; row < phone.messageCount(); ++row) {
                const auto entry = phone.messageAt(row);
                if (entry.kind == protocol::ThreadEntryKind::Outbound && entry.text == reply &&
                    entry.status == DeliveryStatus::Delivered)
                    return true;
            }
            return false;
        },
        15s));
    // ...reads it, and Giulia's bubble turns to read.
    console::test::child<QPushButton>(phone, "sandboxRead")->click();
    ASSERT_TRUE(waitFor(
        [&] {
            const auto *entry = giulia.outbound(reply);
            return entry && entry->status == DeliveryStatus::Read;
        },
        15s));
    ASSERT_TRUE(waitFor(
        [&] {
            phone.refresh();
            for (int row = 0; row < phone.messageCount(); ++row) {
                if (phone.messageAt(row).status == DeliveryStatus::Read &&
                    phone.messageAt(row).kind == protocol::ThreadEntryKind::Outbound)
                    return true;
            }
            return false;
        },
        10s));

    QDir folder(QCoreApplication::applicationDirPath());
    folder.mkpath(QStringLiteral("screenshots"));
    folder.cd(QStringLiteral("screenshots"));
    console::test::processEvents();
    EXPECT_TRUE(phone.grab().save(folder.filePath(QStringLiteral("sandbox-customer.png"))));
    EXPECT_TRUE(giulia.window.grab().save(folder.filePath(QStringLiteral("end-to-end.png"))));
}
