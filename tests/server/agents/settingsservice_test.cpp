// SPDX-License-Identifier: LicenseRef-Sportello
// SettingsService against a real database: user settings, business settings with defaults,
// canned responses.
#include <gtest/gtest.h>

#include "agents/services/serviceerror.h"
#include "agents/services/settingsservice.h"
#include "storage/settingsrepository.h"
#include "storage/userrepository.h"
#include "support/testconfig.h"
#include "support/testdatabase.h"

namespace sportello::agents {
namespace {

class SettingsServiceTest : public ::testing::Test
{
protected:
    test::TestDatabase db;
    config::ServerConfig config = test::TestConfig::sandbox(db.folder());
    SettingsService settings{db.connection(), config};
    qint64 luca = *storage::UserRepository(db.connection())
                       .add(QStringLiteral("luca"), AgentRole::Agent, QStringLiteral("h"), 1);
};

TEST_F(SettingsServiceTest, UserSettingsDefaultAndPersist)
{
    const auto defaults = settings.userSettings(luca);
    EXPECT_TRUE(defaults.language.isEmpty());
    EXPECT_TRUE(defaults.notifyEscalations);
    EXPECT_TRUE(defaults.notifyMine);

    settings.setUserSettings(luca, {QStringLiteral("es"), false, true}, 2);
    const auto saved = SettingsService(db.connection(), config).userSettings(luca);
    EXPECT_EQ(saved.language, QStringLiteral("es"));
    EXPECT_FALSE(saved.notifyEscalations);
    EXPECT_TRUE(saved.notifyMine);

    try {
        settings.setUserSettings(luca + 100, {}, 3);
        ADD_FAILURE() << "no ServiceError";
    } catch (const ServiceError &e) {
        EXPECT_EQ(e.error().code, QStringLiteral("not_found"));
    }
}

TEST_F(SettingsServiceTest, BusinessSettingsDefaultToTheConfiguredTimeZone)
{
    ASSERT_FALSE(config.businesses.isEmpty());
    config.businesses.first().timeZone = QStringLiteral("Europe/Madrid");
    const auto defaults = settings.businessSettings();
    EXPECT_DOUBLE_EQ(defaults.autoReplyThreshold, 0.85);
    EXPECT_DOUBLE_EQ(defaults.reviewThreshold, 0.5);
    EXPECT_TRUE(defaults.alwaysHumanIntents.isEmpty());
    EXPECT_TRUE(defaults.businessHours.isEmpty());
    EXPECT_EQ(defaults.timeZone, QStringLiteral("Europe/Madrid"));
}

TEST_F(SettingsServiceTest, BusinessSettingsPersistPerBusiness)
{
    protocol::BusinessSettings changed;
    changed.autoReplyThreshold = 0.9;
    changed.reviewThreshold = 0.3;
    changed.alwaysHumanIntents = {QStringLiteral("complaint")};
    changed.timeZone = QStringLiteral("Europe/Paris");
    changed.businessHours = {{1, QStringLiteral("09:00"), QStringLiteral("18:00")}};
    settings.setBusinessSettings(changed, 5);

    const auto saved = SettingsService(db.connection(), config).businessSettings();
    EXPECT_DOUBLE_EQ(saved.autoReplyThreshold, 0.9);
    EXPECT_DOUBLE_EQ(saved.reviewThreshold, 0.3);
    EXPECT_EQ(saved.alwaysHumanIntents, QStringList{QStringLiteral("complaint")});
    EXPECT_EQ(saved.timeZone, QStringLiteral("Europe/Paris"));
    ASSERT_EQ(saved.businessHours.size(), 1);
    EXPECT_EQ(saved.businessHours.at(0).close, QStringLiteral("18:00"));
    // Stored under the first business's phone_number_id.
    EXPECT_TRUE(storage::SettingsRepository(db.connection())
                    .businessSettingsJson(test::TestConfig::kSampleBusiness)
                    .has_value());
    EXPECT_EQ(settings.businessSettings(test::TestConfig::kSampleBusiness).timeZone,
              QStringLiteral("Europe/Paris"));
}

TEST_F(SettingsServiceTest, UnreadableStoredSettingsFallBackToDefaults)
{
    storage::SettingsRepository(db.connection())
        .setBusinessSettingsJson(test::TestConfig::kSampleBusiness,
                                 QStringLiteral(R"({"review_threshold": 7})"), 1);
    EXPECT_DOUBLE_EQ(settings.businessSettings().reviewThreshold, 0.5);
    storage::UserRepository(db.connection()).setSettingsJson(luca, QStringLiteral("not json"), 1);
    EXPECT_TRUE(settings.userSettings(luca).notifyMine);
}

TEST_F(SettingsServiceTest, CannedResponsesAddUpdateAndRemove)
{
    EXPECT_TRUE(settings.cannedResponses().isEmpty());
    auto list = settings.saveCanned(
        {0, QStringLiteral("Saluto"), QStringLiteral("Buongiorno!"), QStringLiteral("it")}, 1);
    ASSERT_EQ(list.size(), 1);
    const qint64 id = list.at(0).id;
    EXPECT_GT(id, 0);
    list = settings.saveCanned(
        {id, QStringLiteral("Saluto"), QStringLiteral("Buonasera!"), QStringLiteral("it")}, 2);
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.at(0).text, QStringLiteral("Buonasera!"));

    try {
        settings.saveCanned({id + 1, QStringLiteral("x"), QStringLiteral("y"), QString()}, 3);
        ADD_FAILURE() << "no ServiceError";
    } catch (const ServiceError &e) {
        EXPECT_EQ(e.error().code, QStringLiteral("not_found"));
        EXPECT_EQ(e.error().field, QStringLiteral("data.id"));
    }
    EXPECT_TRUE(settings.removeCanned(id).isEmpty());
    try {
        settings.removeCanned(id);
        ADD_FAILURE() << "no ServiceError";
    } catch (const ServiceError &e) {
        EXPECT_EQ(e.error().code, QStringLiteral("not_found"));
    }
}

} // namespace
} // namespace sportello::agents
