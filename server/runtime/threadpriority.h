// SPDX-License-Identifier: LicenseRef-Sportello
// Lets background threads yield the CPU to the ones customers and Meta are waiting on.
#pragma once

namespace sportello::runtime {

// On a small machine the webhook acknowledgement (HTTP thread, ingest writer) competes for
// the same cores as pipeline turns and checkpoints. Work that can wait a few milliseconds
// marks its thread as background; Linux then gives the latency-critical threads the CPU
// first. QThread::setPriority cannot do this on Linux (it is ignored for normal threads).
class ThreadPriority
{
public:
    // Lowers the calling thread's scheduling priority (idempotent, per thread).
    static void makeCurrentThreadBackground();
};

} // namespace sportello::runtime
