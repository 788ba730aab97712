// SPDX-License-Identifier: LicenseRef-Sportello
// The console user a connection is logged in as.
#pragma once

#include <QString>

#include "domain/agentrole.h"

namespace sportello::agents {

struct HubUser
{
    qint64 id = 0; // users.id
    QString username;
    AgentRole role = AgentRole::Agent;

    // How the user appears as the author of messages and events.
    QString author() const { return QStringLiteral("agent:") + username; }
};

} // namespace sportello::agents
