// SPDX-License-Identifier: LicenseRef-Sportello
// What a request handler produced: the answer and the events it causes.
#pragma once

#include <optional>

#include <QJsonObject>
#include <QList>

#include "agents/hub/hubevent.h"
#include "protocol/protocolerror.h"
#include "protocol/userinfo.h"

namespace sportello::agents {

struct WorkResult
{
    QJsonObject reply;             // reply data, when error is null
    protocol::ProtocolError error; // an error answer instead
    // An error whose effects are stored all the same (a message the outbox gate refused is
    // kept as a refused row): the transaction commits and a replay gets the same error.
    bool keepEffects = false;
    QList<HubEvent> events;
    bool wakeOutbox = false;    // new outbox rows to send
    bool countsChanged = false; // queue membership may have changed
    // A user's role or state changed: the hub updates their connections, or closes them
    // when their sessions were ended (disabled, new password).
    std::optional<protocol::UserInfo> changedUser;
    bool sessionsRevoked = false;
    // A business's intent examples changed (its phone_number_id): once the transaction has
    // committed, the hub has its model retrained and tells the consoles (intents.changed).
    QString intentsChanged;

    static WorkResult failure(const QString &code, const QString &field, const QString &message)
    {
        WorkResult result;
        result.error = {code, field, message};
        return result;
    }
    static WorkResult failure(const protocol::ProtocolError &error)
    {
        WorkResult result;
        result.error = error;
        return result;
    }
    bool ok() const { return error.isNull(); }
};

} // namespace sportello::agents
