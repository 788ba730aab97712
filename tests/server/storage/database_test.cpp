// SPDX-License-Identifier: LicenseRef-Sportello
// Database: migrations, schema version guard, per-thread connections, transactions.
#include <atomic>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include <QFileInfo>

#include "storage/database.h"
#include "storage/inboundrepository.h"
#include "storage/migrator.h"
#include "storage/sqlconnection.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"
#include "storagetestdata.h"
#include "support/testdatabase.h"

namespace sportello::storage {
namespace {

using test::TestDatabase;
using testdata::textMessage;

TEST(Database, MigrationsApplyOnceAndRecordTheVersion)
{
    TestDatabase db;
    const int latest = Migrator::latestVersion();
    ASSERT_GE(latest, 1);
    EXPECT_EQ(db.database().schemaVersion(), latest);
    // One row per migration, versions 1..latest.
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM schema_migrations"), latest);
    EXPECT_EQ(db.scalar("SELECT MIN(version) FROM schema_migrations"), 1);
    EXPECT_EQ(db.text("SELECT name FROM schema_migrations WHERE version = 1"),
              QStringLiteral("initial"));
    EXPECT_GT(db.scalar("SELECT applied_at FROM schema_migrations WHERE version = 1"), 0);

    for (const char *table :
         {"inbound_messages", "status_events", "webhook_events", "dead_letters", "contacts",
          "conversations", "conversation_events", "turns", "outbox"}) {
        auto &query = db.connection().prepare(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?");
        query.bind(1, std::string_view(table));
        ASSERT_TRUE(query.step());
        EXPECT_EQ(query.int64(0), 1) << table;
        query.reset();
    }

    // Opening again (a restart) applies nothing twice and keeps the data.
    InboundRepository(db.connection())
        .insert(textMessage(QStringLiteral("wamid.keep"), QStringLiteral("393331234567"), 100), 1);
    db.reopen();
    db.database().open(); // and once more on the same object
    EXPECT_EQ(db.database().schemaVersion(), latest);
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM schema_migrations"), latest);
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM inbound_messages"), 1);
}

TEST(Database, UnopenedDatabaseHasVersionZero)
{
    TestDatabase db(TestDatabase::Open::Unopened);
    EXPECT_EQ(db.database().schemaVersion(), 0);
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'outbox'"), 0);
    db.database().open();
    EXPECT_EQ(db.database().schemaVersion(), Migrator::latestVersion());
}

TEST(Database, NewerSchemaVersionIsRefusedClearly)
{
    TestDatabase db;
    const int future = Migrator::latestVersion() + 1;
    db.connection()
        .prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)")
        .bind(1, future)
        .bind(2, QStringLiteral("from_the_future"))
        .bind(3, qint64(1))
        .exec();
    db.reopen(TestDatabase::Open::Unopened);
    try {
        db.database().open();
        FAIL() << "a database of a newer schema opened";
    } catch (const StorageError &e) {
        EXPECT_TRUE(e.text().contains(QStringLiteral("schema version %1").arg(future))) << e.what();
        EXPECT_TRUE(
            e.text().contains(QStringLiteral("only knows up to %1").arg(Migrator::latestVersion())))
            << e.what();
        EXPECT_TRUE(e.text().contains(QStringLiteral("newer sportello-server"))) << e.what();
    }
    // Nothing was touched: the future row is still the newest.
    EXPECT_EQ(db.database().schemaVersion(), future);
}

TEST(Database, UnopenableFileThrows)
{
    DatabaseOptions options;
    options.path = QStringLiteral("/nonexistent-sportello-folder/sub/sportello.db");
    Database database(options);
    EXPECT_THROW(database.open(), StorageError);
}

TEST(Database, EachThreadHasItsOwnConnection)
{
    TestDatabase db;
    SqlConnection *mine = &db.connection();
    EXPECT_EQ(&db.connection(), mine); // same thread: same connection
    SqlConnection *theirs = nullptr;
    SqlConnection *theirsAgain = nullptr;
    std::thread([&] {
        theirs = &db.database().connection();
        theirsAgain = &db.database().connection();
    }).join();
    EXPECT_NE(theirs, nullptr);
    EXPECT_NE(theirs, mine);
    EXPECT_EQ(theirs, theirsAgain);

    // Two databases on one thread do not share a connection either.
    TestDatabase other;
    EXPECT_NE(&other.connection(), mine);
}

TEST(Database, FourThreadsWriteConcurrentlyWithoutErrors)
{
    TestDatabase db;
    constexpr int kThreads = 4;
    constexpr int kPerThread = 150;
    std::atomic<int> errors{0};
    std::atomic<int> inserted{0};
    std::atomic<bool> go{false};
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            while (!go.load())
                std::this_thread::yield();
            try {
                SqlConnection &connection = db.database().connection();
                InboundRepository inbound(connection);
                for (int i = 0; i < kPerThread; ++i) {
                    Transaction tx(connection);
                    const QString wamid = QStringLiteral("wamid.t%1.%2").arg(t).arg(i);
                    if (inbound.insert(textMessage(wamid, QStringLiteral("39333000000%1").arg(t),
                                                   1700000000 + i),
                                       i))
                        ++inserted;
                    // Read inside the write transaction too: sees its own row.
                    if (!inbound.countStored())
                        ++errors;
                    tx.commit();
                    // And a read outside any transaction, racing the other writers.
                    inbound.countPending();
                }
            } catch (const StorageError &e) {
                ++errors;
                ADD_FAILURE() << "thread " << t << ": " << e.what();
            }
        });
    }
    go = true;
    for (auto &thread : threads)
        thread.join();
    EXPECT_EQ(errors.load(), 0);
    EXPECT_EQ(inserted.load(), kThreads * kPerThread);
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM inbound_messages"), kThreads * kPerThread);
    EXPECT_EQ(db.scalar("SELECT COUNT(DISTINCT sender_key) FROM inbound_messages"), kThreads);
}

TEST(Database, WriterWaitsForTheLockThenGivesUpAfterTheBusyTimeout)
{
    TestDatabase db(TestDatabase::Open::Migrated, 200);
    Transaction holding(db.connection()); // BEGIN IMMEDIATE: the write lock, held
    InboundRepository(db.connection())
        .insert(textMessage(QStringLiteral("wamid.main"), QStringLiteral("393331234567"), 1), 1);

    int codeWhileHeld = 0;
    std::thread([&] {
        try {
            Transaction blocked(db.database().connection());
            ADD_FAILURE() << "a second writer got the lock while it was held";
        } catch (const StorageError &e) {
            codeWhileHeld = e.code() & 0xff; // primary result code
        }
    }).join();
    EXPECT_EQ(codeWhileHeld, 5); // SQLITE_BUSY

    holding.commit();
    bool wroteAfter = false;
    std::thread([&] {
        SqlConnection &connection = db.database().connection();
        Transaction tx(connection);
        wroteAfter = InboundRepository(connection)
                         .insert(textMessage(QStringLiteral("wamid.other"),
                                             QStringLiteral("393331234568"), 2),
                                 2);
        tx.commit();
    }).join();
    EXPECT_TRUE(wroteAfter);
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM inbound_messages"), 2);
}

TEST(Database, CheckpointCopiesTheWalBackAndKeepsTheData)
{
    TestDatabase db;
    InboundRepository inbound(db.connection());
    for (int i = 0; i < 50; ++i) {
        inbound.insert(textMessage(QStringLiteral("wamid.c%1").arg(i),
                                   QStringLiteral("393331234567"), 100 + i),
                       i);
    }
    const QFileInfo wal(db.path() + QStringLiteral("-wal"));
    ASSERT_TRUE(wal.exists());
    EXPECT_GT(wal.size(), 0);
    auto walFrames = [&] {
        auto &q = db.connection().prepare("PRAGMA wal_checkpoint(PASSIVE)");
        EXPECT_TRUE(q.step());
        const std::pair<qint64, qint64> frames{q.int64(1), q.int64(2)}; // in WAL, copied
        q.reset();
        return frames;
    };
    db.database().checkpoint();
    const auto [before, copied] = walFrames();
    EXPECT_GT(before, 0);
    EXPECT_EQ(copied, before); // everything is back in the database file
    // With no reader holding an old snapshot, the next write starts the WAL over.
    inbound.insert(textMessage(QStringLiteral("wamid.after"), QStringLiteral("393331234567"), 200),
                   50);
    EXPECT_LT(walFrames().first, before);
    EXPECT_EQ(inbound.countStored(), 51);
    // And from a fresh connection on the same file.
    db.reopen();
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM inbound_messages"), 51);
}

TEST(Transaction, RollsBackWhenNotCommitted)
{
    TestDatabase db;
    InboundRepository inbound(db.connection());
    {
        Transaction tx(db.connection());
        EXPECT_TRUE(db.connection().inTransaction());
        EXPECT_TRUE(inbound.insert(
            textMessage(QStringLiteral("wamid.lost"), QStringLiteral("393331234567"), 1), 1));
        EXPECT_EQ(inbound.countStored(), 1); // visible inside
    }
    EXPECT_FALSE(db.connection().inTransaction());
    EXPECT_EQ(inbound.countStored(), 0);
    // The same wamid can be stored afterwards: nothing of the first attempt remains.
    EXPECT_TRUE(inbound.insert(
        textMessage(QStringLiteral("wamid.lost"), QStringLiteral("393331234567"), 1), 1));
}

TEST(Transaction, RollsBackWhenAnExceptionLeavesTheScope)
{
    TestDatabase db;
    InboundRepository inbound(db.connection());
    try {
        Transaction tx(db.connection());
        inbound.insert(textMessage(QStringLiteral("wamid.a"), QStringLiteral("393331234567"), 1),
                       1);
        db.connection().execute("INSERT INTO no_such_table VALUES (1)"); // throws
        tx.commit();
        FAIL() << "the bad statement did not throw";
    } catch (const StorageError &e) {
        EXPECT_TRUE(e.text().contains(QStringLiteral("no_such_table"))) << e.what();
    }
    EXPECT_FALSE(db.connection().inTransaction());
    EXPECT_EQ(inbound.countStored(), 0);
}

TEST(Transaction, CommittedWorkIsVisibleToOtherConnections)
{
    TestDatabase db;
    {
        Transaction tx(db.connection());
        InboundRepository(db.connection())
            .insert(textMessage(QStringLiteral("wamid.a"), QStringLiteral("393331234567"), 1), 1);
        // Not yet visible from another thread's connection.
        qint64 seenBefore = -1;
        std::thread([&] {
            seenBefore = InboundRepository(db.database().connection()).countStored();
        }).join();
        EXPECT_EQ(seenBefore, 0);
        tx.commit();
    }
    qint64 seenAfter = -1;
    std::thread([&] {
        seenAfter = InboundRepository(db.database().connection()).countStored();
    }).join();
    EXPECT_EQ(seenAfter, 1);
}

TEST(Transaction, ReadTransactionSeesASnapshot)
{
    TestDatabase db;
    InboundRepository inbound(db.connection());
    inbound.insert(textMessage(QStringLiteral("wamid.a"), QStringLiteral("393331234567"), 1), 1);
    Transaction read(db.connection(), Transaction::Mode::Read);
    EXPECT_EQ(inbound.countStored(), 1); // the snapshot starts with the first read
    std::thread([&] {
        SqlConnection &connection = db.database().connection();
        Transaction tx(connection); // WAL: a writer is not blocked by the reader
        InboundRepository(connection)
            .insert(textMessage(QStringLiteral("wamid.b"), QStringLiteral("393331234567"), 2), 2);
        tx.commit();
    }).join();
    EXPECT_EQ(inbound.countStored(), 1);
    read.commit();
    EXPECT_EQ(inbound.countStored(), 2);
}

TEST(SqlStatement, BindsAndReadsEveryType)
{
    TestDatabase db;
    SqlConnection &c = db.connection();
    c.execute("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, n TEXT)");
    const QByteArray blob("\x00\x01\xff binary", 10);
    c.prepare("INSERT INTO t VALUES (?, ?, ?, ?, ?)")
        .bind(1, qint64(1) << 40)
        .bind(2, 2.5)
        .bind(3, QStringLiteral("città ☕"))
        .bindBlob(4, blob)
        .bindOptional(5, QString())
        .exec();
    EXPECT_EQ(c.lastInsertId(), 1);
    auto &q = c.prepare("SELECT i, r, s, b, n FROM t");
    ASSERT_TRUE(q.step());
    EXPECT_EQ(q.int64(0), qint64(1) << 40);
    EXPECT_DOUBLE_EQ(q.real(1), 2.5);
    EXPECT_EQ(q.text(2), QStringLiteral("città ☕"));
    EXPECT_EQ(q.bytes(3), blob);
    EXPECT_TRUE(q.isNull(4));
    EXPECT_FALSE(q.optionalInt64(4).has_value());
    EXPECT_FALSE(q.step());
    q.reset();
    // An empty (non-null) QString binds '' rather than NULL with bind().
    c.prepare("INSERT INTO t (s) VALUES (?)").bind(1, QString()).exec();
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM t WHERE s = ''"), 1);
    EXPECT_THROW(c.prepare("SELECT * FROM missing_table"), StorageError);
}

} // namespace
} // namespace sportello::storage
