// SPDX-License-Identifier: LicenseRef-Sportello
// One writer at a time inside the process, with the ingestion path first in line.
#pragma once

#include <atomic>
#include <condition_variable>
#include <mutex>

namespace sportello::storage {

// SQLite allows one writer; when several threads compete its busy handler makes the losers
// poll with sleeps, and the webhook acknowledgement would wait behind pipeline turns. All our
// writers live in one process (the data folder is locked), so they queue here instead: a
// waiting priority writer (the ingest writer) goes before any normal one, and waking is
// immediate. Thread-safe.
class WriteGate
{
public:
    // False when the gate stayed held for timeoutMs (the caller reports SQLITE_BUSY).
    bool acquire(bool priority, int timeoutMs);
    void release();
    // True while a priority writer waits: long write jobs commit early and let it in.
    bool priorityWaiting() const { return m_priorityWaitingFlag.load(std::memory_order_relaxed); }

private:
    std::mutex m_mutex;
    std::condition_variable m_released;
    bool m_held = false;
    int m_priorityWaiting = 0;
    std::atomic<bool> m_priorityWaitingFlag{false};
};

} // namespace sportello::storage
