// SPDX-License-Identifier: LicenseRef-Sportello
// GET/POST /webhook of the running server over loopback HTTP: handshake, signatures, limits.
#include <gtest/gtest.h>

#include <QUrlQuery>

#include "storage/inboundrepository.h"
#include "storage/sqlconnection.h"
#include "storage/webhookeventrepository.h"
#include "support/testserver.h"
#include "support/webhookfactory.h"

namespace sportello::test {
namespace {

class WebhookEndpoint : public ::testing::Test
{
protected:
    TestServer server{[](config::ServerConfig &c) { c.server.maxBodyBytes = 64 * 1024; }};
    WebhookFactory meta{server.config().whatsapp.appSecret.reveal()};

    HttpTestClient::Response handshake(const QString &mode, const QString &token,
                                       const QString &challenge)
    {
        QUrl url = server.url(QStringLiteral("/webhook"));
        QUrlQuery query;
        if (!mode.isNull())
            query.addQueryItem(QStringLiteral("hub.mode"), mode);
        if (!token.isNull())
            query.addQueryItem(QStringLiteral("hub.verify_token"), token);
        if (!challenge.isNull())
            query.addQueryItem(QStringLiteral("hub.challenge"), challenge);
        url.setQuery(query);
        return server.http().get(url);
    }

    qint64 storedMessages()
    {
        return storage::InboundRepository(server.app().database().connection()).countStored();
    }
};

TEST_F(WebhookEndpoint, HandshakeEchoesTheChallengeOnlyForTheRightToken)
{
    const auto ok = handshake(QStringLiteral("subscribe"), QStringLiteral("sandbox-verify"),
                              QStringLiteral("1158201444"));
    EXPECT_EQ(ok.status, 200);
    EXPECT_EQ(ok.body, QByteArrayLiteral("1158201444"));

    EXPECT_EQ(
        handshake(QStringLiteral("subscribe"), QStringLiteral("wrong"), QStringLiteral("1")).status,
        403);
    EXPECT_EQ(handshake(QStringLiteral("unsubscribe"), QStringLiteral("sandbox-verify"),
                        QStringLiteral("1"))
                  .status,
              403);
    EXPECT_EQ(handshake(QString(), QString(), QStringLiteral("1")).status, 403);
    EXPECT_EQ(handshake(QStringLiteral("subscribe"), QString(), QStringLiteral("1")).status, 403);
    EXPECT_EQ(
        server.metric(QStringLiteral("sportello_webhook_requests_total{result=\"verify_ok\"}")), 1);
    EXPECT_EQ(
        server.metric(QStringLiteral("sportello_webhook_requests_total{result=\"verify_failed\"}")),
        4);
}

TEST_F(WebhookEndpoint, CorrectSignatureIsStoredBeforeTheAnswer)
{
    const QByteArray body =
        meta.textBody(QStringLiteral("wamid.sig-ok"), QStringLiteral("393401112233"),
                      QStringLiteral("Buongiorno"), WebhookFactory::now());
    const auto response = server.postWebhook(body);
    EXPECT_EQ(response.status, 200);
    // The 200 promises durability: the row is there the moment the answer is.
    EXPECT_EQ(storedMessages(), 1);
}

TEST_F(WebhookEndpoint, WrongMissingOrMalformedSignatureIsRefusedAndNothingStored)
{
    const QByteArray body =
        meta.textBody(QStringLiteral("wamid.sig-bad"), QStringLiteral("393401112233"),
                      QStringLiteral("x"), WebhookFactory::now());
    const QByteArray otherSecret = WebhookFactory::sign(QByteArrayLiteral("not-the-secret"), body);
    EXPECT_EQ(server.postWebhook(body, otherSecret).status, 401);
    EXPECT_EQ(server.postWebhook(body, QByteArray()).status, 401);
    EXPECT_EQ(server.postWebhook(body, QByteArrayLiteral("sha256=zz")).status, 401);
    EXPECT_EQ(server.postWebhook(body, QByteArrayLiteral("md5=00")).status, 401);
    // A signature of another body (tampered payload).
    EXPECT_EQ(server.postWebhook(body + ' ', meta.sign(body)).status, 401);
    EXPECT_EQ(storedMessages(), 0);
    EXPECT_EQ(server.metric(
                  QStringLiteral("sportello_webhook_requests_total{result=\"missing_signature\"}")),
              1);
    EXPECT_EQ(
        server.metric(QStringLiteral("sportello_webhook_requests_total{result=\"bad_signature\"}")),
        4);
}

TEST_F(WebhookEndpoint, OversizedBodyIsRefusedWith413)
{
    QByteArray body = meta.textBody(QStringLiteral("wamid.big"), QStringLiteral("393401112233"),
                                    QString(70 * 1024, u'a'), WebhookFactory::now());
    EXPECT_EQ(server.postWebhook(body).status, 413);
    EXPECT_EQ(storedMessages(), 0);
    EXPECT_EQ(
        server.metric(QStringLiteral("sportello_webhook_requests_total{result=\"too_large\"}")), 1);
}

TEST_F(WebhookEndpoint, RedeliveryIsAcknowledgedButStoredOnce)
{
    const QByteArray body =
        meta.textBody(QStringLiteral("wamid.twice"), QStringLiteral("393401112233"),
                      QStringLiteral("Quanto costa una pulizia?"), WebhookFactory::now());
    EXPECT_EQ(server.postWebhook(body).status, 200);
    EXPECT_EQ(server.postWebhook(body).status, 200);
    EXPECT_EQ(server.postWebhook(body).status, 200);
    EXPECT_EQ(storedMessages(), 1);
    EXPECT_EQ(server.metric(QStringLiteral("sportello_inbound_messages_total")), 1);
    EXPECT_EQ(server.metric(QStringLiteral("sportello_inbound_duplicates_total")), 2);
}

TEST_F(WebhookEndpoint, UnparseableSignedPayloadIsDeadLetteredAndAcknowledged)
{
    const QByteArray garbage =
        QByteArrayLiteral("{\"object\":\"whatsapp_business_account\",\"entry\":[{,}]");
    EXPECT_EQ(server.postWebhook(garbage).status, 200);
    storage::WebhookEventRepository events(server.app().database().connection());
    const auto letters = events.deadLetters();
    ASSERT_EQ(letters.size(), 1);
    EXPECT_EQ(letters.first().body, garbage);
    EXPECT_TRUE(letters.first().reason.startsWith(QStringLiteral("unparseable payload")));
    EXPECT_EQ(
        server.metric(QStringLiteral("sportello_webhook_requests_total{result=\"dead_letter\"}")),
        1);
    EXPECT_EQ(server.metric(QStringLiteral("sportello_dead_letters_stored")), 1);
}

TEST_F(WebhookEndpoint, UnknownBusinessIsDeadLetteredWithItsId)
{
    WebhookFactory stranger(server.config().whatsapp.appSecret.reveal(),
                            QStringLiteral("999999999999999"));
    const QByteArray body =
        stranger.textBody(QStringLiteral("wamid.stranger"), QStringLiteral("393401112233"),
                          QStringLiteral("ciao"), WebhookFactory::now());
    EXPECT_EQ(server.postWebhook(body).status, 200);
    EXPECT_EQ(storedMessages(), 0);
    const auto letters =
        storage::WebhookEventRepository(server.app().database().connection()).deadLetters();
    ASSERT_EQ(letters.size(), 1);
    EXPECT_EQ(letters.first().phoneNumberId, QStringLiteral("999999999999999"));
    EXPECT_TRUE(letters.first().reason.contains(QStringLiteral("999999999999999")));
}

TEST_F(WebhookEndpoint, HealthReadinessAndUnknownPaths)
{
    EXPECT_EQ(server.http().get(server.url(QStringLiteral("/healthz"))).status, 200);
    const auto ready = server.http().get(server.url(QStringLiteral("/readyz")));
    EXPECT_EQ(ready.status, 200);
    EXPECT_EQ(ready.json().value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
    EXPECT_EQ(server.http().get(server.url(QStringLiteral("/nope"))).status, 404);
}

} // namespace
} // namespace sportello::test
