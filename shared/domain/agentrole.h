// SPDX-License-Identifier: MIT
// Sportello: what a console user may do.
#pragma once

#include <optional>

#include <QString>

namespace sportello {

// Ordered: each role may do everything the roles before it may.
enum class AgentRole
{
    Agent,
    Manager,
    Admin,
};

QString toString(AgentRole role);
std::optional<AgentRole> agentRoleFromString(const QString &text);
// True when `role` includes the rights of `required`.
bool roleAllows(AgentRole role, AgentRole required);

} // namespace sportello
