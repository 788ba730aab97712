// SPDX-License-Identifier: LicenseRef-Sportello
// Test fixture of the sandbox suite: emulator + its HTTP server + a signed-webhook receiver.
#pragma once

#include <memory>

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

#include "http/graphemulatorserver.h"
#include "support/httptestclient.h"
#include "support/qtapp.h"
#include "support/waitfor.h"
#include "support/webhookreceiver.h"
#include "whatsapp/sandbox/graphemulator.h"

namespace sportello::test {

class SandboxFixture : public ::testing::Test
{
protected:
    static inline const QByteArray kSecret = QByteArrayLiteral("sandbox-test-app-secret");
    static inline const QByteArray kToken = QByteArrayLiteral("sandbox-test-token");
    static inline const QString kPhoneId = QStringLiteral("106540352242922");
    static inline const QString kDisplay = QStringLiteral("15550783881");
    static inline const QString kPhoneId2 = QStringLiteral("200000000000002");
    static inline const QString kDisplay2 = QStringLiteral("15550000002");
    static inline const QString kWaba = QStringLiteral("102290129340398");
    static inline const QString kCustomer = QStringLiteral("393400000001");

    void SetUp() override
    {
        QtApp::ensure();
        receiver = std::make_unique<WebhookReceiver>(kSecret);
        ASSERT_NE(receiver->listen(), 0);
        start(defaultOptions());
    }

    void TearDown() override
    {
        server.reset();
        emulator.reset();
        receiver.reset();
        // Let deleteLater()ed sockets and servers go before the next test.
        spinEventLoop(std::chrono::milliseconds(5));
    }

    // Small delays keep the suite fast while keeping the real order of events.
    whatsapp::sandbox::GraphEmulatorOptions defaultOptions() const
    {
        whatsapp::sandbox::GraphEmulatorOptions options;
        options.appSecret = kSecret;
        options.accessToken = kToken;
        options.webhookUrl = receiver->url();
        options.businessAccountId = kWaba;
        options.phoneNumbers = {{kPhoneId, kDisplay}, {kPhoneId2, kDisplay2}};
        options.sentDelayMs = 10;
        options.deliveredDelayMs = 30;
        options.readDelayMs = 60;
        options.webhookRetryInitialMs = 40;
        options.webhookRetryMaxMs = 160;
        options.webhookMaxAttempts = 10;
        options.webhookTimeoutMs = 2000;
        return options;
    }

    // (Re)creates the emulator and its server with these options.
    void start(const whatsapp::sandbox::GraphEmulatorOptions &options)
    {
        server.reset();
        emulator = std::make_unique<whatsapp::sandbox::GraphEmulator>(options);
        server = std::make_unique<http::GraphEmulatorServer>(emulator.get());
        ASSERT_NE(server->listen(QHostAddress::LocalHost, 0), 0);
    }

    QUrl messagesUrl(const QString &phoneNumberId = kPhoneId,
                     const QString &version = QStringLiteral("v21.0")) const
    {
        QUrl url = server->baseUrl();
        url.setPath(u'/' + version + u'/' + phoneNumberId + QStringLiteral("/messages"));
        return url;
    }

    HttpTestClient::Headers auth(const QByteArray &token = kToken) const
    {
        return {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token},
                {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    }

    HttpTestClient::Response send(const QJsonObject &body, const QString &phoneNumberId = kPhoneId,
                                  int transferTimeoutMs = 0)
    {
        return client.post(messagesUrl(phoneNumberId),
                           QJsonDocument(body).toJson(QJsonDocument::Compact), auth(),
                           transferTimeoutMs);
    }

    static QJsonObject textMessage(const QString &to, const QString &body,
                                   const QString &opaque = {})
    {
        QJsonObject json{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                         {QStringLiteral("recipient_type"), QStringLiteral("individual")},
                         {QStringLiteral("to"), to},
                         {QStringLiteral("type"), QStringLiteral("text")},
                         {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), body}}}};
        if (!opaque.isEmpty())
            json.insert(QStringLiteral("biz_opaque_callback_data"), opaque);
        return json;
    }

    static QJsonObject markRead(const QString &wamid, bool typing = false)
    {
        QJsonObject json{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                         {QStringLiteral("status"), QStringLiteral("read")},
                         {QStringLiteral("message_id"), wamid}};
        if (typing) {
            json.insert(QStringLiteral("typing_indicator"),
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}});
        }
        return json;
    }

    static QJsonObject graphError(const HttpTestClient::Response &response)
    {
        return response.json().value(QStringLiteral("error")).toObject();
    }

    static int errorCode(const HttpTestClient::Response &response)
    {
        return graphError(response).value(QStringLiteral("code")).toInt();
    }

    static QString sentWamid(const HttpTestClient::Response &response)
    {
        return response.json()
            .value(QStringLiteral("messages"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("id"))
            .toString();
    }

    void setFault(whatsapp::sandbox::FaultPlan::Mode mode, int count = -1)
    {
        whatsapp::sandbox::FaultPlan plan;
        plan.mode = mode;
        plan.count = count;
        emulator->setFault(plan);
    }

    std::unique_ptr<WebhookReceiver> receiver;
    std::unique_ptr<whatsapp::sandbox::GraphEmulator> emulator;
    std::unique_ptr<http::GraphEmulatorServer> server;
    HttpTestClient client;
};

} // namespace sportello::test
