// SPDX-License-Identifier: LicenseRef-Sportello
// waitFor()/spinEventLoop(): let Qt work (sockets, timers) until a condition holds or time is up.
#pragma once

#include <chrono>
#include <utility>

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

#include "support/qtapp.h"

namespace sportello::test {

// Runs the event loop until predicate() is true or the timeout expires; returns the final
// value of predicate(). The predicate is polled every few milliseconds, so it can look at
// anything (counters, lists filled by slots...). Usage:
//     ASSERT_TRUE(waitFor([&] { return receiver.count() == 3; }));
template <typename Predicate>
bool waitFor(Predicate &&predicate,
             std::chrono::milliseconds timeout = std::chrono::milliseconds(5000))
{
    QtApp::ensure();
    if (predicate())
        return true;
    const QDeadlineTimer deadline(timeout);
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(2);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&]() {
        if (predicate() || deadline.hasExpired())
            loop.quit();
    });
    poll.start();
    loop.exec();
    return predicate();
}

// Runs the event loop for `duration`, e.g. to check that something does NOT happen.
inline void spinEventLoop(std::chrono::milliseconds duration)
{
    QtApp::ensure();
    const QDeadlineTimer deadline(duration);
    waitFor([&]() { return deadline.hasExpired(); }, duration + std::chrono::milliseconds(1000));
}

} // namespace sportello::test
