// SPDX-License-Identifier: LicenseRef-Sportello
// Every inbound message type, as pywa's real fixtures carry it, through the running server.
#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "storage/contactrepository.h"
#include "storage/conversationrepository.h"
#include "storage/sqlconnection.h"
#include "storage/sqlstatement.h"
#include "support/testserver.h"
#include "whatsapp/webhookparser.h"

namespace sportello::test {
namespace {

struct Case
{
    const char *file;
    const char *name;
    const char *storedType; // inbound_messages.type
    const char *text;       // inbound_messages.body_text ("" for none)
};

std::ostream &operator<<(std::ostream &out, const Case &c)
{
    return out << c.file << ":" << c.name;
}

// Retargets a fixture body at the test business with a fresh wamid (pywa reuses ids).
QByteArray retarget(const QByteArray &body, const QString &wamid, qint64 timestamp)
{
    QJsonObject root = QJsonDocument::fromJson(body).object();
    QJsonArray entries = root.value(QStringLiteral("entry")).toArray();
    QJsonObject entry = entries.at(0).toObject();
    QJsonArray changes = entry.value(QStringLiteral("changes")).toArray();
    QJsonObject change = changes.at(0).toObject();
    QJsonObject value = change.value(QStringLiteral("value")).toObject();
    QJsonObject metadata = value.value(QStringLiteral("metadata")).toObject();
    metadata.insert(QStringLiteral("phone_number_id"), QStringLiteral("100000000000001"));
    value.insert(QStringLiteral("metadata"), metadata);
    QJsonArray messages = value.value(QStringLiteral("messages")).toArray();
    QJsonObject message = messages.at(0).toObject();
    message.insert(QStringLiteral("id"), wamid);
    message.insert(QStringLiteral("timestamp"), QString::number(timestamp));
    messages.replace(0, message);
    value.insert(QStringLiteral("messages"), messages);
    change.insert(QStringLiteral("value"), value);
    changes.replace(0, change);
    entry.insert(QStringLiteral("changes"), changes);
    entries.replace(0, entry);
    root.insert(QStringLiteral("entry"), entries);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

class InboundTypes : public ::testing::TestWithParam<Case>
{
};

TEST_P(InboundTypes, IsStoredFaithfullyAndReachesTheHumanQueue)
{
    const Case c = GetParam();
    QFile file(QStringLiteral(SPORTELLO_TEST_DATA_DIR "/pywa/") + QString::fromUtf8(c.file));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << c.file;
    const QJsonObject all = QJsonDocument::fromJson(file.readAll()).object();
    ASSERT_TRUE(all.contains(QString::fromUtf8(c.name))) << c.name;
    const QByteArray fixture = QJsonDocument(all.value(QString::fromUtf8(c.name)).toObject())
                                   .toJson(QJsonDocument::Compact);
    const QString wamid = QStringLiteral("wamid.type-") + QString::fromUtf8(c.name);
    const qint64 now = QDateTime::currentSecsSinceEpoch();

    TestServer server;
    ASSERT_EQ(server.postWebhook(retarget(fixture, wamid, now)).status, 200);
    ASSERT_TRUE(server.waitUntilSettled());

    auto &connection = server.app().database().connection();
    auto &row = connection.prepare("SELECT type, body_text, state, raw_json, sender_key "
                                   "FROM inbound_messages WHERE wamid = ?");
    row.bind(1, wamid);
    ASSERT_TRUE(row.step()) << "not stored";
    EXPECT_EQ(row.text(0), QString::fromUtf8(c.storedType));
    EXPECT_EQ(row.text(1), QString::fromUtf8(c.text));
    EXPECT_EQ(row.int64(2), 1) << "not processed";
    // The stored object reads back to the same message with the same parser.
    whatsapp::WebhookParser parser;
    const auto reread = parser.parseMessage(row.bytes(3));
    ASSERT_TRUE(std::holds_alternative<whatsapp::InboundMessage>(reread));
    EXPECT_EQ(std::get<whatsapp::InboundMessage>(reread).wamid, wamid);
    const QString senderKey = row.text(4);
    row.reset();

    // Whatever the type, a customer's message lands in front of a human.
    storage::ContactRepository contacts(connection);
    const auto contact = contacts.find(QStringLiteral("100000000000001"), senderKey);
    ASSERT_TRUE(contact.has_value());
    const auto conversation = storage::ConversationRepository(connection).forContact(contact->id);
    ASSERT_TRUE(conversation.has_value());
    EXPECT_EQ(conversation->owner, ConversationOwner::PendingHuman);
}

INSTANTIATE_TEST_SUITE_P(
    Pywa, InboundTypes,
    ::testing::Values(Case{"message.json", "text", "text", "Body Text"},
                      Case{"message.json", "reply", "text", "replied text"},
                      Case{"callback_button.json", "button", "interactive", "title"},
                      Case{"callback_selection.json", "callback", "interactive", "title"},
                      Case{"callback_button.json", "quick_reply", "button", "title"},
                      Case{"message.json", "image", "image", ""},
                      Case{"message.json", "document", "document", "caption"},
                      Case{"message.json", "audio", "audio", ""},
                      Case{"message.json", "voice", "audio", ""},
                      Case{"message.json", "video", "video", "caption"},
                      Case{"message.json", "static_sticker", "sticker", ""},
                      Case{"message.json", "current_location", "location", ""},
                      Case{"message.json", "contacts", "contacts",
                           "Chandler Bing, Monica, Rachel Green"},
                      Case{"message.json", "reaction", "reaction", "\xF0\x9F\x98\xAE"},
                      Case{"message.json", "unsupported_with_type", "unsupported", ""},
                      Case{"message.json", "order", "order", ""}),
    [](const ::testing::TestParamInfo<Case> &info) {
        return std::string(info.param.file).substr(0, std::string(info.param.file).find('.')) +
               "_" + info.param.name;
    });

} // namespace
} // namespace sportello::test
