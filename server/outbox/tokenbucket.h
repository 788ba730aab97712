// SPDX-License-Identifier: LicenseRef-Sportello
// Rate limiting by token bucket, on a monotonic clock in nanoseconds.
#pragma once

#include <QtGlobal>

namespace sportello::outbox {

// Not thread-safe; owned by the sender's thread. Refills continuously, so over any long
// interval the rate is exact however irregularly tryTake() is called.
class TokenBucket
{
public:
    TokenBucket() = default;
    TokenBucket(double ratePerSecond, double capacity, qint64 nowNs);

    bool tryTake(qint64 nowNs);
    // When the next token will be there (nowNs if one is available).
    qint64 nextTokenAt(qint64 nowNs);
    double available(qint64 nowNs);

private:
    void refill(qint64 nowNs);

    double m_ratePerNs = 0;
    double m_capacity = 1;
    double m_tokens = 1;
    qint64 m_lastNs = 0;
};

} // namespace sportello::outbox
