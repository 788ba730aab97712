// SPDX-License-Identifier: LicenseRef-Sportello
// ConfigLoader: defaults, every key type, precedence, secrets, businesses, JSON errors.
#include <optional>
#include <variant>

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include "config/configloader.h"

namespace sportello::config {
namespace {

using Result = std::variant<ServerConfig, ConfigError>;

QProcessEnvironment env(std::initializer_list<std::pair<const char *, const char *>> pairs)
{
    QProcessEnvironment environment; // empty: the machine's SPORTELLO_* never leak in
    for (const auto &[name, value] : pairs)
        environment.insert(QString::fromUtf8(name), QString::fromUtf8(value));
    return environment;
}

std::string str(const QString &text)
{
    return text.toStdString();
}

// A minimal valid business for the "businesses" array.
QByteArray business(const char *phoneNumberId)
{
    return QByteArrayLiteral("{\"phone_number_id\": \"") + phoneNumberId + QByteArrayLiteral("\"}");
}

class ConfigLoaderTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        return path;
    }

    Result load(const QByteArray &json, const QProcessEnvironment &environment = {},
                const ConfigOverrides &overrides = {})
    {
        const QString path = json.isNull() ? QString() : write(QStringLiteral("config.json"), json);
        return ConfigLoader(environment).load(path, overrides);
    }

    ServerConfig expectLoads(const QByteArray &json, const QProcessEnvironment &environment = {},
                             const ConfigOverrides &overrides = {})
    {
        auto result = load(json, environment, overrides);
        if (auto *error = std::get_if<ConfigError>(&result)) {
            ADD_FAILURE() << "refused: " << str(error->text());
            return {};
        }
        return std::get<ServerConfig>(std::move(result));
    }

    ConfigError expectError(const QByteArray &json, const QProcessEnvironment &environment = {},
                            const ConfigOverrides &overrides = {})
    {
        auto result = load(json, environment, overrides);
        if (!std::holds_alternative<ConfigError>(result)) {
            ADD_FAILURE() << "accepted: " << json.toStdString();
            return {QStringLiteral("<accepted>"), {}};
        }
        return std::get<ConfigError>(result);
    }

    QTemporaryDir m_dir;
};

// ---------------------------------------------------------------------------------------------
// Defaults and the embedded sandbox default

TEST_F(ConfigLoaderTest, WithoutConfigFileTheEmbeddedSandboxDefaultLoads)
{
    const ServerConfig c = expectLoads(QByteArray());
    EXPECT_TRUE(c.isSandbox());
    EXPECT_EQ(c.server.bind, QStringLiteral("127.0.0.1"));
    EXPECT_EQ(c.server.port, 8080);
    EXPECT_EQ(c.server.logLevel, QStringLiteral("info"));
    EXPECT_EQ(c.server.logFormat, QStringLiteral("text"));
    EXPECT_EQ(c.server.maxBodyBytes, 3 * 1024 * 1024);
    EXPECT_FALSE(c.server.dataDir.isEmpty());
    EXPECT_TRUE(QDir::isAbsolutePath(c.server.dataDir));
    EXPECT_FALSE(c.storage.synchronousFull);
    EXPECT_EQ(c.storage.busyTimeoutMs, 10000);
    EXPECT_EQ(c.whatsapp.graphUrl, QStringLiteral("https://graph.facebook.com/v23.0"));
    EXPECT_EQ(c.whatsapp.requestTimeoutMs, 15000);
    EXPECT_EQ(c.sandbox.graphPort, 0);
    EXPECT_EQ(c.sandbox.sentDelayMs, 100);
    EXPECT_EQ(c.sandbox.deliveredDelayMs, 300);
    EXPECT_EQ(c.sandbox.readDelayMs, 1500);
    EXPECT_EQ(c.sandbox.throughputLimit, 0);
    EXPECT_EQ(c.pipeline.quietWindowMs, 1500);
    EXPECT_EQ(c.pipeline.workers, 0);
    EXPECT_DOUBLE_EQ(c.outbox.ratePerSecond, 80.0);
    EXPECT_EQ(c.outbox.recipientBurst, 45);
    EXPECT_EQ(c.outbox.recipientIntervalMs, 6000);
    EXPECT_EQ(c.outbox.maxAttempts, 8);
    EXPECT_EQ(c.outbox.backoffInitialMs, 1000);
    EXPECT_EQ(c.outbox.backoffMaxMs, 300000);
    EXPECT_EQ(c.outbox.staleSendingMs, 60000);
    EXPECT_EQ(c.outbox.markRead, OutboxSection::MarkRead::OnReply);
    EXPECT_TRUE(c.outbox.typingIndicator);

    // Sandbox secrets, so that the sandbox runs with no setup at all.
    EXPECT_EQ(c.whatsapp.appSecret.reveal(), QByteArrayLiteral("sandbox-secret"));
    EXPECT_EQ(c.whatsapp.verifyToken.reveal(), QByteArrayLiteral("sandbox-verify"));
    EXPECT_EQ(c.whatsapp.accessToken.reveal(), QByteArrayLiteral("sandbox-token"));
}

TEST_F(ConfigLoaderTest, EmbeddedDefaultCarriesTheSampleBusiness)
{
    const ServerConfig c = expectLoads(QByteArray());
    ASSERT_EQ(c.businesses.size(), 1);
    const BusinessConfig &b = c.businesses.first();
    EXPECT_EQ(b.phoneNumberId, QStringLiteral("100000000000001"));
    EXPECT_EQ(b.displayPhoneNumber, QStringLiteral("390212345678"));
    EXPECT_EQ(b.defaultLanguage, QStringLiteral("it"));
    EXPECT_EQ(b.languages,
              (QStringList{QStringLiteral("it"), QStringLiteral("en"), QStringLiteral("es"),
                           QStringLiteral("fr"), QStringLiteral("de")}));
    EXPECT_EQ(b.timeZone, QStringLiteral("Europe/Rome"));
    EXPECT_EQ(b.templates.size(), 4);
    const auto reminder =
        b.findTemplate(QStringLiteral("appointment_reminder"), QStringLiteral("it"));
    ASSERT_TRUE(reminder.has_value());
    EXPECT_EQ(reminder->category, QStringLiteral("utility"));
    EXPECT_EQ(reminder->bodyParameters, 2);
    EXPECT_EQ(reminder->headerParameters, 0);
    EXPECT_EQ(reminder->buttonParameters, (QList<int>{0, 0}));
    EXPECT_FALSE(b.findTemplate(QStringLiteral("appointment_reminder"), QStringLiteral("de")));
    EXPECT_TRUE(b.accessToken.isEmpty());
    EXPECT_EQ(c.accessTokenFor(b).reveal(), QByteArrayLiteral("sandbox-token"));
    EXPECT_EQ(c.business(QStringLiteral("100000000000001")), &c.businesses.first());
    EXPECT_EQ(c.business(QStringLiteral("999")), nullptr);

    // Customer texts come from resources/customer-messages.json, in every served language.
    for (const auto &language : b.languages) {
        EXPECT_FALSE(b.optOutConfirmation.value(language).isEmpty()) << str(language);
        EXPECT_FALSE(b.optInConfirmation.value(language).isEmpty()) << str(language);
    }
    EXPECT_TRUE(
        b.optOutConfirmation.value(QStringLiteral("it")).startsWith(QStringLiteral("Fatto")));
    EXPECT_TRUE(b.optInConfirmation.value(QStringLiteral("en")).contains(QStringLiteral("STOP")));
}

TEST_F(ConfigLoaderTest, EmptyObjectFileGivesTheSameDefaults)
{
    const ServerConfig c = expectLoads(QByteArrayLiteral("{}"));
    EXPECT_TRUE(c.isSandbox());
    EXPECT_EQ(c.server.port, 8080);
    ASSERT_EQ(c.businesses.size(), 1);
    EXPECT_EQ(c.businesses.first().phoneNumberId, QStringLiteral("100000000000001"));
}

// ---------------------------------------------------------------------------------------------
// Every key type accepted

TEST_F(ConfigLoaderTest, EveryKeyIsReadFromTheFile)
{
    const ServerConfig c = expectLoads(R"({
        "server": {"bind": "0.0.0.0", "port": 9001, "data_dir": "data-here",
                   "log_level": "debug", "log_format": "json", "max_body_bytes": 2048},
        "storage": {"synchronous": "full", "busy_timeout_ms": 250},
        "whatsapp": {"mode": "sandbox", "graph_url": "http://127.0.0.1:1/v1",
                     "request_timeout_ms": 100},
        "sandbox": {"graph_port": 18080, "sent_delay_ms": 1, "delivered_delay_ms": 2,
                    "read_delay_ms": -1, "throughput_limit": 5},
        "pipeline": {"quiet_window_ms": 0, "workers": 3},
        "outbox": {"rate_per_second": 2.5, "recipient_burst": 1, "recipient_interval_ms": 0,
                   "max_attempts": 100, "backoff_initial_ms": 5, "backoff_max_ms": 5,
                   "stale_sending_ms": 1000, "mark_read": "never", "typing_indicator": false}
    })");
    EXPECT_EQ(c.server.bind, QStringLiteral("0.0.0.0"));
    EXPECT_EQ(c.server.port, 9001);
    EXPECT_TRUE(c.server.dataDir.endsWith(QStringLiteral("/data-here")));
    EXPECT_TRUE(QDir::isAbsolutePath(c.server.dataDir));
    EXPECT_EQ(c.server.logLevel, QStringLiteral("debug"));
    EXPECT_EQ(c.server.logFormat, QStringLiteral("json"));
    EXPECT_EQ(c.server.maxBodyBytes, 2048);
    EXPECT_TRUE(c.storage.synchronousFull);
    EXPECT_EQ(c.storage.busyTimeoutMs, 250);
    EXPECT_TRUE(c.isSandbox());
    EXPECT_EQ(c.whatsapp.graphUrl, QStringLiteral("http://127.0.0.1:1/v1"));
    EXPECT_EQ(c.whatsapp.requestTimeoutMs, 100);
    EXPECT_EQ(c.sandbox.graphPort, 18080);
    EXPECT_EQ(c.sandbox.sentDelayMs, 1);
    EXPECT_EQ(c.sandbox.deliveredDelayMs, 2);
    EXPECT_EQ(c.sandbox.readDelayMs, -1);
    EXPECT_EQ(c.sandbox.throughputLimit, 5);
    EXPECT_EQ(c.pipeline.quietWindowMs, 0);
    EXPECT_EQ(c.pipeline.workers, 3);
    EXPECT_DOUBLE_EQ(c.outbox.ratePerSecond, 2.5);
    EXPECT_EQ(c.outbox.recipientBurst, 1);
    EXPECT_EQ(c.outbox.recipientIntervalMs, 0);
    EXPECT_EQ(c.outbox.maxAttempts, 100);
    EXPECT_EQ(c.outbox.backoffInitialMs, 5);
    EXPECT_EQ(c.outbox.backoffMaxMs, 5);
    EXPECT_EQ(c.outbox.staleSendingMs, 1000);
    EXPECT_EQ(c.outbox.markRead, OutboxSection::MarkRead::Never);
    EXPECT_FALSE(c.outbox.typingIndicator);
}

TEST_F(ConfigLoaderTest, RangeBoundariesAreAccepted)
{
    EXPECT_EQ(expectLoads(R"({"server": {"port": 0}})").server.port, 0);
    EXPECT_EQ(expectLoads(R"({"server": {"port": 65535}})").server.port, 65535);
    EXPECT_EQ(expectLoads(R"({"server": {"max_body_bytes": 1024}})").server.maxBodyBytes, 1024);
    EXPECT_EQ(expectLoads(R"({"server": {"max_body_bytes": 67108864}})").server.maxBodyBytes,
              64 * 1024 * 1024);
    EXPECT_DOUBLE_EQ(expectLoads(R"({"outbox": {"rate_per_second": 0.1}})").outbox.ratePerSecond,
                     0.1);
    // An integer is a fine value for a double key.
    EXPECT_DOUBLE_EQ(expectLoads(R"({"outbox": {"rate_per_second": 10000}})").outbox.ratePerSecond,
                     10000.0);
    EXPECT_EQ(expectLoads(R"({"pipeline": {"workers": 256}})").pipeline.workers, 256);
}

// ---------------------------------------------------------------------------------------------
// Every key type rejected, naming the key

struct RejectCase
{
    const char *name;
    const char *json;
    const char *key;
    const char *messagePart;
};

void PrintTo(const RejectCase &c, std::ostream *os)
{
    *os << c.name;
}

class ConfigRejects : public ConfigLoaderTest, public ::testing::WithParamInterface<RejectCase>
{
};

TEST_P(ConfigRejects, NamesTheKey)
{
    const ConfigError error = expectError(QByteArray(GetParam().json));
    EXPECT_EQ(error.key, QString::fromUtf8(GetParam().key)) << str(error.text());
    EXPECT_TRUE(error.message.contains(QString::fromUtf8(GetParam().messagePart)))
        << "message: " << str(error.message) << "\nwanted part: " << GetParam().messagePart;
    EXPECT_TRUE(error.text().startsWith(QString::fromUtf8(GetParam().key) + QStringLiteral(": ")));
}

INSTANTIATE_TEST_SUITE_P(
    Values, ConfigRejects,
    ::testing::Values(
        RejectCase{"PortAboveRange", R"({"server": {"port": 65536}})", "server.port",
                   "expected an integer from 0 to 65535, got 65536"},
        RejectCase{"PortNegative", R"({"server": {"port": -1}})", "server.port", "got -1"},
        RejectCase{"PortAsString", R"({"server": {"port": "8080"}})", "server.port", "got string"},
        RejectCase{"PortFractional", R"({"server": {"port": 80.5}})", "server.port", "got 80.5"},
        RejectCase{"PortNull", R"({"server": {"port": null}})", "server.port", "got null"},
        RejectCase{"BodyLimitTooSmall", R"({"server": {"max_body_bytes": 1023}})",
                   "server.max_body_bytes", "from 1024 to 67108864"},
        RejectCase{"BusyTimeoutTooLong", R"({"storage": {"busy_timeout_ms": 600001}})",
                   "storage.busy_timeout_ms", "from 0 to 600000"},
        RejectCase{"ReadDelayBelowMinusOne", R"({"sandbox": {"read_delay_ms": -2}})",
                   "sandbox.read_delay_ms", "from -1 to 3600000"},
        RejectCase{"TooManyWorkers", R"({"pipeline": {"workers": 257}})", "pipeline.workers",
                   "from 0 to 256"},
        RejectCase{"MaxAttemptsZero", R"({"outbox": {"max_attempts": 0}})", "outbox.max_attempts",
                   "from 1 to 100"},
        RejectCase{"LogLevelUnknown", R"({"server": {"log_level": "verbose"}})", "server.log_level",
                   "one of debug, info, warning, error, got \"verbose\""},
        RejectCase{"LogLevelCase", R"({"server": {"log_level": "INFO"}})", "server.log_level",
                   "got \"INFO\""},
        RejectCase{"LogFormatNumber", R"({"server": {"log_format": 1}})", "server.log_format",
                   "one of text, json, got number"},
        RejectCase{"SynchronousUnknown", R"({"storage": {"synchronous": "off"}})",
                   "storage.synchronous", "one of normal, full"},
        RejectCase{"ModeUnknown", R"({"whatsapp": {"mode": "production"}})", "whatsapp.mode",
                   "one of sandbox, cloud"},
        RejectCase{"MarkReadUnknown", R"({"outbox": {"mark_read": "always"}})", "outbox.mark_read",
                   "one of on_reply, never"},
        RejectCase{"BoolAsString", R"({"outbox": {"typing_indicator": "yes"}})",
                   "outbox.typing_indicator", "expected true or false, got string"},
        RejectCase{"BoolAsNumber", R"({"outbox": {"typing_indicator": 1}})",
                   "outbox.typing_indicator", "expected true or false"},
        RejectCase{"DoubleTooSmall", R"({"outbox": {"rate_per_second": 0}})",
                   "outbox.rate_per_second", "a number from 0.1 to 10000, got 0"},
        RejectCase{"DoubleTooLarge", R"({"outbox": {"rate_per_second": 10000.5}})",
                   "outbox.rate_per_second", "got 10000.5"},
        RejectCase{"DoubleAsString", R"({"outbox": {"rate_per_second": "fast"}})",
                   "outbox.rate_per_second", "got string"},
        RejectCase{"StringAsNumber", R"({"server": {"bind": 127}})", "server.bind",
                   "expected a string, got number"},
        RejectCase{"BackoffMaxBelowInitial",
                   R"({"outbox": {"backoff_initial_ms": 5000, "backoff_max_ms": 4000}})",
                   "outbox.backoff_max_ms", "outbox.backoff_initial_ms"},
        RejectCase{"SectionNotObject", R"({"server": 5})", "server",
                   "expected an object, got number"},
        RejectCase{"SecretsFileNotString", R"({"secrets_file": 5})", "secrets_file",
                   "expected a string"},
        RejectCase{"BusinessesNotArray", R"({"businesses": {}})", "businesses",
                   "expected an array"}),
    [](const ::testing::TestParamInfo<RejectCase> &info) { return std::string(info.param.name); });

// ---------------------------------------------------------------------------------------------
// Unknown sections and keys

TEST_F(ConfigLoaderTest, UnknownSectionSuggestsTheClosest)
{
    const ConfigError error = expectError(R"({"sever": {"port": 1}})");
    EXPECT_EQ(error.key, QStringLiteral("sever"));
    EXPECT_TRUE(error.message.startsWith(QStringLiteral("unknown section"))) << str(error.message);
    EXPECT_TRUE(error.message.contains(QStringLiteral("did you mean \"server\"?")))
        << str(error.message);

    const ConfigError businesses = expectError(R"({"busineses": []})");
    EXPECT_EQ(businesses.key, QStringLiteral("busineses"));
    EXPECT_TRUE(businesses.message.contains(QStringLiteral("did you mean \"businesses\"?")))
        << str(businesses.message);
}

TEST_F(ConfigLoaderTest, UnknownKeySuggestsTheClosestOfItsSection)
{
    const ConfigError error = expectError(R"({"server": {"prot": 1}})");
    EXPECT_EQ(error.key, QStringLiteral("server.prot"));
    EXPECT_TRUE(error.message.contains(QStringLiteral("did you mean \"port\"?")))
        << str(error.message);

    const ConfigError outbox = expectError(R"({"outbox": {"max_attempt": 3}})");
    EXPECT_EQ(outbox.key, QStringLiteral("outbox.max_attempt"));
    EXPECT_TRUE(outbox.message.contains(QStringLiteral("did you mean \"max_attempts\"?")))
        << str(outbox.message);
}

TEST_F(ConfigLoaderTest, UnknownKeyFarFromAnyHasNoSuggestion)
{
    const ConfigError error = expectError(R"({"server": {"completely_unrelated": 1}})");
    EXPECT_EQ(error.key, QStringLiteral("server.completely_unrelated"));
    EXPECT_EQ(error.message, QStringLiteral("unknown key"));
    // A key of another section is unknown here (no cross-section guessing).
    const ConfigError other = expectError(R"({"storage": {"port": 1}})");
    EXPECT_EQ(other.key, QStringLiteral("storage.port"));
    EXPECT_TRUE(other.message.startsWith(QStringLiteral("unknown key")));
}

// ---------------------------------------------------------------------------------------------
// Secrets

TEST_F(ConfigLoaderTest, SecretInTheConfigFileIsRefusedNamingTheVariable)
{
    const struct
    {
        const char *key;
        const char *variable;
    } secrets[] = {{"app_secret", "SPORTELLO_WHATSAPP_APP_SECRET"},
                   {"verify_token", "SPORTELLO_WHATSAPP_VERIFY_TOKEN"},
                   {"access_token", "SPORTELLO_WHATSAPP_ACCESS_TOKEN"}};
    for (const auto &secret : secrets) {
        const QByteArray json = QByteArrayLiteral("{\"whatsapp\": {\"") + secret.key +
                                QByteArrayLiteral("\": \"hunter2-leaked-value\"}}");
        const ConfigError error = expectError(json);
        EXPECT_EQ(error.key, QStringLiteral("whatsapp.") + QString::fromUtf8(secret.key));
        EXPECT_TRUE(error.message.contains(QString::fromUtf8(secret.variable)))
            << str(error.message);
        EXPECT_FALSE(error.text().contains(QStringLiteral("hunter2"))) << str(error.text());
    }
}

TEST_F(ConfigLoaderTest, BusinessAccessTokenInTheConfigFileIsRefused)
{
    const ConfigError error = expectError(R"({"businesses": [
        {"phone_number_id": "123456789", "access_token": "hunter2-leaked-value"}]})");
    EXPECT_EQ(error.key, QStringLiteral("businesses[0].access_token"));
    EXPECT_TRUE(
        error.message.contains(QStringLiteral("SPORTELLO_WHATSAPP_ACCESS_TOKEN_<PHONE_NUMBER_ID>")))
        << str(error.message);
    EXPECT_FALSE(error.text().contains(QStringLiteral("hunter2")));
}

TEST_F(ConfigLoaderTest, SecretsFromTheEnvironmentReplaceTheSandboxOnes)
{
    const ServerConfig c =
        expectLoads(QByteArray(), env({{"SPORTELLO_WHATSAPP_APP_SECRET", "my-secret"},
                                       {"SPORTELLO_WHATSAPP_VERIFY_TOKEN", "my-verify"},
                                       {"SPORTELLO_WHATSAPP_ACCESS_TOKEN", "my-token"}}));
    EXPECT_TRUE(c.isSandbox());
    EXPECT_EQ(c.whatsapp.appSecret.reveal(), QByteArrayLiteral("my-secret"));
    EXPECT_EQ(c.whatsapp.verifyToken.reveal(), QByteArrayLiteral("my-verify"));
    EXPECT_EQ(c.whatsapp.accessToken.reveal(), QByteArrayLiteral("my-token"));
}

// ---------------------------------------------------------------------------------------------
// Cloud mode

constexpr const char *kCloud =
    R"({"whatsapp": {"mode": "cloud"}, "businesses": [{"phone_number_id": "111111111"}]})";

TEST_F(ConfigLoaderTest, CloudWithoutAppSecretNamesIt)
{
    const ConfigError error = expectError(kCloud, env({{"SPORTELLO_WHATSAPP_VERIFY_TOKEN", "v"},
                                                       {"SPORTELLO_WHATSAPP_ACCESS_TOKEN", "t"}}));
    EXPECT_EQ(error.key, QStringLiteral("whatsapp.app_secret"));
    EXPECT_TRUE(error.message.contains(QStringLiteral("SPORTELLO_WHATSAPP_APP_SECRET")));
}

TEST_F(ConfigLoaderTest, CloudWithoutVerifyTokenNamesIt)
{
    const ConfigError error = expectError(kCloud, env({{"SPORTELLO_WHATSAPP_APP_SECRET", "s3"},
                                                       {"SPORTELLO_WHATSAPP_ACCESS_TOKEN", "t"}}));
    EXPECT_EQ(error.key, QStringLiteral("whatsapp.verify_token"));
    EXPECT_TRUE(error.message.contains(QStringLiteral("SPORTELLO_WHATSAPP_VERIFY_TOKEN")));
    EXPECT_FALSE(error.text().contains(QStringLiteral("s3")));
}

TEST_F(ConfigLoaderTest, CloudWithoutAccessTokenNamesItAndThePerBusinessVariable)
{
    const ConfigError error =
        expectError(kCloud, env({{"SPORTELLO_WHATSAPP_APP_SECRET", "secret-value"},
                                 {"SPORTELLO_WHATSAPP_VERIFY_TOKEN", "verify-value"}}));
    EXPECT_EQ(error.key, QStringLiteral("whatsapp.access_token"));
    EXPECT_TRUE(error.message.contains(QStringLiteral("SPORTELLO_WHATSAPP_ACCESS_TOKEN_111111111")))
        << str(error.message);
    EXPECT_FALSE(error.text().contains(QStringLiteral("secret-value")));
    EXPECT_FALSE(error.text().contains(QStringLiteral("verify-value")));
}

TEST_F(ConfigLoaderTest, CloudWithAllSecretsLoadsWithoutSandboxSecrets)
{
    const ServerConfig c = expectLoads(kCloud, env({{"SPORTELLO_WHATSAPP_APP_SECRET", "s"},
                                                    {"SPORTELLO_WHATSAPP_VERIFY_TOKEN", "v"},
                                                    {"SPORTELLO_WHATSAPP_ACCESS_TOKEN", "t"}}));
    EXPECT_FALSE(c.isSandbox());
    EXPECT_EQ(c.whatsapp.appSecret.reveal(), QByteArrayLiteral("s"));
    EXPECT_EQ(c.whatsapp.verifyToken.reveal(), QByteArrayLiteral("v"));
    EXPECT_EQ(c.whatsapp.accessToken.reveal(), QByteArrayLiteral("t"));
    ASSERT_EQ(c.businesses.size(), 1);
    EXPECT_EQ(c.businesses.first().phoneNumberId, QStringLiteral("111111111"));
    // No sample business in cloud mode.
    EXPECT_EQ(c.business(QStringLiteral("100000000000001")), nullptr);
}

TEST_F(ConfigLoaderTest, CloudWithoutBusinessesIsRefused)
{
    const ConfigError error = expectError(R"({"whatsapp": {"mode": "cloud"}})",
                                          env({{"SPORTELLO_WHATSAPP_APP_SECRET", "s"},
                                               {"SPORTELLO_WHATSAPP_VERIFY_TOKEN", "v"},
                                               {"SPORTELLO_WHATSAPP_ACCESS_TOKEN", "t"}}));
    EXPECT_EQ(error.key, QStringLiteral("businesses"));
    EXPECT_TRUE(error.message.contains(QStringLiteral("cloud")));
}

TEST_F(ConfigLoaderTest, CloudRejectsAGraphUrlThatIsNotHttp)
{
    const ConfigError error = expectError(
        R"({"whatsapp": {"mode": "cloud", "graph_url": "ftp://graph.example/v1"},
            "businesses": [{"phone_number_id": "111111111"}]})",
        env({{"SPORTELLO_WHATSAPP_APP_SECRET", "s"},
             {"SPORTELLO_WHATSAPP_VERIFY_TOKEN", "v"},
             {"SPORTELLO_WHATSAPP_ACCESS_TOKEN", "t"}}));
    EXPECT_EQ(error.key, QStringLiteral("whatsapp.graph_url"));
    EXPECT_TRUE(error.message.contains(QStringLiteral("ftp://graph.example/v1")));
}

TEST_F(ConfigLoaderTest, PerBusinessAccessTokens)
{
    const QByteArray json = R"({"whatsapp": {"mode": "cloud"}, "businesses": [
        {"phone_number_id": "111111111"}, {"phone_number_id": "222222222"}]})";
    // Only the first business has a token and there is no global one: the second is named.
    const ConfigError missing =
        expectError(json, env({{"SPORTELLO_WHATSAPP_APP_SECRET", "s"},
                               {"SPORTELLO_WHATSAPP_VERIFY_TOKEN", "v"},
                               {"SPORTELLO_WHATSAPP_ACCESS_TOKEN_111111111", "token-one"}}));
    EXPECT_EQ(missing.key, QStringLiteral("whatsapp.access_token"));
    EXPECT_TRUE(
        missing.message.contains(QStringLiteral("SPORTELLO_WHATSAPP_ACCESS_TOKEN_222222222")))
        << str(missing.message);
    EXPECT_FALSE(missing.text().contains(QStringLiteral("token-one")));

    // Both have their own: no global token needed.
    const ServerConfig own =
        expectLoads(json, env({{"SPORTELLO_WHATSAPP_APP_SECRET", "s"},
                               {"SPORTELLO_WHATSAPP_VERIFY_TOKEN", "v"},
                               {"SPORTELLO_WHATSAPP_ACCESS_TOKEN_111111111", "token-one"},
                               {"SPORTELLO_WHATSAPP_ACCESS_TOKEN_222222222", "token-two"}}));
    ASSERT_EQ(own.businesses.size(), 2);
    EXPECT_EQ(own.accessTokenFor(own.businesses[0]).reveal(), QByteArrayLiteral("token-one"));
    EXPECT_EQ(own.accessTokenFor(own.businesses[1]).reveal(), QByteArrayLiteral("token-two"));

    // One own token plus the global fallback.
    const ServerConfig mixed =
        expectLoads(json, env({{"SPORTELLO_WHATSAPP_APP_SECRET", "s"},
                               {"SPORTELLO_WHATSAPP_VERIFY_TOKEN", "v"},
                               {"SPORTELLO_WHATSAPP_ACCESS_TOKEN", "global-token"},
                               {"SPORTELLO_WHATSAPP_ACCESS_TOKEN_222222222", "token-two"}}));
    ASSERT_EQ(mixed.businesses.size(), 2);
    EXPECT_EQ(mixed.accessTokenFor(mixed.businesses[0]).reveal(),
              QByteArrayLiteral("global-token"));
    EXPECT_EQ(mixed.accessTokenFor(mixed.businesses[1]).reveal(), QByteArrayLiteral("token-two"));
}

// ---------------------------------------------------------------------------------------------
// Precedence: defaults < file < environment < command line

TEST_F(ConfigLoaderTest, EnvironmentWinsOverTheFileAndCommandLineOverBoth)
{
    const QByteArray json =
        R"({"server": {"port": 9000, "log_level": "warning", "data_dir": "from-file"}})";
    const auto environment = env({{"SPORTELLO_SERVER_PORT", "9100"},
                                  {"SPORTELLO_SERVER_LOG_LEVEL", "error"},
                                  {"SPORTELLO_SERVER_DATA_DIR", "from-env"}});

    const ServerConfig fileOnly = expectLoads(json);
    EXPECT_EQ(fileOnly.server.port, 9000);
    EXPECT_EQ(fileOnly.server.logLevel, QStringLiteral("warning"));
    EXPECT_TRUE(fileOnly.server.dataDir.endsWith(QStringLiteral("/from-file")));

    const ServerConfig withEnv = expectLoads(json, environment);
    EXPECT_EQ(withEnv.server.port, 9100);
    EXPECT_EQ(withEnv.server.logLevel, QStringLiteral("error"));
    EXPECT_TRUE(withEnv.server.dataDir.endsWith(QStringLiteral("/from-env")));

    ConfigOverrides cli;
    cli.port = 9200;
    cli.logLevel = QStringLiteral("debug");
    cli.dataDir = m_dir.filePath(QStringLiteral("from-cli"));
    const ServerConfig withCli = expectLoads(json, environment, cli);
    EXPECT_EQ(withCli.server.port, 9200);
    EXPECT_EQ(withCli.server.logLevel, QStringLiteral("debug"));
    EXPECT_EQ(withCli.server.dataDir, m_dir.filePath(QStringLiteral("from-cli")));
}

TEST_F(ConfigLoaderTest, EnvironmentValuesOfEveryType)
{
    const ServerConfig c =
        expectLoads(QByteArray(), env({{"SPORTELLO_OUTBOX_TYPING_INDICATOR", "off"},
                                       {"SPORTELLO_STORAGE_SYNCHRONOUS", "full"},
                                       {"SPORTELLO_OUTBOX_RATE_PER_SECOND", "12.5"},
                                       {"SPORTELLO_PIPELINE_QUIET_WINDOW_MS", " 250 "},
                                       {"SPORTELLO_OUTBOX_MARK_READ", "never"},
                                       {"SPORTELLO_SERVER_BIND", "::1"}}));
    EXPECT_FALSE(c.outbox.typingIndicator);
    EXPECT_TRUE(c.storage.synchronousFull);
    EXPECT_DOUBLE_EQ(c.outbox.ratePerSecond, 12.5);
    EXPECT_EQ(c.pipeline.quietWindowMs, 250);
    EXPECT_EQ(c.outbox.markRead, OutboxSection::MarkRead::Never);
    EXPECT_EQ(c.server.bind, QStringLiteral("::1"));

    for (const char *yes : {"true", "1", "yes", "on", "TRUE", "Yes"}) {
        const ServerConfig b = expectLoads(R"({"outbox": {"typing_indicator": false}})",
                                           env({{"SPORTELLO_OUTBOX_TYPING_INDICATOR", yes}}));
        EXPECT_TRUE(b.outbox.typingIndicator) << yes;
    }
    for (const char *no : {"false", "0", "no", "off", "OFF"}) {
        const ServerConfig b =
            expectLoads(QByteArray(), env({{"SPORTELLO_OUTBOX_TYPING_INDICATOR", no}}));
        EXPECT_FALSE(b.outbox.typingIndicator) << no;
    }
}

TEST_F(ConfigLoaderTest, InvalidEnvironmentValueNamesTheVariable)
{
    const struct
    {
        const char *variable;
        const char *value;
    } cases[] = {
        {"SPORTELLO_SERVER_PORT", "eighty"},       {"SPORTELLO_SERVER_PORT", "70000"},
        {"SPORTELLO_SERVER_PORT", "80.5"},         {"SPORTELLO_OUTBOX_TYPING_INDICATOR", "maybe"},
        {"SPORTELLO_OUTBOX_RATE_PER_SECOND", "0"}, {"SPORTELLO_OUTBOX_RATE_PER_SECOND", "lots"},
        {"SPORTELLO_SERVER_LOG_LEVEL", "chatty"},  {"SPORTELLO_WHATSAPP_MODE", "live"}};
    for (const auto &c : cases) {
        const ConfigError error = expectError(QByteArray(), env({{c.variable, c.value}}));
        EXPECT_EQ(error.key, QString::fromUtf8(c.variable)) << c.value;
        EXPECT_TRUE(error.message.contains(QString::fromUtf8(c.value)))
            << c.variable << ": " << str(error.message);
        EXPECT_TRUE(error.message.startsWith(QStringLiteral("expected "))) << str(error.message);
    }
}

TEST_F(ConfigLoaderTest, InvalidEnvironmentValueBeatsAValidFileValue)
{
    // The file is fine; the variable that overrides it is not, and that is what is named.
    const ConfigError error =
        expectError(R"({"server": {"port": 9000}})", env({{"SPORTELLO_SERVER_PORT", "-5"}}));
    EXPECT_EQ(error.key, QStringLiteral("SPORTELLO_SERVER_PORT"));
}

TEST_F(ConfigLoaderTest, InvalidCommandLineOverridesNameTheFlag)
{
    ConfigOverrides port;
    port.port = 65536;
    EXPECT_EQ(expectError(QByteArray(), {}, port).key, QStringLiteral("--port"));
    port.port = -1;
    EXPECT_EQ(expectError(QByteArray(), {}, port).key, QStringLiteral("--port"));

    ConfigOverrides level;
    level.logLevel = QStringLiteral("loud");
    const ConfigError error = expectError(QByteArray(), {}, level);
    EXPECT_EQ(error.key, QStringLiteral("--log-level"));
    EXPECT_TRUE(error.message.contains(QStringLiteral("\"loud\"")));
}

TEST_F(ConfigLoaderTest, UnreadableConfigFileNamesTheFlag)
{
    const ConfigError error = std::get<ConfigError>(
        ConfigLoader(QProcessEnvironment()).load(m_dir.filePath(QStringLiteral("missing.json"))));
    EXPECT_EQ(error.key, QStringLiteral("--config"));
    EXPECT_TRUE(error.message.contains(QStringLiteral("missing.json")));
}

// ---------------------------------------------------------------------------------------------
// Secrets file

TEST_F(ConfigLoaderTest, MistypedEnvironmentVariablesAreReportedNotSilentlyIgnored)
{
    const ServerConfig c =
        expectLoads(QByteArray(), env({{"SPORTELLO_SERVR_PORT", "9000"},
                                       {"SPORTELLO_SERVER_PORT", "9001"},
                                       {"SPORTELLO_WHATSAPP_ACCESS_TOKEN_123", "t"},
                                       {"OTHER_PROGRAM_PORT", "1"}}));
    EXPECT_EQ(c.server.port, 9001);
    ASSERT_EQ(c.warnings.size(), 1);
    EXPECT_TRUE(c.warnings.first().startsWith(QStringLiteral("SPORTELLO_SERVR_PORT")));
    EXPECT_TRUE(
        c.warnings.first().contains(QStringLiteral("did you mean \"SPORTELLO_SERVER_PORT\"")))
        << str(c.warnings.first());
}

TEST_F(ConfigLoaderTest, RelativeSecretsFileIsFoundBesideTheConfigFile)
{
    write(QStringLiteral("secrets.env"), "SPORTELLO_WHATSAPP_APP_SECRET=from-beside\n");
    const ServerConfig c = expectLoads(R"({"secrets_file": "secrets.env"})");
    EXPECT_EQ(c.whatsapp.appSecret.reveal(), QByteArrayLiteral("from-beside"));
}

TEST_F(ConfigLoaderTest, SecretsFileWithCommentsQuotesAndExport)
{
    const QString secrets = write(QStringLiteral("secrets.env"), R"(# Sportello secrets
   # indented comment

export SPORTELLO_WHATSAPP_APP_SECRET="double quoted secret"
SPORTELLO_WHATSAPP_VERIFY_TOKEN='single quoted'
  SPORTELLO_WHATSAPP_ACCESS_TOKEN = plain-token
SPORTELLO_WHATSAPP_ACCESS_TOKEN_111111111=abc=def
)");
    const QByteArray json =
        QByteArrayLiteral("{\"secrets_file\": \"") + secrets.toUtf8() +
        QByteArrayLiteral("\", \"whatsapp\": {\"mode\": \"cloud\"}, \"businesses\": [") +
        business("111111111") + QByteArrayLiteral(", ") + business("222222222") +
        QByteArrayLiteral("]}");
    const ServerConfig c = expectLoads(json);
    EXPECT_FALSE(c.isSandbox());
    EXPECT_EQ(c.whatsapp.appSecret.reveal(), QByteArrayLiteral("double quoted secret"));
    EXPECT_EQ(c.whatsapp.verifyToken.reveal(), QByteArrayLiteral("single quoted"));
    EXPECT_EQ(c.whatsapp.accessToken.reveal(), QByteArrayLiteral("plain-token"));
    ASSERT_EQ(c.businesses.size(), 2);
    // Only the first '=' separates the name from the value.
    EXPECT_EQ(c.accessTokenFor(c.businesses[0]).reveal(), QByteArrayLiteral("abc=def"));
    EXPECT_EQ(c.accessTokenFor(c.businesses[1]).reveal(), QByteArrayLiteral("plain-token"));
}

TEST_F(ConfigLoaderTest, SecretsFileFromTheEnvironmentAndEnvironmentWinsOverIt)
{
    const QString secrets =
        write(QStringLiteral("secrets.env"), "SPORTELLO_WHATSAPP_APP_SECRET=from-file\n"
                                             "SPORTELLO_WHATSAPP_VERIFY_TOKEN=verify-from-file\n");
    const ServerConfig c =
        expectLoads(QByteArray(), env({{"SPORTELLO_SECRETS_FILE", qPrintable(secrets)},
                                       {"SPORTELLO_WHATSAPP_APP_SECRET", "from-env"}}));
    EXPECT_EQ(c.whatsapp.appSecret.reveal(), QByteArrayLiteral("from-env"));
    EXPECT_EQ(c.whatsapp.verifyToken.reveal(), QByteArrayLiteral("verify-from-file"));
}

TEST_F(ConfigLoaderTest, SecretsFileRefusesNamesThatAreNotSecrets)
{
    for (const QByteArray &line : {QByteArrayLiteral("SPORTELLO_SERVER_PORT=1234"),
                                   QByteArrayLiteral("DATABASE_PASSWORD=hunter2-value"),
                                   QByteArrayLiteral("SPORTELLO_WHATSAPP_APP_SECRETS=hunter2")}) {
        const QString secrets = write(QStringLiteral("secrets.env"), line + '\n');
        const ConfigError error =
            expectError(QByteArray(), env({{"SPORTELLO_SECRETS_FILE", qPrintable(secrets)}}));
        EXPECT_EQ(error.key, QStringLiteral("secrets_file")) << line.toStdString();
        EXPECT_TRUE(error.message.contains(QString::fromUtf8(line.left(line.indexOf('=')))))
            << str(error.message);
        EXPECT_TRUE(error.message.contains(QStringLiteral("not a secret")));
        EXPECT_FALSE(error.text().contains(QStringLiteral("hunter2"))) << str(error.text());
    }
}

TEST_F(ConfigLoaderTest, SecretsFileMalformedLineNamesTheLine)
{
    const QString secrets = write(QStringLiteral("secrets.env"),
                                  "# fine\nSPORTELLO_WHATSAPP_APP_SECRET=x\njust-some-words\n");
    const ConfigError error =
        expectError(QByteArray(), env({{"SPORTELLO_SECRETS_FILE", qPrintable(secrets)}}));
    EXPECT_EQ(error.key, QStringLiteral("secrets_file"));
    EXPECT_TRUE(error.message.contains(QStringLiteral("line 3"))) << str(error.message);
    EXPECT_TRUE(error.message.contains(QStringLiteral("NAME=VALUE")));

    const QString leadingEquals = write(QStringLiteral("secrets2.env"), "=value\n");
    EXPECT_EQ(
        expectError(QByteArray(), env({{"SPORTELLO_SECRETS_FILE", qPrintable(leadingEquals)}})).key,
        QStringLiteral("secrets_file"));
}

TEST_F(ConfigLoaderTest, MissingSecretsFileIsRefused)
{
    const ConfigError error =
        expectError(R"({"secrets_file": "/nonexistent-sportello-folder/secrets.env"})");
    EXPECT_EQ(error.key, QStringLiteral("secrets_file"));
    EXPECT_TRUE(
        error.message.contains(QStringLiteral("/nonexistent-sportello-folder/secrets.env")));
}

// ---------------------------------------------------------------------------------------------
// Businesses

TEST_F(ConfigLoaderTest, ServicesAndStaffAreNamesWithOptionalAliases)
{
    const ServerConfig c = expectLoads(R"({"businesses": [{
        "phone_number_id": "123456789012345",
        "country_calling_code": "39",
        "services": ["Sbiancamento", {"name": "Igiene dentale", "aliases": ["pulizia denti"]}],
        "staff": [{"name": "Dott.ssa Rossi"}]
    }]})");
    const BusinessConfig &b = c.businesses.first();
    EXPECT_EQ(b.countryCallingCode, QStringLiteral("39"));
    ASSERT_EQ(b.services.size(), 2);
    EXPECT_EQ(b.services.at(0).name, QStringLiteral("Sbiancamento"));
    EXPECT_TRUE(b.services.at(0).aliases.isEmpty());
    EXPECT_EQ(b.services.at(1).aliases, QStringList{QStringLiteral("pulizia denti")});
    ASSERT_EQ(b.staff.size(), 1);
    EXPECT_EQ(b.staff.at(0).name, QStringLiteral("Dott.ssa Rossi"));
}

TEST_F(ConfigLoaderTest, BusinessIsReadWithDefaultsFilledIn)
{
    const ServerConfig c = expectLoads(R"({"businesses": [{
        "phone_number_id": "123456789012345",
        "display_phone_number": "+39 02 1234",
        "default_language": "en",
        "languages": ["en", "de"],
        "time_zone": "America/New_York",
        "opt_out_confirmation": {"en": "Bye!"},
        "templates": [{"name": "order_ready", "language": "en_US", "category": "utility",
                       "header_parameters": 1, "body_parameters": 3,
                       "button_parameters": [0, 1]}]
    }]})");
    ASSERT_EQ(c.businesses.size(), 1);
    const BusinessConfig &b = c.businesses.first();
    EXPECT_EQ(b.phoneNumberId, QStringLiteral("123456789012345"));
    EXPECT_EQ(b.name, b.phoneNumberId); // no name: the id
    EXPECT_EQ(b.displayPhoneNumber, QStringLiteral("+39 02 1234"));
    EXPECT_EQ(b.defaultLanguage, QStringLiteral("en"));
    EXPECT_EQ(b.languages, (QStringList{QStringLiteral("en"), QStringLiteral("de")}));
    EXPECT_EQ(b.timeZone, QStringLiteral("America/New_York"));
    // The configured text wins; the others come from resources.
    EXPECT_EQ(b.optOutConfirmation.value(QStringLiteral("en")), QStringLiteral("Bye!"));
    EXPECT_TRUE(
        b.optOutConfirmation.value(QStringLiteral("de")).startsWith(QStringLiteral("Erledigt")));
    EXPECT_TRUE(
        b.optInConfirmation.value(QStringLiteral("en")).startsWith(QStringLiteral("Welcome")));
    const auto t = b.findTemplate(QStringLiteral("order_ready"), QStringLiteral("en_US"));
    ASSERT_TRUE(t.has_value());
    EXPECT_EQ(t->category, QStringLiteral("utility"));
    EXPECT_EQ(t->headerParameters, 1);
    EXPECT_EQ(t->bodyParameters, 3);
    EXPECT_EQ(t->buttonParameters, (QList<int>{0, 1}));
    // Asked when only the intent model says opt-out.
    EXPECT_TRUE(b.optOutQuestion.value(QStringLiteral("en")).contains(QStringLiteral("YES")));
    EXPECT_TRUE(b.services.isEmpty());
    EXPECT_TRUE(b.countryCallingCode.isEmpty());
    // A configured business replaces the sample one, even in sandbox mode.
    EXPECT_EQ(c.business(QStringLiteral("100000000000001")), nullptr);
}

class BusinessRejects : public ConfigLoaderTest, public ::testing::WithParamInterface<RejectCase>
{
};

TEST_P(BusinessRejects, NamesTheKey)
{
    const ConfigError error = expectError(QByteArray(GetParam().json));
    EXPECT_EQ(error.key, QString::fromUtf8(GetParam().key)) << str(error.text());
    EXPECT_TRUE(error.message.contains(QString::fromUtf8(GetParam().messagePart)))
        << "message: " << str(error.message) << "\nwanted part: " << GetParam().messagePart;
}

INSTANTIATE_TEST_SUITE_P(
    Values, BusinessRejects,
    ::testing::Values(
        RejectCase{"PhoneIdLetters", R"({"businesses": [{"phone_number_id": "12345abc"}]})",
                   "businesses[0].phone_number_id", "digits"},
        RejectCase{"PhoneIdTooShort", R"({"businesses": [{"phone_number_id": "1234"}]})",
                   "businesses[0].phone_number_id", "digits"},
        RejectCase{"PhoneIdWithPlus", R"({"businesses": [{"phone_number_id": "+123456789"}]})",
                   "businesses[0].phone_number_id", "digits"},
        RejectCase{"PhoneIdNumber", R"({"businesses": [{"phone_number_id": 123456789}]})",
                   "businesses[0].phone_number_id", "expected a string, got number"},
        RejectCase{"PhoneIdMissing", R"({"businesses": [{"name": "Bar Sport"}]})",
                   "businesses[0].phone_number_id", "required"},
        RejectCase{"DuplicateIds",
                   R"({"businesses": [{"phone_number_id": "123456789"},
                                      {"phone_number_id": "555555555"},
                                      {"phone_number_id": "123456789"}]})",
                   "businesses[2].phone_number_id", "123456789 is configured twice"},
        RejectCase{"UnknownTimeZone",
                   R"({"businesses": [{"phone_number_id": "123456789",
                                       "time_zone": "Mars/Olympus_Mons"}]})",
                   "businesses[0].time_zone", "unknown time zone \"Mars/Olympus_Mons\""},
        RejectCase{"DefaultLanguageNotServed",
                   R"({"businesses": [{"phone_number_id": "123456789",
                                       "default_language": "pt", "languages": ["it", "en"]}]})",
                   "businesses[0].default_language", "\"pt\" is not in languages"},
        RejectCase{"DefaultLanguageNotAnIsoCode",
                   R"({"businesses": [{"phone_number_id": "123456789",
                                       "default_language": "ita"}]})",
                   "businesses[0].default_language", "two-letter"},
        RejectCase{"LanguagesEmpty",
                   R"({"businesses": [{"phone_number_id": "123456789", "languages": []}]})",
                   "businesses[0].languages", "non-empty array"},
        RejectCase{"LanguageBadCode",
                   R"({"businesses": [{"phone_number_id": "123456789",
                                       "languages": ["it", "IT"]}]})",
                   "businesses[0].languages[1]", "two-letter"},
        RejectCase{"UnknownBusinessKey",
                   R"({"businesses": [{"phone_number_id": "123456789", "nmae": "x"}]})",
                   "businesses[0].nmae", "did you mean \"name\"?"},
        RejectCase{"BusinessNotObject", R"({"businesses": ["123456789"]})", "businesses[0]",
                   "expected an object, got string"},
        RejectCase{"CountryCodeWithPlus",
                   R"({"businesses": [{"phone_number_id": "123456789",
                                       "country_calling_code": "+39"}]})",
                   "businesses[0].country_calling_code", "1 to 3 digits"},
        RejectCase{"ServicesNotArray",
                   R"({"businesses": [{"phone_number_id": "123456789", "services": "cleaning"}]})",
                   "businesses[0].services", "array of names"},
        RejectCase{"ServiceWithoutName",
                   R"({"businesses": [{"phone_number_id": "123456789",
                                       "services": ["Cleaning", {"aliases": ["x"]}]}]})",
                   "businesses[0].services[1].name", "missing or empty"},
        RejectCase{"StaffAliasEmpty",
                   R"({"businesses": [{"phone_number_id": "123456789",
                                       "staff": [{"name": "Dr Rossi", "aliases": [""]}]}]})",
                   "businesses[0].staff[0].aliases[0]", "non-empty string"},
        RejectCase{"StaffUnknownKey",
                   R"({"businesses": [{"phone_number_id": "123456789",
                                       "staff": [{"name": "Dr Rossi", "role": "dentist"}]}]})",
                   "businesses[0].staff[0].role", "unknown key"},
        RejectCase{"OptOutTextEmpty",
                   R"({"businesses": [{"phone_number_id": "123456789",
                                       "opt_out_confirmation": {"it": ""}}]})",
                   "businesses[0].opt_out_confirmation.it", "non-empty string"},
        RejectCase{"OptInTextsNotObject",
                   R"({"businesses": [{"phone_number_id": "123456789",
                                       "opt_in_confirmation": "Ciao"}]})",
                   "businesses[0].opt_in_confirmation", "language: text"},
        RejectCase{"TemplatesNotArray",
                   R"({"businesses": [{"phone_number_id": "123456789", "templates": {}}]})",
                   "businesses[0].templates", "array of templates"},
        RejectCase{"TemplateNameUpperCase",
                   R"({"businesses": [{"phone_number_id": "123456789",
                       "templates": [{"name": "Reminder", "language": "it"}]}]})",
                   "businesses[0].templates[0].name", "lower-case"},
        RejectCase{"TemplateNameMissing",
                   R"({"businesses": [{"phone_number_id": "123456789",
                       "templates": [{"language": "it"}]}]})",
                   "businesses[0].templates[0].name", "required"},
        RejectCase{"TemplateLanguageMissing",
                   R"({"businesses": [{"phone_number_id": "123456789",
                       "templates": [{"name": "ok", "language": "it"}, {"name": "reminder"}]}]})",
                   "businesses[0].templates[1].language", "required"},
        RejectCase{"TemplateNegativeParameters",
                   R"({"businesses": [{"phone_number_id": "123456789",
                       "templates": [{"name": "r", "language": "it", "body_parameters": -1}]}]})",
                   "businesses[0].templates[0].body_parameters", "non-negative integer"},
        RejectCase{"TemplateButtonParametersNotNumbers",
                   R"({"businesses": [{"phone_number_id": "123456789",
                       "templates": [{"name": "r", "language": "it",
                                      "button_parameters": [0, "one"]}]}]})",
                   "businesses[0].templates[0].button_parameters", "one per button"},
        RejectCase{"TemplateUnknownKey",
                   R"({"businesses": [{"phone_number_id": "123456789",
                       "templates": [{"name": "r", "language": "it", "footer": 1}]}]})",
                   "businesses[0].templates[0].footer", "unknown key"}),
    [](const ::testing::TestParamInfo<RejectCase> &info) { return std::string(info.param.name); });

// ---------------------------------------------------------------------------------------------
// JSON syntax

TEST_F(ConfigLoaderTest, InvalidJsonReportsLineAndColumn)
{
    // The trailing comma on line 3 is only wrong once the '}' on line 4, column 5 is read.
    const QByteArray json = "{\n  \"server\": {\n    \"port\": 8080,\n    }\n}\n";
    const QString path = write(QStringLiteral("broken.json"), json);
    const auto result = ConfigLoader(QProcessEnvironment()).load(path);
    ASSERT_TRUE(std::holds_alternative<ConfigError>(result));
    const ConfigError error = std::get<ConfigError>(result);
    EXPECT_EQ(error.key, path);
    EXPECT_EQ(error.message, QStringLiteral("not valid JSON at line 4, column 5"));
}

TEST_F(ConfigLoaderTest, InvalidJsonOnTheFirstLine)
{
    const ConfigError error = expectError(R"({"server": {"port": 80} oops})");
    EXPECT_TRUE(error.message.startsWith(QStringLiteral("not valid JSON at line 1, column ")))
        << str(error.message);
    EXPECT_EQ(error.message, QStringLiteral("not valid JSON at line 1, column 25"));
}

TEST_F(ConfigLoaderTest, TopLevelMustBeAnObject)
{
    const ConfigError error = expectError(R"(["server"])");
    EXPECT_TRUE(error.key.endsWith(QStringLiteral("config.json")));
    EXPECT_TRUE(error.message.contains(QStringLiteral("JSON object")));
}

TEST_F(ConfigLoaderTest, DescribeKeysListsEveryVariable)
{
    const QString keys = ConfigLoader::describeKeys();
    for (const char *variable :
         {"SPORTELLO_SERVER_BIND", "SPORTELLO_SERVER_PORT", "SPORTELLO_SERVER_DATA_DIR",
          "SPORTELLO_SERVER_LOG_LEVEL", "SPORTELLO_STORAGE_SYNCHRONOUS", "SPORTELLO_WHATSAPP_MODE",
          "SPORTELLO_WHATSAPP_APP_SECRET", "SPORTELLO_WHATSAPP_VERIFY_TOKEN",
          "SPORTELLO_WHATSAPP_ACCESS_TOKEN", "SPORTELLO_SANDBOX_READ_DELAY_MS",
          "SPORTELLO_PIPELINE_QUIET_WINDOW_MS", "SPORTELLO_OUTBOX_RATE_PER_SECOND",
          "SPORTELLO_OUTBOX_TYPING_INDICATOR", "SPORTELLO_SECRETS_FILE"}) {
        EXPECT_TRUE(keys.contains(QString::fromUtf8(variable))) << variable;
    }
}

} // namespace
} // namespace sportello::config
