// SPDX-License-Identifier: LicenseRef-Sportello
// A console user's row.
#pragma once

#include <QString>

#include "domain/agentrole.h"

namespace sportello::storage {

struct StoredUser
{
    qint64 id = 0;
    QString username;
    AgentRole role = AgentRole::Agent;
    QString passwordHash; // "pbkdf2-sha256$<iterations>$<salt>$<hash>"
    bool disabled = false;
    QString settingsJson; // UserSettings (PROTOCOL.md); empty when never saved
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

} // namespace sportello::storage
