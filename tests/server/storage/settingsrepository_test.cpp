// SPDX-License-Identifier: LicenseRef-Sportello
// SettingsRepository against a real database: business settings JSON per business.
#include <gtest/gtest.h>

#include "storage/settingsrepository.h"
#include "storagetestdata.h"
#include "support/testdatabase.h"

namespace sportello::storage {
namespace {

using test::TestDatabase;
using testdata::kBusiness;
using testdata::kOtherBusiness;

TEST(SettingsRepository, StoresOneJsonPerBusiness)
{
    TestDatabase db;
    SettingsRepository settings(db.connection());
    EXPECT_FALSE(settings.businessSettingsJson(kBusiness).has_value());

    settings.setBusinessSettingsJson(kBusiness, QStringLiteral(R"({"time_zone":"Europe/Rome"})"),
                                     10);
    settings.setBusinessSettingsJson(kOtherBusiness, QStringLiteral(R"({"time_zone":"UTC"})"), 11);
    EXPECT_EQ(settings.businessSettingsJson(kBusiness),
              QStringLiteral(R"({"time_zone":"Europe/Rome"})"));

    // Saving again replaces, never duplicates.
    settings.setBusinessSettingsJson(kBusiness, QStringLiteral(R"({"review_threshold":0.4})"), 20);
    EXPECT_EQ(settings.businessSettingsJson(kBusiness),
              QStringLiteral(R"({"review_threshold":0.4})"));
    EXPECT_EQ(settings.businessSettingsJson(kOtherBusiness),
              QStringLiteral(R"({"time_zone":"UTC"})"));
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM business_settings"), 2);
    EXPECT_EQ(db.scalar("SELECT updated_at FROM business_settings WHERE phone_number_id = "
                        "'100000000000001'"),
              20);
}

} // namespace
} // namespace sportello::storage
