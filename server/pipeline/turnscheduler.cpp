// SPDX-License-Identifier: LicenseRef-Sportello
// Decides when a conversation's pending messages form a turn and runs it on a worker.
#include "pipeline/turnscheduler.h"

#include <algorithm>

#include <QDateTime>
#include <QPointer>

#include "metrics/servermetrics.h"
#include "pipeline/pipelinelog.h"
#include "pipeline/turnprocessor.h"
#include "runtime/threadpriority.h"
#include "storage/database.h"
#include "storage/storageerror.h"

namespace sportello::pipeline {

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

TurnScheduler::TurnScheduler(storage::Database &database, TurnProcessor &processor,
                             int quietWindowMs, int workers, metrics::ServerMetrics &metrics,
                             QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_processor(processor)
    , m_metrics(metrics)
    , m_quietWindowMs(quietWindowMs)
    , m_maxWaitMs(std::max<qint64>(10000, 4LL * quietWindowMs))
{
    m_pool.setObjectName(QStringLiteral("pipeline"));
    m_pool.setMaxThreadCount(workers > 0 ? workers : std::max(2, QThread::idealThreadCount()));
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &TurnScheduler::schedule);
}

TurnScheduler::~TurnScheduler()
{
    stop();
}

void TurnScheduler::start()
{
    m_running = true;
    QList<storage::PendingConversation> pending;
    try {
        pending = storage::InboundRepository(m_database.connection()).pendingConversations();
    } catch (const storage::StorageError &e) {
        qCCritical(lcPipeline, "cannot read pending messages: %s", e.what());
    }
    qint64 messages = 0;
    for (const auto &conversation : std::as_const(pending)) {
        // Whatever waited through a restart has waited long enough: no quiet window.
        note(conversation.key, 0);
        messages += conversation.count;
    }
    if (!pending.isEmpty()) {
        qCInfo(lcPipeline, "resuming %lld pending message(s) in %d conversation(s)", messages,
               int(pending.size()));
    }
    schedule();
}

void TurnScheduler::stop()
{
    m_running = false;
    m_timer.stop();
    m_pool.waitForDone();
}

bool TurnScheduler::isIdle() const
{
    return m_slots.isEmpty();
}

void TurnScheduler::onInboundStored(const QList<storage::PendingConversation> &conversations)
{
    for (const auto &conversation : conversations)
        note(conversation.key, conversation.lastReceivedAt);
    arm(nowMs());
}

void TurnScheduler::note(const storage::ConversationKey &key, qint64 receivedAt)
{
    auto it = m_slots.find(key);
    if (it == m_slots.end()) {
        Slot slot;
        slot.firstSeenAt = receivedAt;
        slot.lastSeenAt = receivedAt;
        it = m_slots.insert(key, slot);
    } else {
        it->lastSeenAt = std::max(it->lastSeenAt, receivedAt);
        if (it->running) {
            it->dirty = true;
            return; // pushed again when the running turn finishes
        }
    }
    push(key, *it);
}

void TurnScheduler::push(const storage::ConversationKey &key, const Slot &slot)
{
    m_due.push({readyAt(slot), key});
}

qint64 TurnScheduler::readyAt(const Slot &slot) const
{
    const qint64 quiet = slot.lastSeenAt + m_quietWindowMs;
    const qint64 latest = slot.firstSeenAt + m_maxWaitMs;
    return std::max(std::min(quiet, latest), slot.retryAt);
}

void TurnScheduler::schedule()
{
    if (!m_running)
        return;
    const qint64 now = nowMs();
    m_lastPassAt = now;
    m_timer.stop();
    QList<storage::ConversationKey> ready;
    while (!m_due.empty() && m_due.top().at <= now) {
        const Due due = m_due.top();
        m_due.pop();
        auto it = m_slots.find(due.key);
        // Stale entries: the slot is gone, already running, or its due time moved later.
        if (it == m_slots.end() || it->running || readyAt(*it) > now)
            continue;
        it->running = true;
        it->dirty = false;
        ready.append(due.key);
    }
    // Spread the ready conversations over the workers, a bounded batch each: batches share
    // one write transaction, and no worker sits idle while another has a long queue.
    if (!ready.isEmpty()) {
        const qsizetype workers = std::max(1, m_pool.maxThreadCount());
        const qsizetype batch =
            std::clamp<qsizetype>((ready.size() + workers - 1) / workers, 1, kMaxBatch);
        for (qsizetype i = 0; i < ready.size(); i += batch)
            launch(ready.mid(i, batch));
    }
    m_metrics.queueDepth.set(QStringLiteral("inbound"), double(m_slots.size()));
    arm(now);
}

void TurnScheduler::arm(qint64 now)
{
    if (!m_running || m_due.empty())
        return;
    const qint64 at = std::max(m_due.top().at, m_lastPassAt + kMinPassIntervalMs);
    if (m_timer.isActive() && m_timerAt <= at)
        return;
    m_timerAt = at;
    m_timer.start(int(std::clamp<qint64>(at - now, 0, 60000)));
}

void TurnScheduler::launch(const QList<storage::ConversationKey> &keys)
{
    QPointer<TurnScheduler> self(this);
    m_pool.start([self, keys, processor = &m_processor] {
        runtime::ThreadPriority::makeCurrentThreadBackground();
        QList<TurnResult> results;
        auto failAll = [&](const QString &error) {
            results.clear();
            for (const auto &key : keys) {
                TurnResult failed;
                failed.key = key;
                failed.failed = true;
                failed.error = error;
                results.append(failed);
            }
        };
        try {
            results = processor->process(keys);
        } catch (const std::exception &e) {
            // The batch's transaction rolled back: every turn in it is retried (idempotent).
            failAll(QString::fromUtf8(e.what()));
        }
        if (self) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, results] {
                    if (!self)
                        return;
                    for (const auto &result : results)
                        self->finished(result.key, result);
                    self->arm(nowMs());
                },
                Qt::QueuedConnection);
        }
    });
}

void TurnScheduler::finished(const storage::ConversationKey &key, const TurnResult &result)
{
    auto it = m_slots.find(key);
    if (it == m_slots.end())
        return;
    it->running = false;
    if (result.failed) {
        it->failures += 1;
        const qint64 delay = std::min<qint64>(60000, 500LL << std::min(it->failures, 7));
        it->retryAt = nowMs() + delay;
        qCWarning(lcPipeline, "turn for %s failed (attempt %d, retry in %lld ms): %s",
                  qUtf8Printable(key.senderKey), it->failures, delay, qUtf8Printable(result.error));
        push(key, *it);
    } else if (it->dirty) {
        // Messages arrived during the turn: they start a new turn after their own quiet window.
        it->firstSeenAt = it->lastSeenAt;
        it->failures = 0;
        it->retryAt = 0;
        push(key, *it);
    } else {
        m_slots.erase(it);
    }
    if (!result.failed && result.messageCount > 0) {
        m_metrics.turnsProcessed.inc(result.route);
        Q_EMIT turnProcessed(result);
    }
}

} // namespace sportello::pipeline
