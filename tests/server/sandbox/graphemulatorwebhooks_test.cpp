// SPDX-License-Identifier: LicenseRef-Sportello
// Tests of the webhooks the emulator posts: statuses, failures, retries, customer messages.
#include <chrono>

#include <gtest/gtest.h>

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>

#include "sandboxfixture.h"

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;
using sportello::test::SandboxFixture;
using sportello::test::waitFor;
using sportello::whatsapp::sandbox::CustomerMessage;
using sportello::whatsapp::sandbox::CustomerSendResult;
using sportello::whatsapp::sandbox::FaultPlan;
using sportello::whatsapp::sandbox::GraphEmulator;

namespace {

class GraphEmulatorWebhooksTest : public SandboxFixture
{
protected:
    QStringList statusNames(const QString &wamid) const
    {
        QStringList names;
        const auto statuses = receiver->statusesFor(wamid);
        for (const auto &status : statuses)
            names.append(status.value("status"_L1).toString());
        // Meta does not promise an order, and neither does the emulator (parallel posts).
        names.sort();
        return names;
    }

    static QJsonObject onlyValue(const QJsonObject &envelope)
    {
        const QJsonArray entries = envelope.value("entry"_L1).toArray();
        EXPECT_EQ(entries.size(), 1);
        const QJsonArray changes = entries.at(0).toObject().value("changes"_L1).toArray();
        EXPECT_EQ(changes.size(), 1);
        return changes.at(0).toObject().value("value"_L1).toObject();
    }

    // Sends as the customer and waits for the webhook POST to finish.
    CustomerSendResult customerSends(const CustomerMessage &message)
    {
        CustomerSendResult result;
        bool done = false;
        const QString wamid = emulator->customerSends(message, [&](const CustomerSendResult &r) {
            result = r;
            done = true;
        });
        EXPECT_FALSE(wamid.isEmpty());
        EXPECT_TRUE(waitFor([&] { return done; }));
        EXPECT_EQ(result.wamid, wamid);
        return result;
    }
};

bool isUnixSecondsNow(const QJsonValue &value)
{
    if (!value.isString())
        return false;
    bool ok = false;
    const qint64 seconds = value.toString().toLongLong(&ok);
    return ok && std::abs(seconds - QDateTime::currentSecsSinceEpoch()) < 60;
}

} // namespace

TEST_F(GraphEmulatorWebhooksTest, StatusWebhooksAreSignedAndMetaShaped)
{
    const auto response = send(textMessage(kCustomer, u"Il suo ordine è pronto"_s, u"draft-42"_s));
    ASSERT_EQ(response.status, 200);
    const QString wamid = sentWamid(response);

    ASSERT_TRUE(waitFor([&] { return receiver->statusesFor(wamid).size() == 3; }));
    EXPECT_EQ(statusNames(wamid), QStringList({u"delivered"_s, u"read"_s, u"sent"_s}));
    EXPECT_EQ(emulator->message(wamid)->status, u"read"_s);

    static const QRegularExpression signature(u"^sha256=[0-9a-f]{64}$"_s);
    const auto deliveries = receiver->deliveries();
    ASSERT_EQ(deliveries.size(), 3);
    for (const auto &delivery : deliveries) {
        EXPECT_TRUE(delivery.signatureValid);
        EXPECT_TRUE(signature.match(QString::fromLatin1(delivery.signatureHeader)).hasMatch());
        EXPECT_EQ(delivery.signatureHeader, GraphEmulator::signatureHeader(kSecret, delivery.body));

        const QJsonObject &json = delivery.json;
        EXPECT_EQ(json.value("object"_L1).toString(), u"whatsapp_business_account"_s);
        const QJsonObject entry = json.value("entry"_L1).toArray().at(0).toObject();
        EXPECT_EQ(entry.value("id"_L1).toString(), kWaba);
        const QJsonObject change = entry.value("changes"_L1).toArray().at(0).toObject();
        EXPECT_EQ(change.value("field"_L1).toString(), u"messages"_s);
        const QJsonObject value = onlyValue(json);
        EXPECT_EQ(value.value("messaging_product"_L1).toString(), u"whatsapp"_s);
        const QJsonObject metadata = value.value("metadata"_L1).toObject();
        EXPECT_EQ(metadata.value("display_phone_number"_L1).toString(), kDisplay);
        EXPECT_EQ(metadata.value("phone_number_id"_L1).toString(), kPhoneId);
        EXPECT_FALSE(value.contains("messages"_L1));

        const QJsonArray statuses = value.value("statuses"_L1).toArray();
        ASSERT_EQ(statuses.size(), 1);
        const QJsonObject status = statuses.at(0).toObject();
        EXPECT_EQ(status.value("id"_L1).toString(), wamid);
        EXPECT_TRUE(isUnixSecondsNow(status.value("timestamp"_L1)));
        EXPECT_EQ(status.value("recipient_id"_L1).toString(), kCustomer);
        EXPECT_EQ(status.value("biz_opaque_callback_data"_L1).toString(), u"draft-42"_s);
        const QJsonObject pricing = status.value("pricing"_L1).toObject();
        EXPECT_EQ(pricing.value("billable"_L1), QJsonValue(false));
        EXPECT_EQ(pricing.value("pricing_model"_L1).toString(), u"PMP"_s);
        EXPECT_EQ(pricing.value("category"_L1).toString(), u"service"_s);
        EXPECT_EQ(pricing.value("type"_L1).toString(), u"free_customer_service"_s);
        EXPECT_FALSE(status.contains("errors"_L1));
    }
}

TEST_F(GraphEmulatorWebhooksTest, OpaqueDataOnlyWhenTheSendHadIt)
{
    const QString wamid = sentWamid(send(textMessage(kCustomer, u"x"_s)));
    ASSERT_TRUE(waitFor([&] { return receiver->statusesFor(wamid).size() == 3; }));
    const auto statuses = receiver->statusesFor(wamid);
    for (const auto &status : statuses)
        EXPECT_FALSE(status.contains("biz_opaque_callback_data"_L1));
}

TEST_F(GraphEmulatorWebhooksTest, CustomerReadsWhenToldIfReadDelayIsNegative)
{
    auto options = defaultOptions();
    options.readDelayMs = -1;
    start(options);

    const QString wamid = sentWamid(send(textMessage(kCustomer, u"x"_s)));
    ASSERT_TRUE(waitFor([&] { return receiver->statusesFor(wamid).size() == 2; }));
    sportello::test::spinEventLoop(120ms);
    EXPECT_EQ(statusNames(wamid), QStringList({u"delivered"_s, u"sent"_s}));

    EXPECT_EQ(emulator->customerReads(u"390000000000"_s), 0);
    EXPECT_EQ(emulator->customerReads(kCustomer), 1);
    ASSERT_TRUE(waitFor([&] { return receiver->statusesFor(wamid).size() == 3; }));
    EXPECT_EQ(receiver->statusesFor(wamid).constLast().value("status"_L1).toString(), u"read"_s);
    EXPECT_EQ(emulator->customerReads(kCustomer), 0);
}

TEST_F(GraphEmulatorWebhooksTest, TemplatePricingFollowsCategoryAndWindow)
{
    auto options = defaultOptions();
    options.templates.insert(u"promo"_s, {u"marketing"_s, -1});
    options.templates.insert(u"order_update"_s, {u"utility"_s, -1});
    start(options);

    const auto templateTo = [](const QString &name) {
        return QJsonObject{
            {u"messaging_product"_s, u"whatsapp"_s},
            {u"to"_s, kCustomer},
            {u"type"_s, u"template"_s},
            {u"template"_s,
             QJsonObject{{u"name"_s, name}, {u"language"_s, QJsonObject{{u"code"_s, u"it"_s}}}}},
        };
    };
    const auto pricingOf = [&](const QString &wamid) {
        EXPECT_TRUE(waitFor([&] { return !receiver->statusesFor(wamid).isEmpty(); }));
        return receiver->statusesFor(wamid).value(0).value("pricing"_L1).toObject();
    };

    const QJsonObject marketing = pricingOf(sentWamid(send(templateTo(u"promo"_s))));
    EXPECT_EQ(marketing.value("category"_L1).toString(), u"marketing"_s);
    EXPECT_EQ(marketing.value("type"_L1).toString(), u"regular"_s);
    EXPECT_TRUE(marketing.value("billable"_L1).toBool());

    const QJsonObject utilityClosed = pricingOf(sentWamid(send(templateTo(u"order_update"_s))));
    EXPECT_EQ(utilityClosed.value("category"_L1).toString(), u"utility"_s);
    EXPECT_TRUE(utilityClosed.value("billable"_L1).toBool());

    ASSERT_TRUE(customerSends(CustomerMessage::text(kCustomer, u"ciao"_s)).accepted());
    const QJsonObject utilityOpen = pricingOf(sentWamid(send(templateTo(u"order_update"_s))));
    EXPECT_EQ(utilityOpen.value("type"_L1).toString(), u"free_customer_service"_s);
    EXPECT_FALSE(utilityOpen.value("billable"_L1).toBool());
}

TEST_F(GraphEmulatorWebhooksTest, ReEngagementAsyncFailsThroughAStatusWebhook)
{
    setFault(FaultPlan::Mode::ReEngagementAsync, 1);
    const auto response = send(textMessage(kCustomer, u"too late"_s, u"draft-7"_s));
    ASSERT_EQ(response.status, 200);
    const QString wamid = sentWamid(response);
    ASSERT_FALSE(wamid.isEmpty());

    ASSERT_TRUE(waitFor([&] { return !receiver->statusesFor(wamid).isEmpty(); }));
    sportello::test::spinEventLoop(100ms);
    const auto statuses = receiver->statusesFor(wamid);
    ASSERT_EQ(statuses.size(), 1) << "a failed message has no sent/delivered/read";
    const QJsonObject failed = statuses[0];
    EXPECT_EQ(failed.value("status"_L1).toString(), u"failed"_s);
    EXPECT_EQ(failed.value("biz_opaque_callback_data"_L1).toString(), u"draft-7"_s);
    EXPECT_FALSE(failed.contains("pricing"_L1));
    const QJsonObject error = failed.value("errors"_L1).toArray().at(0).toObject();
    EXPECT_EQ(error.value("code"_L1).toInt(), 131047);
    EXPECT_EQ(error.value("title"_L1).toString(), u"Re-engagement message"_s);
    EXPECT_FALSE(error.value("error_data"_L1).toObject().value("details"_L1).toString().isEmpty());
    EXPECT_EQ(emulator->message(wamid)->status, u"failed"_s);
    EXPECT_EQ(emulator->message(wamid)->failureCode, 131047);
}

TEST_F(GraphEmulatorWebhooksTest, ServiceWindowIsEnforcedWhenAsked)
{
    auto options = defaultOptions();
    options.enforceServiceWindow = true;
    start(options);
    const auto firstStatus = [&](const QString &wamid) {
        EXPECT_TRUE(waitFor([&] { return !receiver->statusesFor(wamid).isEmpty(); }));
        return receiver->statusesFor(wamid).value(0).value("status"_L1).toString();
    };

    EXPECT_EQ(firstStatus(sentWamid(send(textMessage(kCustomer, u"never wrote"_s)))), u"failed"_s);

    CustomerMessage old = CustomerMessage::text(kCustomer, u"yesterday"_s);
    old.timestamp = QDateTime::currentSecsSinceEpoch() - 25 * 3600;
    ASSERT_TRUE(customerSends(old).accepted());
    EXPECT_EQ(firstStatus(sentWamid(send(textMessage(kCustomer, u"closed"_s)))), u"failed"_s);

    ASSERT_TRUE(customerSends(CustomerMessage::text(kCustomer, u"now"_s)).accepted());
    EXPECT_EQ(firstStatus(sentWamid(send(textMessage(kCustomer, u"open"_s)))), u"sent"_s);
}

TEST_F(GraphEmulatorWebhooksTest, RetriesUntilTheServerComesBack)
{
    const quint16 port = receiver->port();
    receiver->stop();

    const QString wamid = sentWamid(send(textMessage(kCustomer, u"x"_s, u"draft-9"_s)));
    ASSERT_FALSE(wamid.isEmpty());
    sportello::test::spinEventLoop(200ms);
    EXPECT_EQ(receiver->count(), 0);
    EXPECT_GT(emulator->pendingWebhookCount(), 0);

    // Back up, but failing with 500 for a while: non-2xx answers are retried too.
    receiver->setResponseStatus(500);
    ASSERT_EQ(receiver->listen(port), port);
    ASSERT_TRUE(waitFor([&] { return receiver->count() >= 2; }));
    receiver->setResponseStatus(200);

    ASSERT_TRUE(waitFor([&] { return emulator->pendingWebhookCount() == 0; }, 8000ms));
    QStringList names = statusNames(wamid);
    names.removeDuplicates();
    EXPECT_EQ(names, QStringList({u"delivered"_s, u"read"_s, u"sent"_s}));
    int accepted = 0;
    const auto deliveries = receiver->deliveries();
    for (const auto &delivery : deliveries) {
        EXPECT_TRUE(delivery.signatureValid);
        accepted += delivery.answeredStatus == 200 ? 1 : 0;
    }
    EXPECT_EQ(accepted, 3);
}

TEST_F(GraphEmulatorWebhooksTest, GivesUpAfterTheLastAttempt)
{
    auto options = defaultOptions();
    options.readDelayMs = -1;
    options.webhookMaxAttempts = 3;
    options.webhookRetryInitialMs = 20;
    start(options);
    receiver->stop();

    QStringList abandoned;
    QObject::connect(emulator.get(), &GraphEmulator::webhookAbandoned, emulator.get(),
                     [&](const QString &, const QString &event, int attempts) {
                         EXPECT_EQ(attempts, 3);
                         abandoned.append(event);
                     });
    send(textMessage(kCustomer, u"x"_s));
    ASSERT_TRUE(waitFor([&] { return abandoned.size() == 2; }));
    EXPECT_EQ(emulator->pendingWebhookCount(), 0);
}

TEST_F(GraphEmulatorWebhooksTest, CustomerSendsASignedMetaShapedMessage)
{
    CustomerMessage message = CustomerMessage::text(kCustomer, u"Avete la taglia M?"_s);
    message.profileName = u"Giulia Rossi"_s;
    message.userId = u"IT.1502576394655843"_s;
    message.contextWamid = u"wamid.HBgLMzkzNDAwMDAwMDAxFQIAERgSQjk2QjM5RkM3ODI0RDVCNEE2AA=="_s;
    message.timestamp = 1749416383;

    const CustomerSendResult result = customerSends(message);
    EXPECT_EQ(result.webhookStatus, 200);
    EXPECT_TRUE(result.accepted());
    EXPECT_TRUE(result.wamid.startsWith("wamid.HBg"_L1));
    EXPECT_EQ(result.phoneNumberId, kPhoneId);

    ASSERT_EQ(receiver->count(), 1);
    const auto delivery = receiver->deliveries()[0];
    EXPECT_TRUE(delivery.signatureValid);
    EXPECT_TRUE(GraphEmulator::signatureHeader(kSecret, delivery.body) == delivery.signatureHeader);
    EXPECT_FALSE(sportello::test::WebhookReceiver::verifySignature("wrong", delivery.body,
                                                                   delivery.signatureHeader));

    EXPECT_EQ(delivery.json.value("object"_L1).toString(), u"whatsapp_business_account"_s);
    const QJsonObject value = onlyValue(delivery.json);
    EXPECT_EQ(value.value("messaging_product"_L1).toString(), u"whatsapp"_s);
    EXPECT_EQ(value.value("metadata"_L1).toObject().value("phone_number_id"_L1).toString(),
              kPhoneId);
    const QJsonObject contact = value.value("contacts"_L1).toArray().at(0).toObject();
    EXPECT_EQ(contact.value("profile"_L1).toObject().value("name"_L1).toString(),
              u"Giulia Rossi"_s);
    EXPECT_EQ(contact.value("wa_id"_L1).toString(), kCustomer);
    EXPECT_EQ(contact.value("user_id"_L1).toString(), message.userId);

    const QJsonArray messages = value.value("messages"_L1).toArray();
    ASSERT_EQ(messages.size(), 1);
    const QJsonObject item = messages.at(0).toObject();
    EXPECT_EQ(item.value("from"_L1).toString(), kCustomer);
    EXPECT_EQ(item.value("from_user_id"_L1).toString(), message.userId);
    EXPECT_EQ(item.value("id"_L1).toString(), result.wamid);
    EXPECT_EQ(item.value("timestamp"_L1), QJsonValue(u"1749416383"_s));
    EXPECT_EQ(item.value("type"_L1).toString(), u"text"_s);
    EXPECT_EQ(item.value("text"_L1).toObject().value("body"_L1).toString(),
              u"Avete la taglia M?"_s);
    EXPECT_EQ(item.value("context"_L1).toObject().value("id"_L1).toString(), message.contextWamid);
    EXPECT_EQ(item.value("context"_L1).toObject().value("from"_L1).toString(), kDisplay);

    const auto records = emulator->messagesFrom(kCustomer);
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records[0].webhookStatus, 200);
    EXPECT_EQ(records[0].wamid, result.wamid);
}

TEST_F(GraphEmulatorWebhooksTest, CustomerSendsOtherTypesAndNumbers)
{
    CustomerMessage location;
    location.waId = kCustomer;
    location.phoneNumberId = kPhoneId2;
    location.content = QJsonObject{
        {u"type"_s, u"location"_s},
        {u"location"_s,
         QJsonObject{{u"latitude"_s, 45.46}, {u"longitude"_s, 9.19}, {u"name"_s, u"Duomo"_s}}},
    };
    ASSERT_TRUE(customerSends(location).accepted());
    const QJsonObject value = receiver->values().constLast();
    EXPECT_EQ(value.value("metadata"_L1).toObject().value("display_phone_number"_L1).toString(),
              kDisplay2);
    const QJsonObject item = value.value("messages"_L1).toArray().at(0).toObject();
    EXPECT_EQ(item.value("type"_L1).toString(), u"location"_s);
    EXPECT_EQ(item.value("location"_L1).toObject().value("name"_L1).toString(), u"Duomo"_s);
    EXPECT_FALSE(item.contains("from_user_id"_L1));
    EXPECT_FALSE(item.contains("context"_L1));

    CustomerMessage unknownNumber = CustomerMessage::text(kCustomer, u"x"_s);
    unknownNumber.phoneNumberId = u"42"_s;
    EXPECT_TRUE(emulator->customerSends(unknownNumber).isEmpty());
    CustomerMessage noType;
    noType.waId = kCustomer;
    EXPECT_TRUE(emulator->customerSends(noType).isEmpty());
}

TEST_F(GraphEmulatorWebhooksTest, CustomerSendsReportsARejectedOrMissingWebhook)
{
    receiver->setResponseStatus(503);
    const CustomerSendResult rejected = customerSends(CustomerMessage::text(kCustomer, u"x"_s));
    EXPECT_EQ(rejected.webhookStatus, 503);
    EXPECT_FALSE(rejected.accepted());

    receiver->stop();
    const CustomerSendResult unreachable = customerSends(CustomerMessage::text(kCustomer, u"y"_s));
    EXPECT_EQ(unreachable.webhookStatus, 0);
    EXPECT_FALSE(unreachable.error.isEmpty());
    EXPECT_EQ(emulator->messagesFrom(kCustomer).constLast().webhookStatus, 0);
}

TEST_F(GraphEmulatorWebhooksTest, MarkAsReadReadsTheCustomerMessages)
{
    const CustomerSendResult first = customerSends(CustomerMessage::text(kCustomer, u"a"_s));
    const CustomerSendResult second = customerSends(CustomerMessage::text(kCustomer, u"b"_s));

    QStringList read;
    bool typing = false;
    QObject::connect(emulator.get(), &GraphEmulator::customerMessageRead, emulator.get(),
                     [&](const QString &wamid, bool typingIndicator) {
                         read.append(wamid);
                         typing = typing || typingIndicator;
                     });
    ASSERT_EQ(send(markRead(second.wamid, true)).status, 200);
    EXPECT_EQ(read.size(), 2) << "reading a message reads the earlier ones";
    EXPECT_TRUE(typing);
    const auto records = emulator->messagesFrom(kCustomer);
    ASSERT_EQ(records.size(), 2);
    EXPECT_TRUE(records[0].readByBusiness);
    EXPECT_TRUE(records[1].readByBusiness);
    EXPECT_EQ(emulator->requests().constLast().messageId, second.wamid);
    Q_UNUSED(first);
}

TEST_F(GraphEmulatorWebhooksTest, ClearRecordsForgetsEverything)
{
    send(textMessage(kCustomer, u"x"_s));
    customerSends(CustomerMessage::text(kCustomer, u"y"_s));
    emulator->clearRecords();
    EXPECT_TRUE(emulator->requests().isEmpty());
    EXPECT_TRUE(emulator->acceptedMessages().isEmpty());
    EXPECT_TRUE(emulator->customerMessages().isEmpty());
    // Timers of forgotten messages fire into nothing.
    sportello::test::spinEventLoop(100ms);
    EXPECT_TRUE(emulator->acceptedMessages().isEmpty());
}
