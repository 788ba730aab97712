// SPDX-License-Identifier: LicenseRef-Sportello
// IngestRecorder: collects what an ingest::IngestWriter reports, for assertions.
#pragma once

#include <chrono>
#include <optional>

#include <QList>
#include <QMutex>
#include <QObject>

#include "ingest/ingestoutcome.h"
#include "storage/inboundrepository.h"
#include "storage/outboxrepository.h"

namespace sportello::ingest {
class IngestWriter;
}

namespace sportello::test {

// Connects to the writer's signals directly (they are recorded on the writer thread, under a
// mutex), so tests do not depend on an event loop to see them; the wait helpers still spin
// the event loop, so queued receivers elsewhere in the test keep working. Usage:
//     IngestRecorder recorder(writer);
//     writer.submit({7, body, meta.sign(body), nowMs});
//     ASSERT_TRUE(recorder.waitForOutcomes(1));
//     EXPECT_EQ(recorder.outcome(7)->kind, ingest::IngestOutcome::Kind::Stored);
class IngestRecorder : public QObject
{
public:
    explicit IngestRecorder(ingest::IngestWriter &writer, QObject *parent = nullptr);

    QList<ingest::IngestOutcome> outcomes() const;
    // The outcome reported for `ticket`; nullopt if none (yet).
    std::optional<ingest::IngestOutcome> outcome(quint64 ticket) const;
    // How many outcomes carried this ticket (a request must be answered exactly once).
    int timesAnswered(quint64 ticket) const;
    int completedSignals() const;
    // Every conversation of every inboundStored signal, in order.
    QList<storage::PendingConversation> inboundStored() const;
    int inboundStoredSignals() const;
    QList<storage::OutboxStatusChange> statusChanges() const;

    // Spin the event loop until at least `count` outcomes were reported.
    bool waitForOutcomes(int count,
                         std::chrono::milliseconds timeout = std::chrono::milliseconds(10000));
    bool waitForTicket(quint64 ticket,
                       std::chrono::milliseconds timeout = std::chrono::milliseconds(10000));

private:
    mutable QMutex m_mutex;
    QList<ingest::IngestOutcome> m_outcomes;
    int m_completedSignals = 0;
    QList<storage::PendingConversation> m_inbound;
    int m_inboundSignals = 0;
    QList<storage::OutboxStatusChange> m_statusChanges;
};

} // namespace sportello::test
