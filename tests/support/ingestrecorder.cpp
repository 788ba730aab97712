// SPDX-License-Identifier: LicenseRef-Sportello
// IngestRecorder: collects what an ingest::IngestWriter reports, for assertions.
#include "support/ingestrecorder.h"

#include <QMutexLocker>

#include "ingest/ingestwriter.h"
#include "support/waitfor.h"

namespace sportello::test {

IngestRecorder::IngestRecorder(ingest::IngestWriter &writer, QObject *parent)
    : QObject(parent)
{
    connect(
        &writer, &ingest::IngestWriter::completed, this,
        [this](const QList<ingest::IngestOutcome> &outcomes) {
            QMutexLocker lock(&m_mutex);
            m_outcomes.append(outcomes);
            ++m_completedSignals;
        },
        Qt::DirectConnection);
    connect(
        &writer, &ingest::IngestWriter::inboundStored, this,
        [this](const QList<storage::PendingConversation> &conversations) {
            QMutexLocker lock(&m_mutex);
            m_inbound.append(conversations);
            ++m_inboundSignals;
        },
        Qt::DirectConnection);
    connect(
        &writer, &ingest::IngestWriter::outboxStatusChanged, this,
        [this](const QList<storage::OutboxStatusChange> &changes) {
            QMutexLocker lock(&m_mutex);
            m_statusChanges.append(changes);
        },
        Qt::DirectConnection);
}

QList<ingest::IngestOutcome> IngestRecorder::outcomes() const
{
    QMutexLocker lock(&m_mutex);
    return m_outcomes;
}

std::optional<ingest::IngestOutcome> IngestRecorder::outcome(quint64 ticket) const
{
    QMutexLocker lock(&m_mutex);
    for (const auto &outcome : m_outcomes) {
        if (outcome.ticket == ticket)
            return outcome;
    }
    return std::nullopt;
}

int IngestRecorder::timesAnswered(quint64 ticket) const
{
    QMutexLocker lock(&m_mutex);
    int n = 0;
    for (const auto &outcome : m_outcomes)
        n += outcome.ticket == ticket ? 1 : 0;
    return n;
}

int IngestRecorder::completedSignals() const
{
    QMutexLocker lock(&m_mutex);
    return m_completedSignals;
}

QList<storage::PendingConversation> IngestRecorder::inboundStored() const
{
    QMutexLocker lock(&m_mutex);
    return m_inbound;
}

int IngestRecorder::inboundStoredSignals() const
{
    QMutexLocker lock(&m_mutex);
    return m_inboundSignals;
}

QList<storage::OutboxStatusChange> IngestRecorder::statusChanges() const
{
    QMutexLocker lock(&m_mutex);
    return m_statusChanges;
}

bool IngestRecorder::waitForOutcomes(int count, std::chrono::milliseconds timeout)
{
    return waitFor([&] { return outcomes().size() >= count; }, timeout);
}

bool IngestRecorder::waitForTicket(quint64 ticket, std::chrono::milliseconds timeout)
{
    return waitFor([&] { return outcome(ticket).has_value(); }, timeout);
}

} // namespace sportello::test
