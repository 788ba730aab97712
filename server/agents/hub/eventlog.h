// SPDX-License-Identifier: LicenseRef-Sportello
// The hub's numbered event stream: epoch, sequence and the latest events, serialised once.
#pragma once

#include <deque>
#include <optional>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sportello::agents {

// Lives in the hub's thread. Every logged event gets the next sequence number and is encoded
// once; the same bytes go to every console and stay here for consoles that come back
// (PROTOCOL.md, "Resuming"). The epoch changes with every start, so a console that saw
// another instance's numbers knows they mean nothing here.
class EventLog
{
public:
    static constexpr int kDefaultCapacity = 20000;

    explicit EventLog(int capacity = kDefaultCapacity);

    const QString &epoch() const { return m_epoch; }
    // The newest event's sequence number (0 before the first).
    qint64 seq() const { return m_seq; }

    // Numbers, encodes and keeps the event; returns the frame to send.
    QByteArray append(const QString &type, const QJsonObject &data);
    // Presence and per-user counts: sent now, never replayed. They carry the newest logged
    // sequence number unchanged, so a console's "last seen" stays right and no gap appears.
    QByteArray ephemeral(const QString &type, const QJsonObject &data) const;

    // The frames after `afterSeq`, oldest first, when `epoch` is this instance's and every one
    // of them is still held; nullopt otherwise (the console needs a snapshot).
    std::optional<QList<QByteArray>> since(const QString &epoch, qint64 afterSeq) const;

    // Something changed that got no event (nobody was connected to see it): a console that
    // stopped at or before this point must take a snapshot.
    void markGap() { m_gapAfter = m_seq; }

private:
    QString m_epoch;
    qint64 m_seq = 0;
    qint64 m_gapAfter = -1; // sequence numbers up to this one cannot be resumed from
    int m_capacity;
    std::deque<QByteArray> m_frames; // m_frames.back() has sequence number m_seq
};

} // namespace sportello::agents
