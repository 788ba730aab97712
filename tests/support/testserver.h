// SPDX-License-Identifier: LicenseRef-Sportello
// TestServer: the whole server in the test process, on loopback, with its sandbox channel.
#pragma once

#include <functional>
#include <memory>

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include "app/serverapplication.h"
#include "config/serverconfig.h"
#include "storage/database.h"
#include "support/httptestclient.h"

namespace sportello::test {

// Starts a real app::ServerApplication (real SQLite in a temporary folder, real HTTP on free
// ports, the Graph API emulator) with timings shortened for tests: 20/40 ms sent/delivered
// statuses, customers never read on their own, no quiet window, fast retries. Adjust the
// config with the `tweak` callback before start. Requests go through real loopback HTTP.
class TestServer
{
public:
    using Tweak = std::function<void(config::ServerConfig &)>;

    explicit TestServer(const Tweak &tweak = {});
    ~TestServer();

    app::ServerApplication &app() { return *m_app; }
    const config::ServerConfig &config() const { return m_app->config(); }
    QString dataDir() const { return m_dir.path(); }
    QUrl url(const QString &path) const;
    HttpTestClient &http() { return m_http; }

    // POST /webhook with a correct X-Hub-Signature-256 (or the given header).
    HttpTestClient::Response postWebhook(const QByteArray &body);
    HttpTestClient::Response postWebhook(const QByteArray &body, const QByteArray &signature);
    // POST /sandbox/customers/<waId>/messages {"text": ...}
    HttpTestClient::Response customerSays(const QString &waId, const QString &text);

    // One value from GET /metrics (name with labels exactly as printed), -1 when absent.
    double metric(const QString &series);
    // Waits until no message is pending in the pipeline and the outbox has nothing queued.
    bool waitUntilSettled(int timeoutMs = 10000);
    // Wakes the outbox sender (after enqueuing directly through outbox::Outbox).
    void wakeOutbox();

private:
    void settleIntentModels();

    QTemporaryDir m_dir;
    std::unique_ptr<app::ServerApplication> m_app;
    HttpTestClient m_http;
};

} // namespace sportello::test
