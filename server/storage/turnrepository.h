// SPDX-License-Identifier: LicenseRef-Sportello
// SQL for turns: the record that a group of customer messages was processed.
#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "protocol/turnunderstanding.h"

namespace sportello::storage {

class SqlConnection;

class TurnRepository
{
public:
    explicit TurnRepository(SqlConnection &connection);

    qint64 insert(qint64 conversationId, qint64 firstInboundId, int messageCount,
                  const QString &route, const QString &language, qint64 now);
    // Schema 0003: what the pipeline understood; lastInboundId is the turn's newest customer
    // message, which carries the understanding in the console's thread.
    void setUnderstanding(qint64 turnId, qint64 lastInboundId,
                          const protocol::TurnUnderstanding &understanding);
    // Understandings keyed by the inbound message that carries them, for a thread's entries.
    QList<QPair<qint64, protocol::TurnUnderstanding>>
    understandingsFor(qint64 conversationId, qint64 fromInboundId, qint64 toInboundId);
    std::optional<protocol::TurnUnderstanding> understandingOf(qint64 turnId);
    // The language of the conversation's newest turn; empty when none had one.
    QString lastLanguage(qint64 conversationId);
    qint64 count();

private:
    SqlConnection &m_connection;
};

} // namespace sportello::storage
