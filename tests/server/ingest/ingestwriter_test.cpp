// SPDX-License-Identifier: LicenseRef-Sportello
// IngestWriter with a real database and thread: storing, signatures, dead letters, statuses.
#include <algorithm>
#include <atomic>
#include <memory>
#include <thread>

#include <gtest/gtest.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSet>

#include "ingest/ingestwriter.h"
#include "metrics/servermetrics.h"
#include "storage/outboxrepository.h"
#include "storage/sqlconnection.h"
#include "storage/transaction.h"
#include "storage/webhookeventrepository.h"
#include "support/ingestrecorder.h"
#include "support/qtapp.h"
#include "support/testdatabase.h"
#include "support/waitfor.h"
#include "support/webhookfactory.h"

namespace sportello::ingest {
namespace {

using Kind = IngestOutcome::Kind;
using test::IngestRecorder;
using test::TestDatabase;
using test::WebhookFactory;

const QByteArray kSecret = QByteArrayLiteral("ingest-test-secret");
const QString kBusiness = QStringLiteral("100000000000001");
const QString kBusiness2 = QStringLiteral("200000000000002");
const QString kUnknown = QStringLiteral("999999999999999");
const QString kMaria = QStringLiteral("393331234567");
const QString kLuca = QStringLiteral("393339876543");

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

const char *kindName(Kind kind)
{
    switch (kind) {
    case Kind::Stored:
        return "Stored";
    case Kind::DeadLettered:
        return "DeadLettered";
    case Kind::BadSignature:
        return "BadSignature";
    case Kind::Failed:
        return "Failed";
    }
    return "?";
}

class IngestWriterTest : public ::testing::Test
{
protected:
    explicit IngestWriterTest(int busyTimeoutMs = 10000)
        : db(TestDatabase::Open::Migrated, busyTimeoutMs)
    {
    }

    void SetUp() override
    {
        test::QtApp::ensure();
        writer = std::make_unique<IngestWriter>(
            db.database(), kSecret,
            [](const QString &id) { return id == kBusiness || id == kBusiness2; }, metrics);
        recorder = std::make_unique<IngestRecorder>(*writer);
        writer->start();
    }

    void TearDown() override
    {
        writer->stop();
        recorder.reset();
        writer.reset();
    }

    quint64 submit(const QByteArray &body, const QByteArray &signature)
    {
        const quint64 ticket = ++m_lastTicket;
        writer->submit({ticket, body, signature, nowMs()});
        return ticket;
    }
    quint64 submitSigned(const QByteArray &body) { return submit(body, meta.sign(body)); }

    // Submits and waits for the answer; a default Failed outcome (and a test failure) if none.
    IngestOutcome ingest(const QByteArray &body, const QByteArray &signature)
    {
        const quint64 ticket = submit(body, signature);
        if (!recorder->waitForTicket(ticket)) {
            ADD_FAILURE() << "ticket " << ticket << " was never answered";
            return {};
        }
        EXPECT_EQ(recorder->timesAnswered(ticket), 1);
        return *recorder->outcome(ticket);
    }
    IngestOutcome ingestSigned(const QByteArray &body) { return ingest(body, meta.sign(body)); }

    qint64 inboundRows() { return db.scalar("SELECT COUNT(*) FROM inbound_messages"); }
    qint64 deadLetters() { return db.scalar("SELECT COUNT(*) FROM dead_letters"); }

    TestDatabase db;
    metrics::ServerMetrics metrics;
    WebhookFactory meta{kSecret, kBusiness};
    std::unique_ptr<IngestWriter> writer;
    std::unique_ptr<IngestRecorder> recorder;

private:
    quint64 m_lastTicket = 0;
};

TEST_F(IngestWriterTest, ValidMessageIsStoredAndAnnounced)
{
    const qint64 sent = WebhookFactory::now();
    const IngestOutcome outcome = ingestSigned(
        meta.textBody(QStringLiteral("wamid.A1"), kMaria, QStringLiteral("Ciao!"), sent));
    EXPECT_EQ(outcome.kind, Kind::Stored)
        << kindName(outcome.kind) << " " << outcome.reason.toStdString();
    EXPECT_EQ(outcome.newMessages, 1);
    EXPECT_EQ(outcome.duplicateMessages, 0);
    EXPECT_TRUE(outcome.reason.isEmpty());

    EXPECT_EQ(inboundRows(), 1);
    EXPECT_EQ(db.text("SELECT body_text FROM inbound_messages WHERE wamid = 'wamid.A1'"),
              QStringLiteral("Ciao!"));
    EXPECT_EQ(db.text("SELECT sender_key FROM inbound_messages"), kMaria);
    EXPECT_EQ(db.text("SELECT phone_number_id FROM inbound_messages"), kBusiness);
    EXPECT_EQ(db.scalar("SELECT wa_timestamp FROM inbound_messages"), sent);
    EXPECT_EQ(db.scalar("SELECT state FROM inbound_messages"), 0);
    EXPECT_EQ(deadLetters(), 0);

    ASSERT_TRUE(test::waitFor([&] { return recorder->inboundStoredSignals() == 1; }));
    const auto stored = recorder->inboundStored();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored[0].key, (storage::ConversationKey{kBusiness, kMaria}));
    EXPECT_EQ(stored[0].count, 1);
    EXPECT_GT(stored[0].lastReceivedAt, 0);
    EXPECT_EQ(metrics.inboundMessages.value(), 1u);
}

TEST_F(IngestWriterTest, OneBodyWithSeveralMessagesAndCustomers)
{
    const qint64 t = WebhookFactory::now();
    const auto a =
        WebhookFactory::makeText(QStringLiteral("wamid.m1"), kMaria, QStringLiteral("uno"), t);
    const auto b =
        WebhookFactory::makeText(QStringLiteral("wamid.m2"), kMaria, QStringLiteral("due"), t);
    const auto c =
        WebhookFactory::makeText(QStringLiteral("wamid.l1"), kLuca, QStringLiteral("tre"), t);
    const IngestOutcome outcome = ingestSigned(meta.body({meta.messagesValue({a, b, c})}));
    EXPECT_EQ(outcome.kind, Kind::Stored);
    EXPECT_EQ(outcome.newMessages, 3);
    EXPECT_EQ(inboundRows(), 3);
    ASSERT_TRUE(test::waitFor([&] { return recorder->inboundStoredSignals() == 1; }));
    auto stored = recorder->inboundStored();
    ASSERT_EQ(stored.size(), 2);
    std::sort(stored.begin(), stored.end(),
              [](const auto &x, const auto &y) { return x.key.senderKey < y.key.senderKey; });
    EXPECT_EQ(stored[0].key.senderKey, kMaria);
    EXPECT_EQ(stored[0].count, 2);
    EXPECT_EQ(stored[1].key.senderKey, kLuca);
    EXPECT_EQ(stored[1].count, 1);
}

TEST_F(IngestWriterTest, BsuidSenderIsKeyedByBsuid)
{
    auto message = WebhookFactory::makeText(QStringLiteral("wamid.b1"), kMaria,
                                            QStringLiteral("hi"), WebhookFactory::now());
    message.userId = QStringLiteral("IT.abcdef0123");
    EXPECT_EQ(ingestSigned(meta.textBody(message)).kind, Kind::Stored);
    EXPECT_EQ(db.text("SELECT sender_key FROM inbound_messages"), QStringLiteral("IT.abcdef0123"));
    EXPECT_EQ(db.text("SELECT wa_id FROM inbound_messages"), kMaria);
    ASSERT_TRUE(test::waitFor([&] { return recorder->inboundStoredSignals() == 1; }));
    EXPECT_EQ(recorder->inboundStored()[0].key.senderKey, QStringLiteral("IT.abcdef0123"));
}

TEST_F(IngestWriterTest, BadSignatureStoresNothing)
{
    const QByteArray body = meta.textBody(QStringLiteral("wamid.X"), kMaria, QStringLiteral("hi"),
                                          WebhookFactory::now());

    const IngestOutcome wrongSecret = ingest(body, WebhookFactory::sign("another-secret", body));
    EXPECT_EQ(wrongSecret.kind, Kind::BadSignature);
    EXPECT_EQ(wrongSecret.reason, QStringLiteral("signature does not match the body"));

    const IngestOutcome missing = ingest(body, QByteArray());
    EXPECT_EQ(missing.kind, Kind::BadSignature);
    EXPECT_EQ(missing.reason, QStringLiteral("missing signature"));

    const IngestOutcome malformed = ingest(body, QByteArrayLiteral("sha1=abcdef"));
    EXPECT_EQ(malformed.kind, Kind::BadSignature);

    // Signed for another body (replayed header).
    const IngestOutcome replayed = ingest(body + " ", meta.sign(body));
    EXPECT_EQ(replayed.kind, Kind::BadSignature);

    // Garbage with a bad signature is not even dead-lettered.
    const IngestOutcome garbage = ingest(QByteArrayLiteral("garbage"), QByteArrayLiteral("x"));
    EXPECT_EQ(garbage.kind, Kind::BadSignature);

    EXPECT_EQ(inboundRows(), 0);
    EXPECT_EQ(deadLetters(), 0);
    EXPECT_EQ(recorder->inboundStoredSignals(), 0);
    EXPECT_EQ(metrics.inboundMessages.value(), 0u);
}

TEST_F(IngestWriterTest, RedeliveredMessageIsCountedAsDuplicateAndStoredOnce)
{
    const QByteArray body = meta.textBody(QStringLiteral("wamid.R"), kMaria, QStringLiteral("hi"),
                                          WebhookFactory::now());
    const IngestOutcome first = ingestSigned(body);
    EXPECT_EQ(first.kind, Kind::Stored);
    EXPECT_EQ(first.newMessages, 1);
    ASSERT_TRUE(test::waitFor([&] { return recorder->inboundStoredSignals() == 1; }));

    const IngestOutcome second = ingestSigned(body);
    EXPECT_EQ(second.kind, Kind::Stored); // acknowledged, so Meta stops retrying
    EXPECT_EQ(second.newMessages, 0);
    EXPECT_EQ(second.duplicateMessages, 1);

    EXPECT_EQ(inboundRows(), 1);
    EXPECT_EQ(metrics.inboundMessages.value(), 1u);
    EXPECT_EQ(metrics.inboundDuplicates.value(), 1u);
    // Nothing new to process: no second announcement.
    EXPECT_EQ(recorder->inboundStoredSignals(), 1);
}

TEST_F(IngestWriterTest, SameMessageTwiceInOneBurstIsStoredOnce)
{
    const QByteArray body = meta.textBody(QStringLiteral("wamid.burst"), kMaria,
                                          QStringLiteral("hi"), WebhookFactory::now());
    const quint64 a = submitSigned(body);
    const quint64 b = submitSigned(body);
    ASSERT_TRUE(recorder->waitForTicket(a));
    ASSERT_TRUE(recorder->waitForTicket(b));
    const auto first = *recorder->outcome(a);
    const auto second = *recorder->outcome(b);
    EXPECT_EQ(first.kind, Kind::Stored);
    EXPECT_EQ(second.kind, Kind::Stored);
    EXPECT_EQ(first.newMessages + second.newMessages, 1);
    EXPECT_EQ(first.duplicateMessages + second.duplicateMessages, 1);
    EXPECT_EQ(first.newMessages, 1); // the first submitted wins
    EXPECT_EQ(inboundRows(), 1);
}

TEST_F(IngestWriterTest, GarbageIsDeadLetteredWithItsBody)
{
    const QByteArray valid = meta.textBody(QStringLiteral("wamid.G"), kMaria, QStringLiteral("hi"),
                                           WebhookFactory::now());
    const QByteArray bodies[] = {
        QByteArrayLiteral("this is not JSON"),
        QByteArrayLiteral("{\"object\": \"whatsapp_business_account\", \"entry\": ["),
        valid.left(valid.size() / 2),
        QByteArrayLiteral("{\"hello\": \"world\"}"), // JSON, but not a webhook
        QByteArrayLiteral("[]"),
        QByteArray(),
        QByteArray("\xff\xfe\x00\x01", 4),
    };
    qint64 expected = 0;
    for (const QByteArray &body : bodies) {
        const IngestOutcome outcome = ingestSigned(body);
        EXPECT_EQ(outcome.kind, Kind::DeadLettered)
            << kindName(outcome.kind) << " for " << body.toStdString();
        EXPECT_TRUE(outcome.reason.startsWith(QStringLiteral("unparseable payload: ")))
            << outcome.reason.toStdString();
        ++expected;
        EXPECT_EQ(deadLetters(), expected);
        const auto letters = storage::WebhookEventRepository(db.connection()).deadLetters(1);
        ASSERT_EQ(letters.size(), 1);
        EXPECT_EQ(letters[0].body, body);
        EXPECT_EQ(letters[0].reason, outcome.reason);
        EXPECT_TRUE(letters[0].phoneNumberId.isEmpty());
    }
    EXPECT_EQ(inboundRows(), 0);
    EXPECT_EQ(recorder->inboundStoredSignals(), 0);
}

TEST_F(IngestWriterTest, MetaJsoncExamplesAreDeadLettered)
{
    const QDir dir(QString::fromUtf8(SPORTELLO_SHARED_DATA_DIR) +
                   QStringLiteral("/whatsapp_cloud_api/meta_postman/webhook_payloads"));
    const QStringList files = dir.entryList({QStringLiteral("*.jsonc")}, QDir::Files, QDir::Name);
    if (!dir.exists() || files.isEmpty()) {
        GTEST_SKIP() << "Meta's webhook examples are not available at " << dir.path().toStdString();
    }

    // Placeholders such as `"timestamp": TIMESTAMP` make these examples invalid JSON: exactly
    // what a broken sender would post. Signed, they must be kept, never guessed at.
    QList<quint64> tickets;
    QList<QByteArray> bodies;
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
        bodies.append(file.readAll());
        tickets.append(submitSigned(bodies.last()));
    }
    ASSERT_TRUE(recorder->waitForOutcomes(int(tickets.size())));
    for (int i = 0; i < tickets.size(); ++i) {
        const auto outcome = recorder->outcome(tickets[i]);
        ASSERT_TRUE(outcome.has_value());
        EXPECT_EQ(outcome->kind, Kind::DeadLettered)
            << files[i].toStdString() << ": " << kindName(outcome->kind);
    }
    EXPECT_EQ(deadLetters(), files.size());
    EXPECT_EQ(inboundRows(), 0);
    // Every body is kept byte for byte.
    QSet<QByteArray> kept;
    for (const auto &letter : storage::WebhookEventRepository(db.connection()).deadLetters(1000))
        kept.insert(letter.body);
    for (int i = 0; i < bodies.size(); ++i)
        EXPECT_TRUE(kept.contains(bodies[i])) << files[i].toStdString();
}

TEST_F(IngestWriterTest, UnknownBusinessIsDeadLettered)
{
    const QByteArray body = meta.body(
        {meta.messagesValue({WebhookFactory::makeText(QStringLiteral("wamid.U"), kMaria,
                                                      QStringLiteral("hi"), WebhookFactory::now())},
                            kUnknown)});
    const IngestOutcome outcome = ingestSigned(body);
    EXPECT_EQ(outcome.kind, Kind::DeadLettered);
    EXPECT_EQ(outcome.reason, QStringLiteral("unknown phone_number_id ") + kUnknown);
    EXPECT_EQ(outcome.newMessages, 0);
    EXPECT_EQ(inboundRows(), 0);
    const auto letters = storage::WebhookEventRepository(db.connection()).deadLetters();
    ASSERT_EQ(letters.size(), 1);
    EXPECT_EQ(letters[0].phoneNumberId, kUnknown);
    EXPECT_EQ(letters[0].body, body);

    // Statuses of an unknown business too.
    const QByteArray status = meta.body({meta.statusesValue(
        {WebhookFactory::makeStatus(QStringLiteral("wamid.S"), QStringLiteral("sent"),
                                    WebhookFactory::now(), kMaria)},
        kUnknown)});
    EXPECT_EQ(ingestSigned(status).kind, Kind::DeadLettered);
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM status_events"), 0);
    EXPECT_EQ(deadLetters(), 2);
}

TEST_F(IngestWriterTest, KnownPartIsStoredAndTheBodyDeadLetteredForTheUnknownPart)
{
    const qint64 t = WebhookFactory::now();
    const QByteArray body =
        meta.body({meta.messagesValue({WebhookFactory::makeText(QStringLiteral("wamid.known"),
                                                                kMaria, QStringLiteral("a"), t)}),
                   meta.messagesValue({WebhookFactory::makeText(QStringLiteral("wamid.unknown"),
                                                                kLuca, QStringLiteral("b"), t)},
                                      kUnknown),
                   meta.messagesValue({WebhookFactory::makeText(QStringLiteral("wamid.known2"),
                                                                kLuca, QStringLiteral("c"), t)},
                                      kBusiness2)});
    const IngestOutcome outcome = ingestSigned(body);
    EXPECT_EQ(outcome.kind, Kind::Stored); // 200: the usable part is durable
    EXPECT_EQ(outcome.newMessages, 2);
    EXPECT_EQ(outcome.reason, QStringLiteral("unknown phone_number_id ") + kUnknown);
    EXPECT_EQ(inboundRows(), 2);
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM inbound_messages WHERE wamid = 'wamid.unknown'"), 0);
    const auto letters = storage::WebhookEventRepository(db.connection()).deadLetters();
    ASSERT_EQ(letters.size(), 1);
    EXPECT_EQ(letters[0].body, body);
    EXPECT_EQ(letters[0].phoneNumberId, kUnknown);
    ASSERT_TRUE(test::waitFor([&] { return recorder->inboundStoredSignals() == 1; }));
    EXPECT_EQ(recorder->inboundStored().size(), 2);
}

TEST_F(IngestWriterTest, OtherNotificationsAreKeptOnce)
{
    const QJsonObject value{{QStringLiteral("event"), QStringLiteral("APPROVED")},
                            {QStringLiteral("message_template_id"), 12345},
                            {QStringLiteral("message_template_name"), QStringLiteral("reminder")}};
    QByteArray body = meta.body({value});
    body.replace("\"field\":\"messages\"", "\"field\":\"message_template_status_update\"");
    const IngestOutcome first = ingestSigned(body);
    EXPECT_EQ(first.kind, Kind::Stored);
    EXPECT_EQ(first.otherEvents, 1);
    const IngestOutcome again = ingestSigned(body);
    EXPECT_EQ(again.kind, Kind::Stored);
    EXPECT_EQ(again.otherEvents, 0);
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM webhook_events"), 1);
    EXPECT_EQ(db.text("SELECT field FROM webhook_events"),
              QStringLiteral("message_template_status_update"));
    EXPECT_EQ(inboundRows(), 0);
    EXPECT_EQ(deadLetters(), 0);
}

// ---------------------------------------------------------------------------------------------
// Statuses and the outbox

class IngestStatusTest : public IngestWriterTest
{
protected:
    // An outbox row the Graph API accepted with `wamid` (or still sending when wamid is empty).
    qint64 outboxRow(const QString &key, const QString &wamid)
    {
        storage::OutboxRepository outbox(db.connection());
        storage::OutboxEntry e;
        e.phoneNumberId = kBusiness;
        e.conversationId = 7;
        e.recipient = kMaria;
        e.kind = QStringLiteral("text");
        e.purpose = QStringLiteral("reply");
        e.author = QStringLiteral("bot");
        e.idempotencyKey = key;
        e.payload = QByteArrayLiteral("{}");
        e.nextAttemptAt = e.createdAt = e.updatedAt = nowMs();
        const qint64 id = outbox.insert(e).first;
        EXPECT_TRUE(outbox.markSending(id, nowMs()));
        if (!wamid.isEmpty()) {
            EXPECT_TRUE(outbox.markAccepted(id, wamid, nowMs()));
        }
        return id;
    }

    DeliveryStatus statusOf(qint64 id)
    {
        const auto entry = storage::OutboxRepository(db.connection()).byId(id);
        return entry ? entry->status : DeliveryStatus::Queued;
    }

    QByteArray status(const QString &wamid, const char *name, const QString &bizOpaque = {},
                      std::optional<int> errorCode = std::nullopt)
    {
        WebhookFactory::Status s;
        s.wamid = wamid;
        s.status = QString::fromUtf8(name);
        s.timestamp = WebhookFactory::now();
        s.recipientId = kMaria;
        s.bizOpaque = bizOpaque;
        s.errorCode = errorCode;
        s.errorTitle = errorCode ? QStringLiteral("error %1").arg(*errorCode) : QString();
        return meta.statusBody(s);
    }
};

TEST_F(IngestStatusTest, StatusesInAnyOrderEndAtTheHighestRank)
{
    const char *orders[][3] = {{"sent", "delivered", "read"}, {"sent", "read", "delivered"},
                               {"delivered", "sent", "read"}, {"delivered", "read", "sent"},
                               {"read", "sent", "delivered"}, {"read", "delivered", "sent"}};
    QList<qint64> rows;
    for (int i = 0; i < 6; ++i) {
        const QString wamid = QStringLiteral("wamid.order%1").arg(i);
        rows.append(outboxRow(QStringLiteral("k%1").arg(i), wamid));
        for (const char *name : orders[i]) {
            const IngestOutcome outcome = ingestSigned(status(wamid, name));
            EXPECT_EQ(outcome.kind, Kind::Stored);
            EXPECT_EQ(outcome.newStatuses, 1);
        }
    }
    for (int i = 0; i < 6; ++i)
        EXPECT_EQ(statusOf(rows[i]), DeliveryStatus::Read) << "order " << i;
    // Every report is kept, whether or not it moved the row.
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM status_events"), 18);
    // Each row changed once per rank step it actually took: 3 + 2 + 2 + 2 + 1 + 1.
    EXPECT_EQ(recorder->statusChanges().size(), 11);
    EXPECT_EQ(metrics.statusEvents.value(QStringLiteral("read")), 6u);
}

TEST_F(IngestStatusTest, StatusesSubmittedTogetherAreAppliedInOrder)
{
    const qint64 id = outboxRow(QStringLiteral("k"), QStringLiteral("wamid.k"));
    const quint64 a = submitSigned(status(QStringLiteral("wamid.k"), "read"));
    const quint64 b = submitSigned(status(QStringLiteral("wamid.k"), "delivered"));
    const quint64 c = submitSigned(status(QStringLiteral("wamid.k"), "sent"));
    ASSERT_TRUE(recorder->waitForTicket(a));
    ASSERT_TRUE(recorder->waitForTicket(b));
    ASSERT_TRUE(recorder->waitForTicket(c));
    EXPECT_EQ(statusOf(id), DeliveryStatus::Read);
    const auto changes = recorder->statusChanges();
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes[0].id, id);
    EXPECT_EQ(changes[0].status, DeliveryStatus::Read);
    EXPECT_EQ(changes[0].conversationId, 7);
}

TEST_F(IngestStatusTest, RedeliveredStatusIsADuplicate)
{
    outboxRow(QStringLiteral("k"), QStringLiteral("wamid.k"));
    const QByteArray body = status(QStringLiteral("wamid.k"), "delivered");
    EXPECT_EQ(ingestSigned(body).newStatuses, 1);
    const IngestOutcome again = ingestSigned(body);
    EXPECT_EQ(again.kind, Kind::Stored);
    EXPECT_EQ(again.newStatuses, 0);
    EXPECT_EQ(again.duplicateStatuses, 1);
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM status_events"), 1);
    EXPECT_EQ(recorder->statusChanges().size(), 1);
}

TEST_F(IngestStatusTest, FoundByBizOpaqueWhenTheAnswerWasLost)
{
    const qint64 id = outboxRow(QStringLiteral("k"), QString()); // still "sending"
    const IngestOutcome outcome =
        ingestSigned(status(QStringLiteral("wamid.new"), "sent", QString::number(id)));
    EXPECT_EQ(outcome.kind, Kind::Stored);
    EXPECT_EQ(statusOf(id), DeliveryStatus::Sent);
    EXPECT_EQ(storage::OutboxRepository(db.connection()).byId(id)->wamid,
              QStringLiteral("wamid.new"));
    ASSERT_EQ(recorder->statusChanges().size(), 1);
    EXPECT_EQ(recorder->statusChanges()[0].id, id);

    // A status for a wamid nobody knows (not ours, no usable biz_opaque) is kept, moves nothing.
    const IngestOutcome stray =
        ingestSigned(status(QStringLiteral("wamid.stray"), "delivered", QStringLiteral("abc")));
    EXPECT_EQ(stray.kind, Kind::Stored);
    EXPECT_EQ(stray.newStatuses, 1);
    EXPECT_EQ(recorder->statusChanges().size(), 1);
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM status_events"), 2);
}

TEST_F(IngestStatusTest, WindowClosedFailureBecomesNeedsTemplate)
{
    const qint64 id = outboxRow(QStringLiteral("k"), QStringLiteral("wamid.k"));
    ingestSigned(status(QStringLiteral("wamid.k"), "sent"));
    ingestSigned(status(QStringLiteral("wamid.k"), "failed", QString(), 131047));
    EXPECT_EQ(statusOf(id), DeliveryStatus::NeedsTemplate);
    const auto entry = storage::OutboxRepository(db.connection()).byId(id);
    EXPECT_EQ(entry->errorCode, 131047);
    EXPECT_EQ(entry->errorTitle, QStringLiteral("error 131047"));
    EXPECT_EQ(db.scalar("SELECT error_code FROM status_events WHERE status = 'failed'"), 131047);
    const auto changes = recorder->statusChanges();
    ASSERT_EQ(changes.size(), 2);
    EXPECT_EQ(changes[1].status, DeliveryStatus::NeedsTemplate);
}

// ---------------------------------------------------------------------------------------------
// Throughput shape: group commit under concurrent submitters

TEST_F(IngestWriterTest, TwoThousandRequestsFromTwoThreadsAreEachAnsweredOnce)
{
    constexpr int kPerThread = 1000;
    constexpr int kOverlap = 500; // thread 1 redelivers the second half of thread 0's messages
    const qint64 t = WebhookFactory::now();
    // Bodies are built (and signed) up front so the threads only submit.
    QList<QByteArray> bodies[2];
    for (int thread = 0; thread < 2; ++thread) {
        for (int i = 0; i < kPerThread; ++i) {
            const int message = thread * kOverlap + i; // 0..999 and 500..1499
            bodies[thread].append(
                meta.textBody(QStringLiteral("wamid.gc%1").arg(message),
                              QStringLiteral("3933300%1").arg(message % 50, 3, 10, QChar(u'0')),
                              QStringLiteral("m%1").arg(message), t));
        }
    }
    std::atomic<bool> go{false};
    std::thread threads[2];
    for (int thread = 0; thread < 2; ++thread) {
        threads[thread] = std::thread([&, thread] {
            while (!go.load())
                std::this_thread::yield();
            for (int i = 0; i < kPerThread; ++i) {
                const QByteArray &body = bodies[thread][i];
                const quint64 ticket = quint64(thread) * kPerThread + quint64(i) + 1;
                writer->submit({ticket, body, meta.sign(body), nowMs()});
            }
        });
    }
    go = true;
    for (auto &thread : threads)
        thread.join();

    ASSERT_TRUE(recorder->waitForOutcomes(2 * kPerThread, std::chrono::milliseconds(60000)))
        << "answered " << recorder->outcomes().size();
    const auto outcomes = recorder->outcomes();
    EXPECT_EQ(outcomes.size(), 2 * kPerThread); // nobody answered twice
    QSet<quint64> seen;
    int newMessages = 0;
    int duplicates = 0;
    for (const auto &outcome : outcomes) {
        EXPECT_EQ(outcome.kind, Kind::Stored) << outcome.ticket;
        EXPECT_FALSE(seen.contains(outcome.ticket)) << "ticket " << outcome.ticket << " twice";
        seen.insert(outcome.ticket);
        newMessages += outcome.newMessages;
        duplicates += outcome.duplicateMessages;
    }
    EXPECT_EQ(seen.size(), 2 * kPerThread);
    EXPECT_EQ(newMessages, kPerThread + kOverlap);
    EXPECT_EQ(duplicates, kPerThread - kOverlap);
    EXPECT_EQ(inboundRows(), kPerThread + kOverlap);
    EXPECT_EQ(db.scalar("SELECT COUNT(DISTINCT wamid) FROM inbound_messages"),
              kPerThread + kOverlap);
    EXPECT_EQ(db.scalar("SELECT COUNT(DISTINCT sender_key) FROM inbound_messages"), 50);
    // Every stored message was announced to the scheduler exactly once.
    ASSERT_TRUE(test::waitFor([&] {
        int announced = 0;
        for (const auto &conversation : recorder->inboundStored())
            announced += conversation.count;
        return announced == kPerThread + kOverlap;
    }));
    EXPECT_LE(recorder->completedSignals(), 2 * kPerThread);
    EXPECT_EQ(metrics.inboundMessages.value(), quint64(kPerThread + kOverlap));
    EXPECT_EQ(metrics.inboundDuplicates.value(), quint64(kPerThread - kOverlap));
}

TEST_F(IngestWriterTest, StopFinishesEverythingAlreadySubmitted)
{
    const qint64 t = WebhookFactory::now();
    QList<quint64> tickets;
    for (int i = 0; i < 200; ++i) {
        tickets.append(submitSigned(
            meta.textBody(QStringLiteral("wamid.stop%1").arg(i), kMaria, QStringLiteral("x"), t)));
    }
    writer->stop(); // returns once the thread drained the queue
    EXPECT_EQ(recorder->outcomes().size(), 200);
    for (const quint64 ticket : tickets)
        EXPECT_EQ(recorder->timesAnswered(ticket), 1) << ticket;
    EXPECT_EQ(inboundRows(), 200);
    EXPECT_EQ(writer->queueDepth(), 0);

    // And it can be started again.
    writer->start();
    EXPECT_EQ(
        ingestSigned(meta.textBody(QStringLiteral("wamid.after"), kMaria, QStringLiteral("x"), t))
            .kind,
        Kind::Stored);
}

// ---------------------------------------------------------------------------------------------
// The database refusing: every request still gets exactly one answer

class IngestBusyTest : public IngestWriterTest
{
protected:
    IngestBusyTest()
        : IngestWriterTest(100)
    {
    }
};

TEST_F(IngestBusyTest, LockedDatabaseAnswersFailedForEveryRequest)
{
    const qint64 t = WebhookFactory::now();
    const QByteArray one =
        meta.textBody(QStringLiteral("wamid.busy1"), kMaria, QStringLiteral("a"), t);
    const QByteArray two =
        meta.textBody(QStringLiteral("wamid.busy2"), kMaria, QStringLiteral("b"), t);
    {
        // Another writer holds the lock for longer than the busy timeout.
        storage::Transaction holding(db.connection());

        // A lone request: it must be answered (503 so Meta retries), not forgotten.
        const quint64 lone = submitSigned(one);
        ASSERT_TRUE(recorder->waitForTicket(lone, std::chrono::milliseconds(8000)))
            << "a single request that hit a locked database was never answered";
        EXPECT_EQ(recorder->outcome(lone)->kind, Kind::Failed);
        EXPECT_EQ(recorder->timesAnswered(lone), 1);

        // Several at once (they may share a batch): each answered once, all Failed.
        const quint64 a = submitSigned(one);
        const quint64 b = submitSigned(two);
        ASSERT_TRUE(recorder->waitForTicket(a, std::chrono::milliseconds(8000)));
        ASSERT_TRUE(recorder->waitForTicket(b, std::chrono::milliseconds(8000)));
        EXPECT_EQ(recorder->outcome(a)->kind, Kind::Failed);
        EXPECT_EQ(recorder->outcome(b)->kind, Kind::Failed);
        EXPECT_EQ(recorder->timesAnswered(a), 1);
        EXPECT_EQ(recorder->timesAnswered(b), 1);
    }
    EXPECT_EQ(inboundRows(), 0);
    EXPECT_EQ(recorder->inboundStoredSignals(), 0);

    // Meta's retry after the lock is gone succeeds.
    const IngestOutcome retried = ingestSigned(one);
    EXPECT_EQ(retried.kind, Kind::Stored);
    EXPECT_EQ(retried.newMessages, 1);
    EXPECT_EQ(inboundRows(), 1);
}

} // namespace
} // namespace sportello::ingest
