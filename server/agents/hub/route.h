// SPDX-License-Identifier: LicenseRef-Sportello
// One request type the hub serves: who may send it and where it runs.
#pragma once

#include <optional>

#include <QString>

#include "agents/hub/workcontext.h"
#include "agents/hub/workresult.h"
#include "domain/agentrole.h"
#include "protocol/envelope.h"

namespace sportello::agents {

class AgentConnection;
class AgentHub;

struct Route
{
    enum class Run
    {
        Hub,    // in the hub's thread (login state, sync, presence)
        Read,   // on the worker, in a read transaction
        Write,  // on the worker, in a write transaction
        Action, // Write, and the reply is stored by request id: a replay is answered, not redone
        // On the knowledge pool, in no transaction of the hub's (the knowledge base commits its
        // own): slow work (parsing, embedding, searching) that must not hold up the worker.
        Knowledge,
        // Knowledge, one at a time in arrival order (so knowledge.changed events follow the
        // changes' order), and the reply is stored by request id like an Action's.
        KnowledgeAction,
    };
    using WorkHandler = WorkResult (*)(WorkContext &, const protocol::Envelope &);
    using HubHandler = void (AgentHub::*)(AgentConnection &, const protocol::Envelope &);

    QString type;
    std::optional<AgentRole> role; // the least role allowed; nullopt: also before logging in
    Run run = Run::Read;
    WorkHandler work = nullptr; // every run but Hub
    HubHandler hub = nullptr;   // Hub
    // data.password is hashed on the password pool before the handler runs (users.*).
    bool hashesPassword = false;
};

} // namespace sportello::agents
