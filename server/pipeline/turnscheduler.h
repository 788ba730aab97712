// SPDX-License-Identifier: LicenseRef-Sportello
// Decides when a conversation's pending messages form a turn and runs it on a worker.
#pragma once

#include <functional>
#include <vector>

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <queue>

#include "pipeline/turnresult.h"
#include "storage/inboundrepository.h"

namespace sportello::storage {
class Database;
}
namespace sportello::metrics {
class ServerMetrics;
}

namespace sportello::pipeline {

class TurnProcessor;

// Lives in the main thread. Guarantees:
// - one conversation is processed by at most one worker at a time, so its messages are
//   handled strictly in order, while different conversations run in parallel;
// - a customer who writes in bursts gets one turn: it starts once they have been quiet for
//   the quiet window (and at the latest after maxWait, so a chatty customer is not starved);
// - every stored message is eventually processed: on start it picks up whatever the last run
//   left pending, and a failed turn is retried with backoff.
class TurnScheduler : public QObject
{
    Q_OBJECT

public:
    TurnScheduler(storage::Database &database, TurnProcessor &processor, int quietWindowMs,
                  int workers, metrics::ServerMetrics &metrics, QObject *parent = nullptr);
    ~TurnScheduler() override;

    // Loads pending conversations from the database and starts working.
    void start();
    // Stops launching turns and waits for the running ones.
    void stop();
    int pendingConversations() const { return int(m_slots.size()); }
    bool isIdle() const;

public Q_SLOTS:
    void onInboundStored(const QList<sportello::storage::PendingConversation> &conversations);

Q_SIGNALS:
    void turnProcessed(const sportello::pipeline::TurnResult &result);

private:
    static constexpr qsizetype kMaxBatch = 32;
    // Under load a pass every few ms would find one or two due turns and commit each in its own
    // transaction; pooling them for this long (nothing next to a 1.5 s quiet window) writes a
    // fraction of the WAL pages, which is what keeps the webhook's checkpoint pauses rare.
    static constexpr qint64 kMinPassIntervalMs = 5;

    struct Slot
    {
        qint64 firstSeenAt = 0; // ms, when the oldest pending message arrived
        qint64 lastSeenAt = 0;  // ms, newest
        qint64 retryAt = 0;     // ms, after a failure
        int failures = 0;
        bool running = false;
        bool dirty = false; // new messages arrived while running
    };

    // Due times in a min-heap: schedule() is O(log n) per event, not a scan of every waiting
    // conversation (thousands at a time under load). Entries go stale when a slot's due time
    // moves; they are recognised and dropped when popped.
    struct Due
    {
        qint64 at = 0;
        storage::ConversationKey key;
        bool operator>(const Due &other) const { return at > other.at; }
    };

    void note(const storage::ConversationKey &key, qint64 receivedAt);
    void push(const storage::ConversationKey &key, const Slot &slot);
    qint64 readyAt(const Slot &slot) const;
    void schedule();
    void arm(qint64 now);
    void launch(const QList<storage::ConversationKey> &keys);
    void finished(const storage::ConversationKey &key, const TurnResult &result);

    storage::Database &m_database;
    TurnProcessor &m_processor;
    metrics::ServerMetrics &m_metrics;
    const qint64 m_quietWindowMs;
    const qint64 m_maxWaitMs;
    QHash<storage::ConversationKey, Slot> m_slots;
    std::priority_queue<Due, std::vector<Due>, std::greater<Due>> m_due;
    QThreadPool m_pool;
    QTimer m_timer;
    qint64 m_timerAt = 0;   // ms, when the armed timer fires
    qint64 m_lastPassAt = 0; // ms
    bool m_running = false;
};

} // namespace sportello::pipeline
