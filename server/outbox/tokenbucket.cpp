// SPDX-License-Identifier: LicenseRef-Sportello
// Rate limiting by token bucket, on a monotonic clock in nanoseconds.
#include "outbox/tokenbucket.h"

#include <algorithm>
#include <cmath>

namespace sportello::outbox {

TokenBucket::TokenBucket(double ratePerSecond, double capacity, qint64 nowNs)
    : m_ratePerNs(ratePerSecond / 1e9)
    , m_capacity(std::max(1.0, capacity))
    , m_tokens(std::max(1.0, capacity))
    , m_lastNs(nowNs)
{
}

void TokenBucket::refill(qint64 nowNs)
{
    if (nowNs > m_lastNs) {
        m_tokens = std::min(m_capacity, m_tokens + double(nowNs - m_lastNs) * m_ratePerNs);
        m_lastNs = nowNs;
    }
}

bool TokenBucket::tryTake(qint64 nowNs)
{
    refill(nowNs);
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

qint64 TokenBucket::nextTokenAt(qint64 nowNs)
{
    refill(nowNs);
    if (m_tokens >= 1.0 || m_ratePerNs <= 0)
        return nowNs;
    return nowNs + qint64(std::ceil((1.0 - m_tokens) / m_ratePerNs));
}

double TokenBucket::available(qint64 nowNs)
{
    refill(nowNs);
    return m_tokens;
}

} // namespace sportello::outbox
