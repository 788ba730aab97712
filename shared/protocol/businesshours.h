// SPDX-License-Identifier: MIT
// Sportello: one day's opening hours.
#pragma once

#include <QString>

namespace sportello::protocol {

struct BusinessHours
{
    int day = 1; // 1 = Monday ... 7 = Sunday
    QString open; // "HH:MM"
    QString close;
};

} // namespace sportello::protocol
