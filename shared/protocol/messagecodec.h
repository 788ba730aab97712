// SPDX-License-Identifier: MIT
// Sportello: the agent hub's frames to and from JSON text.
#pragma once

#include <variant>

#include <QByteArray>

#include "protocol/envelope.h"

namespace sportello::protocol {

// The only place that reads or writes the envelope (see PROTOCOL.md). decode() never throws:
// a frame it cannot use comes back as an error naming the field, with `id` filled in when it
// could be read so the reply can echo it.
class MessageCodec
{
public:
    struct DecodeFailure
    {
        QString id;   // the request id, if it could be read
        QString type; // the request type, if it could be read
        ProtocolError error;
    };

    static QByteArray encode(const Envelope &envelope);
    static std::variant<Envelope, DecodeFailure> decode(const QByteArray &frame);

    // Shorthands for the server and the console.
    static Envelope request(const QString &type, const QString &id, const QJsonObject &data);
    static Envelope reply(const Envelope &request, const QJsonObject &data);
    static Envelope error(const QString &type, const QString &id, const ProtocolError &error);
    static Envelope event(const QString &type, qint64 seq, const QString &epoch,
                          const QJsonObject &data);
};

} // namespace sportello::protocol
