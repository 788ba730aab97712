// SPDX-License-Identifier: MIT
// Sportello: one console user's own preferences.
#pragma once

#include <QString>

namespace sportello::protocol {

struct UserSettings
{
    QString language; // empty: follow the system
    bool notifyEscalations = true;
    bool notifyMine = true;
};

} // namespace sportello::protocol
