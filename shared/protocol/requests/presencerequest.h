// SPDX-License-Identifier: MIT
// Sportello: data of presence.set.
#pragma once

#include <QtGlobal>

namespace sportello::protocol {

struct PresenceRequest
{
    qint64 viewing = 0; // conversation id, 0 for none
    bool typing = false;
};

} // namespace sportello::protocol
