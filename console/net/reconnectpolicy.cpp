// SPDX-License-Identifier: LicenseRef-Sportello
// How long the console waits before each reconnect attempt: exponential backoff with jitter.
#include "net/reconnectpolicy.h"

#include <algorithm>
#include <cmath>

namespace sportello::console::net {

ReconnectPolicy::ReconnectPolicy(Milliseconds initial, Milliseconds maximum, double jitter)
    : m_initial(std::max(initial, Milliseconds(1)))
    , m_maximum(std::max(maximum, m_initial))
    , m_jitter(std::clamp(jitter, 0.0, 1.0))
    , m_random(QRandomGenerator::securelySeeded())
{
}

ReconnectPolicy::Milliseconds ReconnectPolicy::nextDelay()
{
    // 2^attempts overflows nothing: the exponent stops growing once the cap is reached.
    const int exponent = std::min(m_attempts, 30);
    const double nominal = std::min(double(m_initial.count()) * std::ldexp(1.0, exponent),
                                    double(m_maximum.count()));
    ++m_attempts;
    const double spread = 1.0 + m_jitter * (2.0 * m_random.generateDouble() - 1.0);
    const double delay = std::clamp(nominal * spread, double(m_initial.count()),
                                    double(m_maximum.count()));
    return Milliseconds(std::llround(delay));
}

} // namespace sportello::console::net
