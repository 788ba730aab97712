// SPDX-License-Identifier: LicenseRef-Sportello
// Drains the outbox to the Graph API: paced, in order per customer, retried.
#include "outbox/outboxsender.h"

#include <chrono>
#include <limits>

#include <QDateTime>
#include <QRandomGenerator>
#include <QUrl>

#include "config/serverconfig.h"
#include "metrics/servermetrics.h"
#include "outbox/outboxlog.h"
#include "storage/database.h"
#include "storage/outboxrepository.h"
#include "storage/sqlconnection.h"
#include "storage/statusrepository.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"
#include "whatsapp/graphclient.h"
#include "whatsapp/graphrequestbuilder.h"
#include "whatsapp/graphresponse.h"

namespace sportello::outbox {

namespace {
constexpr int kWorkBatch = 500;

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

qint64 wallMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString recipientKey(const storage::OutboxEntry &entry)
{
    return entry.phoneNumberId + u'|' + entry.recipient;
}
} // namespace

OutboxSender::OutboxSender(storage::Database &database, const config::ServerConfig &config,
                           metrics::ServerMetrics &metrics, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_config(config)
    , m_metrics(metrics)
    , m_graphBaseUrl(config.whatsapp.graphUrl)
    , m_retry(config.outbox.backoffInitialMs, config.outbox.backoffMaxMs, config.outbox.maxAttempts)
    , m_timer(new QTimer(this))
    , m_staleTimer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &OutboxSender::pump);
    connect(m_staleTimer, &QTimer::timeout, this, &OutboxSender::requeueStale);
}

OutboxSender::~OutboxSender() = default;

void OutboxSender::setGraphBaseUrl(const QString &url)
{
    m_graphBaseUrl = url;
}

void OutboxSender::start()
{
    if (m_running)
        return;
    m_running = true;
    // Created here so the network manager belongs to this object's thread.
    m_client = std::make_unique<whatsapp::GraphClient>();
    requeueStale();
    m_staleTimer->start(std::max(1000, m_config.outbox.staleSendingMs / 4));
    pump();
}

void OutboxSender::stop()
{
    m_running = false;
    m_timer->stop();
    m_staleTimer->stop();
    m_client.reset();
}

void OutboxSender::wake()
{
    if (!m_running || m_wakePending)
        return;
    m_wakePending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_wakePending = false;
            pump();
        },
        Qt::QueuedConnection);
}

TokenBucket &OutboxSender::phoneBucket(const QString &phoneNumberId, qint64 nowNs)
{
    auto it = m_phoneBuckets.find(phoneNumberId);
    if (it == m_phoneBuckets.end()) {
        // A tenth of a second of burst: smooth enough for Meta's per-second throughput limit.
        const double rate = m_config.outbox.ratePerSecond;
        it = m_phoneBuckets.insert(phoneNumberId, TokenBucket(rate, rate / 10.0, nowNs));
    }
    return *it;
}

TokenBucket &OutboxSender::recipientBucket(const QString &key, qint64 nowNs)
{
    auto it = m_recipientBuckets.find(key);
    if (it == m_recipientBuckets.end()) {
        const int interval = m_config.outbox.recipientIntervalMs;
        const double rate = interval > 0 ? 1000.0 / interval : 1e9;
        it = m_recipientBuckets.insert(key,
                                       TokenBucket(rate, m_config.outbox.recipientBurst, nowNs));
    }
    return *it;
}

void OutboxSender::pump()
{
    if (!m_running)
        return;
    QList<storage::OutboxEntry> heads;
    try {
        heads = storage::OutboxRepository(m_database.connection()).work(kWorkBatch);
    } catch (const storage::StorageError &e) {
        qCWarning(lcOutbox, "reading the outbox failed, retrying in 1 s: %s", e.what());
        m_timer->start(1000);
        return;
    }
    m_metrics.queueDepth.set(QStringLiteral("outbox"), double(heads.size()));

    const qint64 nowMsValue = wallMs();
    const qint64 nowNs = steadyNs();
    qint64 nextNs = std::numeric_limits<qint64>::max();
    for (const auto &entry : std::as_const(heads)) {
        const QString key = recipientKey(entry);
        if (m_inFlight.contains(entry.id) || m_inFlightRecipients.contains(key))
            continue;
        if (entry.status == DeliveryStatus::Sending)
            continue; // left by a crash; requeueStale() decides when it is safe to resend
        if (entry.nextAttemptAt > nowMsValue) {
            nextNs = std::min(nextNs, nowNs + (entry.nextAttemptAt - nowMsValue) * 1000000);
            continue;
        }
        TokenBucket *perCustomer = nullptr;
        if (entry.isMessage()) {
            perCustomer = &recipientBucket(key, nowNs);
            if (perCustomer->available(nowNs) < 1.0) {
                nextNs = std::min(nextNs, perCustomer->nextTokenAt(nowNs));
                continue;
            }
        }
        TokenBucket &perNumber = phoneBucket(entry.phoneNumberId, nowNs);
        if (!perNumber.tryTake(nowNs)) {
            nextNs = std::min(nextNs, perNumber.nextTokenAt(nowNs));
            continue;
        }
        if (perCustomer)
            perCustomer->tryTake(nowNs);
        send(entry);
    }
    if (nextNs != std::numeric_limits<qint64>::max()) {
        const qint64 waitMs = (std::max<qint64>(0, nextNs - steadyNs()) + 999999) / 1000000;
        m_timer->start(int(std::min<qint64>(waitMs, 60000)));
    } else if (m_inFlight.isEmpty()) {
        Q_EMIT idle();
    }
}

void OutboxSender::send(const storage::OutboxEntry &entry)
{
    try {
        if (!storage::OutboxRepository(m_database.connection()).markSending(entry.id, wallMs()))
            return; // a status webhook or another change got there first
    } catch (const storage::StorageError &e) {
        qCWarning(lcOutbox, "cannot claim outbox %lld: %s", entry.id, e.what());
        m_timer->start(1000);
        return;
    }
    const auto *business = m_config.business(entry.phoneNumberId);
    if (!business) {
        failed(entry,
               {whatsapp::GraphFailure::Kind::ApiError,
                0,
                0,
                0,
                {},
                QStringLiteral("business %1 is no longer configured").arg(entry.phoneNumberId),
                {},
                {},
                {}});
        return;
    }
    m_inFlight.insert(entry.id);
    m_inFlightRecipients.insert(recipientKey(entry));
    const QByteArray body = entry.isMessage() ? whatsapp::GraphRequestBuilder::withCallbackData(
                                                    entry.payload, QString::number(entry.id))
                                              : entry.payload;
    const QUrl url(m_graphBaseUrl + u'/' + entry.phoneNumberId + QStringLiteral("/messages"));
    m_client->send(url, m_config.accessTokenFor(*business).reveal(), body,
                   m_config.whatsapp.requestTimeoutMs, this,
                   [this, entry](int httpStatus, QByteArray answer,
                                 std::optional<whatsapp::GraphFailure> transportFailure) {
                       answered(entry, httpStatus, answer, transportFailure);
                   });
}

void OutboxSender::answered(const storage::OutboxEntry &entry, int httpStatus,
                            const QByteArray &body,
                            const std::optional<whatsapp::GraphFailure> &transportFailure)
{
    m_inFlight.remove(entry.id);
    m_inFlightRecipients.remove(recipientKey(entry));

    if (transportFailure) {
        failed(entry, *transportFailure);
    } else if (entry.isMessage()) {
        const auto parsed = whatsapp::GraphResponseParser::parseSend(httpStatus, body);
        if (const auto *success = std::get_if<whatsapp::GraphSendSuccess>(&parsed)) {
            m_metrics.graphRequests.inc(QStringLiteral("ok"));
            try {
                auto &connection = m_database.connection();
                storage::Transaction tx(connection);
                storage::OutboxRepository outbox(connection);
                outbox.markAccepted(entry.id, success->wamid, wallMs());
                // Statuses that arrived before we knew the wamid (no callback data).
                for (const auto &status :
                     storage::StatusRepository(connection).forWamid(success->wamid))
                    outbox.applyStatusEvent(status, entry.id, wallMs());
                tx.commit();
                m_metrics.outboundMessages.inc(QStringLiteral("accepted"));
                Q_EMIT entryChanged(entry.id, DeliveryStatus::Accepted);
            } catch (const storage::StorageError &e) {
                // Meta has the message; the status webhooks will record it through our id.
                qCWarning(lcOutbox, "recording the answer for outbox %lld failed: %s", entry.id,
                          e.what());
            }
        } else {
            failed(entry, std::get<whatsapp::GraphFailure>(parsed));
        }
    } else {
        const auto parsed = whatsapp::GraphResponseParser::parseMarkRead(httpStatus, body);
        if (std::holds_alternative<bool>(parsed)) {
            m_metrics.graphRequests.inc(QStringLiteral("ok"));
            try {
                storage::OutboxRepository(m_database.connection())
                    .markAccepted(entry.id, QString(), wallMs());
            } catch (const storage::StorageError &e) {
                qCWarning(lcOutbox, "recording read receipt %lld failed: %s", entry.id, e.what());
            }
        } else {
            failed(entry, std::get<whatsapp::GraphFailure>(parsed));
        }
    }
    pump();
}

void OutboxSender::failed(const storage::OutboxEntry &entry, const whatsapp::GraphFailure &failure)
{
    const int attempts = entry.attempts + 1;
    const auto decision =
        m_retry.decide(failure, attempts, QRandomGenerator::global()->generateDouble());
    const QString title = failure.title.isEmpty() ? failure.message : failure.title;
    const std::optional<int> code = failure.code ? std::optional<int>(failure.code) : std::nullopt;
    const char *kind = failure.kind == whatsapp::GraphFailure::Kind::Network       ? "network"
                       : failure.kind == whatsapp::GraphFailure::Kind::Timeout     ? "timeout"
                       : failure.kind == whatsapp::GraphFailure::Kind::BadResponse ? "bad_response"
                                                                                   : "api_error";
    m_metrics.graphRequests.inc(QString::fromUtf8(kind));
    try {
        storage::OutboxRepository outbox(m_database.connection());
        const qint64 now = wallMs();
        switch (decision.action) {
        case RetryDecision::Action::Retry:
            outbox.scheduleRetry(entry.id, now + decision.delayMs, code, title, failure.details,
                                 now);
            qCInfo(lcOutbox, "outbox %lld: %s (HTTP %d, code %d), attempt %d, retry in %lld ms",
                   entry.id, kind, failure.httpStatus, failure.code, attempts, decision.delayMs);
            m_timer->start(int(std::min<qint64>(decision.delayMs, 60000)));
            return;
        case RetryDecision::Action::AcceptedUnknown:
            outbox.markAccepted(entry.id, QString(), now);
            qCWarning(lcOutbox,
                      "outbox %lld: Meta accepted it but the answer was unreadable; "
                      "waiting for its status webhook",
                      entry.id);
            m_metrics.outboundMessages.inc(QStringLiteral("accepted"));
            Q_EMIT entryChanged(entry.id, DeliveryStatus::Accepted);
            return;
        case RetryDecision::Action::NeedsTemplate:
            outbox.markFinal(entry.id, DeliveryStatus::NeedsTemplate, code, title, failure.details,
                             now);
            qCInfo(lcOutbox, "outbox %lld needs a template: %s", entry.id, qUtf8Printable(title));
            m_metrics.outboundMessages.inc(QStringLiteral("needs_template"));
            Q_EMIT entryChanged(entry.id, DeliveryStatus::NeedsTemplate);
            return;
        case RetryDecision::Action::Fail:
            outbox.markFinal(entry.id, DeliveryStatus::Failed, code, title, failure.details, now);
            qCWarning(lcOutbox, "outbox %lld failed after %d attempt(s): %s (HTTP %d, code %d)",
                      entry.id, attempts, qUtf8Printable(title), failure.httpStatus, failure.code);
            m_metrics.outboundMessages.inc(QStringLiteral("failed"));
            Q_EMIT entryChanged(entry.id, DeliveryStatus::Failed);
            return;
        }
    } catch (const storage::StorageError &e) {
        // The row stays `sending`; requeueStale() picks it up later.
        qCWarning(lcOutbox, "recording a failure for outbox %lld failed: %s", entry.id, e.what());
    }
}

void OutboxSender::requeueStale()
{
    try {
        const qint64 now = wallMs();
        const int requeued = storage::OutboxRepository(m_database.connection())
                                 .requeueStaleSending(now - m_config.outbox.staleSendingMs, now);
        if (requeued > 0) {
            qCWarning(lcOutbox,
                      "%d send(s) were interrupted without an answer or status; "
                      "sending them again",
                      requeued);
            pump();
        }
    } catch (const storage::StorageError &e) {
        qCWarning(lcOutbox, "checking for interrupted sends failed: %s", e.what());
    }
}

} // namespace sportello::outbox
