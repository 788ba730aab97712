// SPDX-License-Identifier: LicenseRef-Sportello
// Frames the hub cannot use get an error naming the field; the connection stays.
#include <algorithm>

#include "hubtestsupport.h"

namespace sportello::test {
namespace {

TEST(HubProtocol, MalformedFramesGetErrorRepliesAndTheConnectionStays)
{
    TestServer server;
    addStaff(server);
    auto client = loggedIn(server, QStringLiteral("giulia"));

    struct Case
    {
        const char *frame;
        const char *code;
        const char *field;
        const char *id; // echoed when readable
    };
    const Case cases[] = {
        {"not json", "bad_json", "", ""},
        {"[1, 2]", "bad_json", "", ""},
        {R"({"kind":"request","type":"sync","id":"a1","data":{}})", "bad_request", "v", "a1"},
        {R"({"v":2,"kind":"request","type":"sync","id":"a2"})", "unsupported_version", "v", "a2"},
        {R"({"v":1,"type":"sync","id":"a3"})", "bad_request", "kind", "a3"},
        {R"({"v":1,"kind":"request","id":"a4"})", "bad_request", "type", "a4"},
        {R"({"v":1,"kind":"request","type":"sync","id":7})", "bad_request", "id", ""},
        {R"({"v":1,"kind":"request","type":"no.such","id":"a5"})", "unknown_type", "type", "a5"},
        {R"({"v":1,"kind":"event","type":"sync","seq":1,"epoch":"x"})", "bad_request", "kind", ""},
        {R"({"v":1,"kind":"request","type":"message.send","id":"a6","data":{"conversation_id":1}})",
         "bad_request", "data.text", "a6"},
        {R"({"v":1,"kind":"request","type":"conversations.list","id":"a7","data":{"queue":"x"}})",
         "bad_request", "data.queue", "a7"},
        {R"({"v":1,"kind":"request","type":"conversation.open","id":"a8","data":{"conversation_id":"1"}})",
         "bad_request", "data.conversation_id", "a8"},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.frame);
        const auto answer = client->sendRaw(QString::fromUtf8(c.frame));
        ASSERT_TRUE(answer.has_value());
        EXPECT_EQ(answer->kind, protocol::EnvelopeKind::Error);
        EXPECT_EQ(answer->error.code, QString::fromUtf8(c.code));
        EXPECT_EQ(answer->error.field, QString::fromUtf8(c.field));
        EXPECT_EQ(answer->id, QString::fromUtf8(c.id));
        EXPECT_FALSE(answer->error.message.isEmpty());
    }
    client->sendBinary(QByteArrayLiteral("\x01\x02"));
    // Any frame, not the last: an event (a model becoming ready) may follow the error.
    EXPECT_TRUE(waitFor([&] {
        const auto &frames = client->rawFrames();
        return std::any_of(frames.cbegin(), frames.cend(), [](const QByteArray &frame) {
            return frame.contains("frames must be text");
        });
    }));
    // Still open and still logged in.
    EXPECT_TRUE(client->isOpen());
    EXPECT_TRUE(isReply(client->request(QStringLiteral("conversations.list"),
                                        {{QStringLiteral("queue"), QStringLiteral("open")}})));
}

TEST(HubProtocol, AFloodOfMalformedFramesClosesTheConnectionWith4008)
{
    TestServer server;
    addStaff(server);
    auto client = loggedIn(server, QStringLiteral("giulia"));
    for (int i = 0; i <= 100; ++i)
        client->sendBinary(QByteArrayLiteral("?"));
    ASSERT_TRUE(client->waitForClosed());
    EXPECT_EQ(client->closeCode(), 4008);
}

TEST(HubProtocol, EveryRequestTypeOfTheProtocolIsServed)
{
    TestServer server;
    addStaff(server);
    auto client = loggedIn(server, QStringLiteral("anna"));
    for (const QString &type : protocol::RequestCodec::requestTypes()) {
        if (type == u"auth.logout")
            continue; // would end the session the loop runs on
        const auto answer = client->request(type, {});
        ASSERT_TRUE(answer.has_value()) << type.toStdString();
        EXPECT_NE(errorCode(answer), QStringLiteral("unknown_type")) << type.toStdString();
        EXPECT_NE(errorCode(answer), QStringLiteral("internal")) << type.toStdString();
    }
}

} // namespace
} // namespace sportello::test
