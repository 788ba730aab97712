// SPDX-License-Identifier: LicenseRef-Sportello
// Lets background threads yield the CPU to the ones customers and Meta are waiting on.
#include "runtime/threadpriority.h"

#include <sched.h>
#include <sys/resource.h>
#include <unistd.h>

namespace sportello::runtime {

void ThreadPriority::makeCurrentThreadBackground()
{
    thread_local bool done = false;
    if (done)
        return;
    done = true;
    // SCHED_BATCH: no wake-up preemption of interactive threads; nice 10 on top of it (Linux
    // applies nice per thread id). Failure leaves the thread as it was, which is harmless.
    sched_param parameters{};
    sched_setscheduler(0, SCHED_BATCH, &parameters);
    setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 10);
}

} // namespace sportello::runtime
