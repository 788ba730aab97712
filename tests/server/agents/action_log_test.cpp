// SPDX-License-Identifier: LicenseRef-Sportello
// Stored action replies: found by (user, request id), kept once, forgotten after a day.
#include <gtest/gtest.h>

#include "storage/actionlogrepository.h"
#include "support/testdatabase.h"
#include "support/testusers.h"

namespace sportello::test {
namespace {

TEST(ActionLog, RepliesAreKeptPerUserAndRequestIdAndPurgedByAge)
{
    TestDatabase db;
    const qint64 giulia =
        TestUsers::add(db.database(), QStringLiteral("giulia"), QStringLiteral("password1"));
    const qint64 marco =
        TestUsers::add(db.database(), QStringLiteral("marco"), QStringLiteral("password1"));
    storage::ActionLogRepository log(db.connection());
    EXPECT_TRUE(log.store(giulia, QStringLiteral("r1"), QStringLiteral("message.send"),
                          QByteArrayLiteral("{\"first\":true}"), 1000));
    EXPECT_FALSE(log.store(giulia, QStringLiteral("r1"), QStringLiteral("message.send"),
                           QByteArrayLiteral("{\"second\":true}"), 2000))
        << "the first answer stays";
    EXPECT_TRUE(log.store(marco, QStringLiteral("r1"), QStringLiteral("conversation.note"),
                          QByteArrayLiteral("{}"), 5000))
        << "request ids are unique per user only";

    const auto found = log.find(giulia, QStringLiteral("r1"));
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->replyJson, QByteArrayLiteral("{\"first\":true}"));
    EXPECT_EQ(found->type, QStringLiteral("message.send"));
    EXPECT_FALSE(log.find(giulia, QStringLiteral("r2")).has_value());

    EXPECT_EQ(log.purgeOlderThan(3000), 1);
    EXPECT_FALSE(log.find(giulia, QStringLiteral("r1")).has_value());
    EXPECT_TRUE(log.find(marco, QStringLiteral("r1")).has_value());
}

} // namespace
} // namespace sportello::test
