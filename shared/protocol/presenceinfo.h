// SPDX-License-Identifier: MIT
// Sportello: who is online and where they are looking.
#pragma once

#include <QString>

namespace sportello::protocol {

struct PresenceInfo
{
    QString username;
    bool online = false;
    qint64 viewing = 0; // conversation id, 0 for none
    bool typing = false;
};

} // namespace sportello::protocol
