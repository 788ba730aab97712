// SPDX-License-Identifier: LicenseRef-Sportello
// WebhookParser rules: error paths, sender matching, raw bytes, multi-entry bodies, garbage input.
#include <random>
#include <string>

#include <gtest/gtest.h>

#include <QByteArray>
#include <QString>

#include "whatsapp/webhookparser.h"
#include "whatsapptestdata.h"

using namespace Qt::StringLiterals;

namespace sportello::whatsapp {
namespace {

using testdata::errorOrFail;
using testdata::OrderedJson;
using testdata::parsedOrFail;

// A body with one messages change whose value is `value` (metadata added unless present).
QByteArray body(const OrderedJson &value, const std::string &field = "messages")
{
    OrderedJson v = value;
    if (field == "messages" && !v.contains("metadata"))
        v["metadata"] = {{"display_phone_number", "15550001111"}, {"phone_number_id", "PNID"}};
    const OrderedJson b = {
        {"object", "whatsapp_business_account"},
        {"entry", {{{"id", "WABA"}, {"changes", {{{"value", v}, {"field", field}}}}}}}};
    return testdata::dump(b);
}

OrderedJson textMessage(const std::string &id, const std::string &from = "39333000111")
{
    return {{"from", from},
            {"id", id},
            {"timestamp", "1700000000"},
            {"type", "text"},
            {"text", {{"body", "ciao " + id}}}};
}

struct ErrorCase
{
    const char *name;
    QByteArray body;
    QString expectedPrefix;
};

void PrintTo(const ErrorCase &c, std::ostream *os)
{
    *os << c.name;
}

class WebhookParserErrors : public ::testing::TestWithParam<ErrorCase>
{
};

TEST_P(WebhookParserErrors, NamesThePath)
{
    WebhookParser parser;
    const QString error = errorOrFail(parser, GetParam().body);
    EXPECT_TRUE(error.startsWith(GetParam().expectedPrefix))
        << "got: " << error.toStdString()
        << "\nwanted: " << GetParam().expectedPrefix.toStdString();
}

std::vector<ErrorCase> errorCases()
{
    const auto withMessages = [](OrderedJson messages) {
        return body({{"contacts", OrderedJson::array()}, {"messages", std::move(messages)}});
    };
    OrderedJson noId = textMessage("wamid.B");
    noId.erase("id");
    OrderedJson numericId = textMessage("wamid.B");
    numericId["id"] = 42;
    OrderedJson emptyId = textMessage("wamid.B");
    emptyId["id"] = "";
    OrderedJson noTimestamp = textMessage("wamid.B");
    noTimestamp.erase("timestamp");
    OrderedJson wordTimestamp = textMessage("wamid.B");
    wordTimestamp["timestamp"] = "<TIMESTAMP>";
    OrderedJson negativeTimestamp = textMessage("wamid.B");
    negativeTimestamp["timestamp"] = "-5";
    OrderedJson fractionTimestamp = textMessage("wamid.B");
    fractionTimestamp["timestamp"] = 1700000000.5;
    OrderedJson boolTimestamp = textMessage("wamid.B");
    boolTimestamp["timestamp"] = true;

    const std::string twoEntries =
        R"({"entry":[{"id":"1","changes":[{"field":"account_update","value":{}}]},)"
        R"({"id":"2","changes":[{"field":"account_update","value":{}},{"field":"messages",)"
        R"("value":{"metadata":{"phone_number_id":"P"},)"
        R"("statuses":[{"id":"w","status":"sent"}]}}]}]})";

    return {
        {"Empty", QByteArray(), u"invalid JSON"_s},
        {"Truncated", QByteArray(R"({"entry":[)"), u"invalid JSON"_s},
        {"TrailingComma", QByteArray(R"({"entry":[],})"), u"invalid JSON"_s},
        {"NotJson", QByteArray("<html>502 Bad Gateway</html>"), u"invalid JSON"_s},
        {"TopLevelArray", QByteArray("[]"), u"body: expected a JSON object"_s},
        {"TopLevelString", QByteArray(R"("entry")"), u"body: expected a JSON object"_s},
        {"NoEntry", QByteArray(R"({"object":"whatsapp_business_account"})"), u"entry: missing"_s},
        {"EntryNotArray", QByteArray(R"({"entry":{}})"), u"entry: expected an array"_s},
        {"EntryItemNotObject", QByteArray(R"({"entry":[1]})"), u"entry[0]: expected an object"_s},
        {"NoChanges", QByteArray(R"({"entry":[{"id":"1"}]})"), u"entry[0].changes: missing"_s},
        {"ChangesNotArray", QByteArray(R"({"entry":[{"changes":"x"}]})"),
         u"entry[0].changes: expected an array"_s},
        {"ChangeWithoutField", QByteArray(R"({"entry":[{"changes":[{"value":{}}]}]})"),
         u"entry[0].changes[0].field: missing"_s},
        {"MessagesValueNotObject",
         QByteArray(R"({"entry":[{"changes":[{"field":"messages","value":[]}]}]})"),
         u"entry[0].changes[0].value: expected an object"_s},
        {"NoMetadata",
         QByteArray(R"({"entry":[{"changes":[{"field":"messages","value":{"messages":[]}}]}]})"),
         u"entry[0].changes[0].value.metadata.phone_number_id: missing"_s},
        {"NoPhoneNumberId",
         body({{"metadata", {{"display_phone_number", "1"}}}, {"statuses", OrderedJson::array()}}),
         u"entry[0].changes[0].value.metadata.phone_number_id: missing"_s},
        {"MessagesNotArray", body({{"messages", {{"id", "x"}}}}),
         u"entry[0].changes[0].value.messages: expected an array"_s},
        {"MessageNotObject", withMessages(OrderedJson::array({textMessage("wamid.A"), "oops"})),
         u"entry[0].changes[0].value.messages[1]: expected an object"_s},
        {"SecondMessageWithoutId", withMessages(OrderedJson::array({textMessage("wamid.A"), noId})),
         u"entry[0].changes[0].value.messages[1].id: missing"_s},
        {"NumericId", withMessages(OrderedJson::array({numericId})),
         u"entry[0].changes[0].value.messages[0].id: expected a string"_s},
        {"EmptyId", withMessages(OrderedJson::array({emptyId})),
         u"entry[0].changes[0].value.messages[0].id: empty"_s},
        {"NoTimestamp", withMessages(OrderedJson::array({noTimestamp})),
         u"entry[0].changes[0].value.messages[0].timestamp: missing"_s},
        {"PlaceholderTimestamp", withMessages(OrderedJson::array({wordTimestamp})),
         u"entry[0].changes[0].value.messages[0].timestamp: expected"_s},
        {"NegativeTimestamp", withMessages(OrderedJson::array({negativeTimestamp})),
         u"entry[0].changes[0].value.messages[0].timestamp: expected"_s},
        {"FractionalTimestamp", withMessages(OrderedJson::array({fractionTimestamp})),
         u"entry[0].changes[0].value.messages[0].timestamp: expected"_s},
        {"BoolTimestamp", withMessages(OrderedJson::array({boolTimestamp})),
         u"entry[0].changes[0].value.messages[0].timestamp: expected"_s},
        {"StatusWithoutId", body({{"statuses", {{{"status", "sent"}, {"timestamp", "1"}}}}}),
         u"entry[0].changes[0].value.statuses[0].id: missing"_s},
        {"StatusWithoutStatus", body({{"statuses", {{{"id", "w"}, {"timestamp", "1"}}}}}),
         u"entry[0].changes[0].value.statuses[0].status: missing"_s},
        {"StatusWithoutTimestamp", QByteArray(twoEntries.data(), qsizetype(twoEntries.size())),
         u"entry[1].changes[1].value.statuses[0].timestamp: missing"_s},
    };
}

INSTANTIATE_TEST_SUITE_P(Refused, WebhookParserErrors, ::testing::ValuesIn(errorCases()),
                         [](const ::testing::TestParamInfo<ErrorCase> &info) {
                             return std::string(info.param.name);
                         });

TEST(WebhookParser, ReadsEveryEntryAndChangeInOrder)
{
    OrderedJson b;
    b["object"] = "whatsapp_business_account";
    b["entry"] = OrderedJson::array();
    for (int e = 0; e < 2; ++e) {
        OrderedJson changes = OrderedJson::array();
        const std::string pnid = "PN" + std::to_string(e);
        changes.push_back({{"field", "messages"},
                           {"value",
                            {{"metadata", {{"phone_number_id", pnid}}},
                             {"messages",
                              {textMessage("wamid." + std::to_string(e) + "a"),
                               textMessage("wamid." + std::to_string(e) + "b")}}}}});
        changes.push_back({{"field", "messages"},
                           {"value",
                            {{"metadata", {{"phone_number_id", pnid}}},
                             {"statuses",
                              {{{"id", "out" + std::to_string(e)},
                                {"status", "deleted"},
                                {"timestamp", "5"},
                                {"recipient_user_id", "US.1"},
                                {"pricing", {{"type", "regular"}, {"billable", false}}}}}}}}});
        changes.push_back(
            {{"field", "message_template_status_update"}, {"value", {{"event", "APPROVED"}}}});
        b["entry"].push_back({{"id", "WABA"}, {"changes", changes}});
    }
    WebhookParser parser;
    const auto payload = parsedOrFail(parser, testdata::dump(b));
    ASSERT_EQ(payload.messages.size(), 4);
    EXPECT_EQ(payload.messages[0].wamid, u"wamid.0a"_s);
    EXPECT_EQ(payload.messages[1].wamid, u"wamid.0b"_s);
    EXPECT_EQ(payload.messages[2].wamid, u"wamid.1a"_s);
    EXPECT_EQ(payload.messages[3].phoneNumberId, u"PN1"_s);
    EXPECT_EQ(payload.messages[3].text, u"ciao wamid.1b"_s);
    ASSERT_EQ(payload.statuses.size(), 2);
    EXPECT_EQ(payload.statuses[1].wamid, u"out1"_s);
    EXPECT_EQ(payload.statuses[1].statusName, u"deleted"_s);
    EXPECT_FALSE(payload.statuses[1].status);
    EXPECT_EQ(payload.statuses[1].recipientUserId, u"US.1"_s);
    EXPECT_EQ(payload.statuses[1].pricingType, u"regular"_s);
    EXPECT_EQ(payload.statuses[1].billable, std::optional<bool>(false));
    ASSERT_EQ(payload.others.size(), 2);
    EXPECT_EQ(payload.others[0].field, u"message_template_status_update"_s);
    EXPECT_EQ(payload.others[0].rawJson, QByteArray(R"({"event":"APPROVED"})"));
}

TEST(WebhookParser, StatusNamesMapOnlyToRemoteStates)
{
    WebhookParser parser;
    const std::pair<const char *, std::optional<DeliveryStatus>> cases[] = {
        {"sent", DeliveryStatus::Sent},     {"delivered", DeliveryStatus::Delivered},
        {"read", DeliveryStatus::Read},     {"played", DeliveryStatus::Played},
        {"failed", DeliveryStatus::Failed}, {"deleted", std::nullopt},
        {"queued", std::nullopt},           {"accepted", std::nullopt},
        {"warning", std::nullopt},
    };
    for (const auto &[name, expected] : cases) {
        const auto payload = parsedOrFail(
            parser, body({{"statuses", {{{"id", "w"}, {"status", name}, {"timestamp", "9"}}}}}));
        ASSERT_EQ(payload.statuses.size(), 1) << name;
        EXPECT_EQ(payload.statuses[0].status, expected) << name;
        EXPECT_EQ(payload.statuses[0].statusName, QString::fromLatin1(name));
    }
}

TEST(WebhookParser, SenderProfileComesFromTheMatchingContact)
{
    WebhookParser parser;
    const OrderedJson contacts = {
        {{"profile", {{"name", "Anna"}}}, {"wa_id", "111"}, {"user_id", "IT.anna"}},
        {{"profile", {{"name", "Bruno"}}}, {"wa_id", "222"}, {"user_id", "IT.bruno"}},
    };
    OrderedJson withUserId = textMessage("wamid.3", "111");
    withUserId["from_user_id"] = "IT.explicit";
    OrderedJson usernameOnly = textMessage("wamid.4", "");
    usernameOnly.erase("from");
    usernameOnly["from_user_id"] = "IT.bruno";
    const auto payload =
        parsedOrFail(parser, body({{"contacts", contacts},
                                   {"messages",
                                    {textMessage("wamid.1", "222"), textMessage("wamid.2", "333"),
                                     withUserId, usernameOnly}}}));
    ASSERT_EQ(payload.messages.size(), 4);
    EXPECT_EQ(payload.messages[0].profileName, u"Bruno"_s);
    EXPECT_EQ(payload.messages[0].fromUserId, u"IT.bruno"_s);
    EXPECT_TRUE(payload.messages[1].profileName.isEmpty()); // no match among several
    EXPECT_TRUE(payload.messages[1].fromUserId.isEmpty());
    EXPECT_EQ(payload.messages[1].senderKey(), u"333"_s);
    EXPECT_EQ(payload.messages[2].profileName, u"Anna"_s);
    EXPECT_EQ(payload.messages[2].fromUserId, u"IT.explicit"_s); // from_user_id wins
    EXPECT_TRUE(payload.messages[3].fromWaId.isEmpty());
    EXPECT_EQ(payload.messages[3].profileName, u"Bruno"_s);
    EXPECT_EQ(payload.messages[3].senderKey(), u"IT.bruno"_s);
}

TEST(WebhookParser, ValueLevelErrorsAloneAreAnOtherEvent)
{
    WebhookParser parser;
    const auto payload = parsedOrFail(
        parser, body({{"errors", {{{"code", 131000}, {"title", "Something went wrong"}}}}}));
    EXPECT_TRUE(payload.messages.isEmpty());
    EXPECT_TRUE(payload.statuses.isEmpty());
    ASSERT_EQ(payload.others.size(), 1);
    EXPECT_EQ(payload.others[0].field, u"messages"_s);
    EXPECT_EQ(payload.others[0].phoneNumberId, u"PNID"_s);
    EXPECT_TRUE(payload.others[0].rawJson.contains("131000"));
}

TEST(WebhookParser, IgnoresUnknownMembersAndAcceptsIntegerTimestamps)
{
    WebhookParser parser;
    OrderedJson m = textMessage("wamid.X");
    m["timestamp"] = 1700000001;
    m["brand_new_field"] = {{"nested", {1, 2, 3}}};
    m["text"]["extra"] = true;
    const auto payload = parsedOrFail(
        parser, body({{"messages", OrderedJson::array({m})}, {"something_else", "value"}}));
    ASSERT_EQ(payload.messages.size(), 1);
    EXPECT_EQ(payload.messages[0].timestamp, 1700000001);
    EXPECT_EQ(payload.messages[0].text, u"ciao wamid.X"_s);
}

TEST(WebhookParser, DecodesEscapesAndKeepsUtf8)
{
    WebhookParser parser;
    const QByteArray raw =
        R"({"entry":[{"changes":[{"field":"messages","value":{"metadata":{"phone_number_id":"P"},)"
        R"("messages":[{"id":"w","timestamp":"1","type":"text",)"
        R"("text":{"body":"perch\u00e8 \ud83d\ude00 \"ok\"\n"}}]}}]}]})";
    const auto payload = parsedOrFail(parser, raw);
    ASSERT_EQ(payload.messages.size(), 1);
    EXPECT_EQ(payload.messages[0].text,
              QString::fromUtf8("perch\xC3\xA8 \xF0\x9F\x98\x80 \"ok\"\n"));
}

TEST(WebhookParser, RawJsonIsTheMinifiedMessageAndReadsBack)
{
    WebhookParser parser;
    const QByteArray raw = R"({ "entry" : [ { "changes" : [ { "field" : "messages", "value" : {
        "metadata" : { "phone_number_id" : "P" },
        "contacts" : [ { "profile" : { "name" : "Zoe" }, "wa_id" : "39" } ],
        "messages" : [ { "from" : "39", "id" : "wamid.R", "timestamp" : "1700000000",
                         "context" : { "id" : "wamid.ctx", "forwarded" : false },
                         "type" : "location",
                         "location" : { "latitude" : 45.4642, "longitude" : 9.19,
                                        "name" : "Duomo" } } ]
        } } ] } ] })";
    const auto payload = parsedOrFail(parser, raw);
    ASSERT_EQ(payload.messages.size(), 1);
    const InboundMessage &m = payload.messages[0];
    EXPECT_EQ(m.rawJson,
              QByteArray(R"({"from":"39","id":"wamid.R","timestamp":"1700000000","context":)"
                         R"({"id":"wamid.ctx","forwarded":false},"type":"location","location":)"
                         R"({"latitude":45.4642,"longitude":9.19,"name":"Duomo"}})"));
    EXPECT_EQ(m.text, u"Duomo"_s);

    auto again = parser.parseMessage(m.rawJson);
    ASSERT_TRUE(std::holds_alternative<InboundMessage>(again));
    const InboundMessage &back = std::get<InboundMessage>(again);
    EXPECT_EQ(back.wamid, m.wamid);
    EXPECT_EQ(back.timestamp, m.timestamp);
    EXPECT_EQ(back.contextWamid, u"wamid.ctx"_s);
    ASSERT_TRUE(back.location);
    EXPECT_DOUBLE_EQ(back.location->latitude, 45.4642);
    EXPECT_EQ(back.rawJson, m.rawJson);
    // Not part of the messages[] object: the caller keeps them alongside.
    EXPECT_TRUE(back.phoneNumberId.isEmpty());
    EXPECT_TRUE(back.profileName.isEmpty());
}

TEST(WebhookParser, ParseMessageRefusesWhatParseRefuses)
{
    WebhookParser parser;
    const auto check = [&](const QByteArray &raw, const QString &prefix) {
        auto result = parser.parseMessage(raw);
        ASSERT_TRUE(std::holds_alternative<WebhookParseError>(result)) << raw.toStdString();
        const QString message = std::get<WebhookParseError>(result).message;
        EXPECT_TRUE(message.startsWith(prefix)) << message.toStdString();
    };
    check(QByteArray(), u"invalid JSON"_s);
    check("{\"id\":", u"invalid JSON"_s);
    check("[]", u"message: expected a JSON object"_s);
    check(R"({"timestamp":"1"})", u"message.id: missing"_s);
    check(R"({"id":"w","timestamp":"soon"})", u"message.timestamp: expected"_s);
}

TEST(WebhookParser, ReusedParserGivesTheSameAnswers)
{
    WebhookParser parser;
    const QByteArray small = body({{"messages", OrderedJson::array({textMessage("wamid.S")})}});
    const QByteArray big = testdata::pywaBody("message", "contacts");
    ASSERT_FALSE(big.isEmpty());
    const auto first = parsedOrFail(parser, small);
    parsedOrFail(parser, big);
    EXPECT_FALSE(std::holds_alternative<WebhookPayload>(parser.parse("{")));
    const auto again = parsedOrFail(parser, small);
    ASSERT_EQ(first.messages.size(), 1);
    ASSERT_EQ(again.messages.size(), 1);
    EXPECT_EQ(first.messages[0].rawJson, again.messages[0].rawJson);
    EXPECT_EQ(first.messages[0].text, again.messages[0].text);
}

TEST(WebhookParser, SurvivesDeepNesting)
{
    WebhookParser parser;
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    EXPECT_TRUE(std::holds_alternative<WebhookParseError>(parser.parse(deep)));
    const QByteArray deepValue =
        "{\"entry\":" + QByteArray(5000, '[') + QByteArray(5000, ']') + "}";
    EXPECT_TRUE(std::holds_alternative<WebhookParseError>(parser.parse(deepValue)));
}

// Not a proof of robustness, but every prefix of every pywa body and a few thousand random
// mutations must come back as a payload or an error, never as a crash or an exception.
TEST(WebhookParser, FuzzedBodiesNeverCrash)
{
    WebhookParser parser;
    const auto fixtures = testdata::loadPywaFixtures();
    ASSERT_FALSE(fixtures.empty());
    std::mt19937 random(20240611); // fixed seed: failures must be reproducible
    size_t refused = 0;
    for (const auto &fixture : fixtures) {
        const QByteArray &full = fixture.body;
        for (qsizetype cut = 0; cut < full.size(); cut += 7) {
            auto result = parser.parse(QByteArrayView(full).first(cut));
            EXPECT_TRUE(std::holds_alternative<WebhookParseError>(result))
                << fixture.file << "/" << fixture.name << " cut at " << cut;
        }
        for (int round = 0; round < 200; ++round) {
            QByteArray mutated = full;
            const int edits = 1 + int(random() % 4);
            for (int e = 0; e < edits; ++e) {
                const auto at = qsizetype(random() % quint32(mutated.size()));
                switch (random() % 4) {
                case 0: // flip a byte, including into invalid UTF-8
                    mutated[at] = char(random() % 256);
                    break;
                case 1:
                    mutated.remove(at, 1 + qsizetype(random() % 16));
                    break;
                case 2:
                    mutated.insert(at, "\"\\u0000{[:,");
                    break;
                default:
                    mutated.insert(at,
                                   mutated.mid(qsizetype(random() % quint32(mutated.size())), 24));
                    break;
                }
                if (mutated.isEmpty())
                    mutated = "x";
            }
            auto result = parser.parse(mutated);
            if (std::holds_alternative<WebhookParseError>(result)) {
                ++refused;
                EXPECT_FALSE(std::get<WebhookParseError>(result).message.isEmpty());
            }
            auto single = parser.parseMessage(mutated);
            (void)single;
        }
    }
    EXPECT_GT(refused, 0u);
}

} // namespace
} // namespace sportello::whatsapp
