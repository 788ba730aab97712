// SPDX-License-Identifier: MIT
// Sportello: data of auth.login.
#pragma once

#include <QString>

namespace sportello::protocol {

struct LoginRequest
{
    QString username;
    QString password;
};

} // namespace sportello::protocol
