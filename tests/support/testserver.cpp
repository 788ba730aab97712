// SPDX-License-Identifier: LicenseRef-Sportello
// TestServer: the whole server in the test process, on loopback, with its sandbox channel.
#include "support/testserver.h"

#include <stdexcept>

#include <QJsonObject>
#include <QRegularExpression>

#include "agents/hub/agenthub.h"
#include "agents/hub/eventlog.h"
#include "ingest/webhooksignature.h"
#include "nlu/runtime/intentmodelregistry.h"
#include "support/qtapp.h"
#include "support/testconfig.h"
#include "support/waitfor.h"

namespace sportello::test {

TestServer::TestServer(const Tweak &tweak)
{
    QtApp::ensure();
    config::ServerConfig config = TestConfig::sandbox(m_dir.path());
    config.server.port = 0;
    config.sandbox.graphPort = 0;
    config.sandbox.sentDelayMs = 20;
    config.sandbox.deliveredDelayMs = 40;
    config.sandbox.readDelayMs = -1;
    config.pipeline.quietWindowMs = 0;
    config.outbox.backoffInitialMs = 50;
    config.outbox.backoffMaxMs = 400;
    config.outbox.staleSendingMs = 20000;
    config.whatsapp.requestTimeoutMs = 2000;
    if (tweak)
        tweak(config);
    m_app = std::make_unique<app::ServerApplication>(config);
    QString error;
    if (!m_app->start(&error))
        throw std::runtime_error("TestServer failed to start: " + error.toStdString());
    settleIntentModels();
}

void TestServer::settleIntentModels()
{
    // The intent models load (or train, the first time) in the background and announce it on
    // the hub's event stream. Tests start once that is over, so their events are their own.
    auto *registry = m_app->intentModels();
    if (!registry)
        return;
    const bool ready = waitFor(
        [&] {
            for (const auto &business : config().businesses) {
                if (registry->status(business.phoneNumberId).state ==
                    nlu::IntentModelStatus::State::Training)
                    return false;
            }
            return true;
        },
        std::chrono::seconds(120));
    if (!ready)
        throw std::runtime_error("TestServer: the intent models did not load in time");
    // Let the hub publish what the registry announced: its number stops moving.
    qint64 seq = -1;
    for (int stable = 0; stable < 3;) {
        spinEventLoop(std::chrono::milliseconds(10));
        const qint64 now = m_app->agentHub() ? m_app->agentHub()->eventLog().seq() : 0;
        stable = now == seq ? stable + 1 : 0;
        seq = now;
    }
}

TestServer::~TestServer()
{
    m_app->stop();
    spinEventLoop(std::chrono::milliseconds(5));
}

QUrl TestServer::url(const QString &path) const
{
    return QUrl(m_app->baseUrl() + path);
}

HttpTestClient::Response TestServer::postWebhook(const QByteArray &body)
{
    const ingest::WebhookSignature signature(config().whatsapp.appSecret.reveal());
    return postWebhook(body, signature.sign(body));
}

HttpTestClient::Response TestServer::postWebhook(const QByteArray &body,
                                                 const QByteArray &signature)
{
    HttpTestClient::Headers headers{
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    if (!signature.isNull())
        headers.append({QByteArrayLiteral("X-Hub-Signature-256"), signature});
    return m_http.post(url(QStringLiteral("/webhook")), body, headers);
}

HttpTestClient::Response TestServer::customerSays(const QString &waId, const QString &text)
{
    return m_http.postJson(url(QStringLiteral("/sandbox/customers/%1/messages").arg(waId)),
                           QJsonObject{{QStringLiteral("text"), text}});
}

double TestServer::metric(const QString &series)
{
    const auto response = m_http.get(url(QStringLiteral("/metrics")));
    for (const QByteArray &line : response.body.split('\n')) {
        if (line.startsWith('#'))
            continue;
        const qsizetype space = line.lastIndexOf(' ');
        if (space > 0 && QString::fromUtf8(line.left(space)) == series)
            return line.mid(space + 1).toDouble();
    }
    return -1;
}

bool TestServer::waitUntilSettled(int timeoutMs)
{
    return waitFor(
        [this] {
            return m_app->pipelineIdle() &&
                   metric(QStringLiteral("sportello_inbound_messages_pending")) == 0 &&
                   metric(QStringLiteral("sportello_outbound_messages_unsent")) == 0;
        },
        std::chrono::milliseconds(timeoutMs));
}

void TestServer::wakeOutbox()
{
    m_app->wakeOutbox();
}

} // namespace sportello::test
