// SPDX-License-Identifier: LicenseRef-Sportello
// An event a piece of hub work wants pushed to every console.
#pragma once

#include <QJsonObject>
#include <QString>

namespace sportello::agents {

// Numbered and encoded by the EventLog once it is back in the hub's thread.
struct HubEvent
{
    QString type; // "conversation.updated", "message.new"...
    QJsonObject data;
};

} // namespace sportello::agents
