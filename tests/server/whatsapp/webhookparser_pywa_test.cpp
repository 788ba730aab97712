// SPDX-License-Identifier: LicenseRef-Sportello
// WebhookParser against the 74 webhook bodies of pywa's test-suite (tests/fixtures/pywa).
#include <map>
#include <string>

#include <gtest/gtest.h>

#include <QString>

#include "whatsapp/webhookparser.h"
#include "whatsapptestdata.h"

using namespace Qt::StringLiterals;

namespace sportello::whatsapp {
namespace {

using testdata::loadPywaFixtures;
using testdata::parsedOrFail;
using testdata::pywaBody;
using testdata::PywaFixture;

enum class Shape
{
    Messages,
    Statuses,
    Other,
};

struct Expectation
{
    Shape shape;
    const char *otherField = nullptr; // for Shape::Other
};

// What every body of each pywa file must become.
const std::map<std::string, Expectation> &expectations()
{
    static const std::map<std::string, Expectation> table{
        {"account_update", {Shape::Other, "account_update"}},
        {"call_connect", {Shape::Other, "calls"}},
        {"call_permission_update", {Shape::Messages}},
        {"call_status", {Shape::Other, "calls"}},
        {"call_terminate", {Shape::Other, "calls"}},
        {"callback_button", {Shape::Messages}},
        {"callback_selection", {Shape::Messages}},
        {"deleted_message", {Shape::Messages}},
        {"edited_message", {Shape::Messages}},
        {"flow_completion", {Shape::Messages}},
        {"message", {Shape::Messages}},
        {"message_status", {Shape::Statuses}},
        {"outgoing_message", {Shape::Other, "smb_message_echoes"}},
        {"system", {Shape::Messages}},
        {"template_category_update", {Shape::Other, "template_category_update"}},
        {"template_components_update", {Shape::Other, "message_template_components_update"}},
        {"template_quality_update", {Shape::Other, "message_template_quality_update"}},
        {"template_status_update", {Shape::Other, "message_template_status_update"}},
        {"user_marketing_preferences", {Shape::Other, "user_preferences"}},
    };
    return table;
}

TEST(PywaFixtures, AllSeventyFourBodiesArePresent)
{
    const auto fixtures = loadPywaFixtures();
    EXPECT_EQ(fixtures.size(), 74u) << "tests/fixtures/pywa should hold pywa's 19 files";
    for (const auto &fixture : fixtures)
        EXPECT_TRUE(expectations().count(fixture.file)) << "no expectation for " << fixture.file;
}

class PywaFixtureTest : public ::testing::TestWithParam<PywaFixture>
{
protected:
    WebhookParser parser;
};

TEST_P(PywaFixtureTest, ParsesIntoTheExpectedEvents)
{
    const PywaFixture &fixture = GetParam();
    auto result = parser.parse(fixture.body);
    ASSERT_TRUE(std::holds_alternative<WebhookPayload>(result))
        << std::get<WebhookParseError>(result).message.toStdString();
    const auto &payload = std::get<WebhookPayload>(result);
    const auto it = expectations().find(fixture.file);
    ASSERT_NE(it, expectations().end());
    const Expectation &expected = it->second;

    switch (expected.shape) {
    case Shape::Messages:
        EXPECT_EQ(payload.messages.size(), 1);
        EXPECT_TRUE(payload.statuses.isEmpty());
        EXPECT_TRUE(payload.others.isEmpty());
        for (const auto &message : payload.messages) {
            EXPECT_FALSE(message.wamid.isEmpty());
            EXPECT_GT(message.timestamp, 0);
            EXPECT_FALSE(message.phoneNumberId.isEmpty());
            EXPECT_FALSE(message.rawJson.isEmpty());
            // The stored raw object must read back the same.
            auto again = parser.parseMessage(message.rawJson);
            ASSERT_TRUE(std::holds_alternative<InboundMessage>(again));
            EXPECT_EQ(std::get<InboundMessage>(again).wamid, message.wamid);
            EXPECT_EQ(std::get<InboundMessage>(again).text, message.text);
        }
        break;
    case Shape::Statuses:
        EXPECT_TRUE(payload.messages.isEmpty());
        EXPECT_EQ(payload.statuses.size(), 1);
        EXPECT_TRUE(payload.others.isEmpty());
        break;
    case Shape::Other:
        EXPECT_TRUE(payload.messages.isEmpty());
        EXPECT_TRUE(payload.statuses.isEmpty());
        ASSERT_EQ(payload.others.size(), 1);
        EXPECT_EQ(payload.others[0].field, QString::fromLatin1(expected.otherField));
        EXPECT_TRUE(payload.others[0].rawJson.startsWith('{'));
        break;
    }
}

INSTANTIATE_TEST_SUITE_P(Pywa, PywaFixtureTest, ::testing::ValuesIn(loadPywaFixtures()),
                         [](const ::testing::TestParamInfo<PywaFixture> &info) {
                             return info.param.file + "_" + info.param.name;
                         });

// Field-level checks, one fixture at a time.
class PywaMessage : public ::testing::Test
{
protected:
    InboundMessage message(std::string_view file, std::string_view name)
    {
        const QByteArray body = pywaBody(file, name);
        EXPECT_FALSE(body.isEmpty()) << file << "/" << name << " missing";
        const WebhookPayload payload = parsedOrFail(parser, body);
        EXPECT_EQ(payload.messages.size(), 1);
        return payload.messages.value(0);
    }
    StatusEvent status(std::string_view name)
    {
        const WebhookPayload payload = parsedOrFail(parser, pywaBody("message_status", name));
        EXPECT_EQ(payload.statuses.size(), 1);
        return payload.statuses.value(0);
    }
    WebhookParser parser;
};

TEST_F(PywaMessage, Text)
{
    const auto m = message("message", "text");
    EXPECT_EQ(m.type, MessageType::Text);
    EXPECT_EQ(m.typeName, u"text"_s);
    EXPECT_EQ(m.text, u"Body Text"_s);
    EXPECT_EQ(m.wamid, u"wamid.xyzxyz"_s);
    EXPECT_EQ(m.fromWaId, u"972987654321"_s);
    EXPECT_EQ(m.fromUserId, u"US.13491208655302741918"_s);
    EXPECT_EQ(m.senderKey(), u"US.13491208655302741918"_s);
    EXPECT_EQ(m.profileName, u"Test Name"_s);
    EXPECT_EQ(m.phoneNumberId, u"1122334455667"_s);
    EXPECT_EQ(m.displayPhoneNumber, u"972123456789"_s);
    EXPECT_EQ(m.timestamp, 1697043223);
    EXPECT_TRUE(m.contextWamid.isEmpty());
    EXPECT_FALSE(m.forwarded);
    EXPECT_FALSE(m.media || m.interactive || m.button || m.location || m.reaction);
}

TEST_F(PywaMessage, Image)
{
    const auto m = message("message", "image");
    EXPECT_EQ(m.type, MessageType::Image);
    ASSERT_TRUE(m.media);
    EXPECT_EQ(m.media->id, u"65463453"_s);
    EXPECT_EQ(m.media->mimeType, u"image/jpeg"_s);
    EXPECT_EQ(m.media->sha256, u"4654+8g="_s);
    EXPECT_TRUE(m.media->caption.isEmpty());
    EXPECT_TRUE(m.media->url.isEmpty());
    EXPECT_TRUE(m.text.isEmpty());
}

TEST_F(PywaMessage, MediaWithUrl)
{
    const auto m = message("message", "media_with_url");
    ASSERT_TRUE(m.media);
    EXPECT_EQ(m.media->url,
              u"https://lookaside.fbsbx.com/whatsapp_business/attachments/"
              u"?mid=65463453&source=webhook&ext=487r9re&hash=heiwchueowbcew-dnedcw"_s);
}

TEST_F(PywaMessage, VideoWithCaptionForwarded)
{
    const auto m = message("message", "video");
    EXPECT_EQ(m.type, MessageType::Video);
    ASSERT_TRUE(m.media);
    EXPECT_EQ(m.media->id, u"765756756"_s);
    EXPECT_EQ(m.media->mimeType, u"video/mp4"_s);
    EXPECT_EQ(m.media->caption, u"caption"_s);
    EXPECT_EQ(m.text, u"caption"_s);
    EXPECT_TRUE(m.forwarded);
    EXPECT_TRUE(m.contextWamid.isEmpty());
}

TEST_F(PywaMessage, Document)
{
    const auto m = message("message", "document");
    EXPECT_EQ(m.type, MessageType::Document);
    ASSERT_TRUE(m.media);
    EXPECT_EQ(m.media->filename, u"filename.pdf"_s);
    EXPECT_EQ(m.media->mimeType, u"application/pdf"_s);
    EXPECT_EQ(m.media->id, u"1234567890987654321"_s);
    EXPECT_EQ(m.text, u"caption"_s);
    EXPECT_EQ(m.timestamp, 1697043666);
}

TEST_F(PywaMessage, AudioAndVoice)
{
    const auto audio = message("message", "audio");
    EXPECT_EQ(audio.type, MessageType::Audio);
    ASSERT_TRUE(audio.media);
    EXPECT_FALSE(audio.media->voice);
    EXPECT_EQ(audio.media->mimeType, u"audio/ogg; codecs=opus"_s);

    const auto voice = message("message", "voice");
    EXPECT_EQ(voice.type, MessageType::Audio);
    ASSERT_TRUE(voice.media);
    EXPECT_TRUE(voice.media->voice);
    EXPECT_EQ(voice.media->sha256, u"m04pFf2ERdaopTyFkGPA0+bX3i+YY2dYgVFwOgDLSDI="_s);
}

TEST_F(PywaMessage, Stickers)
{
    const auto still = message("message", "static_sticker");
    EXPECT_EQ(still.type, MessageType::Sticker);
    ASSERT_TRUE(still.media);
    EXPECT_FALSE(still.media->animated);
    EXPECT_EQ(still.media->mimeType, u"image/webp"_s);

    const auto animated = message("message", "animated_sticker");
    ASSERT_TRUE(animated.media);
    EXPECT_TRUE(animated.media->animated);
    EXPECT_EQ(animated.timestamp, 1697043785);
}

TEST_F(PywaMessage, ReactionAndUnreaction)
{
    const auto reaction = message("message", "reaction");
    EXPECT_EQ(reaction.type, MessageType::Reaction);
    ASSERT_TRUE(reaction.reaction);
    EXPECT_EQ(reaction.reaction->messageId, u"wamid.yzxyzx="_s);
    EXPECT_EQ(reaction.reaction->emoji, QString::fromUtf8("\xF0\x9F\x98\xAE")); // U+1F62E
    EXPECT_EQ(reaction.text, reaction.reaction->emoji);

    for (const char *name : {"unreaction_empty", "unreaction_no_emoji"}) {
        const auto removed = message("message", name);
        ASSERT_TRUE(removed.reaction) << name;
        EXPECT_EQ(removed.reaction->messageId, u"wamid.yzxyzx="_s) << name;
        EXPECT_TRUE(removed.reaction->emoji.isEmpty()) << name;
        EXPECT_TRUE(removed.text.isEmpty()) << name;
    }
}

TEST_F(PywaMessage, Locations)
{
    const auto current = message("message", "current_location");
    EXPECT_EQ(current.type, MessageType::Location);
    ASSERT_TRUE(current.location);
    EXPECT_DOUBLE_EQ(current.location->latitude, 12.25089);
    EXPECT_DOUBLE_EQ(current.location->longitude, 43.90539);
    EXPECT_TRUE(current.location->name.isEmpty());
    EXPECT_TRUE(current.text.isEmpty());
    EXPECT_TRUE(current.forwarded);

    const auto chosen = message("message", "chosen_location");
    ASSERT_TRUE(chosen.location);
    EXPECT_DOUBLE_EQ(chosen.location->latitude, 37.4611978);
    EXPECT_DOUBLE_EQ(chosen.location->longitude, -122.2164385);
    EXPECT_EQ(chosen.location->name, u"Facebook HQ"_s);
    EXPECT_EQ(chosen.location->address, u"1 Hacker Way, Menlo Park, CA 94025"_s);
    EXPECT_EQ(chosen.location->url, u"https://maps.google.com/?cid=2000000000000000000"_s);
    EXPECT_EQ(chosen.text, u"Facebook HQ, 1 Hacker Way, Menlo Park, CA 94025"_s);
}

TEST_F(PywaMessage, Contacts)
{
    const auto m = message("message", "contacts");
    EXPECT_EQ(m.type, MessageType::Contacts);
    ASSERT_EQ(m.contacts.size(), 3);
    EXPECT_EQ(m.contacts[0].formattedName, u"Chandler Bing"_s);
    EXPECT_EQ(m.contacts[0].firstName, u"Chandler"_s);
    EXPECT_EQ(m.contacts[0].lastName, u"Bing"_s);
    ASSERT_EQ(m.contacts[0].phones.size(), 1);
    EXPECT_EQ(m.contacts[0].phones[0].phone, u"+1 555-555-5555"_s);
    EXPECT_EQ(m.contacts[0].phones[0].waId, u"972987654321"_s);
    EXPECT_EQ(m.contacts[0].phones[0].type, u"CELL"_s);
    EXPECT_EQ(m.contacts[1].formattedName, u"Monica"_s);
    EXPECT_TRUE(m.contacts[1].lastName.isEmpty());
    EXPECT_EQ(m.contacts[2].phones[0].type, u"WORK"_s);
    EXPECT_EQ(m.text, u"Chandler Bing, Monica, Rachel Green"_s);
    // The sender's own profile still comes from value.contacts, not from the shared cards.
    EXPECT_EQ(m.profileName, u"Test Name"_s);
}

TEST_F(PywaMessage, Order)
{
    const auto m = message("message", "order");
    EXPECT_EQ(m.type, MessageType::Order);
    EXPECT_EQ(m.typeName, u"order"_s);
    EXPECT_TRUE(m.text.isEmpty()); // the order came without a note
    EXPECT_TRUE(m.rawJson.contains("FRENCH_FRIES"));
}

TEST_F(PywaMessage, Unsupported)
{
    const auto m = message("message", "unsupported");
    EXPECT_EQ(m.type, MessageType::Unsupported);
    EXPECT_TRUE(m.unsupportedType.isEmpty());
    ASSERT_EQ(m.errors.size(), 1);
    EXPECT_EQ(m.errors[0].code, 131051);
    EXPECT_EQ(m.errors[0].title, u"Message type unknown"_s);
    EXPECT_EQ(m.errors[0].message, u"Message type unknown"_s);
    EXPECT_EQ(m.errors[0].details, u"Message type is currently not supported."_s);

    const auto typed = message("message", "unsupported_with_type");
    EXPECT_EQ(typed.type, MessageType::Unsupported);
    EXPECT_EQ(typed.unsupportedType, u"pool"_s);
    EXPECT_EQ(typed.errors.size(), 1);
}

TEST_F(PywaMessage, ReplyContext)
{
    const auto m = message("message", "reply");
    EXPECT_EQ(m.contextWamid, u"wamid.xyzxyz=="_s);
    EXPECT_EQ(m.text, u"replied text"_s);
    EXPECT_FALSE(m.forwarded);
}

TEST_F(PywaMessage, Forwarded)
{
    const auto once = message("message", "forwarded");
    EXPECT_TRUE(once.forwarded);
    EXPECT_EQ(once.text, u"forwarded text"_s);
    const auto many = message("message", "forwarded_many_times");
    EXPECT_TRUE(many.forwarded);
    EXPECT_EQ(many.text, u"text forwarded many times"_s);
}

TEST_F(PywaMessage, InteractiveWithValueLevelError)
{
    const auto m = message("message", "interactive_message_with_err");
    EXPECT_EQ(m.type, MessageType::Interactive);
    EXPECT_FALSE(m.interactive);
    EXPECT_EQ(m.contextWamid, u"wamid.gvwegfretge=="_s);
    ASSERT_EQ(m.errors.size(), 1);
    EXPECT_EQ(m.errors[0].code, 131000);
    EXPECT_EQ(m.errors[0].details, u"Unsupported webhook payload"_s);
}

TEST_F(PywaMessage, Referral)
{
    const auto m = message("message", "referral");
    EXPECT_EQ(m.type, MessageType::Text);
    EXPECT_EQ(m.text, u"BODY"_s);
    EXPECT_EQ(m.wamid, u"wamid.ID"_s);
    EXPECT_TRUE(m.rawJson.contains("\"ctwa_clid\":\"CTWA_CLID\""));
}

TEST_F(PywaMessage, CallbackButton)
{
    const auto m = message("callback_button", "button");
    EXPECT_EQ(m.type, MessageType::Interactive);
    ASSERT_TRUE(m.interactive);
    EXPECT_EQ(m.interactive->replyType, u"button_reply"_s);
    EXPECT_EQ(m.interactive->id, u"callback_data"_s);
    EXPECT_EQ(m.interactive->title, u"title"_s);
    EXPECT_EQ(m.text, u"title"_s);
    EXPECT_EQ(m.contextWamid, u"wamid.xyzxyz"_s);
}

TEST_F(PywaMessage, TemplateQuickReply)
{
    const auto m = message("callback_button", "quick_reply");
    EXPECT_EQ(m.type, MessageType::Button);
    ASSERT_TRUE(m.button);
    EXPECT_EQ(m.button->payload, u"callback_data"_s);
    EXPECT_EQ(m.button->text, u"title"_s);
    EXPECT_EQ(m.text, u"title"_s);
    EXPECT_EQ(m.contextWamid, u"wamid.xyzxyz=="_s);

    const auto bare = message("callback_button", "quick_reply_without_context");
    EXPECT_TRUE(bare.contextWamid.isEmpty());
    EXPECT_EQ(bare.fromUserId, u"US.13491208655302741918"_s);
    EXPECT_EQ(bare.wamid, u"wamid.xsidjx"_s);
}

TEST_F(PywaMessage, ListSelection)
{
    const auto m = message("callback_selection", "callback");
    ASSERT_TRUE(m.interactive);
    EXPECT_EQ(m.interactive->replyType, u"list_reply"_s);
    EXPECT_EQ(m.interactive->id, u"callback_data"_s);
    EXPECT_EQ(m.interactive->title, u"title"_s);
    EXPECT_TRUE(m.interactive->description.isEmpty());

    const auto described = message("callback_selection", "description");
    ASSERT_TRUE(described.interactive);
    EXPECT_EQ(described.interactive->description, u"description"_s);
    EXPECT_EQ(described.text, u"title"_s);
}

TEST_F(PywaMessage, FlowCompletion)
{
    const auto m = message("flow_completion", "completion");
    EXPECT_EQ(m.type, MessageType::Interactive);
    ASSERT_TRUE(m.interactive);
    EXPECT_EQ(m.interactive->replyType, u"nfm_reply"_s);
    EXPECT_TRUE(m.interactive->responseJson.startsWith(u"{\"comment_text\":\"Comment Text\""_s));
    EXPECT_TRUE(
        m.interactive->responseJson.contains(u"\"flow_token\":\"AQAAAAACS5FpgQ_cAAAAAD0QI3s.\""_s));
    EXPECT_EQ(m.interactive->title, u"Sent"_s);
    EXPECT_EQ(m.text, u"Sent"_s);

    const auto tokenless = message("flow_completion", "without_flow_token");
    ASSERT_TRUE(tokenless.interactive);
    EXPECT_FALSE(tokenless.interactive->responseJson.contains(u"flow_token"_s));
}

TEST_F(PywaMessage, CallPermissionReplyKeepsItsKind)
{
    const auto m = message("call_permission_update", "accept");
    EXPECT_EQ(m.type, MessageType::Interactive);
    ASSERT_TRUE(m.interactive);
    EXPECT_EQ(m.interactive->replyType, u"call_permission_reply"_s);
}

TEST_F(PywaMessage, System)
{
    const auto changed = message("system", "phone_number_change");
    EXPECT_EQ(changed.type, MessageType::System);
    EXPECT_EQ(changed.text, u"User A changed from 972987654321 to 972912345678"_s);
    EXPECT_TRUE(changed.profileName.isEmpty()); // no value.contacts in this one

    const auto identity = message("system", "identity_change");
    EXPECT_EQ(identity.text, u"User identity changed"_s);
    EXPECT_EQ(identity.profileName, u"User A"_s);
}

TEST_F(PywaMessage, UnknownTypesStayOtherWithTheirName)
{
    const auto revoke = message("deleted_message", "revoke");
    EXPECT_EQ(revoke.type, MessageType::Other);
    EXPECT_EQ(revoke.typeName, u"revoke"_s);
    EXPECT_EQ(revoke.phoneNumberId, u"<BUSINESS_PHONE_NUMBER_ID>"_s);

    const auto edit = message("edited_message", "image");
    EXPECT_EQ(edit.type, MessageType::Other);
    EXPECT_EQ(edit.typeName, u"edit"_s);
    EXPECT_FALSE(edit.media); // the edited image is nested in edit.message
    EXPECT_TRUE(edit.rawJson.contains("Updated image caption"));
}

TEST_F(PywaMessage, StatusSentDeliveredReadPlayed)
{
    const auto sent = status("sent");
    EXPECT_EQ(sent.status, DeliveryStatus::Sent);
    EXPECT_EQ(sent.statusName, u"sent"_s);
    EXPECT_EQ(sent.wamid, u"wamid.xyzxyz"_s);
    EXPECT_EQ(sent.timestamp, 1698266945);
    EXPECT_EQ(sent.recipientId, u"972987654321"_s);
    EXPECT_EQ(sent.phoneNumberId, u"1122334455667"_s);
    EXPECT_EQ(sent.pricingCategory, u"service"_s);
    EXPECT_EQ(sent.billable, std::optional<bool>(true));
    EXPECT_TRUE(sent.bizOpaqueCallbackData.isEmpty());
    EXPECT_TRUE(sent.errors.isEmpty());
    EXPECT_TRUE(sent.rawJson.contains("\"pricing_model\":\"CBP\""));

    EXPECT_EQ(status("delivered").status, DeliveryStatus::Delivered);
    EXPECT_EQ(status("read").status, DeliveryStatus::Read);
    EXPECT_EQ(status("read").timestamp, 1689380458);
    EXPECT_EQ(status("played").status, DeliveryStatus::Played);
}

TEST_F(PywaMessage, StatusFailed)
{
    const auto failed = status("failed");
    EXPECT_EQ(failed.status, DeliveryStatus::Failed);
    EXPECT_FALSE(failed.billable);
    ASSERT_EQ(failed.errors.size(), 1);
    EXPECT_EQ(failed.errors[0].code, 130472);
    EXPECT_EQ(failed.errors[0].title, u"User's number is part of an experiment"_s);
    EXPECT_EQ(
        failed.errors[0].details,
        u"Failed to send message because this user's phone number is part of an experiment"_s);
}

TEST_F(PywaMessage, StatusWithTrackerAndGroup)
{
    EXPECT_EQ(status("with_tracker").bizOpaqueCallbackData, u"some data"_s);

    const auto group = status("group");
    EXPECT_EQ(group.status, DeliveryStatus::Read);
    EXPECT_EQ(group.recipientId, u"fowefinoewcnw"_s);
    EXPECT_EQ(group.wamid, u"<WHATSAPP_MESSAGE_ID>"_s);
    EXPECT_EQ(group.phoneNumberId, u"<BUSINESS_PHONE_NUMBER_ID>"_s);
}

TEST_F(PywaMessage, OtherEventsKeepTheirValue)
{
    const auto calls = parsedOrFail(parser, pywaBody("call_status", "call_status"));
    ASSERT_EQ(calls.others.size(), 1);
    EXPECT_EQ(calls.others[0].phoneNumberId, u"5483758353"_s);
    EXPECT_TRUE(calls.others[0].rawJson.contains("\"status\":\"RINGING\""));

    const auto account = parsedOrFail(parser, pywaBody("account_update", "account_deleted"));
    ASSERT_EQ(account.others.size(), 1);
    EXPECT_TRUE(account.others[0].phoneNumberId.isEmpty());
    EXPECT_EQ(account.others[0].rawJson, QByteArray(R"({"event":"ACCOUNT_DELETED"})"));

    const auto echo = parsedOrFail(parser, pywaBody("outgoing_message", "text"));
    ASSERT_EQ(echo.others.size(), 1);
    EXPECT_EQ(echo.others[0].phoneNumberId, u"1122334455667"_s);
    EXPECT_TRUE(echo.others[0].rawJson.contains("\"message_echoes\""));

    const auto preferences = parsedOrFail(parser, pywaBody("user_marketing_preferences", "signup"));
    ASSERT_EQ(preferences.others.size(), 1);
    EXPECT_TRUE(preferences.others[0].rawJson.contains("\"signup_id\":\"13176843987434774\""));
}

} // namespace
} // namespace sportello::whatsapp
