// SPDX-License-Identifier: MIT
// Sportello: what a successful login returns.
#pragma once

#include <QString>

#include "protocol/userinfo.h"

namespace sportello::protocol {

struct Session
{
    QString token;
    qint64 expiresAt = 0; // ms since the epoch
    UserInfo user;
    QString epoch; // the server instance's event epoch
    qint64 seq = 0; // the newest event's sequence number at login
    bool sandbox = false;
    QString serverVersion;
};

} // namespace sportello::protocol
