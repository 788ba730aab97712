// SPDX-License-Identifier: MIT
// Sportello: messages in and out on one day.
#pragma once

#include <QString>

namespace sportello::protocol {

struct DayVolume
{
    QString date; // YYYY-MM-DD in the business's time zone
    int inbound = 0;
    int outbound = 0;
};

} // namespace sportello::protocol
