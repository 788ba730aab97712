// SPDX-License-Identifier: MIT
// Sportello: one frame of the agent hub protocol.
#pragma once

#include <QJsonObject>
#include <QString>

#include "protocol/protocolerror.h"
#include "protocol/protocolversion.h"

namespace sportello::protocol {

enum class EnvelopeKind
{
    Request,
    Reply,
    Error,
    Event,
};

struct Envelope
{
    int version = kProtocolVersion;
    EnvelopeKind kind = EnvelopeKind::Request;
    QString type;      // request / event name, e.g. "message.send", "conversation.updated"
    QString id;        // request id, echoed by reply and error
    qint64 seq = 0;    // events only
    QString epoch;     // events only
    QJsonObject data;  // request, reply and event payloads
    ProtocolError error; // kind Error only
};

} // namespace sportello::protocol
