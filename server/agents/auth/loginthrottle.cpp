// SPDX-License-Identifier: LicenseRef-Sportello
// Rate limit for failed logins, per user name and per address.
#include "agents/auth/loginthrottle.h"

#include <QDateTime>
#include <QMutexLocker>

namespace sportello::agents {

namespace {
// Entries are swept only when there are many, so that a burst of addresses cannot grow the
// table without bound while the common case does no extra work. After a sweep the threshold
// doubles past what is left, so sweeps stay rare (amortised O(1)) even when most entries live.
constexpr qsizetype kPruneAbove = 4096;
} // namespace

LoginThrottle::LoginThrottle(std::function<qint64()> clock)
    : m_clock(std::move(clock))
    , m_pruneAbove(kPruneAbove)
{
}

QString LoginThrottle::userKey(const QString &username)
{
    // Case-folded so that "Luca" and "luca" share one count.
    return QStringLiteral("u:") + username.toCaseFolded();
}

QString LoginThrottle::addressKey(const QString &address)
{
    return QStringLiteral("a:") + address;
}

qint64 LoginThrottle::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

qint64 LoginThrottle::waitFor(const QString &key, qint64 now) const
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd() || it->lockedUntil <= now)
        return 0;
    return it->lockedUntil - now;
}

int LoginThrottle::secondsToWait(const QString &username, const QString &address) const
{
    QMutexLocker lock(&m_mutex);
    const qint64 at = now();
    qint64 waitMs = waitFor(userKey(username), at);
    if (!address.isEmpty())
        waitMs = std::max(waitMs, waitFor(addressKey(address), at));
    return int((waitMs + 999) / 1000);
}

void LoginThrottle::fail(const QString &key, qint64 now)
{
    Entry &entry = m_entries[key];
    if (entry.lockedUntil > now)
        return; // attempts refused while locked are not checked, so they do not count
    while (!entry.failures.isEmpty() && entry.failures.first() <= now - kWindowMs)
        entry.failures.removeFirst();
    entry.failures.append(now);
    if (entry.failures.size() >= kMaxFailures) {
        entry.lockedUntil = now + kLockMs;
        entry.failures.clear();
    }
}

void LoginThrottle::recordFailure(const QString &username, const QString &address)
{
    QMutexLocker lock(&m_mutex);
    const qint64 at = now();
    fail(userKey(username), at);
    if (!address.isEmpty())
        fail(addressKey(address), at);
    if (m_entries.size() > m_pruneAbove) {
        prune(at);
        m_pruneAbove = std::max(kPruneAbove, m_entries.size() * 2);
    }
}

void LoginThrottle::recordSuccess(const QString &username)
{
    QMutexLocker lock(&m_mutex);
    m_entries.remove(userKey(username));
}

void LoginThrottle::prune(qint64 now)
{
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        const bool stale = it->lockedUntil <= now &&
                           (it->failures.isEmpty() || it->failures.last() <= now - kWindowMs);
        it = stale ? m_entries.erase(it) : std::next(it);
    }
}

} // namespace sportello::agents
