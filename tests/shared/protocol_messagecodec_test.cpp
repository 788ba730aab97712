// SPDX-License-Identifier: LicenseRef-Sportello
// MessageCodec: envelope round trips and every way a frame can be malformed.
#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "protocol/messagecodec.h"

namespace sportello::protocol {
namespace {

Envelope roundTrip(const Envelope &envelope)
{
    const auto decoded = MessageCodec::decode(MessageCodec::encode(envelope));
    EXPECT_TRUE(std::holds_alternative<Envelope>(decoded))
        << std::get<MessageCodec::DecodeFailure>(decoded).error.message.toStdString();
    return std::holds_alternative<Envelope>(decoded) ? std::get<Envelope>(decoded) : Envelope{};
}

MessageCodec::DecodeFailure failureOf(const QByteArray &frame)
{
    const auto decoded = MessageCodec::decode(frame);
    EXPECT_TRUE(std::holds_alternative<MessageCodec::DecodeFailure>(decoded))
        << frame.toStdString();
    return std::holds_alternative<MessageCodec::DecodeFailure>(decoded)
               ? std::get<MessageCodec::DecodeFailure>(decoded)
               : MessageCodec::DecodeFailure{};
}

QByteArray frameOf(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject validRequest()
{
    return {
        {QStringLiteral("v"), 1},
        {QStringLiteral("kind"), QStringLiteral("request")},
        {QStringLiteral("type"), QStringLiteral("message.send")},
        {QStringLiteral("id"), QStringLiteral("c7f3-42")},
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("text"), QStringLiteral("Ciao")}}}};
}

TEST(MessageCodec, RequestRoundTrips)
{
    const QJsonObject data{{QStringLiteral("conversation_id"), 12},
                           {QStringLiteral("text"), QStringLiteral("Buongiorno è già qui 👋")}};
    const Envelope sent =
        MessageCodec::request(QStringLiteral("message.send"), QStringLiteral("c7f3-42"), data);
    const Envelope got = roundTrip(sent);
    EXPECT_EQ(got.version, 1);
    EXPECT_EQ(got.kind, EnvelopeKind::Request);
    EXPECT_EQ(got.type, QStringLiteral("message.send"));
    EXPECT_EQ(got.id, QStringLiteral("c7f3-42"));
    EXPECT_EQ(got.data, data);
}

TEST(MessageCodec, ReplyEchoesTheRequestsIdAndType)
{
    const Envelope request =
        MessageCodec::request(QStringLiteral("canned.list"), QStringLiteral("r-1"), {});
    const QJsonObject data{{QStringLiteral("canned"), QJsonArray{}}};
    const Envelope got = roundTrip(MessageCodec::reply(request, data));
    EXPECT_EQ(got.kind, EnvelopeKind::Reply);
    EXPECT_EQ(got.type, QStringLiteral("canned.list"));
    EXPECT_EQ(got.id, QStringLiteral("r-1"));
    EXPECT_EQ(got.data, data);
}

TEST(MessageCodec, ErrorRoundTrips)
{
    const ProtocolError error{QStringLiteral("bad_request"), QStringLiteral("data.text"),
                              QStringLiteral("text is empty")};
    const Envelope got = roundTrip(
        MessageCodec::error(QStringLiteral("message.send"), QStringLiteral("x-9"), error));
    EXPECT_EQ(got.kind, EnvelopeKind::Error);
    EXPECT_EQ(got.type, QStringLiteral("message.send"));
    EXPECT_EQ(got.id, QStringLiteral("x-9"));
    EXPECT_EQ(got.error.code, error.code);
    EXPECT_EQ(got.error.field, error.field);
    EXPECT_EQ(got.error.message, error.message);
}

TEST(MessageCodec, ErrorForAnUnreadableFrameHasNoTypeOrId)
{
    const Envelope got = roundTrip(MessageCodec::error(
        {}, {}, ProtocolError{QStringLiteral("bad_json"), {}, QStringLiteral("not JSON")}));
    EXPECT_EQ(got.kind, EnvelopeKind::Error);
    EXPECT_TRUE(got.type.isEmpty());
    EXPECT_TRUE(got.id.isEmpty());
    EXPECT_EQ(got.error.code, QStringLiteral("bad_json"));
}

TEST(MessageCodec, EventRoundTripsWithSeqAndEpoch)
{
    const QJsonObject data{{QStringLiteral("id"), 5}};
    const Envelope got = roundTrip(MessageCodec::event(QStringLiteral("conversation.updated"), 1207,
                                                       QStringLiteral("5f0c9a1e"), data));
    EXPECT_EQ(got.kind, EnvelopeKind::Event);
    EXPECT_EQ(got.type, QStringLiteral("conversation.updated"));
    EXPECT_EQ(got.seq, 1207);
    EXPECT_EQ(got.epoch, QStringLiteral("5f0c9a1e"));
    EXPECT_EQ(got.data, data);
}

TEST(MessageCodec, EncodesTheDocumentedSpellings)
{
    const QJsonObject object =
        QJsonDocument::fromJson(MessageCodec::encode(MessageCodec::event(
                                    QStringLiteral("counts"), 3, QStringLiteral("e"), {})))
            .object();
    EXPECT_EQ(object.value(QStringLiteral("v")).toInt(), 1);
    EXPECT_EQ(object.value(QStringLiteral("kind")).toString(), QStringLiteral("event"));
    EXPECT_EQ(object.value(QStringLiteral("seq")).toInteger(), 3);
    EXPECT_EQ(object.value(QStringLiteral("epoch")).toString(), QStringLiteral("e"));
    EXPECT_TRUE(object.value(QStringLiteral("data")).isObject());
}

TEST(MessageCodec, RequestWithoutDataHasAnEmptyObject)
{
    QJsonObject frame = validRequest();
    frame.remove(QStringLiteral("data"));
    const auto decoded = MessageCodec::decode(frameOf(frame));
    ASSERT_TRUE(std::holds_alternative<Envelope>(decoded));
    EXPECT_TRUE(std::get<Envelope>(decoded).data.isEmpty());
}

TEST(MessageCodec, UnknownTopLevelFieldsAreIgnored)
{
    QJsonObject frame = validRequest();
    frame.insert(QStringLiteral("trace"), QStringLiteral("abc"));
    EXPECT_TRUE(std::holds_alternative<Envelope>(MessageCodec::decode(frameOf(frame))));
}

TEST(MessageCodec, NotJsonIsBadJson)
{
    for (const QByteArray &frame :
         {QByteArray("hello"), QByteArray("{\"v\":1,"), QByteArray(""), QByteArray("{\"v\":1}}")}) {
        const auto failure = failureOf(frame);
        EXPECT_EQ(failure.error.code, QStringLiteral("bad_json")) << frame.toStdString();
        EXPECT_TRUE(failure.id.isEmpty());
    }
}

TEST(MessageCodec, JsonThatIsNotAnObjectIsBadJson)
{
    for (const QByteArray &frame : {QByteArray("[1,2]"), QByteArray("[]"), QByteArray("\"text\""),
                                    QByteArray("42"), QByteArray("null")}) {
        EXPECT_EQ(failureOf(frame).error.code, QStringLiteral("bad_json")) << frame.toStdString();
    }
}

TEST(MessageCodec, InvalidUtf8IsBadJson)
{
    QByteArray frame = frameOf(validRequest());
    frame.replace("Ciao", "Ci\xff\xfe");
    const auto failure = failureOf(frame);
    EXPECT_EQ(failure.error.code, QStringLiteral("bad_json"));
    EXPECT_TRUE(failure.error.message.contains(QStringLiteral("UTF-8")));

    QByteArray overlong = frameOf(validRequest());
    overlong.replace("Ciao", "\xc0\xaf");
    EXPECT_EQ(failureOf(overlong).error.code, QStringLiteral("bad_json"));
}

TEST(MessageCodec, MissingKindIsNamed)
{
    QJsonObject frame = validRequest();
    frame.remove(QStringLiteral("kind"));
    const auto failure = failureOf(frameOf(frame));
    EXPECT_EQ(failure.error.code, QStringLiteral("bad_request"));
    EXPECT_EQ(failure.error.field, QStringLiteral("kind"));
    EXPECT_EQ(failure.id, QStringLiteral("c7f3-42"));
    EXPECT_EQ(failure.type, QStringLiteral("message.send"));
}

TEST(MessageCodec, UnknownOrMistypedKindIsNamed)
{
    for (const QJsonValue &kind : {QJsonValue(QStringLiteral("command")), QJsonValue(3),
                                   QJsonValue(QStringLiteral("Request"))}) {
        QJsonObject frame = validRequest();
        frame.insert(QStringLiteral("kind"), kind);
        const auto failure = failureOf(frameOf(frame));
        EXPECT_EQ(failure.error.code, QStringLiteral("bad_request"));
        EXPECT_EQ(failure.error.field, QStringLiteral("kind"));
    }
}

TEST(MessageCodec, MissingTypeIsNamedAndIdStillEchoed)
{
    QJsonObject frame = validRequest();
    frame.remove(QStringLiteral("type"));
    const auto failure = failureOf(frameOf(frame));
    EXPECT_EQ(failure.error.code, QStringLiteral("bad_request"));
    EXPECT_EQ(failure.error.field, QStringLiteral("type"));
    EXPECT_EQ(failure.id, QStringLiteral("c7f3-42"));
}

TEST(MessageCodec, TypeOfTheWrongTypeIsNamed)
{
    QJsonObject frame = validRequest();
    frame.insert(QStringLiteral("type"), QJsonArray{1});
    const auto failure = failureOf(frameOf(frame));
    EXPECT_EQ(failure.error.field, QStringLiteral("type"));
    EXPECT_TRUE(failure.type.isEmpty());
}

TEST(MessageCodec, WrongVersionIsUnsupported)
{
    for (const int version : {0, 2, 99}) {
        QJsonObject frame = validRequest();
        frame.insert(QStringLiteral("v"), version);
        const auto failure = failureOf(frameOf(frame));
        EXPECT_EQ(failure.error.code, QStringLiteral("unsupported_version")) << version;
        EXPECT_EQ(failure.error.field, QStringLiteral("v"));
        EXPECT_EQ(failure.id, QStringLiteral("c7f3-42"));
    }
}

TEST(MessageCodec, MissingOrMistypedVersionIsBadRequest)
{
    QJsonObject missing = validRequest();
    missing.remove(QStringLiteral("v"));
    EXPECT_EQ(failureOf(frameOf(missing)).error.field, QStringLiteral("v"));
    for (const QJsonValue &version :
         {QJsonValue(QStringLiteral("1")), QJsonValue(1.5), QJsonValue(true)}) {
        QJsonObject frame = validRequest();
        frame.insert(QStringLiteral("v"), version);
        const auto failure = failureOf(frameOf(frame));
        EXPECT_EQ(failure.error.code, QStringLiteral("bad_request"));
        EXPECT_EQ(failure.error.field, QStringLiteral("v"));
    }
}

TEST(MessageCodec, IdThatIsNotAStringIsNamed)
{
    for (const QJsonValue &id : {QJsonValue(42), QJsonValue(QJsonObject{}), QJsonValue(false)}) {
        QJsonObject frame = validRequest();
        frame.insert(QStringLiteral("id"), id);
        const auto failure = failureOf(frameOf(frame));
        EXPECT_EQ(failure.error.code, QStringLiteral("bad_request"));
        EXPECT_EQ(failure.error.field, QStringLiteral("id"));
        EXPECT_TRUE(failure.id.isEmpty());
        EXPECT_EQ(failure.type, QStringLiteral("message.send"));
    }
}

TEST(MessageCodec, RequestsNeedAnId)
{
    QJsonObject missing = validRequest();
    missing.remove(QStringLiteral("id"));
    EXPECT_EQ(failureOf(frameOf(missing)).error.field, QStringLiteral("id"));
    QJsonObject empty = validRequest();
    empty.insert(QStringLiteral("id"), QString());
    EXPECT_EQ(failureOf(frameOf(empty)).error.field, QStringLiteral("id"));
}

TEST(MessageCodec, DataThatIsNotAnObjectIsNamed)
{
    for (const QJsonValue &data :
         {QJsonValue(QJsonArray{1}), QJsonValue(QStringLiteral("x")), QJsonValue(7)}) {
        QJsonObject frame = validRequest();
        frame.insert(QStringLiteral("data"), data);
        const auto failure = failureOf(frameOf(frame));
        EXPECT_EQ(failure.error.code, QStringLiteral("bad_request"));
        EXPECT_EQ(failure.error.field, QStringLiteral("data"));
        EXPECT_EQ(failure.id, QStringLiteral("c7f3-42"));
    }
}

TEST(MessageCodec, EventsNeedSeqAndEpoch)
{
    const QJsonObject event{{QStringLiteral("v"), 1},
                            {QStringLiteral("kind"), QStringLiteral("event")},
                            {QStringLiteral("type"), QStringLiteral("counts")},
                            {QStringLiteral("seq"), 4},
                            {QStringLiteral("epoch"), QStringLiteral("e1")}};
    EXPECT_TRUE(std::holds_alternative<Envelope>(MessageCodec::decode(frameOf(event))));

    QJsonObject noSeq = event;
    noSeq.remove(QStringLiteral("seq"));
    EXPECT_EQ(failureOf(frameOf(noSeq)).error.field, QStringLiteral("seq"));
    QJsonObject negativeSeq = event;
    negativeSeq.insert(QStringLiteral("seq"), -1);
    EXPECT_EQ(failureOf(frameOf(negativeSeq)).error.field, QStringLiteral("seq"));
    QJsonObject textEpoch = event;
    textEpoch.insert(QStringLiteral("epoch"), 12);
    EXPECT_EQ(failureOf(frameOf(textEpoch)).error.field, QStringLiteral("epoch"));
}

TEST(MessageCodec, ErrorsNeedAnErrorObjectWithACode)
{
    const QJsonObject base{{QStringLiteral("v"), 1},
                           {QStringLiteral("kind"), QStringLiteral("error")},
                           {QStringLiteral("type"), QStringLiteral("auth.login")},
                           {QStringLiteral("id"), QStringLiteral("a")}};
    EXPECT_EQ(failureOf(frameOf(base)).error.field, QStringLiteral("error"));
    QJsonObject noCode = base;
    noCode.insert(QStringLiteral("error"),
                  QJsonObject{{QStringLiteral("message"), QStringLiteral("x")}});
    EXPECT_EQ(failureOf(frameOf(noCode)).error.field, QStringLiteral("error.code"));
    QJsonObject badField = base;
    badField.insert(QStringLiteral("error"),
                    QJsonObject{{QStringLiteral("code"), QStringLiteral("forbidden")},
                                {QStringLiteral("field"), 3}});
    EXPECT_EQ(failureOf(frameOf(badField)).error.field, QStringLiteral("error.field"));
}

TEST(MessageCodec, RepliesNeedTypeAndId)
{
    QJsonObject reply = validRequest();
    reply.insert(QStringLiteral("kind"), QStringLiteral("reply"));
    EXPECT_TRUE(std::holds_alternative<Envelope>(MessageCodec::decode(frameOf(reply))));
    reply.remove(QStringLiteral("id"));
    EXPECT_EQ(failureOf(frameOf(reply)).error.field, QStringLiteral("id"));
}

} // namespace
} // namespace sportello::protocol
