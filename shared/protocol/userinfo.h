// SPDX-License-Identifier: MIT
// Sportello: a console user as the hub shows it.
#pragma once

#include <QString>

#include "domain/agentrole.h"

namespace sportello::protocol {

struct UserInfo
{
    QString username;
    AgentRole role = AgentRole::Agent;
    bool disabled = false;
    bool online = false;
};

} // namespace sportello::protocol
