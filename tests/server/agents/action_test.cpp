// SPDX-License-Identifier: LicenseRef-Sportello
// A customer writes, an agent takes over and answers: the whole path through the hub.
#include "hubtestsupport.h"
#include "storage/conversationrepository.h"
#include "storage/outboxrepository.h"
#include "whatsapp/sandbox/graphemulator.h"

namespace sportello::test {
namespace {

using protocol::Envelope;

QString statusOf(const Envelope &event)
{
    return event.data.value(QLatin1StringView("status")).toString();
}

QJsonObject sendData(qint64 conversationId, const QString &text)
{
    return {{QStringLiteral("conversation_id"), conversationId}, {QStringLiteral("text"), text}};
}

TEST(Action, TheCustomerIsAnsweredFromTheConsoleAndTheTicksFollow)
{
    TestServer server;
    addStaff(server);
    auto console = loggedIn(server, QStringLiteral("giulia"));
    const QString waId = QStringLiteral("393401230001");

    // The customer writes; the conversation shows up in the escalated queue.
    const qint64 id = customerEscalates(server, *console, waId, QStringLiteral("Buongiorno!"));
    ASSERT_GT(id, 0);
    EXPECT_TRUE(console
                    ->waitForEvent([](const Envelope &event) {
                        return event.type == u"conversation.updated" &&
                               event.data.value(QLatin1StringView("created")).toBool();
                    })
                    .has_value())
        << "a new conversation is announced as created";
    const auto escalated =
        console->request(QStringLiteral("conversations.list"),
                         {{QStringLiteral("queue"), QStringLiteral("escalated")}});
    ASSERT_TRUE(isReply(escalated));
    const QJsonArray queue = escalated->data.value(QLatin1StringView("conversations")).toArray();
    ASSERT_EQ(queue.size(), 1);
    const QJsonObject summary = queue.at(0).toObject();
    EXPECT_EQ(summary.value(QLatin1StringView("last_message_text")).toString(),
              QStringLiteral("Buongiorno!"));
    EXPECT_EQ(summary.value(QLatin1StringView("last_message_direction")).toString(),
              QStringLiteral("in"));
    EXPECT_EQ(summary.value(QLatin1StringView("unread")).toInt(), 1);
    EXPECT_FALSE(summary.value(QLatin1StringView("escalation_reason")).toString().isEmpty());
    EXPECT_FALSE(summary.value(QLatin1StringView("business_name")).toString().isEmpty());
    EXPECT_GT(summary.value(QLatin1StringView("window_expires_at")).toDouble(),
              double(QDateTime::currentMSecsSinceEpoch()));

    // The agent takes over and answers.
    const auto taken =
        console->request(QStringLiteral("conversation.take_over"), conversationData(id));
    ASSERT_TRUE(isReply(taken)) << errorCode(taken).toStdString();
    const QJsonObject after = taken->data.value(QLatin1StringView("conversation")).toObject();
    EXPECT_EQ(after.value(QLatin1StringView("owner")).toString(), QStringLiteral("human"));
    EXPECT_EQ(after.value(QLatin1StringView("assigned_agent")).toString(),
              QStringLiteral("giulia"));

    const auto sent = console->request(QStringLiteral("message.send"),
                                       sendData(id, QStringLiteral("Buongiorno, sono Giulia.")),
                                       QStringLiteral("send-1"));
    ASSERT_TRUE(isReply(sent)) << errorCode(sent).toStdString();
    const auto created = console->waitForEvent([](const Envelope &event) {
        return event.type == u"message.new" && event.data.value(QLatin1StringView("entry"))
                                                       .toObject()
                                                       .value(QLatin1StringView("kind"))
                                                       .toString() == u"outbound";
    });
    ASSERT_TRUE(created.has_value());
    const QString entryId = created->data.value(QLatin1StringView("entry"))
                                .toObject()
                                .value(QLatin1StringView("id"))
                                .toString();
    EXPECT_TRUE(entryId.startsWith(QStringLiteral("out:")));

    // The sandbox customer receives it...
    ASSERT_TRUE(waitFor([&] {
        const auto received =
            server.http()
                .get(server.url(QStringLiteral("/sandbox/customers/%1/messages").arg(waId)))
                .json()
                .value(QLatin1StringView("received"))
                .toArray();
        return received.size() == 1 && received.at(0)
                                               .toObject()
                                               .value(QLatin1StringView("request"))
                                               .toObject()
                                               .value(QLatin1StringView("text"))
                                               .toObject()
                                               .value(QLatin1StringView("body"))
                                               .toString() == u"Buongiorno, sono Giulia.";
    }));
    // ...the ticks move to delivered, and to read once the customer reads.
    auto statusReached = [&](const char *status) {
        return console->waitForEvent([&](const Envelope &event) {
            return event.type == u"message.status" &&
                   event.data.value(QLatin1StringView("entry_id")).toString() == entryId &&
                   statusOf(event) == QLatin1StringView(status);
        });
    };
    EXPECT_TRUE(statusReached("delivered").has_value());
    const auto read =
        server.http().post(server.url(QStringLiteral("/sandbox/customers/%1/read").arg(waId)), {});
    EXPECT_EQ(read.status, 200);
    EXPECT_TRUE(statusReached("read").has_value());

    // Replaying the same request id answers the same and sends nothing more.
    const auto replayed = console->request(QStringLiteral("message.send"),
                                           sendData(id, QStringLiteral("Buongiorno, sono Giulia.")),
                                           QStringLiteral("send-1"));
    ASSERT_TRUE(isReply(replayed));
    EXPECT_EQ(replayed->data, sent->data);
    spinEventLoop(std::chrono::milliseconds(200));
    EXPECT_EQ(server.app().emulator()->messagesTo(waId).size(), 1);
    EXPECT_EQ(
        storage::OutboxRepository(server.app().database().connection()).forConversation(id).size(),
        1);
}

TEST(Action, AMessageTheGateRefusesIsAnsweredRefusedAndKept)
{
    TestServer server;
    addStaff(server);
    auto console = loggedIn(server, QStringLiteral("giulia"));
    const QString waId = QStringLiteral("393401230002");
    // The customer last wrote 25 hours ago: the window is closed.
    const auto posted = server.http().postJson(
        server.url(QStringLiteral("/sandbox/customers/%1/messages").arg(waId)),
        {{QStringLiteral("text"), QStringLiteral("ciao")},
         {QStringLiteral("timestamp"), QDateTime::currentSecsSinceEpoch() - 25 * 3600}});
    ASSERT_EQ(posted.status, 200);
    const auto escalated = console->waitForEvent([&](const Envelope &event) {
        return event.type == u"conversation.updated" &&
               event.data.value(QLatin1StringView("owner")).toString() == u"pending_human";
    });
    ASSERT_TRUE(escalated.has_value());
    const qint64 id = qint64(escalated->data.value(QLatin1StringView("id")).toDouble());
    EXPECT_EQ(escalated->data.value(QLatin1StringView("window_expires_at")).toDouble(), 0);

    const auto refused = console->request(QStringLiteral("message.send"),
                                          sendData(id, QStringLiteral("Ci sentiamo domani")),
                                          QStringLiteral("late-1"));
    EXPECT_EQ(errorCode(refused), QStringLiteral("refused"));
    EXPECT_TRUE(refused->error.message.contains(QStringLiteral("template")));
    // Kept, with its reason, for everyone to see; a replay gets the same answer.
    const auto entry = console->waitForEvent([](const Envelope &event) {
        return event.type == u"message.new" && event.data.value(QLatin1StringView("entry"))
                                                       .toObject()
                                                       .value(QLatin1StringView("status"))
                                                       .toString() == u"needs_template";
    });
    EXPECT_TRUE(entry.has_value());
    const auto replayed = console->request(QStringLiteral("message.send"),
                                           sendData(id, QStringLiteral("Ci sentiamo domani")),
                                           QStringLiteral("late-1"));
    EXPECT_EQ(errorCode(replayed), QStringLiteral("refused"));
    EXPECT_EQ(
        storage::OutboxRepository(server.app().database().connection()).forConversation(id).size(),
        1);

    // A template may go out; its parameters are checked against the configuration.
    const auto templates = console->request(QStringLiteral("templates.list"), conversationData(id));
    ASSERT_TRUE(isReply(templates));
    const QJsonArray list = templates->data.value(QLatin1StringView("templates")).toArray();
    ASSERT_FALSE(list.isEmpty());
    QJsonObject reminder;
    for (const QJsonValue &value : list) {
        const QJsonObject info = value.toObject();
        if (info.value(QLatin1StringView("name")).toString() == u"appointment_reminder" &&
            info.value(QLatin1StringView("language")).toString() == u"it")
            reminder = info;
    }
    ASSERT_EQ(reminder.value(QLatin1StringView("body_params")).toInt(), 2);
    ASSERT_EQ(reminder.value(QLatin1StringView("button_params")).toArray().size(), 2);
    const QJsonArray body{QStringLiteral("Mario"), QStringLiteral("giovedì alle 10")};
    QJsonObject templateData{{QStringLiteral("conversation_id"), id},
                             {QStringLiteral("name"), QStringLiteral("appointment_reminder")},
                             {QStringLiteral("language"), QStringLiteral("it")},
                             {QStringLiteral("header"), QJsonArray{}},
                             {QStringLiteral("body"), body},
                             {QStringLiteral("buttons"), QJsonArray{}}};
    QJsonObject tooMany = templateData;
    tooMany.insert(QStringLiteral("body"), QJsonArray{body} + QJsonArray{QStringLiteral("extra")});
    EXPECT_EQ(errorCode(console->request(QStringLiteral("template.send"), tooMany)),
              QStringLiteral("bad_request"));
    const auto sentTemplate = console->request(QStringLiteral("template.send"), templateData);
    EXPECT_TRUE(isReply(sentTemplate))
        << errorCode(sentTemplate).toStdString() << " "
        << (sentTemplate ? sentTemplate->error.message.toStdString() : "");
    EXPECT_TRUE(waitFor([&] { return server.app().emulator()->messagesTo(waId).size() == 1; }));
}

} // namespace
} // namespace sportello::test
