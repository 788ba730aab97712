// SPDX-License-Identifier: LicenseRef-Sportello
// Runs the pipeline over one conversation's pending messages and stores the effects.
#pragma once

#include "pipeline/pipeline.h"
#include "pipeline/turnresult.h"

namespace sportello::config {
struct ServerConfig;
}
namespace sportello::storage {
class Database;
}
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

private:
    storage::Database &m_database;
    const config::ServerConfig &m_config;
    const outbox::Outbox &m_outbox;
    const Pipeline &m_pipeline;
};

} // namespace sportello::pipeline
