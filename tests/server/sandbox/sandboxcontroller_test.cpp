// SPDX-License-Identifier: LicenseRef-Sportello
// Tests of the main server's /sandbox/... routes (SandboxController) over loopback HTTP.
#include <chrono>
#include <memory>

#include <gtest/gtest.h>

#include <QHttpServer>
#include <QJsonDocument>

#include "http/sandboxcontroller.h"
#include "sandboxfixture.h"

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;
using sportello::http::SandboxController;
using sportello::test::HttpTestClient;
using sportello::test::SandboxFixture;
using sportello::test::waitFor;
using sportello::whatsapp::sandbox::FaultPlan;

namespace {

class SandboxControllerTest : public SandboxFixture
{
protected:
    void SetUp() override
    {
        SandboxFixture::SetUp();
        startController();
    }

    void TearDown() override
    {
        mainServer.reset();
        controller.reset();
        SandboxFixture::TearDown();
    }

    void startController()
    {
        controller = std::make_unique<SandboxController>(emulator.get());
        mainServer = std::make_unique<QHttpServer>();
        controller->addRoutes(*mainServer);
        mainPort = mainServer->listen(QHostAddress::LocalHost, 0);
        ASSERT_NE(mainPort, 0);
    }

    QUrl url(const QString &path) const
    {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(mainPort).arg(path));
    }

    HttpTestClient::Response post(const QString &path, const QJsonObject &body)
    {
        return client.postJson(url(path), body);
    }

    static QString errorField(const HttpTestClient::Response &response)
    {
        return response.json().value("error"_L1).toObject().value("field"_L1).toString();
    }

    std::unique_ptr<SandboxController> controller;
    std::unique_ptr<QHttpServer> mainServer;
    quint16 mainPort = 0;
};

const QString kMessages = u"/sandbox/customers/393400000001/messages"_s;

} // namespace

TEST_F(SandboxControllerTest, PostTextAnswersOnceTheWebhookIsDone)
{
    const auto response =
        post(kMessages, QJsonObject{{u"text"_s, u"ciao"_s}, {u"name"_s, u"Mario"_s}});
    ASSERT_EQ(response.status, 200) << response.body.constData();
    const QJsonObject json = response.json();
    const QString wamid = json.value("wamid"_L1).toString();
    EXPECT_TRUE(wamid.startsWith("wamid."_L1));
    EXPECT_EQ(json.value("webhook_status"_L1).toInt(), 200);

    // Already there when the answer arrives: no waiting.
    const auto messages = receiver->messages();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_EQ(messages[0].value("id"_L1).toString(), wamid);
    EXPECT_EQ(messages[0].value("text"_L1).toObject().value("body"_L1).toString(), u"ciao"_s);
    EXPECT_EQ(receiver->values()[0]
                  .value("contacts"_L1)
                  .toArray()
                  .at(0)
                  .toObject()
                  .value("profile"_L1)
                  .toObject()
                  .value("name"_L1)
                  .toString(),
              u"Mario"_s);
}

TEST_F(SandboxControllerTest, PostMessageObjectWithOptions)
{
    const QJsonObject body{
        {u"message"_s,
         QJsonObject{{u"type"_s, u"interactive"_s},
                     {u"interactive"_s,
                      QJsonObject{{u"type"_s, u"button_reply"_s},
                                  {u"button_reply"_s, QJsonObject{{u"id"_s, u"confirm"_s},
                                                                  {u"title"_s, u"Conferma"_s}}}}}}},
        {u"phone_number_id"_s, kPhoneId2},
        {u"timestamp"_s, 1700000000},
        {u"context_wamid"_s, u"wamid.ours"_s},
        {u"user_id"_s, u"IT.77"_s},
    };
    const auto response = post(kMessages, body);
    ASSERT_EQ(response.status, 200) << response.body.constData();

    const QJsonObject value = receiver->values().constLast();
    EXPECT_EQ(value.value("metadata"_L1).toObject().value("phone_number_id"_L1).toString(),
              kPhoneId2);
    const QJsonObject item = value.value("messages"_L1).toArray().at(0).toObject();
    EXPECT_EQ(item.value("timestamp"_L1).toString(), u"1700000000"_s);
    EXPECT_EQ(item.value("type"_L1).toString(), u"interactive"_s);
    EXPECT_EQ(item.value("context"_L1).toObject().value("id"_L1).toString(), u"wamid.ours"_s);
    EXPECT_EQ(item.value("from_user_id"_L1).toString(), u"IT.77"_s);
    EXPECT_EQ(item.value("interactive"_L1)
                  .toObject()
                  .value("button_reply"_L1)
                  .toObject()
                  .value("id"_L1)
                  .toString(),
              u"confirm"_s);
}

TEST_F(SandboxControllerTest, BadInputNamesTheField)
{
    struct Case
    {
        QString path;
        QByteArray body;
        QString field;
    };
    const auto json = [](const QJsonObject &o) {
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    };
    const Case cases[] = {
        {u"/sandbox/customers/39abc/messages"_s, json({{u"text"_s, u"x"_s}}), u"wa_id"_s},
        {kMessages, QByteArrayLiteral("{\"text\":"), u"body"_s},
        {kMessages, json({}), u"text"_s},
        {kMessages, json({{u"text"_s, u""_s}}), u"text"_s},
        {kMessages, json({{u"text"_s, 12}}), u"text"_s},
        {kMessages, json({{u"message"_s, QJsonObject{}}}), u"message.type"_s},
        {kMessages, json({{u"message"_s, QJsonObject{{u"type"_s, u"image"_s}}}}),
         u"message.image"_s},
        {kMessages, json({{u"text"_s, u"x"_s}, {u"message"_s, QJsonObject{}}}), u"message"_s},
        {kMessages, json({{u"text"_s, u"x"_s}, {u"phone_number_id"_s, u"123"_s}}),
         u"phone_number_id"_s},
        {kMessages, json({{u"text"_s, u"x"_s}, {u"timestamp"_s, u"yesterday"_s}}), u"timestamp"_s},
        {kMessages, json({{u"text"_s, u"x"_s}, {u"name"_s, 3}}), u"name"_s},
        {u"/sandbox/faults"_s, QByteArrayLiteral("nope"), u"body"_s},
        {u"/sandbox/faults"_s, json({{u"mode"_s, u"meteor"_s}}), u"mode"_s},
        {u"/sandbox/faults"_s, json({{u"mode"_s, u"429"_s}, {u"count"_s, u"3"_s}}), u"count"_s},
        {u"/sandbox/faults"_s, json({{u"mode"_s, u"slow"_s}, {u"delay_ms"_s, -5}}), u"delay_ms"_s},
        {u"/sandbox/faults"_s, json({{u"mode"_s, u"error"_s}}), u"code"_s},
    };
    for (const auto &c : cases) {
        const auto response = client.post(
            url(c.path), c.body,
            {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}});
        EXPECT_EQ(response.status, 400) << qPrintable(c.path) << " " << c.body.constData();
        EXPECT_EQ(errorField(response), c.field) << c.body.constData();
        EXPECT_FALSE(
            response.json().value("error"_L1).toObject().value("message"_L1).toString().isEmpty());
    }
    EXPECT_EQ(receiver->count(), 0);
    EXPECT_EQ(emulator->currentFault().mode, FaultPlan::Mode::None);
    EXPECT_EQ(client.get(url(u"/sandbox/customers/x1/messages"_s)).status, 400);
    EXPECT_EQ(client.post(url(u"/sandbox/customers/x1/read"_s), {}).status, 400);
}

TEST_F(SandboxControllerTest, RejectedWebhookAnswers502)
{
    receiver->setResponseStatus(500);
    const auto rejected = post(kMessages, QJsonObject{{u"text"_s, u"x"_s}});
    EXPECT_EQ(rejected.status, 502);
    EXPECT_EQ(rejected.json().value("webhook_status"_L1).toInt(), 500);
    EXPECT_FALSE(rejected.json().value("wamid"_L1).toString().isEmpty());

    receiver->stop();
    const auto unreachable = post(kMessages, QJsonObject{{u"text"_s, u"x"_s}});
    EXPECT_EQ(unreachable.status, 502);
    EXPECT_EQ(unreachable.json().value("webhook_status"_L1).toInt(), 0);
}

TEST_F(SandboxControllerTest, ListsWhatTheCustomerReceivedAndSent)
{
    const QString outbound = sentWamid(send(textMessage(kCustomer, u"Salve"_s, u"d-1"_s)));
    ASSERT_TRUE(waitFor([&] { return emulator->message(outbound)->status == u"read"_s; }));
    const QString inbound =
        post(kMessages, QJsonObject{{u"text"_s, u"Grazie"_s}}).json().value("wamid"_L1).toString();

    const auto response = client.get(url(kMessages));
    ASSERT_EQ(response.status, 200);
    const QJsonObject json = response.json();
    EXPECT_EQ(json.value("wa_id"_L1).toString(), kCustomer);
    const QJsonArray received = json.value("received"_L1).toArray();
    ASSERT_EQ(received.size(), 1);
    const QJsonObject r = received.at(0).toObject();
    EXPECT_EQ(r.value("wamid"_L1).toString(), outbound);
    EXPECT_EQ(r.value("status"_L1).toString(), u"read"_s);
    EXPECT_EQ(r.value("type"_L1).toString(), u"text"_s);
    EXPECT_EQ(r.value("biz_opaque_callback_data"_L1).toString(), u"d-1"_s);
    EXPECT_EQ(r.value("request"_L1).toObject().value("text"_L1).toObject().value("body"_L1),
              QJsonValue(u"Salve"_s));
    const QJsonArray sent = json.value("sent"_L1).toArray();
    ASSERT_EQ(sent.size(), 1);
    EXPECT_EQ(sent.at(0).toObject().value("wamid"_L1).toString(), inbound);
    EXPECT_EQ(sent.at(0).toObject().value("webhook_status"_L1).toInt(), 200);
}

TEST_F(SandboxControllerTest, ReadEndpointReadsDeliveredMessages)
{
    auto options = defaultOptions();
    options.readDelayMs = -1;
    start(options);
    startController();

    const QString wamid = sentWamid(send(textMessage(kCustomer, u"x"_s)));
    ASSERT_TRUE(waitFor([&] { return emulator->message(wamid)->status == u"delivered"_s; }));
    const auto response = post(u"/sandbox/customers/393400000001/read"_s, {});
    ASSERT_EQ(response.status, 200);
    EXPECT_EQ(response.json().value("read"_L1).toInt(), 1);
    ASSERT_TRUE(waitFor([&] { return receiver->statusesFor(wamid).size() == 3; }));
    EXPECT_EQ(receiver->statusesFor(wamid).constLast().value("status"_L1).toString(), u"read"_s);
}

TEST_F(SandboxControllerTest, FaultEndpointsSetShowAndClear)
{
    auto current = client.get(url(u"/sandbox/faults"_s));
    ASSERT_EQ(current.status, 200);
    EXPECT_EQ(current.json().value("fault"_L1).toObject().value("mode"_L1).toString(), u"none"_s);

    const auto set = post(u"/sandbox/faults"_s,
                          QJsonObject{{u"mode"_s, u"429"_s}, {u"count"_s, 2}, {u"delay_ms"_s, 0}});
    ASSERT_EQ(set.status, 200) << set.body.constData();
    EXPECT_EQ(set.json().value("fault"_L1).toObject().value("count"_L1).toInt(), 2);

    EXPECT_EQ(send(textMessage(kCustomer, u"x"_s)).status, 429);
    current = client.get(url(u"/sandbox/faults"_s));
    EXPECT_EQ(current.json().value("fault"_L1).toObject().value("mode"_L1).toString(), u"429"_s);
    EXPECT_EQ(current.json().value("fault"_L1).toObject().value("count"_L1).toInt(), 1);

    const auto cleared = client.deleteResource(url(u"/sandbox/faults"_s));
    ASSERT_EQ(cleared.status, 200);
    EXPECT_EQ(cleared.json().value("fault"_L1).toObject().value("mode"_L1).toString(), u"none"_s);
    EXPECT_EQ(send(textMessage(kCustomer, u"x"_s)).status, 200);

    const auto generic = post(u"/sandbox/faults"_s, QJsonObject{{u"mode"_s, u"error"_s},
                                                                {u"http_status"_s, 400},
                                                                {u"code"_s, 131000},
                                                                {u"count"_s, 1}});
    ASSERT_EQ(generic.status, 200);
    const auto response = send(textMessage(kCustomer, u"x"_s));
    EXPECT_EQ(response.status, 400);
    EXPECT_EQ(errorCode(response), 131000);
}

TEST_F(SandboxControllerTest, RequestsListsArrivalTimes)
{
    for (int i = 0; i < 3; ++i)
        send(textMessage(kCustomer, u"x"_s));
    send(markRead(u"wamid.X"_s));

    const auto response = client.get(url(u"/sandbox/requests"_s));
    ASSERT_EQ(response.status, 200);
    const QJsonObject json = response.json();
    EXPECT_EQ(json.value("count"_L1).toInt(), 4);
    const QJsonArray requests = json.value("requests"_L1).toArray();
    ASSERT_EQ(requests.size(), 4);
    qint64 previous = 0;
    for (int i = 0; i < 4; ++i) {
        const QJsonObject request = requests.at(i).toObject();
        EXPECT_GE(request.value("arrival_ms"_L1).toInteger(), previous);
        previous = request.value("arrival_ms"_L1).toInteger();
        EXPECT_EQ(request.value("http_status"_L1).toInt(), 200);
        EXPECT_EQ(request.value("phone_number_id"_L1).toString(), kPhoneId);
    }
    EXPECT_EQ(requests.at(0).toObject().value("kind"_L1).toString(), u"message"_s);
    EXPECT_EQ(requests.at(0).toObject().value("to"_L1).toString(), kCustomer);
    EXPECT_EQ(requests.at(3).toObject().value("kind"_L1).toString(), u"mark_read"_s);
}

TEST_F(SandboxControllerTest, RoutesAnswer503OnceTheControllerIsGone)
{
    controller.reset();
    EXPECT_EQ(client.get(url(u"/sandbox/faults"_s)).status, 503);
    EXPECT_EQ(post(kMessages, QJsonObject{{u"text"_s, u"x"_s}}).status, 503);
}
