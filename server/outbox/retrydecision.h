// SPDX-License-Identifier: LicenseRef-Sportello
// What to do after a send attempt failed.
#pragma once

#include <QtGlobal>

namespace sportello::outbox {

struct RetryDecision
{
    enum class Action
    {
        Retry,           // try again after delayMs
        NeedsTemplate,   // 131047: outside the window, an agent must pick a template
        Fail,            // permanent (or attempts exhausted)
        AcceptedUnknown, // 2xx we could not read: Meta has it; statuses will bring the wamid
    };
    Action action = Action::Fail;
    qint64 delayMs = 0;
};

} // namespace sportello::outbox
