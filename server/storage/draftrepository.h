// SPDX-License-Identifier: LicenseRef-Sportello
// SQL for drafts: proposed replies and their review.
#pragma once

#include <optional>

#include <QList>

#include "storage/draft.h"

namespace sportello::storage {

class SqlConnection;

// Drafts are written by the pipeline (TurnProcessor, for the knowledge stage's FAQ answers);
// the agent hub reads and resolves them. sources_json holds [DraftSource] as PROTOCOL.md spells it.
class DraftRepository
{
public:
    explicit DraftRepository(SqlConnection &connection);

    qint64 insert(const Draft &draft);
    std::optional<Draft> byId(qint64 id);
    // Oldest first.
    QList<Draft> pendingFor(qint64 conversationId);
    // The draft (any state) of the turn whose first customer message is this inbound row.
    std::optional<qint64> idForTurnStartingAt(qint64 firstInboundId);
    // Only a pending draft can be resolved: false when someone else handled it first.
    bool resolve(qint64 id, const QString &state, const QString &finalText,
                 const QString &resolvedBy, std::optional<qint64> outboxId, qint64 now);

private:
    SqlConnection &m_connection;
};

} // namespace sportello::storage
