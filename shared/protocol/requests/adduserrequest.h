// SPDX-License-Identifier: MIT
// Sportello: data of users.add.
#pragma once

#include <QString>

#include "domain/agentrole.h"

namespace sportello::protocol {

struct AddUserRequest
{
    QString username; // see RequestCodec::isValidUsername
    QString password; // at least 8 characters, never trimmed
    AgentRole role = AgentRole::Agent;
};

} // namespace sportello::protocol
