// SPDX-License-Identifier: MIT
// Sportello: data of auth.resume.
#pragma once

#include <QString>

namespace sportello::protocol {

struct ResumeRequest
{
    QString token;
};

} // namespace sportello::protocol
