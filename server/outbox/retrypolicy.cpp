// SPDX-License-Identifier: LicenseRef-Sportello
// Which Graph API failures are worth retrying, and when.
#include "outbox/retrypolicy.h"

#include <algorithm>
#include <cmath>

namespace sportello::outbox {

RetryPolicy::RetryPolicy(int initialDelayMs, int maxDelayMs, int maxAttempts)
    : m_initialDelayMs(initialDelayMs)
    , m_maxDelayMs(maxDelayMs)
    , m_maxAttempts(maxAttempts)
{
}

bool RetryPolicy::isRetryableCode(int code)
{
    switch (code) {
    case 1:      // API unknown (transient at Meta)
    case 2:      // API service
    case 4:      // application request limit
    case 80007:  // WABA rate limit
    case 130429: // throughput reached
    case 131000: // something went wrong
    case 131016: // service unavailable
    case 131056: // pair rate limit
    case 131057: // throughput upgrade in progress
    case 133004: // server temporarily unavailable
        return true;
    default:
        return false;
    }
}

qint64 RetryPolicy::backoff(int attempts, double jitter) const
{
    const double exponential =
        double(m_initialDelayMs) * std::pow(2.0, double(std::max(0, attempts - 1)));
    const double capped = std::min(exponential, double(m_maxDelayMs));
    return qint64(capped / 2 + capped / 2 * std::clamp(jitter, 0.0, 1.0));
}

RetryDecision RetryPolicy::decide(const whatsapp::GraphFailure &failure, int attempts,
                                  double jitter) const
{
    using Kind = whatsapp::GraphFailure::Kind;
    using Action = RetryDecision::Action;
    const bool success2xx = failure.httpStatus >= 200 && failure.httpStatus < 300;
    if (failure.kind == Kind::BadResponse && success2xx)
        return {Action::AcceptedUnknown, 0};
    if (failure.code == 131047)
        return {Action::NeedsTemplate, 0};

    bool retryable = false;
    qint64 delay = backoff(attempts, jitter);
    switch (failure.kind) {
    case Kind::Network:
        retryable = true;
        break;
    case Kind::Timeout:
        retryable = true;
        delay = std::max(delay, kUncertainMinDelayMs);
        break;
    case Kind::BadResponse:
    case Kind::ApiError:
        retryable =
            failure.httpStatus >= 500 || failure.httpStatus == 429 || isRetryableCode(failure.code);
        break;
    }
    if (failure.code == 131056) {
        // Meta's guidance for the pair rate limit: wait 4^n seconds.
        delay = std::max(delay, qint64(std::pow(4.0, std::min(attempts, 6))) * 1000);
    }
    if (!retryable || attempts >= m_maxAttempts)
        return {Action::Fail, 0};
    return {Action::Retry,
            std::min<qint64>(delay, std::max<qint64>(m_maxDelayMs, kUncertainMinDelayMs))};
}

} // namespace sportello::outbox
