// SPDX-License-Identifier: LicenseRef-Sportello
// The outbox sender against the sandbox Graph API over loopback: retries, order, statuses.
#include <gtest/gtest.h>

#include "outboxtestdata.h"
#include "support/waitfor.h"
#include "whatsapp/sandbox/faultplan.h"
#include "whatsapp/sandbox/graphemulator.h"

namespace sportello::test {
namespace {

using whatsapp::sandbox::FaultPlan;

class OutboxSender : public ::testing::Test
{
protected:
    TestServer server{[](config::ServerConfig &c) { c.outbox.maxAttempts = 4; }};
    const QString customer = QStringLiteral("393471234567");

    void SetUp() override { customerWrote(server, customer, 60, QStringLiteral("wamid.in-1")); }

    whatsapp::sandbox::GraphEmulator &emulator() { return *server.app().emulator(); }

    int sendRequests() const
    {
        int n = 0;
        for (const auto &r : const_cast<OutboxSender *>(this)->emulator().requests()) {
            if (r.kind == whatsapp::sandbox::RecordedRequest::Kind::Message)
                ++n;
        }
        return n;
    }

    DeliveryStatus statusOf(qint64 id) { return outboxRow(server, id)->status; }

    bool waitStatus(qint64 id, DeliveryStatus status, int ms = 8000)
    {
        return waitFor([&] { return statusOf(id) == status; }, std::chrono::milliseconds(ms));
    }

    void fault(const QString &mode, int count, int delayMs = 0)
    {
        const auto parsed = FaultPlan::modeFromName(mode);
        ASSERT_TRUE(parsed.has_value()) << qPrintable(mode);
        FaultPlan plan;
        plan.mode = *parsed;
        plan.count = count;
        plan.delayMs = delayMs;
        emulator().setFault(plan);
    }
};

TEST_F(OutboxSender, DeliversAndFollowsStatusWebhooks)
{
    const auto queued =
        enqueue(server, customer, text(QStringLiteral("Ciao!")), QStringLiteral("k1"));
    ASSERT_EQ(queued.status, DeliveryStatus::Queued);
    ASSERT_TRUE(waitStatus(queued.outboxId, DeliveryStatus::Delivered));
    const auto row = outboxRow(server, queued.outboxId);
    EXPECT_FALSE(row->wamid.isEmpty());
    EXPECT_EQ(row->attempts, 1);
    const auto accepted = emulator().messagesTo(customer);
    ASSERT_EQ(accepted.size(), 1);
    EXPECT_EQ(accepted.first().wamid, row->wamid);
    // Our id travels as biz_opaque_callback_data so statuses can find the row.
    EXPECT_EQ(accepted.first().bizOpaqueCallbackData, QString::number(queued.outboxId));

    emulator().customerReads(customer);
    ASSERT_TRUE(waitStatus(queued.outboxId, DeliveryStatus::Read));
}

TEST_F(OutboxSender, RetriesRateLimitsAndServerErrorsThenSendsOnce)
{
    fault(QStringLiteral("429"), 2);
    const auto a = enqueue(server, customer, text(QStringLiteral("uno")), QStringLiteral("a"));
    ASSERT_TRUE(waitStatus(a.outboxId, DeliveryStatus::Delivered));
    EXPECT_EQ(outboxRow(server, a.outboxId)->attempts, 3);

    fault(QStringLiteral("500"), 1);
    const auto b = enqueue(server, customer, text(QStringLiteral("due")), QStringLiteral("b"));
    ASSERT_TRUE(waitStatus(b.outboxId, DeliveryStatus::Delivered));
    EXPECT_EQ(outboxRow(server, b.outboxId)->attempts, 2);

    fault(QStringLiteral("131057"), 1);
    const auto c = enqueue(server, customer, text(QStringLiteral("tre")), QStringLiteral("c"));
    ASSERT_TRUE(waitStatus(c.outboxId, DeliveryStatus::Delivered));

    EXPECT_EQ(emulator().messagesTo(customer).size(), 3);
    EXPECT_EQ(sendRequests(), 3 + 2 + 1 + 1);
}

TEST_F(OutboxSender, ReEngagementErrorNeedsATemplateWithoutRetry)
{
    fault(QStringLiteral("131047"), -1);
    const auto a = enqueue(server, customer, text(QStringLiteral("ciao")), QStringLiteral("a"));
    ASSERT_TRUE(waitStatus(a.outboxId, DeliveryStatus::NeedsTemplate));
    EXPECT_EQ(outboxRow(server, a.outboxId)->errorCode, 131047);
    spinEventLoop(std::chrono::milliseconds(300));
    EXPECT_EQ(sendRequests(), 1);
}

TEST_F(OutboxSender, LateReEngagementFailureAlsoNeedsATemplate)
{
    fault(QStringLiteral("131047_async"), 1);
    const auto a = enqueue(server, customer, text(QStringLiteral("ciao")), QStringLiteral("a"));
    ASSERT_TRUE(waitStatus(a.outboxId, DeliveryStatus::NeedsTemplate));
    EXPECT_EQ(outboxRow(server, a.outboxId)->errorCode, 131047);
}

TEST_F(OutboxSender, PermanentErrorsFailWithTheirCodeAndAreNotRetried)
{
    for (const auto &[mode, code] : {std::pair{QStringLiteral("131026"), 131026},
                                     std::pair{QStringLiteral("131050"), 131050}}) {
        fault(mode, 1);
        const auto row = enqueue(server, customer, text(QStringLiteral("x")), mode);
        ASSERT_TRUE(waitStatus(row.outboxId, DeliveryStatus::Failed)) << qPrintable(mode);
        const auto stored = outboxRow(server, row.outboxId);
        EXPECT_EQ(stored->errorCode, code);
        EXPECT_FALSE(stored->errorTitle.isEmpty());
        EXPECT_EQ(stored->attempts, 1);
    }
    EXPECT_EQ(sendRequests(), 2);
}

TEST_F(OutboxSender, GivesUpAfterMaxAttempts)
{
    fault(QStringLiteral("500"), -1);
    const auto a = enqueue(server, customer, text(QStringLiteral("x")), QStringLiteral("a"));
    ASSERT_TRUE(waitStatus(a.outboxId, DeliveryStatus::Failed));
    EXPECT_EQ(outboxRow(server, a.outboxId)->attempts, 4);
    EXPECT_EQ(sendRequests(), 4);
}

TEST_F(OutboxSender, UnreadableSuccessIsNotResentAndStatusesBringTheWamid)
{
    fault(QStringLiteral("bad_json"), 1);
    const auto a = enqueue(server, customer, text(QStringLiteral("x")), QStringLiteral("a"));
    ASSERT_TRUE(waitStatus(a.outboxId, DeliveryStatus::Delivered));
    const auto row = outboxRow(server, a.outboxId);
    EXPECT_FALSE(row->wamid.isEmpty());
    EXPECT_EQ(sendRequests(), 1);
    EXPECT_EQ(emulator().messagesTo(customer).size(), 1);
}

TEST_F(OutboxSender, TimedOutSendThatMetaAcceptedIsNotSentTwice)
{
    // Meta takes longer than our timeout but does accept the message: the status webhook
    // carrying our id arrives before the retry is due and settles the row.
    fault(QStringLiteral("slow"), 1, 3000);
    const auto a = enqueue(server, customer, text(QStringLiteral("lento")), QStringLiteral("a"));
    ASSERT_TRUE(waitStatus(a.outboxId, DeliveryStatus::Delivered, 10000));
    spinEventLoop(std::chrono::milliseconds(6000)); // past the earliest uncertain retry
    EXPECT_EQ(sendRequests(), 1);
    EXPECT_EQ(emulator().messagesTo(customer).size(), 1);
    EXPECT_EQ(outboxRow(server, a.outboxId)->status, DeliveryStatus::Delivered);
}

TEST_F(OutboxSender, KeepsTheOrderOfOneCustomersMessagesThroughRetries)
{
    fault(QStringLiteral("429"), 2);
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i)
        ids.append(enqueue(server, customer, text(QStringLiteral("msg %1").arg(i)),
                           QStringLiteral("order-%1").arg(i))
                       .outboxId);
    ASSERT_TRUE(waitStatus(ids.last(), DeliveryStatus::Delivered));
    const auto accepted = emulator().messagesTo(customer);
    ASSERT_EQ(accepted.size(), 4);
    for (int i = 0; i < 4; ++i) {
        EXPECT_EQ(accepted[i].bizOpaqueCallbackData, QString::number(ids[i]))
            << "message " << i << " out of order";
    }
}

} // namespace
} // namespace sportello::test
