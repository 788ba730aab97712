// SPDX-License-Identifier: LicenseRef-Sportello
// What a request handler running on the hub's worker thread may use.
#pragma once

#include <QSet>
#include <QString>

#include "agents/hub/hubuser.h"

namespace sportello::config {
struct ServerConfig;
}
namespace sportello::knowledge {
class KnowledgeBase;
}
namespace sportello::nlu {
class IntentModelRegistry;
}
namespace sportello::outbox {
class Outbox;
}
namespace sportello::storage {
class SqlConnection;
}

namespace sportello::agents {

class PasswordHasher;

// Built per request by the hub; the connection is the worker thread's own, already inside
// the transaction the request runs in.
struct WorkContext
{
    storage::SqlConnection &connection;
    const config::ServerConfig &config;
    const outbox::Outbox &outbox;
    const PasswordHasher &hasher;
    HubUser user;
    qint64 now = 0; // ms
    // users.add / users.update: data.password hashed beforehand on the password pool, so the
    // write transaction is not held for the hashing; empty when the request has none.
    QString passwordHash;
    // Who is connected right now (UserInfo.online), as the hub saw it when the request came.
    QSet<QString> onlineUsers;
    // The businesses' intent models (intents.*: their state); null when the server has none.
    const nlu::IntentModelRegistry *intents = nullptr;
    // The businesses' knowledge bases (knowledge.*); null when the server has none.
    knowledge::KnowledgeBase *knowledge = nullptr;
};

} // namespace sportello::agents
