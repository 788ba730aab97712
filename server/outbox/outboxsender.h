// SPDX-License-Identifier: LicenseRef-Sportello
// Drains the outbox to the Graph API: paced, in order per customer, retried.
#pragma once

#include <memory>

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include "domain/deliverystatus.h"
#include "outbox/retrypolicy.h"
#include "outbox/tokenbucket.h"
#include "storage/outboxentry.h"

namespace sportello::config {
struct ServerConfig;
}
namespace sportello::storage {
class Database;
}
namespace sportello::metrics {
class ServerMetrics;
}
namespace sportello::whatsapp {
class GraphClient;
struct GraphFailure;
} // namespace sportello::whatsapp

namespace sportello::outbox {

// Runs in its own thread ("outbox"): its database writes and network callbacks never touch
// the HTTP thread. Everything is driven by slots; call them through queued connections.
//
// Pacing: a token bucket per business phone number (outbox.rate_per_second) and one per
// customer (Meta's pair rate limit: a burst, then one message per interval). One request per
// customer is in flight at a time, so messages arrive in the order they were queued.
// Exactly-once towards Meta as far as it can be known: a row is marked `sending` before the
// request, its answer records the wamid, and our row id travels as biz_opaque_callback_data
// so a status webhook can claim a send whose answer was lost.
class OutboxSender : public QObject
{
    Q_OBJECT

public:
    OutboxSender(storage::Database &database, const config::ServerConfig &config,
                 metrics::ServerMetrics &metrics, QObject *parent = nullptr);
    ~OutboxSender() override;

    // Where POST {graphBaseUrl}/{phone_number_id}/messages goes (the emulator in sandbox).
    void setGraphBaseUrl(const QString &url);

public Q_SLOTS:
    void start();
    void stop();
    // New rows may be waiting. Wakes arriving together are served by one pass.
    void wake();

Q_SIGNALS:
    void entryChanged(qint64 outboxId, sportello::DeliveryStatus status);
    void idle();

private:
    void pump();
    void send(const storage::OutboxEntry &entry);
    void answered(const storage::OutboxEntry &entry, int httpStatus, const QByteArray &body,
                  const std::optional<whatsapp::GraphFailure> &transportFailure);
    void failed(const storage::OutboxEntry &entry, const whatsapp::GraphFailure &failure);
    void requeueStale();
    TokenBucket &phoneBucket(const QString &phoneNumberId, qint64 nowNs);
    TokenBucket &recipientBucket(const QString &key, qint64 nowNs);

    storage::Database &m_database;
    const config::ServerConfig &m_config;
    metrics::ServerMetrics &m_metrics;
    QString m_graphBaseUrl;
    RetryPolicy m_retry;
    std::unique_ptr<whatsapp::GraphClient> m_client;
    QHash<QString, TokenBucket> m_phoneBuckets;
    QHash<QString, TokenBucket> m_recipientBuckets;
    QSet<qint64> m_inFlight;
    QSet<QString> m_inFlightRecipients;
    // Parented (not plain members) so that moveToThread() takes them along.
    QTimer *m_timer;
    QTimer *m_staleTimer;
    bool m_running = false;
    bool m_wakePending = false;
};

} // namespace sportello::outbox
