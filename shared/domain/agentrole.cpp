// SPDX-License-Identifier: MIT
// Sportello: what a console user may do.
#include "domain/agentrole.h"

namespace sportello {

QString toString(AgentRole role)
{
    switch (role) {
    case AgentRole::Agent:
        return QStringLiteral("agent");
    case AgentRole::Manager:
        return QStringLiteral("manager");
    case AgentRole::Admin:
        return QStringLiteral("admin");
    }
    return QStringLiteral("agent");
}

std::optional<AgentRole> agentRoleFromString(const QString &text)
{
    for (auto role : {AgentRole::Agent, AgentRole::Manager, AgentRole::Admin}) {
        if (toString(role) == text)
            return role;
    }
    return std::nullopt;
}

bool roleAllows(AgentRole role, AgentRole required)
{
    return static_cast<int>(role) >= static_cast<int>(required);
}

} // namespace sportello
