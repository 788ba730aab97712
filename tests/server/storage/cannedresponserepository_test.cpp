// SPDX-License-Identifier: LicenseRef-Sportello
// CannedResponseRepository against a real database: add, update, list order, remove.
#include <gtest/gtest.h>

#include "storage/cannedresponserepository.h"
#include "storagetestdata.h"
#include "support/testdatabase.h"

namespace sportello::storage {
namespace {

using test::TestDatabase;

TEST(CannedResponseRepository, AddsUpdatesListsAndRemoves)
{
    TestDatabase db;
    CannedResponseRepository canned(db.connection());
    EXPECT_TRUE(canned.list().isEmpty());

    const auto hours =
        canned.save({0, QStringLiteral("orari"), QStringLiteral("9-18"), QStringLiteral("it")}, 10);
    const auto greeting =
        canned.save({0, QStringLiteral("Saluto"), QStringLiteral("Buongiorno!"), QString()}, 11);
    ASSERT_TRUE(hours && greeting);
    EXPECT_NE(*hours, *greeting);

    // By title, case-insensitively.
    auto list = canned.list();
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list.at(0).title, QStringLiteral("orari"));
    EXPECT_EQ(list.at(0).language, QStringLiteral("it"));
    EXPECT_EQ(list.at(1).title, QStringLiteral("Saluto"));
    EXPECT_TRUE(list.at(1).language.isEmpty());

    EXPECT_EQ(
        canned.save({*hours, QStringLiteral("Orari"), QStringLiteral("9-19"), QStringLiteral("it")},
                    20),
        *hours);
    EXPECT_EQ(canned.find(*hours)->text, QStringLiteral("9-19"));
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM canned_responses"), 2);
    EXPECT_FALSE(canned.save({999, QStringLiteral("x"), QStringLiteral("y"), QString()}, 21));
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM canned_responses"), 2);

    EXPECT_TRUE(canned.remove(*hours));
    EXPECT_FALSE(canned.remove(*hours));
    EXPECT_FALSE(canned.find(*hours).has_value());
    list = canned.list();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.at(0).id, *greeting);
}

} // namespace
} // namespace sportello::storage
