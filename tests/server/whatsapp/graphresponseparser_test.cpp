// SPDX-License-Identifier: LicenseRef-Sportello
// GraphResponseParser: Meta's example answers, documented error bodies and unreadable ones.
#include <gtest/gtest.h>

#include <QDir>
#include <QString>

#include "whatsapp/graphresponse.h"
#include "whatsapptestdata.h"

using namespace Qt::StringLiterals;

namespace sportello::whatsapp {
namespace {

using testdata::OrderedJson;

GraphSendSuccess successOrFail(const GraphSendResult &result)
{
    if (const auto *failure = std::get_if<GraphFailure>(&result)) {
        ADD_FAILURE() << "failure: " << failure->message.toStdString();
        return {};
    }
    return std::get<GraphSendSuccess>(result);
}

GraphFailure failureOrFail(const GraphSendResult &result)
{
    if (std::holds_alternative<GraphSendSuccess>(result)) {
        ADD_FAILURE() << "unexpected success";
        return {};
    }
    return std::get<GraphFailure>(result);
}

TEST(MetaSendExamples, ExampleResponsesParse)
{
    const QString root = testdata::metaPostmanDir();
    if (root.isEmpty())
        GTEST_SKIP()
            << "Meta's Postman examples (whatsapp_cloud_api/meta_postman under "
               "SPORTELLO_SHARED_DATA_DIR) are missing; they cannot be copied into the repo";
    const QDir dir(root + u"/send_message_requests"_s);
    int sends = 0;
    int reads = 0;
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        SCOPED_TRACE(name.toStdString());
        const auto file = testdata::readJson(dir.filePath(name));
        ASSERT_TRUE(file);
        const OrderedJson &response = (*file)["example_response"];
        if (!response.is_object())
            continue; // one example has no response
        const QByteArray body = testdata::dump(response);
        if (response.contains("messages")) {
            const auto success = successOrFail(GraphResponseParser::parseSend(200, body));
            EXPECT_EQ(success.wamid.toStdString(),
                      response["messages"][0]["id"].get<std::string>());
            if (response.contains("contacts")) {
                EXPECT_EQ(success.contactWaId.toStdString(),
                          response["contacts"][0]["wa_id"].get<std::string>());
            }
            ++sends;
        } else if (response.contains("success")) {
            const auto read = GraphResponseParser::parseMarkRead(200, body);
            ASSERT_TRUE(std::holds_alternative<bool>(read));
            EXPECT_TRUE(std::get<bool>(read));
            ++reads;
        }
    }
    EXPECT_EQ(sends, 50);
    EXPECT_EQ(reads, 2);
}

TEST(GraphResponseParser, SuccessWithMessageStatus)
{
    const auto success = successOrFail(GraphResponseParser::parseSend(
        200, R"({"messaging_product":"whatsapp","contacts":[{"input":"+39 333 1234567",)"
             R"("wa_id":"393331234567"}],"messages":[{"id":"wamid.HBgM",)"
             R"("message_status":"accepted"}]})"));
    EXPECT_EQ(success.wamid, u"wamid.HBgM"_s);
    EXPECT_EQ(success.messageStatus, u"accepted"_s);
    EXPECT_EQ(success.contactWaId, u"393331234567"_s);

    // Contacts are optional (BSUID recipients); held_for_quality_assessment is still a success.
    const auto held = successOrFail(GraphResponseParser::parseSend(
        201, R"({"messages":[{"id":"wamid.Q","message_status":"held_for_quality_assessment"}]})"));
    EXPECT_EQ(held.wamid, u"wamid.Q"_s);
    EXPECT_EQ(held.messageStatus, u"held_for_quality_assessment"_s);
    EXPECT_TRUE(held.contactWaId.isEmpty());
}

TEST(GraphResponseParser, ReEngagementError131047)
{
    const auto failure = failureOrFail(GraphResponseParser::parseSend(
        400,
        R"({"error":{"message":"(#131047) Re-engagement message","type":"OAuthException",)"
        R"("code":131047,"error_subcode":2494010,"error_data":{"messaging_product":"whatsapp",)"
        R"("details":"Message failed to send because more than 24 hours have passed since the )"
        R"(customer last replied to this number."},"fbtrace_id":"Az8or2yhqkZfEZ-_4Qn_Bam"}})"));
    EXPECT_EQ(failure.kind, GraphFailure::Kind::ApiError);
    EXPECT_EQ(failure.httpStatus, 400);
    EXPECT_EQ(failure.code, 131047);
    EXPECT_EQ(failure.subcode, 2494010);
    EXPECT_EQ(failure.type, u"OAuthException"_s);
    EXPECT_EQ(failure.message, u"(#131047) Re-engagement message"_s);
    EXPECT_TRUE(failure.details.startsWith(u"Message failed to send because more than 24 hours"_s));
    EXPECT_EQ(failure.fbtraceId, u"Az8or2yhqkZfEZ-_4Qn_Bam"_s);
}

TEST(GraphResponseParser, RateLimit130429On400And429)
{
    const QByteArray body =
        R"({"error":{"message":"(#130429) Rate limit hit","type":"OAuthException","code":130429,)"
        R"("error_data":{"messaging_product":"whatsapp","details":"Cloud API message throughput )"
        R"(has been reached."},"error_user_title":"Too fast","error_user_msg":"Slow down",)"
        R"("fbtrace_id":"AbC"}})";
    for (int status : {400, 429}) {
        const auto failure = failureOrFail(GraphResponseParser::parseSend(status, body));
        EXPECT_EQ(failure.kind, GraphFailure::Kind::ApiError);
        EXPECT_EQ(failure.httpStatus, status);
        EXPECT_EQ(failure.code, 130429);
        EXPECT_EQ(failure.subcode, 0);
        EXPECT_EQ(failure.title, u"Too fast"_s);
        EXPECT_EQ(failure.details, u"Cloud API message throughput has been reached."_s);
    }
}

TEST(GraphResponseParser, ErrorWithoutErrorDataUsesTheUserMessage)
{
    const auto failure = failureOrFail(GraphResponseParser::parseSend(
        401, R"({"error":{"message":"Error validating access token","type":"OAuthException",)"
             R"("code":190,"error_subcode":463,"error_user_msg":"Session expired"}})"));
    EXPECT_EQ(failure.kind, GraphFailure::Kind::ApiError);
    EXPECT_EQ(failure.code, 190);
    EXPECT_EQ(failure.subcode, 463);
    EXPECT_EQ(failure.details, u"Session expired"_s);
    EXPECT_TRUE(failure.fbtraceId.isEmpty());
}

struct BadCase
{
    const char *name;
    int status;
    QByteArray body;
};

TEST(GraphResponseParser, UnreadableAnswersAreBadResponses)
{
    const BadCase cases[] = {
        {"html 500", 500, "<html><body>Internal Server Error</body></html>"},
        {"html 502", 502, "<html>Bad Gateway</html>"},
        {"truncated", 200, R"({"messaging_product":"whatsapp","messages":[{"id":"wam)"},
        {"empty 200", 200, QByteArray()},
        {"empty 503", 503, QByteArray()},
        {"array", 200, "[]"},
        {"string", 200, "\"ok\""},
        {"no messages", 200, R"({"messaging_product":"whatsapp"})"},
        {"empty messages", 200, R"({"messages":[]})"},
        {"message without id", 200, R"({"messages":[{"message_status":"accepted"}]})"},
        {"numeric id", 200, R"({"messages":[{"id":12}]})"},
        {"error not an object", 400, R"({"error":"bad"})"},
        {"4xx without error", 404, R"({"messages":[{"id":"wamid.X"}]})"},
    };
    for (const BadCase &c : cases) {
        SCOPED_TRACE(c.name);
        const auto failure = failureOrFail(GraphResponseParser::parseSend(c.status, c.body));
        EXPECT_EQ(failure.kind, GraphFailure::Kind::BadResponse);
        EXPECT_EQ(failure.httpStatus, c.status);
        EXPECT_FALSE(failure.message.isEmpty());
    }
}

TEST(GraphResponseParser, MarkRead)
{
    auto ok = GraphResponseParser::parseMarkRead(200, R"({"success":true})");
    ASSERT_TRUE(std::holds_alternative<bool>(ok));
    EXPECT_TRUE(std::get<bool>(ok));

    auto no = GraphResponseParser::parseMarkRead(200, R"({"success":false})");
    ASSERT_TRUE(std::holds_alternative<bool>(no));
    EXPECT_FALSE(std::get<bool>(no));

    auto error = GraphResponseParser::parseMarkRead(
        400, R"({"error":{"message":"Invalid parameter","type":"OAuthException","code":100,)"
             R"("error_data":{"messaging_product":"whatsapp","details":"Invalid message_id"}}})");
    ASSERT_TRUE(std::holds_alternative<GraphFailure>(error));
    EXPECT_EQ(std::get<GraphFailure>(error).kind, GraphFailure::Kind::ApiError);
    EXPECT_EQ(std::get<GraphFailure>(error).code, 100);
    EXPECT_EQ(std::get<GraphFailure>(error).details, u"Invalid message_id"_s);

    for (const QByteArray &body : {QByteArray(), QByteArray("{\"success\":"), QByteArray("{}"),
                                   QByteArray(R"({"success":"yes"})")}) {
        auto bad = GraphResponseParser::parseMarkRead(200, body);
        ASSERT_TRUE(std::holds_alternative<GraphFailure>(bad)) << body.toStdString();
        EXPECT_EQ(std::get<GraphFailure>(bad).kind, GraphFailure::Kind::BadResponse);
        EXPECT_EQ(std::get<GraphFailure>(bad).httpStatus, 200);
    }
    auto serverError = GraphResponseParser::parseMarkRead(500, "oops");
    ASSERT_TRUE(std::holds_alternative<GraphFailure>(serverError));
    EXPECT_EQ(std::get<GraphFailure>(serverError).httpStatus, 500);
}

} // namespace
} // namespace sportello::whatsapp
