// SPDX-License-Identifier: LicenseRef-Sportello
// The agent hub's tunables (fixed by PROTOCOL.md in production; tests shorten some).
#pragma once

namespace sportello::agents {

struct AgentHubOptions
{
    int authTimeoutMs = 30000; // no successful auth.* within this long: close 4001
    int eventCapacity = 20000; // events kept for sync
    int snapshotClosedLimit = 200;
    int countsDelayMs = 50; // counts are recomputed once per burst of changes
};

} // namespace sportello::agents
