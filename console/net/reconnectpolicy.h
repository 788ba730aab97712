// SPDX-License-Identifier: LicenseRef-Sportello
// How long the console waits before each reconnect attempt: exponential backoff with jitter.
#pragma once

#include <chrono>

#include <QRandomGenerator>

namespace sportello::console::net {

// Attempt n waits initial·2ⁿ, capped at `maximum`, spread by ±jitter so that many consoles cut
// off together (a server restart) do not all come back in the same millisecond. The result
// always lies within [initial, maximum]. reset() after a successful sign-in.
class ReconnectPolicy
{
public:
    using Milliseconds = std::chrono::milliseconds;

    explicit ReconnectPolicy(Milliseconds initial = Milliseconds(500),
                             Milliseconds maximum = Milliseconds(30000), double jitter = 0.25);

    // The wait before the next attempt; counts the attempt.
    Milliseconds nextDelay();
    void reset() { m_attempts = 0; }
    int attempts() const { return m_attempts; }

    Milliseconds initial() const { return m_initial; }
    Milliseconds maximum() const { return m_maximum; }
    double jitter() const { return m_jitter; }
    // Fixes the random sequence (tests).
    void seed(quint32 value) { m_random.seed(value); }

private:
    Milliseconds m_initial;
    Milliseconds m_maximum;
    double m_jitter;
    int m_attempts = 0;
    QRandomGenerator m_random;
};

} // namespace sportello::console::net
