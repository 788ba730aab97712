// SPDX-License-Identifier: LicenseRef-Sportello
// IntentExampleRepository against a real database: add, skip duplicates, list, remove.
#include <gtest/gtest.h>

#include "storage/intentexamplerepository.h"
#include "storagetestdata.h"
#include "support/testdatabase.h"

namespace sportello::storage {
namespace {

using test::TestDatabase;
using namespace testdata;

IntentExample example(const QString &business, const QString &intent, const QString &text,
                      const QString &language = QStringLiteral("it"))
{
    IntentExample e;
    e.phoneNumberId = business;
    e.intent = intent;
    e.language = language;
    e.text = text;
    e.createdBy = QStringLiteral("giulia");
    e.createdAt = 100;
    return e;
}

TEST(IntentExampleRepository, AddsSkipsDuplicatesListsPerBusinessAndRemoves)
{
    TestDatabase db;
    IntentExampleRepository examples(db.connection());
    const qint64 a = examples.add(example(kBusiness, QStringLiteral("whitening_offer"),
                                          QStringLiteral("promo sbiancamento?")));
    const qint64 b = examples.add(example(kBusiness, QStringLiteral("whitening_offer"),
                                          QStringLiteral("whitening deal?"), QStringLiteral("en")));
    EXPECT_GT(a, 0);
    EXPECT_GT(b, a);
    // The same text in the same language is one example, whatever intent it names.
    EXPECT_EQ(examples.add(example(kBusiness, QStringLiteral("pricing_inquiry"),
                                   QStringLiteral("promo sbiancamento?"))),
              0);
    EXPECT_GT(examples.add(example(kOtherBusiness, QStringLiteral("whitening_offer"),
                                   QStringLiteral("promo sbiancamento?"))),
              0);

    auto list = examples.forBusiness(kBusiness);
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list.at(0).id, a);
    EXPECT_EQ(list.at(0).intent, QStringLiteral("whitening_offer"));
    EXPECT_EQ(list.at(0).createdBy, QStringLiteral("giulia"));
    EXPECT_EQ(list.at(1).language, QStringLiteral("en"));

    EXPECT_FALSE(examples.remove(kOtherBusiness, a)); // not theirs
    EXPECT_TRUE(examples.remove(kBusiness, a));
    EXPECT_FALSE(examples.remove(kBusiness, a));
    EXPECT_EQ(examples.removeIntent(kBusiness, QStringLiteral("whitening_offer")), 1);
    EXPECT_TRUE(examples.forBusiness(kBusiness).isEmpty());
    EXPECT_EQ(examples.forBusiness(kOtherBusiness).size(), 1);
}

} // namespace
} // namespace sportello::storage
