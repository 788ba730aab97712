// SPDX-License-Identifier: LicenseRef-Sportello
// TurnScheduler with a real database, real workers and the real IngestWriter.
#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>

#include <gtest/gtest.h>

#include <QDateTime>
#include <QHash>

#include "ingest/ingestwriter.h"
#include "metrics/servermetrics.h"
#include "outbox/outbox.h"
#include "pipeline/optout/optoutstage.h"
#include "pipeline/pipeline.h"
#include "pipeline/routing/routingstage.h"
#include "pipeline/turnprocessor.h"
#include "pipeline/turnscheduler.h"
#include "pipelinetestdata.h"
#include "storage/conversationrepository.h"
#include "storage/inboundrepository.h"
#include "storage/storageerror.h"
#include "support/ingestrecorder.h"
#include "support/qtapp.h"
#include "support/testconfig.h"
#include "support/testdatabase.h"
#include "support/waitfor.h"
#include "support/webhookfactory.h"

namespace sportello::pipeline {
namespace {

using namespace std::chrono_literals;
using namespace testdata;
using test::TestConfig;
using test::TestDatabase;
using test::waitFor;
using test::WebhookFactory;

const QString kBusiness = TestConfig::kSampleBusiness;
const QByteArray kSecret = QByteArrayLiteral("scheduler-test-secret");

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Runs before the standard stages: counts how many turns of one conversation run at the same
// time, and can hold the first turn (to let messages arrive meanwhile) or fail it once.
class ProbeStage final : public IStage
{
public:
    QString name() const override { return QStringLiteral("probe"); }
    void run(Turn &turn) override
    {
        const int now = ++m_running;
        {
            std::lock_guard lock(m_mutex);
            m_maxRunning = std::max(m_maxRunning, now);
            ++m_runs;
        }
        if (m_holdFirst.exchange(false)) {
            m_held = true;
            while (!m_release.load())
                std::this_thread::sleep_for(1ms);
        }
        --m_running;
        if (m_failFirst.exchange(false))
            throw storage::StorageError(
                QStringLiteral("injected failure for %1").arg(turn.contact.contactKey));
    }

    void holdFirst() { m_holdFirst = true; }
    bool isHolding() const { return m_held.load(); }
    void release() { m_release = true; }
    void failFirst() { m_failFirst = true; }
    int maxRunning() const
    {
        std::lock_guard lock(m_mutex);
        return m_maxRunning;
    }
    int runs() const
    {
        std::lock_guard lock(m_mutex);
        return m_runs;
    }

private:
    std::atomic<int> m_running{0};
    std::atomic<bool> m_holdFirst{false};
    std::atomic<bool> m_held{false};
    std::atomic<bool> m_release{false};
    std::atomic<bool> m_failFirst{false};
    mutable std::mutex m_mutex;
    int m_maxRunning = 0;
    int m_runs = 0;
};

class TurnSchedulerTest : public ::testing::Test
{
protected:
    TurnSchedulerTest()
        : config(TestConfig::sandbox())
        , outbox(config)
    {
        auto probeStage = std::make_unique<ProbeStage>();
        probe = probeStage.get();
        pipeline.add(std::move(probeStage));
        pipeline.add(std::make_unique<OptOutStage>());
        pipeline.add(std::make_unique<RoutingStage>());
        processor = std::make_unique<TurnProcessor>(db.database(), config, outbox, pipeline);
    }

    void SetUp() override { test::QtApp::ensure(); }

    void TearDown() override
    {
        if (writer)
            writer->stop();
        if (scheduler)
            scheduler->stop();
        scheduler.reset();
        recorder.reset();
        writer.reset();
    }

    void makeScheduler(int quietWindowMs, int workers = 2)
    {
        scheduler = std::make_unique<TurnScheduler>(db.database(), *processor, quietWindowMs,
                                                    workers, metrics);
        QObject::connect(scheduler.get(), &TurnScheduler::turnProcessed, scheduler.get(),
                         [this](const TurnResult &result) { turns.append(result); });
    }

    // Stores a message directly (as ingest would) and returns what ingest would announce.
    storage::PendingConversation store(const QString &text, const QString &waId = kItalian)
    {
        const QString wamid = QStringLiteral("wamid.s%1").arg(++m_messages);
        const qint64 receivedAt = nowMs();
        EXPECT_TRUE(storage::InboundRepository(db.connection())
                        .insert(meta.parsedText(WebhookFactory::makeText(wamid, waId, text,
                                                                         WebhookFactory::now())),
                                receivedAt));
        return {{kBusiness, waId}, receivedAt, 1};
    }

    QList<TurnResult> turnsOf(const QString &waId) const
    {
        QList<TurnResult> out;
        for (const auto &t : turns) {
            if (t.key.senderKey == waId)
                out.append(t);
        }
        return out;
    }
    qint64 pending() { return db.scalar("SELECT COUNT(*) FROM inbound_messages WHERE state = 0"); }

    TestDatabase db;
    config::ServerConfig config;
    outbox::Outbox outbox;
    Pipeline pipeline;
    ProbeStage *probe = nullptr;
    std::unique_ptr<TurnProcessor> processor;
    metrics::ServerMetrics metrics;
    WebhookFactory meta{kSecret, kBusiness};
    std::unique_ptr<TurnScheduler> scheduler;
    std::unique_ptr<ingest::IngestWriter> writer;
    std::unique_ptr<test::IngestRecorder> recorder;
    QList<TurnResult> turns;

private:
    int m_messages = 0;
};

TEST_F(TurnSchedulerTest, BurstWithinTheQuietWindowIsOneTurnThroughRealIngest)
{
    writer = std::make_unique<ingest::IngestWriter>(
        db.database(), kSecret, [](const QString &id) { return id == kBusiness; }, metrics);
    recorder = std::make_unique<test::IngestRecorder>(*writer);
    makeScheduler(600);
    QObject::connect(writer.get(), &ingest::IngestWriter::inboundStored, scheduler.get(),
                     &TurnScheduler::onInboundStored);
    writer->start();
    scheduler->start();

    const qint64 t = WebhookFactory::now();
    const QStringList burst{QStringLiteral("Buongiorno"), QStringLiteral("vorrei un appuntamento"),
                            QStringLiteral("per giovedì")};
    quint64 ticket = 0;
    for (const QString &text : burst) {
        const QByteArray body =
            meta.textBody(QStringLiteral("wamid.burst%1").arg(ticket), kItalian, text, t);
        writer->submit({++ticket, body, meta.sign(body), nowMs()});
        // The customer types on: well inside the quiet window.
        test::spinEventLoop(100ms);
    }
    ASSERT_TRUE(recorder->waitForOutcomes(3));
    ASSERT_TRUE(waitFor([&] { return turns.size() >= 1; }, 10s));
    // Longer than the quiet window again: a second turn would have started by now.
    test::spinEventLoop(900ms);
    ASSERT_EQ(turns.size(), 1);
    EXPECT_EQ(turns[0].messageCount, 3);
    EXPECT_EQ(turns[0].route, QStringLiteral("human"));
    EXPECT_TRUE(turns[0].ownerChanged);
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM turns"), 1);
    EXPECT_EQ(db.scalar("SELECT message_count FROM turns"), 3);
    EXPECT_EQ(pending(), 0);
    EXPECT_TRUE(scheduler->isIdle());
    EXPECT_EQ(metrics.turnsProcessed.value(QStringLiteral("human")), 1u);
}

TEST_F(TurnSchedulerTest, TwoCustomersAreProcessedIndependently)
{
    makeScheduler(200, 4);
    scheduler->start();
    scheduler->onInboundStored(
        {store(QStringLiteral("Ciao"), kItalian), store(QStringLiteral("Hello"), kBritish)});
    scheduler->onInboundStored({store(QStringLiteral("STOP"), kBritish)});
    ASSERT_TRUE(waitFor([&] { return turns.size() >= 2 && scheduler->isIdle(); }, 10s));
    test::spinEventLoop(300ms);
    ASSERT_EQ(turns.size(), 2);

    const auto italian = turnsOf(kItalian);
    const auto british = turnsOf(kBritish);
    ASSERT_EQ(italian.size(), 1);
    ASSERT_EQ(british.size(), 1);
    EXPECT_EQ(italian[0].messageCount, 1);
    EXPECT_EQ(italian[0].route, QStringLiteral("human"));
    EXPECT_EQ(british[0].messageCount, 2);
    EXPECT_EQ(british[0].route, QStringLiteral("opt_out+human"));
    EXPECT_NE(italian[0].conversationId, british[0].conversationId);
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM conversations WHERE owner = 'pending_human'"), 2);
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM contacts WHERE opted_out = 1"), 1);
    EXPECT_EQ(pending(), 0);
}

TEST_F(TurnSchedulerTest, PendingMessagesAreResumedOnStart)
{
    // Left behind by a previous run that stopped before processing them.
    store(QStringLiteral("uno"), kItalian);
    store(QStringLiteral("due"), kItalian);
    store(QStringLiteral("tre"), kItalian);
    store(QStringLiteral("STOP"), kGerman);
    ASSERT_EQ(pending(), 4);

    // A quiet window far longer than the wait below: resuming must not wait for it.
    makeScheduler(60000);
    scheduler->start();
    EXPECT_EQ(scheduler->pendingConversations(), 2);
    ASSERT_TRUE(waitFor([&] { return turns.size() >= 2 && scheduler->isIdle(); }, 10s));
    EXPECT_EQ(turns.size(), 2);
    ASSERT_EQ(turnsOf(kItalian).size(), 1);
    EXPECT_EQ(turnsOf(kItalian)[0].messageCount, 3);
    ASSERT_EQ(turnsOf(kGerman).size(), 1);
    EXPECT_EQ(turnsOf(kGerman)[0].route, QStringLiteral("opt_out"));
    EXPECT_EQ(pending(), 0);
    // The German confirmation is German.
    EXPECT_TRUE(db.text("SELECT payload FROM outbox WHERE purpose = 'optout_confirmation'")
                    .contains(QStringLiteral("Erledigt")));
}

TEST_F(TurnSchedulerTest, RestartWithANewSchedulerPicksUpWhatTheOldOneLeft)
{
    makeScheduler(60000); // nothing is due while this one runs
    scheduler->start();
    scheduler->onInboundStored({store(QStringLiteral("Ciao"), kItalian)});
    test::spinEventLoop(200ms);
    EXPECT_TRUE(turns.isEmpty());
    EXPECT_EQ(scheduler->pendingConversations(), 1);
    scheduler->stop(); // shutdown: the message stays pending in the database
    scheduler.reset();
    EXPECT_EQ(pending(), 1);

    // A new process: the same file opened again, new processor and scheduler.
    processor.reset();
    db.reopen();
    processor = std::make_unique<TurnProcessor>(db.database(), config, outbox, pipeline);
    makeScheduler(60000);
    scheduler->start();
    ASSERT_TRUE(waitFor([&] { return turns.size() >= 1; }, 10s));
    EXPECT_EQ(turns[0].messageCount, 1);
    EXPECT_EQ(pending(), 0);
}

TEST_F(TurnSchedulerTest, OneConversationNeverRunsTwiceAtOnce)
{
    makeScheduler(50, 4);
    scheduler->start();
    probe->holdFirst();
    scheduler->onInboundStored({store(QStringLiteral("primo"), kItalian)});
    ASSERT_TRUE(waitFor([&] { return probe->isHolding(); }, 10s));

    // While the first turn is held, the customer keeps writing; other workers are free.
    for (int i = 0; i < 5; ++i) {
        scheduler->onInboundStored({store(QStringLiteral("ancora %1").arg(i), kItalian)});
        test::spinEventLoop(60ms); // past the quiet window each time
    }
    EXPECT_EQ(probe->runs(), 1); // nothing else started for this conversation
    probe->release();

    ASSERT_TRUE(waitFor([&] { return pending() == 0 && scheduler->isIdle(); }, 10s));
    EXPECT_EQ(probe->maxRunning(), 1);
    ASSERT_EQ(turns.size(), 2);
    // The held turn had read only the first message; the rest form the next turn, in order.
    EXPECT_EQ(turns[0].messageCount, 1);
    EXPECT_EQ(turns[1].messageCount, 5);
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM turns"), 2);
}

TEST_F(TurnSchedulerTest, FailedTurnIsRetried)
{
    makeScheduler(50);
    scheduler->start();
    probe->failFirst();
    scheduler->onInboundStored({store(QStringLiteral("Ciao"), kItalian)});
    // The first attempt fails; the retry comes after a backoff of about a second.
    ASSERT_TRUE(waitFor([&] { return turns.size() >= 1; }, 15s));
    EXPECT_EQ(probe->runs(), 2);
    EXPECT_EQ(turns.size(), 1); // failures are not reported as processed turns
    EXPECT_EQ(turns[0].messageCount, 1);
    EXPECT_FALSE(turns[0].failed);
    EXPECT_EQ(pending(), 0);
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM turns"), 1);
}

TEST_F(TurnSchedulerTest, ZeroQuietWindowProcessesRightAway)
{
    makeScheduler(0);
    scheduler->start();
    scheduler->onInboundStored({store(QStringLiteral("Ciao"), kItalian)});
    ASSERT_TRUE(waitFor([&] { return turns.size() >= 1 && scheduler->isIdle(); }, 10s));
    EXPECT_EQ(turns[0].messageCount, 1);
}

TEST_F(TurnSchedulerTest, StoppedSchedulerLaunchesNothing)
{
    makeScheduler(0);
    scheduler->start();
    scheduler->stop();
    scheduler->onInboundStored({store(QStringLiteral("Ciao"), kItalian)});
    test::spinEventLoop(200ms);
    EXPECT_TRUE(turns.isEmpty());
    EXPECT_EQ(pending(), 1);
}

} // namespace
} // namespace sportello::pipeline
