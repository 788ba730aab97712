// SPDX-License-Identifier: LicenseRef-Sportello
// Opt-out end to end: STOP from a sandbox customer, one confirmation, silence afterwards.
#include <gtest/gtest.h>

#include "../outbox/outboxtestdata.h"
#include "storage/contactrepository.h"
#include "support/waitfor.h"
#include "whatsapp/sandbox/graphemulator.h"

namespace sportello::test {
namespace {

QStringList textsTo(TestServer &server, const QString &waId)
{
    QStringList texts;
    for (const auto &m : server.app().emulator()->messagesTo(waId)) {
        texts.append(m.request.value(QStringLiteral("text"))
                         .toObject()
                         .value(QStringLiteral("body"))
                         .toString());
    }
    return texts;
}

TEST(OptOut, StopIsConfirmedOnceInTheCustomersLanguageAndSilencesTheBusiness)
{
    TestServer server;
    const QString italian = QStringLiteral("393401234567");
    ASSERT_EQ(server.customerSays(italian, QStringLiteral("Stop")).status, 200);
    ASSERT_TRUE(server.waitUntilSettled());
    ASSERT_TRUE(waitFor([&] { return textsTo(server, italian).size() == 1; }));
    EXPECT_TRUE(textsTo(server, italian).first().contains(QStringLiteral("START")));
    EXPECT_TRUE(textsTo(server, italian).first().startsWith(QStringLiteral("Fatto")));

    // A second STOP is acknowledged silently.
    ASSERT_EQ(server.customerSays(italian, QStringLiteral("STOP")).status, 200);
    ASSERT_TRUE(server.waitUntilSettled());
    spinEventLoop(std::chrono::milliseconds(200));
    EXPECT_EQ(textsTo(server, italian).size(), 1);

    // Business-initiated messages are refused locally from now on.
    const auto pushed = enqueue(server, italian, followUp(QStringLiteral("Anna")),
                                QStringLiteral("after-stop"), QStringLiteral("system"));
    EXPECT_EQ(pushed.status, DeliveryStatus::Refused);
    EXPECT_EQ(pushed.code, QStringLiteral("opted_out"));

    const auto contact =
        storage::ContactRepository(server.app().database().connection()).find(kBusiness, italian);
    ASSERT_TRUE(contact.has_value());
    EXPECT_TRUE(contact->optedOut);
    EXPECT_EQ(server.metric(QStringLiteral("sportello_contacts_opted_out")), 1);
}

TEST(OptOut, KeywordsOfEachLanguageConfirmInThatLanguage)
{
    TestServer server;
    const QList<std::pair<QString, QString>> cases{
        {QStringLiteral("CANCELLAMI"), QStringLiteral("Fatto")},
        {QStringLiteral("baja"), QStringLiteral("Hecho")},
        {QStringLiteral("Arrêt"), QStringLiteral("C'est fait")},
        {QStringLiteral("abmelden"), QStringLiteral("Erledigt")},
        {QStringLiteral("UNSUBSCRIBE"), QStringLiteral("Done")},
    };
    int n = 0;
    for (const auto &[keyword, opening] : cases) {
        // A US number: the keyword's language must win over the phone prefix.
        const QString waId = QStringLiteral("1555000000%1").arg(n++);
        ASSERT_EQ(server.customerSays(waId, keyword).status, 200);
        ASSERT_TRUE(waitFor([&] { return textsTo(server, waId).size() == 1; }))
            << qPrintable(keyword);
        EXPECT_TRUE(textsTo(server, waId).first().startsWith(opening))
            << qPrintable(keyword) << " -> " << qPrintable(textsTo(server, waId).first());
    }
}

TEST(OptOut, StartResubscribes)
{
    TestServer server;
    const QString waId = QStringLiteral("34600123456");
    server.customerSays(waId, QStringLiteral("STOP"));
    ASSERT_TRUE(waitFor([&] { return textsTo(server, waId).size() == 1; }));
    EXPECT_TRUE(textsTo(server, waId).first().startsWith(QStringLiteral("Hecho")));
    server.customerSays(waId, QStringLiteral("start"));
    ASSERT_TRUE(waitFor([&] { return textsTo(server, waId).size() == 2; }));
    EXPECT_TRUE(textsTo(server, waId).last().contains(QStringLiteral("STOP")));
    const auto contact =
        storage::ContactRepository(server.app().database().connection()).find(kBusiness, waId);
    EXPECT_FALSE(contact->optedOut);
}

TEST(OptOut, NCustomersSendingStopLeaveExactlyNOutboundMessages)
{
    TestServer server;
    constexpr int kCustomers = 25;
    for (int i = 0; i < kCustomers; ++i) {
        const QString waId = QStringLiteral("3934000%1").arg(i, 5, 10, QChar(u'0'));
        ASSERT_EQ(server.customerSays(waId, QStringLiteral("STOP")).status, 200);
        // Redelivered by "Meta" and repeated by the customer: neither adds a message.
        server.customerSays(waId, QStringLiteral("stop"));
    }
    ASSERT_TRUE(server.waitUntilSettled(20000));
    EXPECT_EQ(server.metric(QStringLiteral("sportello_outbound_messages_stored")), kCustomers);
    EXPECT_EQ(server.app().emulator()->acceptedMessages().size(), kCustomers);
}

} // namespace
} // namespace sportello::test
