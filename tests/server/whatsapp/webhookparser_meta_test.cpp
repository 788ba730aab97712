// SPDX-License-Identifier: LicenseRef-Sportello
// WebhookParser against the webhook examples of Meta's Postman collection (kept beside the repo).
#include <functional>
#include <map>
#include <string>

#include <gtest/gtest.h>

#include <QDir>
#include <QString>

#include "whatsapp/webhookparser.h"
#include "whatsapptestdata.h"

using namespace Qt::StringLiterals;

namespace sportello::whatsapp {
namespace {

using testdata::OrderedJson;

// Meta's examples are not redistributable, so they are read where the data set lives.
QString webhookDir()
{
    const QString root = testdata::metaPostmanDir();
    return root.isEmpty() ? QString() : root + u"/webhook_payloads"_s;
}

#define SKIP_WITHOUT_META_EXAMPLES()                                                               \
    if (webhookDir().isEmpty())                                                                    \
    GTEST_SKIP() << "Meta's Postman examples (whatsapp_cloud_api/meta_postman under "              \
                    "SPORTELLO_SHARED_DATA_DIR) are missing; they cannot be copied into the repo"

using Check = std::function<void(const WebhookPayload &)>;

struct MetaExample
{
    // Set when Meta's example writes a placeholder where the API sends Unix seconds: the raw
    // file must be refused naming that path, and the checks run once it holds a number.
    const char *placeholderTimestampPath = nullptr;
    Check check;
};

const std::map<QString, MetaExample> &jsonExamples()
{
    static const std::map<QString, MetaExample> table{
        {u"message_status_update_notifications.json"_s,
         {nullptr,
          [](const WebhookPayload &p) {
              ASSERT_EQ(p.statuses.size(), 1);
              const auto &s = p.statuses[0];
              EXPECT_EQ(s.wamid, u"wamid.gBGGFlCGg0cvAglAxydbAoy-gwNo"_s);
              EXPECT_EQ(s.status, DeliveryStatus::Sent);
              EXPECT_EQ(s.timestamp, 1603086313);
              EXPECT_EQ(s.recipientId, u"16315551234"_s);
              EXPECT_EQ(s.phoneNumberId, u"27681414235104944"_s);
              EXPECT_FALSE(s.billable);
          }}},
        {u"received_callback_from_a_quick_reply_button_click.json"_s,
         {nullptr,
          [](const WebhookPayload &p) {
              ASSERT_EQ(p.messages.size(), 1);
              const auto &m = p.messages[0];
              EXPECT_EQ(m.type, MessageType::Button);
              ASSERT_TRUE(m.button);
              EXPECT_EQ(m.button->payload, u"No-Button-Payload"_s);
              EXPECT_EQ(m.button->text, u"No"_s);
              EXPECT_EQ(m.text, u"No"_s);
              EXPECT_EQ(m.contextWamid, u"wamid.gBGGFlCGg0cvAgkLFm4e9tICiTI"_s);
              EXPECT_EQ(m.profileName, u"Kerry Fisher"_s);
              EXPECT_EQ(m.fromWaId, u"16315551234"_s);
              EXPECT_EQ(m.timestamp, 1603087229);
          }}},
        {u"received_contact_messages.json"_s,
         {"entry[0].changes[0].value.messages[0].timestamp",
          [](const WebhookPayload &p) {
              ASSERT_EQ(p.messages.size(), 1);
              const auto &m = p.messages[0];
              // This example has no "type": the contacts member says what it is.
              EXPECT_EQ(m.type, MessageType::Contacts);
              EXPECT_TRUE(m.typeName.isEmpty());
              ASSERT_EQ(m.contacts.size(), 1);
              const auto &c = m.contacts[0];
              EXPECT_EQ(c.formattedName, u"<CONTACT_FORMATTED_NAME>"_s);
              EXPECT_EQ(c.firstName, u"<CONTACT_FIRST_NAME>"_s);
              EXPECT_EQ(c.lastName, u"<CONTACT_LAST_NAME>"_s);
              ASSERT_EQ(c.phones.size(), 1);
              EXPECT_EQ(c.phones[0].phone, u"<CONTACT_PHONE>"_s);
              EXPECT_EQ(c.phones[0].waId, u"<CONTACT_WA_ID>"_s);
              EXPECT_EQ(c.phones[0].type, u"<HOME|WORK>"_s);
              EXPECT_EQ(c.emails, QList<QString>{u"<CONTACT_EMAIL>"_s});
              EXPECT_EQ(m.text, u"<CONTACT_FORMATTED_NAME>"_s);
              EXPECT_EQ(m.profileName, u"<NAME>"_s);
          }}},
        {u"received_media_message_with_image.json"_s,
         {"entry[0].changes[0].value.messages[0].timestamp",
          [](const WebhookPayload &p) {
              ASSERT_EQ(p.messages.size(), 1);
              const auto &m = p.messages[0];
              EXPECT_EQ(m.type, MessageType::Image);
              ASSERT_TRUE(m.media);
              EXPECT_EQ(m.media->caption, u"This is a caption"_s);
              EXPECT_EQ(m.media->mimeType, u"image/jpeg"_s);
              EXPECT_EQ(m.media->sha256,
                        u"81d3bd8a8db4868c9520ed47186e8b7c5789e61ff79f7f834be6950b808a90d3"_s);
              EXPECT_EQ(m.media->id, u"2754859441498128"_s);
              EXPECT_EQ(m.text, u"This is a caption"_s);
              EXPECT_EQ(m.wamid, u"wamid.id"_s);
              EXPECT_EQ(m.phoneNumberId, u"<PHONE_NUMBER_ID>"_s);
              EXPECT_EQ(m.profileName, u"<CONTACT_NAME>"_s); // the only contact
          }}},
        {u"received_media_message_with_sticker.json"_s,
         {"entry[0].changes[0].value.messages[0].timestamp",
          [](const WebhookPayload &p) {
              ASSERT_EQ(p.messages.size(), 1);
              const auto &m = p.messages[0];
              EXPECT_EQ(m.type, MessageType::Sticker);
              ASSERT_TRUE(m.media);
              EXPECT_EQ(m.media->id, u"<ID>"_s);
              EXPECT_FALSE(m.media->animated);
              EXPECT_EQ(m.media->mimeType, u"image/webp"_s);
              EXPECT_EQ(m.media->sha256, u"<HASH>"_s);
          }}},
        {u"received_message_triggered_by_click_to_whatsapp_ads.json"_s,
         {"entry[0].changes[0].value.messages[0].timestamp",
          [](const WebhookPayload &p) {
              ASSERT_EQ(p.messages.size(), 1);
              const auto &m = p.messages[0];
              EXPECT_EQ(m.type, MessageType::Text);
              EXPECT_EQ(m.text, u"<BODY>"_s);
              EXPECT_EQ(m.wamid, u"wamid.ID"_s);
              EXPECT_TRUE(m.rawJson.contains("\"headline\":\"<AD_TITLE>\""));
          }}},
        {u"received_message_with_reaction.json"_s,
         {"entry[0].changes[0].value.messages[0].timestamp",
          [](const WebhookPayload &p) {
              ASSERT_EQ(p.messages.size(), 1);
              const auto &m = p.messages[0];
              EXPECT_EQ(m.type, MessageType::Reaction);
              ASSERT_TRUE(m.reaction);
              EXPECT_EQ(m.reaction->emoji, u"<emoji>"_s);
              // Meta's example misspells message_id as "messsage_id": nothing to read.
              EXPECT_TRUE(m.reaction->messageId.isEmpty());
              EXPECT_EQ(m.wamid, u"message_id"_s);
              EXPECT_EQ(m.fromWaId, u"sender_wa_id"_s);
          }}},
        {u"received_order_messages.json"_s,
         {nullptr,
          [](const WebhookPayload &p) {
              ASSERT_EQ(p.messages.size(), 1);
              const auto &m = p.messages[0];
              EXPECT_EQ(m.type, MessageType::Order);
              EXPECT_EQ(m.text, u"text-message-sent-along-with-the-order"_s);
              EXPECT_EQ(m.contextWamid, u"wamid.gBGGFlaCGg0xcvAdgmZ9plHrf2Mh-o"_s);
              EXPECT_EQ(m.timestamp, 1603069091);
              EXPECT_EQ(m.phoneNumberId, u"phone-number-id"_s);
          }}},
        {u"received_product_enquiry_message.json"_s,
         {"entry[0].changes[0].value.messages[0].timestamp",
          [](const WebhookPayload &p) {
              ASSERT_EQ(p.messages.size(), 1);
              const auto &m = p.messages[0];
              EXPECT_EQ(m.type, MessageType::Text);
              EXPECT_EQ(m.text, u"MESSAGE_TEXT"_s);
              EXPECT_EQ(m.contextWamid, u"wamid.ID"_s);
              EXPECT_TRUE(m.rawJson.contains("\"referred_product\""));
          }}},
        {u"received_text_message.json"_s,
         {nullptr,
          [](const WebhookPayload &p) {
              ASSERT_EQ(p.messages.size(), 1);
              const auto &m = p.messages[0];
              EXPECT_EQ(m.type, MessageType::Text);
              EXPECT_EQ(m.text, u"Hello this is an answer"_s);
              EXPECT_EQ(m.wamid, u"wamid.ABGGFlCGg0cvAgo-sJQh43L5Pe4W"_s);
              EXPECT_EQ(m.fromWaId, u"16315551234"_s);
              EXPECT_EQ(m.profileName, u"Kerry Fisher"_s);
              EXPECT_EQ(m.timestamp, 1603059201);
              EXPECT_EQ(m.phoneNumberId, u"27681414235104944"_s);
              EXPECT_EQ(m.displayPhoneNumber, u"16505553333"_s);
              EXPECT_TRUE(m.fromUserId.isEmpty());
              EXPECT_EQ(m.senderKey(), u"16315551234"_s);
          }}},
        {u"received_text_message_with_show_security_notifications.json"_s,
         {nullptr,
          [](const WebhookPayload &p) {
              ASSERT_EQ(p.messages.size(), 1);
              const auto &m = p.messages[0];
              EXPECT_EQ(m.text, u"Hi from new number 3601"_s);
              EXPECT_EQ(m.wamid, u"ABGGFjFVU2AfAgo6V-Hc5eCgK5Gh"_s);
              EXPECT_EQ(m.timestamp, 1602532300);
              EXPECT_TRUE(m.rawJson.contains("\"identity\""));
          }}},
        {u"received_unknown_messages.json"_s,
         {nullptr,
          [](const WebhookPayload &p) {
              ASSERT_EQ(p.messages.size(), 1);
              const auto &m = p.messages[0];
              EXPECT_EQ(m.type, MessageType::Other);
              EXPECT_EQ(m.typeName, u"unknown"_s);
              ASSERT_EQ(m.errors.size(), 1);
              EXPECT_EQ(m.errors[0].code, 130501);
              EXPECT_EQ(m.errors[0].title, u"Unsupported message type"_s);
              EXPECT_EQ(m.errors[0].details, u"Message type is not currently supported"_s);
          }}},
        {u"status_transaction_status_order_details_message.json"_s,
         {"entry[0].changes[0].value.statuses[0].timestamp",
          [](const WebhookPayload &p) {
              ASSERT_EQ(p.statuses.size(), 1);
              const auto &s = p.statuses[0];
              EXPECT_EQ(s.wamid, u"wamid.ID"_s);
              EXPECT_EQ(s.statusName, u"<captured | failed | pending>"_s);
              EXPECT_FALSE(s.status); // a payment state, not a delivery state
              EXPECT_TRUE(s.rawJson.contains("reference-id-from-order-details-msg"));
          }}},
    };
    return table;
}

TEST(MetaWebhookExamples, DirectoryHoldsThirteenJsonAndNineJsonc)
{
    SKIP_WITHOUT_META_EXAMPLES();
    const QDir dir(webhookDir());
    EXPECT_EQ(dir.entryList({u"*.json"_s}, QDir::Files).size(), 13);
    EXPECT_EQ(dir.entryList({u"*.jsonc"_s}, QDir::Files).size(), 9);
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files))
        EXPECT_TRUE(jsonExamples().count(name)) << "no checks for " << name.toStdString();
}

TEST(MetaWebhookExamples, JsonExamplesParseWithTheirFields)
{
    SKIP_WITHOUT_META_EXAMPLES();
    WebhookParser parser;
    for (const auto &[name, example] : jsonExamples()) {
        SCOPED_TRACE(name.toStdString());
        const auto bytes = testdata::readFile(webhookDir() + u'/' + name);
        ASSERT_TRUE(bytes) << "cannot read";
        QByteArray body = *bytes;
        if (example.placeholderTimestampPath) {
            // As published the example must be refused, naming the placeholder's path...
            const QString error = testdata::errorOrFail(parser, body);
            EXPECT_TRUE(error.startsWith(QString::fromLatin1(example.placeholderTimestampPath)))
                << error.toStdString();
            // ...and once it carries Unix seconds, as the API sends them, it must parse.
            auto json = OrderedJson::parse(body.cbegin(), body.cend());
            EXPECT_EQ(testdata::replacePlaceholderTimestamps(json, "1700000000"), 1);
            body = testdata::dump(json);
        }
        const WebhookPayload payload = testdata::parsedOrFail(parser, body);
        example.check(payload);
        if (example.placeholderTimestampPath) {
            for (const auto &m : payload.messages)
                EXPECT_EQ(m.timestamp, 1700000000);
        }
    }
}

TEST(MetaWebhookExamples, JsoncExamplesAreRefusedAsInvalidJson)
{
    SKIP_WITHOUT_META_EXAMPLES();
    const QDir dir(webhookDir());
    const QStringList files = dir.entryList({u"*.jsonc"_s}, QDir::Files, QDir::Name);
    ASSERT_EQ(files.size(), 9);
    WebhookParser parser;
    for (const QString &name : files) {
        SCOPED_TRACE(name.toStdString());
        const auto bytes = testdata::readFile(dir.filePath(name));
        ASSERT_TRUE(bytes);
        const QString error = testdata::errorOrFail(parser, *bytes);
        EXPECT_TRUE(error.startsWith(u"invalid JSON"_s)) << error.toStdString();
    }
}

} // namespace
} // namespace sportello::whatsapp
