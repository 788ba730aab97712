// SPDX-License-Identifier: LicenseRef-Sportello
// Tests of the emulator's Graph side over real loopback HTTP: answers, validation, faults.
#include <chrono>
#include <set>

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

#include "sandboxfixture.h"

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;
using sportello::test::SandboxFixture;
using sportello::whatsapp::sandbox::FaultPlan;
using sportello::whatsapp::sandbox::GraphEmulator;
using sportello::whatsapp::sandbox::RecordedRequest;

namespace {

class GraphEmulatorServerTest : public SandboxFixture
{
};

} // namespace

TEST_F(GraphEmulatorServerTest, AcceptsTextWithMetaShapedAnswer)
{
    const auto response = send(textMessage(kCustomer, u"Buongiorno!"_s));
    ASSERT_EQ(response.status, 200) << response.body.constData();
    EXPECT_TRUE(response.header("Content-Type").startsWith("application/json"));

    const QJsonObject json = response.json();
    EXPECT_EQ(json.value("messaging_product"_L1).toString(), u"whatsapp"_s);
    const QJsonObject contact = json.value("contacts"_L1).toArray().at(0).toObject();
    EXPECT_EQ(contact.value("input"_L1).toString(), kCustomer);
    EXPECT_EQ(contact.value("wa_id"_L1).toString(), kCustomer);
    const QJsonObject message = json.value("messages"_L1).toArray().at(0).toObject();
    EXPECT_TRUE(message.value("id"_L1).toString().startsWith("wamid.HBg"_L1));
    EXPECT_EQ(message.value("message_status"_L1).toString(), u"accepted"_s);

    const auto accepted = emulator->acceptedMessages();
    ASSERT_EQ(accepted.size(), 1);
    EXPECT_EQ(accepted[0].wamid, message.value("id"_L1).toString());
    EXPECT_EQ(accepted[0].to, kCustomer);
    EXPECT_EQ(accepted[0].type, u"text"_s);
    EXPECT_EQ(accepted[0].phoneNumberId, kPhoneId);
    EXPECT_EQ(accepted[0].request.value("text"_L1).toObject().value("body"_L1).toString(),
              u"Buongiorno!"_s);

    const auto requests = emulator->requests();
    ASSERT_EQ(requests.size(), 1);
    EXPECT_EQ(requests[0].kind, RecordedRequest::Kind::Message);
    EXPECT_EQ(requests[0].httpStatus, 200);
    EXPECT_FALSE(requests[0].faulted);
    EXPECT_EQ(requests[0].wamid, accepted[0].wamid);
    EXPECT_EQ(emulator->messagesTo(kCustomer).size(), 1);
}

TEST_F(GraphEmulatorServerTest, WamidsAreUniqueAndEmbedTheNumber)
{
    std::set<QString> seen;
    for (int i = 0; i < 2000; ++i) {
        const QString wamid = GraphEmulator::generateWamid(kCustomer, i % 2 == 1);
        ASSERT_TRUE(seen.insert(wamid).second) << qPrintable(wamid);
        const QByteArray raw = QByteArray::fromBase64(wamid.mid(6).toLatin1());
        ASSERT_TRUE(raw.contains(kCustomer.toLatin1()));
    }
    EXPECT_TRUE(GraphEmulator::generateWamid(kCustomer).startsWith("wamid.HBgM"_L1));
}

TEST_F(GraphEmulatorServerTest, RejectsMissingOrWrongToken)
{
    const QByteArray body = QJsonDocument(textMessage(kCustomer, u"x"_s)).toJson();
    const auto missing = client.post(messagesUrl(), body);
    EXPECT_EQ(missing.status, 401);
    EXPECT_EQ(errorCode(missing), 190);
    EXPECT_EQ(graphError(missing).value("type"_L1).toString(), u"OAuthException"_s);

    const auto wrong = client.post(messagesUrl(), body, auth("not-the-token"));
    EXPECT_EQ(wrong.status, 401);
    EXPECT_EQ(errorCode(wrong), 190);

    const auto basic =
        client.post(messagesUrl(), body,
                    {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Basic eA==")}});
    EXPECT_EQ(basic.status, 401);
    EXPECT_TRUE(emulator->acceptedMessages().isEmpty());
}

TEST_F(GraphEmulatorServerTest, RejectsUnknownPhoneNumberId)
{
    const auto response = send(textMessage(kCustomer, u"x"_s), u"999999999"_s);
    EXPECT_EQ(response.status, 400);
    EXPECT_EQ(errorCode(response), 100);
    EXPECT_EQ(graphError(response).value("error_subcode"_L1).toInt(), 33);
    EXPECT_FALSE(graphError(response).value("fbtrace_id"_L1).toString().isEmpty());
}

TEST_F(GraphEmulatorServerTest, ValidatesTheRequestBody)
{
    auto options = defaultOptions();
    options.templates.insert(u"order_update"_s, {u"utility"_s, 2});
    start(options);

    struct Case
    {
        const char *name;
        QByteArray body;
        int code;
        QString mentions;
    };
    const auto json = [](const QJsonObject &object) { return QJsonDocument(object).toJson(); };
    QJsonObject noProduct = textMessage(kCustomer, u"x"_s);
    noProduct.remove(u"messaging_product"_s);
    QJsonObject wrongProduct = textMessage(kCustomer, u"x"_s);
    wrongProduct.insert(u"messaging_product"_s, u"instagram"_s);
    QJsonObject noTo = textMessage(kCustomer, u"x"_s);
    noTo.remove(u"to"_s);
    QJsonObject badType = textMessage(kCustomer, u"x"_s);
    badType.insert(u"type"_s, u"hologram"_s);
    QJsonObject noBody = textMessage(kCustomer, u"x"_s);
    noBody.insert(u"text"_s, QJsonObject{});
    QJsonObject templ{
        {u"messaging_product"_s, u"whatsapp"_s}, {u"to"_s, kCustomer}, {u"type"_s, u"template"_s}};
    QJsonObject noName = templ;
    noName.insert(u"template"_s, QJsonObject{{u"language"_s, QJsonObject{{u"code"_s, u"it"_s}}}});
    QJsonObject noLanguage = templ;
    noLanguage.insert(u"template"_s, QJsonObject{{u"name"_s, u"order_update"_s}});
    QJsonObject wrongCount = templ;
    wrongCount.insert(
        u"template"_s,
        QJsonObject{{u"name"_s, u"order_update"_s},
                    {u"language"_s, QJsonObject{{u"code"_s, u"it"_s}}},
                    {u"components"_s,
                     QJsonArray{QJsonObject{
                         {u"type"_s, u"body"_s},
                         {u"parameters"_s, QJsonArray{QJsonObject{{u"type"_s, u"text"_s},
                                                                  {u"text"_s, u"Asha"_s}}}}}}}});

    const Case cases[] = {
        {"invalid JSON", QByteArrayLiteral("{\"messaging_product\": \"whatsapp\""), 100, {}},
        {"JSON array", QByteArrayLiteral("[]"), 100, {}},
        {"no messaging_product", json(noProduct), 100, u"messaging_product"_s},
        {"wrong messaging_product", json(wrongProduct), 100, u"messaging_product"_s},
        {"no to", json(noTo), 100, u"to"_s},
        {"unknown type", json(badType), 100, u"type"_s},
        {"text without body", json(noBody), 100, u"text['body']"_s},
        {"template without name", json(noName), 100, u"template['name']"_s},
        {"template without language", json(noLanguage), 100, u"template['language']"_s},
        {"template parameter count", json(wrongCount), 132000, {}},
    };
    for (const auto &c : cases) {
        const auto response = client.post(messagesUrl(), c.body, auth());
        EXPECT_EQ(response.status, 400) << c.name;
        EXPECT_EQ(errorCode(response), c.code) << c.name;
        const QString message = graphError(response).value("message"_L1).toString();
        EXPECT_TRUE(message.contains(c.mentions)) << c.name << ": " << qPrintable(message);
    }
    EXPECT_TRUE(emulator->acceptedMessages().isEmpty());
    EXPECT_EQ(emulator->requests().size(), static_cast<qsizetype>(std::size(cases)));
}

TEST_F(GraphEmulatorServerTest, AcceptsTemplatesAndMediaWhenComplete)
{
    const QJsonObject templ{
        {u"messaging_product"_s, u"whatsapp"_s},
        {u"to"_s, kCustomer},
        {u"type"_s, u"template"_s},
        {u"template"_s, QJsonObject{{u"name"_s, u"hello_world"_s},
                                    {u"language"_s, QJsonObject{{u"code"_s, u"en_US"_s}}}}},
    };
    EXPECT_EQ(send(templ).status, 200);
    const QJsonObject image{
        {u"messaging_product"_s, u"whatsapp"_s},
        {u"to"_s, kCustomer},
        {u"type"_s, u"image"_s},
        {u"image"_s, QJsonObject{{u"link"_s, u"https://example.com/a.jpg"_s}}},
    };
    EXPECT_EQ(send(image).status, 200);
    QJsonObject noType = textMessage(kCustomer, u"type defaults to text"_s);
    noType.remove(u"type"_s);
    EXPECT_EQ(send(noType).status, 200);
    EXPECT_EQ(emulator->acceptedMessages().size(), 3);
}

TEST_F(GraphEmulatorServerTest, MarkAsReadAnswersSuccess)
{
    const auto response = send(markRead(u"wamid.HBgLMzkzNDAwMDAwMDAxFQIAEhgUM0E="_s, true));
    ASSERT_EQ(response.status, 200) << response.body.constData();
    EXPECT_EQ(response.json(), QJsonObject({{u"success"_s, true}}));
    EXPECT_TRUE(emulator->acceptedMessages().isEmpty());
    ASSERT_EQ(emulator->requests().size(), 1);
    EXPECT_EQ(emulator->requests()[0].kind, RecordedRequest::Kind::MarkRead);

    QJsonObject noId = markRead(u"x"_s);
    noId.remove(u"message_id"_s);
    const auto bad = send(noId);
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(errorCode(bad), 100);
}

TEST_F(GraphEmulatorServerTest, UnknownPathsAnswerGraphShaped404)
{
    QUrl url = server->baseUrl();
    url.setPath(u"/v21.0/"_s + kPhoneId + u"/media"_s);
    const auto media = client.post(url, "{}", auth());
    EXPECT_EQ(media.status, 404);
    EXPECT_TRUE(graphError(media).contains("code"_L1));

    const auto get = client.get(messagesUrl(), auth());
    EXPECT_EQ(get.status, 404);

    const auto badVersion =
        client.post(messagesUrl(kPhoneId, u"latest"_s),
                    QJsonDocument(textMessage(kCustomer, u"x"_s)).toJson(), auth());
    EXPECT_EQ(badVersion.status, 404);
    EXPECT_TRUE(emulator->requests().isEmpty());
}

TEST_F(GraphEmulatorServerTest, EveryErrorFaultAnswersLikeMeta)
{
    struct Case
    {
        FaultPlan::Mode mode;
        int httpStatus;
        int code;
    };
    const Case cases[] = {
        {FaultPlan::Mode::RateLimit, 429, 130429},
        {FaultPlan::Mode::ServerError, 500, 1},
        {FaultPlan::Mode::ReEngagement, 400, 131047},
        {FaultPlan::Mode::Undeliverable, 400, 131026},
        {FaultPlan::Mode::MarketingOptOut, 400, 131050},
        {FaultPlan::Mode::PairRateLimit, 400, 131056},
        {FaultPlan::Mode::MaintenanceMode, 400, 131057},
    };
    for (const auto &c : cases) {
        const QString name = FaultPlan::modeName(c.mode);
        setFault(c.mode, 1);
        const auto faulted = send(textMessage(kCustomer, u"x"_s));
        EXPECT_EQ(faulted.status, c.httpStatus) << qPrintable(name);
        EXPECT_EQ(errorCode(faulted), c.code) << qPrintable(name);
        EXPECT_FALSE(graphError(faulted).value("message"_L1).toString().isEmpty());
        EXPECT_EQ(emulator->requests().constLast().fault, name);
        EXPECT_TRUE(emulator->requests().constLast().faulted);
        EXPECT_EQ(emulator->requests().constLast().errorCode, c.code);

        const auto next = send(textMessage(kCustomer, u"x"_s));
        EXPECT_EQ(next.status, 200) << qPrintable(name) << " must apply to one request only";
    }
    EXPECT_EQ(emulator->acceptedMessages().size(), static_cast<qsizetype>(std::size(cases)));

    setFault(FaultPlan::Mode::ServerError, 1);
    EXPECT_TRUE(graphError(send(textMessage(kCustomer, u"x"_s))).value("is_transient"_L1).toBool());

    FaultPlan generic;
    generic.mode = FaultPlan::Mode::Generic;
    generic.httpStatus = 503;
    generic.code = 2;
    generic.message = u"Service temporarily unavailable"_s;
    generic.count = 1;
    emulator->setFault(generic);
    const auto response = send(textMessage(kCustomer, u"x"_s));
    EXPECT_EQ(response.status, 503);
    EXPECT_EQ(errorCode(response), 2);
    EXPECT_TRUE(graphError(response).value("message"_L1).toString().contains(generic.message));
}

TEST_F(GraphEmulatorServerTest, FaultCountIsHonouredAndFaultsClear)
{
    setFault(FaultPlan::Mode::RateLimit, 3);
    EXPECT_EQ(emulator->currentFault().count, 3);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(send(textMessage(kCustomer, u"x"_s)).status, 429) << i;
    EXPECT_EQ(emulator->currentFault().mode, FaultPlan::Mode::None);
    EXPECT_EQ(send(textMessage(kCustomer, u"x"_s)).status, 200);

    setFault(FaultPlan::Mode::PairRateLimit, -1);
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(errorCode(send(textMessage(kCustomer, u"x"_s))), 131056) << i;
    EXPECT_EQ(emulator->currentFault().mode, FaultPlan::Mode::PairRateLimit);
    emulator->clearFaults();
    EXPECT_EQ(send(textMessage(kCustomer, u"x"_s)).status, 200);
    EXPECT_EQ(emulator->acceptedMessages().size(), 2);
}

TEST_F(GraphEmulatorServerTest, FaultsSpareMarkAsReadUnlessAsked)
{
    setFault(FaultPlan::Mode::RateLimit, 1);
    EXPECT_EQ(send(markRead(u"wamid.A"_s)).status, 200);
    EXPECT_EQ(emulator->currentFault().count, 1) << "mark-as-read must not use the fault up";

    FaultPlan plan;
    plan.mode = FaultPlan::Mode::RateLimit;
    plan.count = 1;
    plan.includeMarkRead = true;
    emulator->setFault(plan);
    EXPECT_EQ(send(markRead(u"wamid.A"_s)).status, 429);
    EXPECT_EQ(send(markRead(u"wamid.A"_s)).status, 200);
}

TEST_F(GraphEmulatorServerTest, SlowAnswersNormallyAfterTheDelay)
{
    FaultPlan plan;
    plan.mode = FaultPlan::Mode::Slow;
    plan.delayMs = 300;
    plan.count = 1;
    emulator->setFault(plan);
    const auto response = send(textMessage(kCustomer, u"x"_s));
    EXPECT_EQ(response.status, 200);
    EXPECT_GE(response.elapsedMs, 280);
    EXPECT_FALSE(sentWamid(response).isEmpty());
    EXPECT_EQ(server->pendingReplies(), 0);
}

TEST_F(GraphEmulatorServerTest, TimeoutNeverAnswersAndTheClientGivesUp)
{
    setFault(FaultPlan::Mode::Timeout, 1);
    const auto response = send(textMessage(kCustomer, u"x"_s), kPhoneId, 300);
    EXPECT_TRUE(response.finished);
    EXPECT_EQ(response.status, 0);
    EXPECT_TRUE(response.error == QNetworkReply::OperationCanceledError ||
                response.error == QNetworkReply::TimeoutError)
        << response.error;
    EXPECT_GE(response.elapsedMs, 280);
    EXPECT_TRUE(emulator->acceptedMessages().isEmpty());
    EXPECT_EQ(emulator->requests().constLast().httpStatus, 0);

    // The aborted connection frees the parked responder; the next request is served.
    EXPECT_TRUE(sportello::test::waitFor([&] { return server->pendingReplies() == 0; }));
    EXPECT_EQ(send(textMessage(kCustomer, u"x"_s)).status, 200);
}

TEST_F(GraphEmulatorServerTest, ClosingTheServerClosesParkedConnections)
{
    setFault(FaultPlan::Mode::Timeout, -1);
    QNetworkRequest request(messagesUrl());
    for (const auto &header : auth())
        request.setRawHeader(header.first, header.second);
    QPointer<QNetworkReply> reply =
        client.network().post(request, QJsonDocument(textMessage(kCustomer, u"x"_s)).toJson());
    ASSERT_TRUE(sportello::test::waitFor([&] { return server->pendingReplies() == 1; }));

    server->close();
    EXPECT_EQ(server->pendingReplies(), 0);
    ASSERT_TRUE(sportello::test::waitFor([&] { return !reply || reply->isFinished(); }));
    ASSERT_TRUE(reply);
    EXPECT_NE(reply->error(), QNetworkReply::NoError);
    EXPECT_EQ(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 0);
    reply->deleteLater();
}

TEST_F(GraphEmulatorServerTest, BadJsonIsATruncatedSuccess)
{
    setFault(FaultPlan::Mode::BadJson, 1);
    const auto response = send(textMessage(kCustomer, u"x"_s));
    EXPECT_EQ(response.status, 200);
    EXPECT_FALSE(response.body.isEmpty());
    QJsonParseError error;
    QJsonDocument::fromJson(response.body, &error);
    EXPECT_NE(error.error, QJsonParseError::NoError);
    // A garbled 200 still means Meta took the message: statuses follow.
    ASSERT_EQ(emulator->acceptedMessages().size(), 1);
    const QString wamid = emulator->acceptedMessages()[0].wamid;
    EXPECT_TRUE(sportello::test::waitFor([&] { return !receiver->statusesFor(wamid).isEmpty(); }));

    FaultPlan plan;
    plan.mode = FaultPlan::Mode::BadJson;
    plan.count = 1;
    plan.deliver = false;
    emulator->setFault(plan);
    EXPECT_EQ(send(textMessage(kCustomer, u"x"_s)).status, 200);
    EXPECT_EQ(emulator->acceptedMessages().size(), 1);
}

TEST_F(GraphEmulatorServerTest, ThroughputLimitAnswers130429)
{
    auto options = defaultOptions();
    options.enforceThroughput = 5;
    start(options);

    int accepted = 0;
    int limited = 0;
    for (int i = 0; i < 8; ++i) {
        const auto response = send(textMessage(kCustomer, u"burst"_s));
        if (response.status == 200) {
            ++accepted;
        } else {
            EXPECT_EQ(response.status, 429);
            EXPECT_EQ(errorCode(response), 130429);
            ++limited;
        }
    }
    EXPECT_EQ(accepted, 5);
    EXPECT_EQ(limited, 3);
    // The limit is per phone number.
    EXPECT_EQ(send(textMessage(kCustomer, u"other number"_s), kPhoneId2).status, 200);

    sportello::test::spinEventLoop(1050ms);
    EXPECT_EQ(send(textMessage(kCustomer, u"later"_s)).status, 200);
}
