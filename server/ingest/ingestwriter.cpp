// SPDX-License-Identifier: LicenseRef-Sportello
// The durable intake: verifies, parses and stores webhook payloads with group commit.
#include "ingest/ingestwriter.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include "ingest/ingestlog.h"
#include "metrics/servermetrics.h"
#include "storage/database.h"
#include "storage/sqlconnection.h"
#include "storage/statusrepository.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"
#include "storage/webhookeventrepository.h"
#include "whatsapp/webhookparser.h"

namespace sportello::ingest {

namespace {
// Larger batches do not commit faster once the queue is drained this far, and a bounded
// batch keeps the latency of the first request in it bounded too.
constexpr std::size_t kMaxBatch = 512;
} // namespace

struct IngestWriter::Batch
{
    std::deque<IngestRequest> *requests = nullptr;
    QList<IngestOutcome> outcomes;
    QHash<storage::ConversationKey, storage::PendingConversation> touched;
    QList<storage::OutboxStatusChange> statusChanges;
    QList<QString> newStatusNames;
};

IngestWriter::IngestWriter(storage::Database &database, QByteArray appSecret,
                           BusinessFilter knownBusiness, metrics::ServerMetrics &metrics,
                           QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_signature(std::move(appSecret))
    , m_knownBusiness(std::move(knownBusiness))
    , m_metrics(metrics)
{
}

IngestWriter::~IngestWriter()
{
    stop();
}

void IngestWriter::start()
{
    if (m_thread)
        return;
    m_stopping = false;
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("ingest-writer"));
    m_thread->start();
}

void IngestWriter::stop()
{
    if (!m_thread)
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread->wait();
    m_thread.reset();
}

void IngestWriter::submit(IngestRequest request)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(request));
    }
    m_wake.notify_one();
}

int IngestWriter::queueDepth() const
{
    std::lock_guard lock(m_mutex);
    return int(m_queue.size());
}

void IngestWriter::run()
{
    for (;;) {
        std::deque<IngestRequest> requests;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty() && m_stopping)
                break;
            while (!m_queue.empty() && requests.size() < kMaxBatch) {
                requests.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
        }
        writeBatch(requests);
    }
}

void IngestWriter::writeBatch(std::deque<IngestRequest> &requests)
{
    Batch batch;
    batch.requests = &requests;
    storage::SqlConnection *connection = nullptr;
    try {
        connection = &m_database.connection();
        // Acknowledgements wait on this thread's commits: it goes first for the write lock.
        connection->setWritePriority(true);
    } catch (const storage::StorageError &e) {
        qCCritical(lcIngest, "cannot open the database: %s", e.what());
    }
    bool ok = connection && writeAll(*connection, batch, false);
    if (!ok && connection) {
        // One bad request must not fail its neighbours: retry each in its own transaction.
        // A lone request goes through this too: the batch attempt left it without an outcome
        // (or with one whose commit then failed), and every request must get exactly one.
        batch = Batch{};
        batch.requests = &requests;
        ok = writeAll(*connection, batch, true);
    }
    if (!connection) {
        for (const auto &request : requests)
            batch.outcomes.append({request.ticket, IngestOutcome::Kind::Failed, 0, 0, 0, 0, 0,
                                   QStringLiteral("database unavailable")});
    }

    for (const auto &outcome : std::as_const(batch.outcomes)) {
        m_metrics.inboundMessages.inc(quint64(outcome.newMessages));
        m_metrics.inboundDuplicates.inc(
            quint64(outcome.duplicateMessages + outcome.duplicateStatuses));
    }
    for (const auto &status : std::as_const(batch.newStatusNames))
        m_metrics.statusEvents.inc(status);
    for (const auto &change : std::as_const(batch.statusChanges))
        m_metrics.outboundMessages.inc(toString(change.status));

    Q_EMIT completed(batch.outcomes);
    if (!batch.touched.isEmpty())
        Q_EMIT inboundStored(batch.touched.values());
    if (!batch.statusChanges.isEmpty())
        Q_EMIT outboxStatusChanged(batch.statusChanges);
}

bool IngestWriter::writeAll(storage::SqlConnection &connection, Batch &batch, bool oneByOne)
{
    whatsapp::WebhookParser parser;
    std::unique_ptr<storage::Transaction> tx;
    bool allOk = true;
    for (auto &request : *batch.requests) {
        IngestOutcome outcome;
        outcome.ticket = request.ticket;
        const auto verdict = m_signature.verify(request.body, request.signature);
        if (verdict != WebhookSignature::Result::Valid) {
            outcome.kind = IngestOutcome::Kind::BadSignature;
            outcome.reason = verdict == WebhookSignature::Result::Missing
                                 ? QStringLiteral("missing signature")
                                 : QStringLiteral("signature does not match the body");
            batch.outcomes.append(outcome);
            continue;
        }
        try {
            if (!tx)
                tx = std::make_unique<storage::Transaction>(connection);
            auto parsed = parser.parse(request.body);
            if (auto *error = std::get_if<whatsapp::WebhookParseError>(&parsed)) {
                outcome.kind = IngestOutcome::Kind::DeadLettered;
                outcome.reason = QStringLiteral("unparseable payload: ") + error->message;
                storage::WebhookEventRepository(connection)
                    .insertDeadLetter(outcome.reason, QString(), request.body, request.receivedAt);
            } else {
                storePayload(connection, request, std::get<whatsapp::WebhookPayload>(parsed),
                             outcome, batch);
            }
            if (oneByOne) {
                tx->commit();
                tx.reset();
            }
        } catch (const storage::StorageError &e) {
            tx.reset();
            qCWarning(lcIngest, "storing a webhook payload failed: %s", e.what());
            if (!oneByOne)
                return false;
            outcome.kind = IngestOutcome::Kind::Failed;
            outcome.reason = QStringLiteral("database error");
            allOk = false;
        }
        batch.outcomes.append(outcome);
    }
    if (tx) {
        try {
            tx->commit();
        } catch (const storage::StorageError &e) {
            qCWarning(lcIngest, "committing %d webhook payloads failed: %s",
                      int(batch.requests->size()), e.what());
            return false;
        }
    }
    for (const auto &outcome : std::as_const(batch.outcomes)) {
        if (outcome.kind == IngestOutcome::Kind::DeadLettered)
            qCWarning(lcIngest, "dead letter: %s", qUtf8Printable(outcome.reason));
    }
    return allOk;
}

void IngestWriter::storePayload(storage::SqlConnection &connection, const IngestRequest &request,
                                const whatsapp::WebhookPayload &payload, IngestOutcome &outcome,
                                Batch &batch)
{
    storage::InboundRepository inbound(connection);
    storage::StatusRepository statuses(connection);
    storage::OutboxRepository outbox(connection);
    storage::WebhookEventRepository events(connection);
    QSet<QString> unknown;

    for (const auto &message : payload.messages) {
        if (!m_knownBusiness(message.phoneNumberId)) {
            unknown.insert(message.phoneNumberId);
            continue;
        }
        if (inbound.insert(message, request.receivedAt)) {
            ++outcome.newMessages;
            const storage::ConversationKey key{message.phoneNumberId, message.senderKey()};
            auto &pending = batch.touched[key];
            pending.key = key;
            pending.lastReceivedAt = request.receivedAt;
            ++pending.count;
        } else {
            ++outcome.duplicateMessages;
        }
    }
    for (const auto &status : payload.statuses) {
        if (!m_knownBusiness(status.phoneNumberId)) {
            unknown.insert(status.phoneNumberId);
            continue;
        }
        if (!statuses.insert(status, request.receivedAt)) {
            ++outcome.duplicateStatuses;
            continue;
        }
        ++outcome.newStatuses;
        batch.newStatusNames.append(status.statusName);
        bool isOurs = false;
        const qint64 outboxId = status.bizOpaqueCallbackData.toLongLong(&isOurs);
        if (auto change = outbox.applyStatusEvent(
                status, isOurs ? std::optional<qint64>(outboxId) : std::nullopt,
                request.receivedAt)) {
            batch.statusChanges.append(*change);
        }
    }
    for (const auto &other : payload.others) {
        if (!other.phoneNumberId.isEmpty() && !m_knownBusiness(other.phoneNumberId)) {
            unknown.insert(other.phoneNumberId);
            continue;
        }
        if (events.insertOther(other, request.receivedAt))
            ++outcome.otherEvents;
    }

    if (unknown.isEmpty()) {
        outcome.kind = IngestOutcome::Kind::Stored;
        return;
    }
    QStringList ids = unknown.values();
    ids.sort();
    outcome.reason =
        QStringLiteral("unknown phone_number_id %1").arg(ids.join(QStringLiteral(", ")));
    events.insertDeadLetter(outcome.reason, ids.first(), request.body, request.receivedAt);
    const bool storedSomething = outcome.newMessages + outcome.duplicateMessages +
                                     outcome.newStatuses + outcome.duplicateStatuses +
                                     outcome.otherEvents >
                                 0;
    outcome.kind =
        storedSomething ? IngestOutcome::Kind::Stored : IngestOutcome::Kind::DeadLettered;
}

} // namespace sportello::ingest
