// SPDX-License-Identifier: LicenseRef-Sportello
// The real sportello-server binary: --help, exit codes, config errors and secret hiding.
#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include "support/qtapp.h"

namespace sportello::app {
namespace {

struct ProcessRun
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
};

class CommandLineTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        test::QtApp::ensure();
        ASSERT_TRUE(m_dir.isValid());
        m_binary = QString::fromUtf8(SPORTELLO_SERVER_BINARY);
        ASSERT_TRUE(QFileInfo(m_binary).isExecutable()) << "not built: " << m_binary.toStdString();
        // The machine's own SPORTELLO_* settings must not change what the binary does, and
        // the per-user data folder goes into the temporary folder.
        m_environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name : m_environment.keys()) {
            if (name.startsWith(QStringLiteral("SPORTELLO_")))
                m_environment.remove(name);
        }
        m_environment.insert(QStringLiteral("HOME"), m_dir.path());
        m_environment.insert(QStringLiteral("XDG_DATA_HOME"),
                             m_dir.filePath(QStringLiteral("xdg")));
    }

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        return path;
    }

    ProcessRun run(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessEnvironment(m_environment);
        process.start(m_binary, arguments);
        ProcessRun result;
        if (!process.waitForStarted(10000))
            return result;
        // serve must never get this far in these tests; if it does, do not hang the suite.
        result.finished = process.waitForFinished(20000);
        if (!result.finished) {
            process.kill();
            process.waitForFinished(5000);
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    QTemporaryDir m_dir;
    QString m_binary;
    QProcessEnvironment m_environment;
};

TEST_F(CommandLineTest, HelpListsEveryCommandAndExitsZero)
{
    for (const QString &flag :
         {QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("help")}) {
        const ProcessRun r = run({flag});
        ASSERT_TRUE(r.finished);
        EXPECT_EQ(r.exitCode, 0) << flag.toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("Usage: sportello-server <command>")));
        EXPECT_TRUE(r.out.contains(QStringLiteral("\n  serve - "))) << r.out.toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("\n  config - "))) << r.out.toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("--config <file>")));
        EXPECT_TRUE(r.out.contains(QStringLiteral("--data-dir <dir>")));
        EXPECT_TRUE(r.out.contains(QStringLiteral("--log-format <format>")));
        EXPECT_TRUE(r.out.contains(QStringLiteral("Exit codes: 0 success")));
        EXPECT_TRUE(r.out.contains(QStringLiteral("SPORTELLO_WHATSAPP_APP_SECRET")));
    }
}

TEST_F(CommandLineTest, NoCommandPrintsHelpAndExitsTwo)
{
    const ProcessRun r = run({});
    ASSERT_TRUE(r.finished);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.contains(QStringLiteral("Commands:")));
}

TEST_F(CommandLineTest, VersionExitsZero)
{
    const ProcessRun r = run({QStringLiteral("--version")});
    ASSERT_TRUE(r.finished);
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("sportello-server "))) << r.out.toStdString();
}

TEST_F(CommandLineTest, UnknownCommandExitsTwo)
{
    const ProcessRun r = run({QStringLiteral("frobnicate")});
    ASSERT_TRUE(r.finished);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("unknown command \"frobnicate\"")))
        << r.err.toStdString();
}

TEST_F(CommandLineTest, UnknownOptionExitsTwo)
{
    const ProcessRun r = run({QStringLiteral("serve"), QStringLiteral("--no-such-flag")});
    ASSERT_TRUE(r.finished);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no-such-flag"))) << r.err.toStdString();
}

TEST_F(CommandLineTest, CommandHelpExitsZero)
{
    const ProcessRun r = run({QStringLiteral("serve"), QStringLiteral("--help")});
    ASSERT_TRUE(r.finished);
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("--config <file>")));
}

TEST_F(CommandLineTest, ServeWithBadConfigExitsTwoNamingTheKey)
{
    const QString config = write(QStringLiteral("bad.json"), R"({"server": {"port": "eighty"}})");
    const ProcessRun r = run({QStringLiteral("serve"), QStringLiteral("--config"), config});
    ASSERT_TRUE(r.finished);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("configuration error: server.port: expected an "
                                              "integer from 0 to 65535, got string")))
        << r.err.toStdString();
}

TEST_F(CommandLineTest, ServeWithASecretInTheConfigNamesTheKeyButNotTheValue)
{
    const QString config =
        write(QStringLiteral("bad.json"), R"({"whatsapp": {"app_secret": "TOPSECRET-9f8e7d"}})");
    const ProcessRun r = run({QStringLiteral("serve"), QStringLiteral("--config"), config});
    ASSERT_TRUE(r.finished);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("whatsapp.app_secret"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("SPORTELLO_WHATSAPP_APP_SECRET")));
    EXPECT_FALSE(r.err.contains(QStringLiteral("TOPSECRET"))) << r.err.toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral("TOPSECRET")));
}

TEST_F(CommandLineTest, ServeInCloudModeWithAMissingSecretNeverPrintsTheOthers)
{
    const QString config = write(
        QStringLiteral("cloud.json"),
        R"({"whatsapp": {"mode": "cloud"}, "businesses": [{"phone_number_id": "111111111"}]})");
    m_environment.insert(QStringLiteral("SPORTELLO_WHATSAPP_APP_SECRET"),
                         QStringLiteral("APPSECRET-1a2b3c"));
    m_environment.insert(QStringLiteral("SPORTELLO_WHATSAPP_ACCESS_TOKEN"),
                         QStringLiteral("ACCESSTOKEN-4d5e6f"));
    const ProcessRun r = run({QStringLiteral("serve"), QStringLiteral("--config"), config});
    ASSERT_TRUE(r.finished);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("whatsapp.verify_token"))) << r.err.toStdString();
    for (const QString &output : {r.out, r.err}) {
        EXPECT_FALSE(output.contains(QStringLiteral("APPSECRET"))) << output.toStdString();
        EXPECT_FALSE(output.contains(QStringLiteral("ACCESSTOKEN"))) << output.toStdString();
    }
}

TEST_F(CommandLineTest, ServeWithABadEnvironmentVariableNamesIt)
{
    m_environment.insert(QStringLiteral("SPORTELLO_PIPELINE_WORKERS"), QStringLiteral("many"));
    const ProcessRun r = run({QStringLiteral("serve")});
    ASSERT_TRUE(r.finished);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("SPORTELLO_PIPELINE_WORKERS")))
        << r.err.toStdString();
}

TEST_F(CommandLineTest, ServeWithBadFlagValuesExitsTwo)
{
    const ProcessRun port =
        run({QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("http")});
    ASSERT_TRUE(port.finished);
    EXPECT_EQ(port.exitCode, 2);
    EXPECT_TRUE(port.err.contains(QStringLiteral("--port"))) << port.err.toStdString();

    const ProcessRun level =
        run({QStringLiteral("serve"), QStringLiteral("--log-level"), QStringLiteral("shouty")});
    ASSERT_TRUE(level.finished);
    EXPECT_EQ(level.exitCode, 2);
    EXPECT_TRUE(level.err.contains(QStringLiteral("--log-level"))) << level.err.toStdString();

    const ProcessRun format =
        run({QStringLiteral("serve"), QStringLiteral("--log-format"), QStringLiteral("xml")});
    ASSERT_TRUE(format.finished);
    EXPECT_EQ(format.exitCode, 2);
    EXPECT_TRUE(format.err.contains(QStringLiteral("--log-format"))) << format.err.toStdString();
}

TEST_F(CommandLineTest, ServeWithInvalidJsonReportsWhere)
{
    const QString config = write(QStringLiteral("broken.json"), "{\n  \"server\": {,\n}\n");
    const ProcessRun r = run({QStringLiteral("serve"), QStringLiteral("--config"), config});
    ASSERT_TRUE(r.finished);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("not valid JSON at line 2"))) << r.err.toStdString();
}

TEST_F(CommandLineTest, ConfigCheckPrintsSecretsOnlyAsSet)
{
    const QString config = write(QStringLiteral("cloud.json"),
                                 R"({"whatsapp": {"mode": "cloud"}, "server": {"port": 9443},
            "businesses": [{"phone_number_id": "111111111", "name": "Bar Sport"}]})");
    m_environment.insert(QStringLiteral("SPORTELLO_WHATSAPP_APP_SECRET"),
                         QStringLiteral("APPSECRET-1a2b3c"));
    m_environment.insert(QStringLiteral("SPORTELLO_WHATSAPP_VERIFY_TOKEN"),
                         QStringLiteral("VERIFYTOKEN-7a8b9c"));
    m_environment.insert(QStringLiteral("SPORTELLO_WHATSAPP_ACCESS_TOKEN"),
                         QStringLiteral("ACCESSTOKEN-4d5e6f"));
    const ProcessRun r =
        run({QStringLiteral("config"), QStringLiteral("check"), QStringLiteral("--config"), config,
             QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("d"))});
    ASSERT_TRUE(r.finished);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("configuration OK")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("mode: cloud")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("listen: 127.0.0.1:9443")));
    EXPECT_TRUE(r.out.contains(
        QStringLiteral("app secret: (set), verify token: (set), access token: (set)")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("111111111  Bar Sport")));
    for (const QString &output : {r.out, r.err}) {
        EXPECT_FALSE(output.contains(QStringLiteral("APPSECRET"))) << output.toStdString();
        EXPECT_FALSE(output.contains(QStringLiteral("VERIFYTOKEN"))) << output.toStdString();
        EXPECT_FALSE(output.contains(QStringLiteral("ACCESSTOKEN"))) << output.toStdString();
    }
}

TEST_F(CommandLineTest, ConfigCheckOfTheEmbeddedDefault)
{
    const ProcessRun r = run({QStringLiteral("config"), QStringLiteral("check"),
                              QStringLiteral("--port"), QStringLiteral("0")});
    ASSERT_TRUE(r.finished);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("mode: sandbox")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("listen: 127.0.0.1:0")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("100000000000001")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("app secret: (set)")));
    EXPECT_FALSE(r.out.contains(QStringLiteral("sandbox-secret")));
    EXPECT_FALSE(r.out.contains(QStringLiteral("sandbox-verify")));
    EXPECT_FALSE(r.out.contains(QStringLiteral("sandbox-token")));
}

TEST_F(CommandLineTest, ConfigKeysListsTheVariables)
{
    const ProcessRun r = run({QStringLiteral("config"), QStringLiteral("keys")});
    ASSERT_TRUE(r.finished);
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("SPORTELLO_SERVER_PORT")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("SPORTELLO_OUTBOX_MARK_READ")));
}

TEST_F(CommandLineTest, ConfigWithAnUnknownActionExitsTwo)
{
    const ProcessRun r = run({QStringLiteral("config"), QStringLiteral("validate")});
    ASSERT_TRUE(r.finished);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("\"validate\""))) << r.err.toStdString();
}

TEST_F(CommandLineTest, ConfigCheckWithABadConfigExitsTwo)
{
    const QString config =
        write(QStringLiteral("bad.json"), R"({"businesses": [{"phone_number_id": "12ab"}]})");
    const ProcessRun r = run(
        {QStringLiteral("config"), QStringLiteral("check"), QStringLiteral("--config"), config});
    ASSERT_TRUE(r.finished);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("businesses[0].phone_number_id")))
        << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
}

} // namespace
} // namespace sportello::app
