// SPDX-License-Identifier: MIT
// Sportello: how many conversations each inbox queue holds.
#pragma once

namespace sportello::protocol {

struct QueueCounts
{
    int needsReview = 0;
    int escalated = 0;
    int mine = 0;
    int open = 0;
    int closed = 0;
};

} // namespace sportello::protocol
