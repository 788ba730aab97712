// SPDX-License-Identifier: LicenseRef-Sportello
// Which Graph API failures are worth retrying, and when.
#pragma once

#include "outbox/retrydecision.h"
#include "whatsapp/graphresponse.h"

namespace sportello::outbox {

// Retries connection errors, timeouts, 5xx, 429 and the throttling codes (130429, 131056,
// 131057...) with exponential backoff and jitter; never retries 131047 (needs a template),
// 131026, 131050 or other client errors, which would fail the same way again.
class RetryPolicy
{
public:
    RetryPolicy(int initialDelayMs, int maxDelayMs, int maxAttempts);

    // attempts: how many sends were made so far, this one included. jitter in [0, 1).
    RetryDecision decide(const whatsapp::GraphFailure &failure, int attempts, double jitter) const;
    // Exponential delay with "equal jitter": half fixed, half random.
    qint64 backoff(int attempts, double jitter) const;

    static bool isRetryableCode(int code);

    // A timed-out send may still have reached Meta: wait at least this long before trying
    // again, so the status webhook naming it (with our id) can arrive and stop the retry.
    static constexpr qint64 kUncertainMinDelayMs = 5000;

private:
    int m_initialDelayMs;
    int m_maxDelayMs;
    int m_maxAttempts;
};

} // namespace sportello::outbox
