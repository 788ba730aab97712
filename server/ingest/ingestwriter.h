// SPDX-License-Identifier: LicenseRef-Sportello
// The durable intake: verifies, parses and stores webhook payloads with group commit.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>

#include <QList>
#include <QObject>
#include <QThread>

#include "ingest/ingestoutcome.h"
#include "ingest/ingestrequest.h"
#include "ingest/webhooksignature.h"
#include "storage/inboundrepository.h"
#include "storage/outboxrepository.h"

namespace sportello::storage {
class Database;
class SqlConnection;
} // namespace sportello::storage
namespace sportello::metrics {
class ServerMetrics;
}
namespace sportello::whatsapp {
struct WebhookPayload;
}

namespace sportello::ingest {

// Owns one thread ("ingest-writer") with its own database connection. Requests queue up
// while a transaction commits and are written together in the next one (group commit), so
// the rate is bounded by CPU rather than by commits. Signature checks and parsing happen on
// this thread too, which keeps the HTTP thread free to accept connections.
//
// submit() is thread-safe; the signals are emitted from the writer thread (receivers in
// other threads get them queued).
class IngestWriter : public QObject
{
    Q_OBJECT

public:
    using BusinessFilter = std::function<bool(const QString &phoneNumberId)>;

    IngestWriter(storage::Database &database, QByteArray appSecret, BusinessFilter knownBusiness,
                 metrics::ServerMetrics &metrics, QObject *parent = nullptr);
    ~IngestWriter() override;

    void start();
    // Finishes everything already submitted, then stops the thread.
    void stop();

    void submit(IngestRequest request);
    int queueDepth() const;

Q_SIGNALS:
    void completed(const QList<sportello::ingest::IngestOutcome> &outcomes);
    // Conversations with newly stored customer messages (for the turn scheduler).
    void inboundStored(const QList<sportello::storage::PendingConversation> &conversations);
    // Outbox rows moved by status webhooks.
    void outboxStatusChanged(const QList<sportello::storage::OutboxStatusChange> &changes);

private:
    struct Batch;
    void run();
    void writeBatch(std::deque<IngestRequest> &requests);
    bool writeAll(storage::SqlConnection &connection, Batch &batch, bool oneByOne);
    void storePayload(storage::SqlConnection &connection, const IngestRequest &request,
                      const whatsapp::WebhookPayload &payload, IngestOutcome &outcome,
                      Batch &batch);

    storage::Database &m_database;
    WebhookSignature m_signature;
    BusinessFilter m_knownBusiness;
    metrics::ServerMetrics &m_metrics;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<IngestRequest> m_queue;
    bool m_stopping = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace sportello::ingest
