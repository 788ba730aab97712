// SPDX-License-Identifier: LicenseRef-Sportello
// Settings, canned responses, users and the dashboard (PROTOCOL.md, "Administering").
#pragma once

#include "agents/hub/workcontext.h"
#include "agents/hub/workresult.h"
#include "protocol/envelope.h"

namespace sportello::agents {

// Thin: the rules live in the services (UserService, SettingsService, DashboardService);
// this maps requests to them, their refusals to error answers and their changes to events.
// Runs on the hub's worker thread, in the request's transaction.
class AdminRequests
{
public:
    static WorkResult settings(WorkContext &context, const protocol::Envelope &request);
    static WorkResult setUserSettings(WorkContext &context, const protocol::Envelope &request);
    static WorkResult setBusinessSettings(WorkContext &context, const protocol::Envelope &request);
    static WorkResult listCanned(WorkContext &context, const protocol::Envelope &request);
    static WorkResult saveCanned(WorkContext &context, const protocol::Envelope &request);
    static WorkResult removeCanned(WorkContext &context, const protocol::Envelope &request);
    static WorkResult listUsers(WorkContext &context, const protocol::Envelope &request);
    static WorkResult addUser(WorkContext &context, const protocol::Envelope &request);
    static WorkResult updateUser(WorkContext &context, const protocol::Envelope &request);
    static WorkResult dashboard(WorkContext &context, const protocol::Envelope &request);
};

} // namespace sportello::agents
