// SPDX-License-Identifier: LicenseRef-Sportello
// Rate limit for failed logins, per user name and per address.
#pragma once

#include <functional>

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

namespace sportello::agents {

// Five failed logins for one user name, or from one address, within five minutes lock further
// attempts for that name or address for five minutes (PROTOCOL.md). Kept in memory: a restart
// forgets it, which costs an attacker a restart they cannot cause. Thread-safe.
class LoginThrottle
{
public:
    static constexpr int kMaxFailures = 5;
    static constexpr qint64 kWindowMs = 5 * 60 * 1000;
    static constexpr qint64 kLockMs = 5 * 60 * 1000;

    // `clock` returns milliseconds; the system clock when empty (tests inject their own).
    explicit LoginThrottle(std::function<qint64()> clock = {});

    // 0 when an attempt may be checked; otherwise the whole seconds to wait.
    int secondsToWait(const QString &username, const QString &address) const;
    void recordFailure(const QString &username, const QString &address);
    // A correct password clears the failures of that user name (not of the address, or one
    // attacker's own account would reset the address's count).
    void recordSuccess(const QString &username);

private:
    struct Entry
    {
        QList<qint64> failures; // within the window, oldest first
        qint64 lockedUntil = 0;
    };

    static QString userKey(const QString &username);
    static QString addressKey(const QString &address);
    qint64 now() const;
    qint64 waitFor(const QString &key, qint64 now) const;
    void fail(const QString &key, qint64 now);
    void prune(qint64 now);

    std::function<qint64()> m_clock;
    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries;
    qsizetype m_pruneAbove;
};

} // namespace sportello::agents
