// SPDX-License-Identifier: MIT
// Sportello: data of dashboard.get.
#pragma once

namespace sportello::protocol {

struct DashboardRequest
{
    int days = 14; // 1-90
};

} // namespace sportello::protocol
