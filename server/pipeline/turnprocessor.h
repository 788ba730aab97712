// SPDX-License-Identifier: LicenseRef-Sportello
// Runs the pipeline over one conversation's pending messages and stores the effects.
#pragma once

#include <QList>

#include "pipeline/pipeline.h"
#include "pipeline/turn.h"
#include "pipeline/turnresult.h"
#include "storage/storedinbound.h"

namespace sportello::config {
struct ServerConfig;
}
namespace sportello::storage {
class Database;
class SqlConnection;
} // namespace sportello::storage
namespace sportello::outbox {
class Outbox;
}

namespace sportello::pipeline {

// Thread-safe: called from pipeline worker threads, one conversation at a time each (the
// scheduler guarantees that). Effects and the "processed" marks are committed in one
// transaction, so after a crash a turn is either fully done or redone from scratch, and
// idempotency keys make sure a redone turn sends nothing twice.
class TurnProcessor
{
public:
    TurnProcessor(storage::Database &database, const config::ServerConfig &config,
                  const outbox::Outbox &outbox, const Pipeline &pipeline);

    // An empty result (messageCount 0) means nothing was pending.
    TurnResult process(const storage::ConversationKey &key);
    // Several conversations (distinct keys) with one write transaction for all their effects.
    QList<TurnResult> process(const QList<storage::ConversationKey> &keys);

private:
    struct PreparedTurn
    {
        storage::ConversationKey key;
        QList<storage::StoredInbound> rows; // empty: nothing to do
        Turn turn;
        QString profileName;
        QString waId;
        qint64 now = 0;
    };

    PreparedTurn prepare(storage::SqlConnection &connection, const storage::ConversationKey &key,
                         TurnResult &result) const;
    // False when the customer's state changed since prepare(): the turn must be decided again.
    bool apply(storage::SqlConnection &connection, PreparedTurn &prepared,
               TurnResult &result) const;

    storage::Database &m_database;
    const config::ServerConfig &m_config;
    const outbox::Outbox &m_outbox;
    const Pipeline &m_pipeline;
};

} // namespace sportello::pipeline
