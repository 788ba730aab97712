// SPDX-License-Identifier: MIT
// Sportello: data of users.update: only the fields that are set change.
#pragma once

#include <optional>

#include <QString>

#include "domain/agentrole.h"

namespace sportello::protocol {

struct UpdateUserRequest
{
    QString username;
    std::optional<AgentRole> role;
    std::optional<bool> disabled;
    QString password; // empty: unchanged; otherwise at least 8 characters
};

} // namespace sportello::protocol
