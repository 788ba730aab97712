// SPDX-License-Identifier: MIT
// Sportello: the agent hub's frames to and from JSON text.
#include "protocol/messagecodec.h"

#include <limits>

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QStringDecoder>

#include "protocol/jsonfieldreader.h"

namespace sportello::protocol {

namespace {

QString kindName(EnvelopeKind kind)
{
    switch (kind) {
    case EnvelopeKind::Request:
        return QStringLiteral("request");
    case EnvelopeKind::Reply:
        return QStringLiteral("reply");
    case EnvelopeKind::Error:
        return QStringLiteral("error");
    case EnvelopeKind::Event:
        return QStringLiteral("event");
    }
    return QStringLiteral("request");
}

std::optional<EnvelopeKind> kindFromName(const QString &name)
{
    for (auto kind :
         {EnvelopeKind::Request, EnvelopeKind::Reply, EnvelopeKind::Error, EnvelopeKind::Event}) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

ProtocolError makeError(const QString &code, const QString &field, const QString &message)
{
    return ProtocolError{code, field, message};
}

} // namespace

QByteArray MessageCodec::encode(const Envelope &envelope)
{
    QJsonObject object;
    object.insert(QStringLiteral("v"), envelope.version);
    object.insert(QStringLiteral("kind"), kindName(envelope.kind));
    object.insert(QStringLiteral("type"), envelope.type);
    switch (envelope.kind) {
    case EnvelopeKind::Request:
    case EnvelopeKind::Reply:
        object.insert(QStringLiteral("id"), envelope.id);
        object.insert(QStringLiteral("data"), envelope.data);
        break;
    case EnvelopeKind::Error: {
        object.insert(QStringLiteral("id"), envelope.id);
        QJsonObject error;
        error.insert(QStringLiteral("code"), envelope.error.code);
        if (!envelope.error.field.isEmpty())
            error.insert(QStringLiteral("field"), envelope.error.field);
        error.insert(QStringLiteral("message"), envelope.error.message);
        object.insert(QStringLiteral("error"), error);
        break;
    }
    case EnvelopeKind::Event:
        object.insert(QStringLiteral("seq"), envelope.seq);
        object.insert(QStringLiteral("epoch"), envelope.epoch);
        object.insert(QStringLiteral("data"), envelope.data);
        break;
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::variant<Envelope, MessageCodec::DecodeFailure> MessageCodec::decode(const QByteArray &frame)
{
    DecodeFailure failure;
    auto failWith = [&failure](const QString &code, const QString &field, const QString &message) {
        failure.error = makeError(code, field, message);
        return failure;
    };

    // QJsonDocument replaces some broken sequences instead of refusing them; the protocol says
    // frames are UTF-8, so anything else is refused before parsing.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8.decode(frame); // decoding happens on conversion
    Q_UNUSED(decoded)
    if (utf8.hasError())
        return failWith(QStringLiteral("bad_json"), {},
                        QStringLiteral("the frame is not valid UTF-8"));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(frame, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return failWith(QStringLiteral("bad_json"), {},
                        QStringLiteral("the frame is not JSON: %1 at offset %2")
                            .arg(parseError.errorString())
                            .arg(parseError.offset));
    }
    if (!document.isObject())
        return failWith(QStringLiteral("bad_json"), {},
                        QStringLiteral("the frame is not a JSON object"));
    const QJsonObject object = document.object();

    // Read what can be echoed first, so every later error still reaches the right request.
    const QJsonValue idValue = object.value(QStringLiteral("id"));
    if (idValue.isString())
        failure.id = idValue.toString();
    const QJsonValue typeValue = object.value(QStringLiteral("type"));
    if (typeValue.isString())
        failure.type = typeValue.toString();

    Envelope envelope;
    const QJsonValue version = object.value(QStringLiteral("v"));
    if (version.isUndefined() || version.isNull())
        return failWith(QStringLiteral("bad_request"), QStringLiteral("v"),
                        QStringLiteral("v is missing"));
    if (!jsonIsInteger(version))
        return failWith(QStringLiteral("bad_request"), QStringLiteral("v"),
                        QStringLiteral("v must be a whole number"));
    if (version.toDouble() != kProtocolVersion) {
        return failWith(QStringLiteral("unsupported_version"), QStringLiteral("v"),
                        QStringLiteral("version %1 is not supported; this side speaks %2")
                            .arg(qint64(version.toDouble()))
                            .arg(kProtocolVersion));
    }
    envelope.version = kProtocolVersion;

    const QJsonValue kindValue = object.value(QStringLiteral("kind"));
    if (kindValue.isUndefined() || kindValue.isNull())
        return failWith(QStringLiteral("bad_request"), QStringLiteral("kind"),
                        QStringLiteral("kind is missing"));
    if (!kindValue.isString())
        return failWith(QStringLiteral("bad_request"), QStringLiteral("kind"),
                        QStringLiteral("kind must be a string"));
    const auto kind = kindFromName(kindValue.toString());
    if (!kind) {
        return failWith(QStringLiteral("bad_request"), QStringLiteral("kind"),
                        QStringLiteral("kind must be request, reply, error or event, not \"%1\"")
                            .arg(kindValue.toString()));
    }
    envelope.kind = *kind;

    // An error answering a frame whose type could not be read has no type; everything else has.
    const bool typeRequired = envelope.kind != EnvelopeKind::Error;
    if (typeValue.isUndefined() || typeValue.isNull()) {
        if (typeRequired)
            return failWith(QStringLiteral("bad_request"), QStringLiteral("type"),
                            QStringLiteral("type is missing"));
    } else if (!typeValue.isString()) {
        return failWith(QStringLiteral("bad_request"), QStringLiteral("type"),
                        QStringLiteral("type must be a string"));
    } else if (typeRequired && typeValue.toString().isEmpty()) {
        return failWith(QStringLiteral("bad_request"), QStringLiteral("type"),
                        QStringLiteral("type is empty"));
    }
    envelope.type = failure.type;

    // Requests need an id (it is the idempotency key) and replies echo it; errors may answer
    // a frame whose id could not be read; events have none.
    const bool idRequired =
        envelope.kind == EnvelopeKind::Request || envelope.kind == EnvelopeKind::Reply;
    if (idValue.isUndefined() || idValue.isNull()) {
        if (idRequired)
            return failWith(QStringLiteral("bad_request"), QStringLiteral("id"),
                            QStringLiteral("id is missing"));
    } else if (!idValue.isString()) {
        return failWith(QStringLiteral("bad_request"), QStringLiteral("id"),
                        QStringLiteral("id must be a string"));
    } else if (idRequired && idValue.toString().isEmpty()) {
        return failWith(QStringLiteral("bad_request"), QStringLiteral("id"),
                        QStringLiteral("id is empty"));
    }
    envelope.id = failure.id;

    const QJsonValue dataValue = object.value(QStringLiteral("data"));
    if (!dataValue.isUndefined() && !dataValue.isNull()) {
        if (!dataValue.isObject())
            return failWith(QStringLiteral("bad_request"), QStringLiteral("data"),
                            QStringLiteral("data must be an object"));
        envelope.data = dataValue.toObject();
    }

    if (envelope.kind == EnvelopeKind::Error) {
        const QJsonValue errorValue = object.value(QStringLiteral("error"));
        if (!errorValue.isObject())
            return failWith(QStringLiteral("bad_request"), QStringLiteral("error"),
                            QStringLiteral("error must be an object"));
        ProtocolError readError;
        JsonFieldReader reader(errorValue.toObject(), QStringLiteral("error"), &readError);
        reader.string(QStringLiteral("code"), &envelope.error.code,
                      JsonFieldReader::Need::Required);
        reader.string(QStringLiteral("field"), &envelope.error.field);
        reader.string(QStringLiteral("message"), &envelope.error.message);
        if (reader.ok() && envelope.error.code.isEmpty())
            reader.fail(QStringLiteral("code"), QStringLiteral("is empty"));
        if (!reader.ok()) {
            failure.error = readError;
            return failure;
        }
    }

    if (envelope.kind == EnvelopeKind::Event) {
        ProtocolError readError;
        JsonFieldReader reader(object, {}, &readError);
        reader.integer(QStringLiteral("seq"), &envelope.seq, 0, std::numeric_limits<qint64>::max(),
                       JsonFieldReader::Need::Required);
        reader.string(QStringLiteral("epoch"), &envelope.epoch, JsonFieldReader::Need::Required);
        if (!reader.ok()) {
            failure.error = readError;
            return failure;
        }
    }
    return envelope;
}

Envelope MessageCodec::request(const QString &type, const QString &id, const QJsonObject &data)
{
    Envelope envelope;
    envelope.kind = EnvelopeKind::Request;
    envelope.type = type;
    envelope.id = id;
    envelope.data = data;
    return envelope;
}

Envelope MessageCodec::reply(const Envelope &request, const QJsonObject &data)
{
    Envelope envelope;
    envelope.kind = EnvelopeKind::Reply;
    envelope.type = request.type;
    envelope.id = request.id;
    envelope.data = data;
    return envelope;
}

Envelope MessageCodec::error(const QString &type, const QString &id, const ProtocolError &error)
{
    Envelope envelope;
    envelope.kind = EnvelopeKind::Error;
    envelope.type = type;
    envelope.id = id;
    envelope.error = error;
    return envelope;
}

Envelope MessageCodec::event(const QString &type, qint64 seq, const QString &epoch,
                             const QJsonObject &data)
{
    Envelope envelope;
    envelope.kind = EnvelopeKind::Event;
    envelope.type = type;
    envelope.seq = seq;
    envelope.epoch = epoch;
    envelope.data = data;
    return envelope;
}

} // namespace sportello::protocol
