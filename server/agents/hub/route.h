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
    };
    using WorkHandler = WorkResult (*)(WorkContext &, const protocol::Envelope &);
    using HubHandler = void (AgentHub::*)(AgentConnection &, const protocol::Envelope &);

    QString type;
    std::optional<AgentRole> role; // the least role allowed; nullopt: also before logging in
    Run run = Run::Read;
    WorkHandler work = nullptr; // Read, Write, Action
    HubHandler hub = nullptr;   // Hub
    // data.password is hashed on the password pool before the handler runs (users.*).
    bool hashesPassword = false;
};

} // namespace sportello::agents
