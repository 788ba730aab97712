// SPDX-License-Identifier: LicenseRef-Sportello
// One writer at a time inside the process, with the ingestion path first in line.
#include "storage/writegate.h"

#include <chrono>

namespace sportello::storage {

bool WriteGate::acquire(bool priority, int timeoutMs)
{
    const auto timeout = std::chrono::milliseconds(timeoutMs);
    std::unique_lock lock(m_mutex);
    bool got = false;
    if (priority) {
        ++m_priorityWaiting;
        m_priorityWaitingFlag.store(true, std::memory_order_relaxed);
        got = m_released.wait_for(lock, timeout, [this] { return !m_held; });
        --m_priorityWaiting;
        m_priorityWaitingFlag.store(m_priorityWaiting > 0, std::memory_order_relaxed);
        if (!got)
            m_released.notify_all(); // normal writers may go now that we gave up
    } else {
        got = m_released.wait_for(lock, timeout,
                                  [this] { return !m_held && m_priorityWaiting == 0; });
    }
    if (got)
        m_held = true;
    return got;
}

void WriteGate::release()
{
    {
        std::lock_guard lock(m_mutex);
        m_held = false;
    }
    m_released.notify_all();
}

} // namespace sportello::storage
