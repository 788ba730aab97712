// SPDX-License-Identifier: LicenseRef-Sportello
// Runs a request handler's body, turning a service's refusal into the error answer.
#pragma once

#include "agents/hub/workresult.h"
#include "agents/services/serviceerror.h"

namespace sportello::agents {

// The services refuse by throwing ServiceError; the answer names the field like every other
// refusal. Anything else (a storage failure) goes on up to the hub, which rolls back.
template <typename F>
WorkResult guardedWork(F &&body)
{
    try {
        return body();
    } catch (const ServiceError &e) {
        return WorkResult::failure(e.error());
    }
}

} // namespace sportello::agents
