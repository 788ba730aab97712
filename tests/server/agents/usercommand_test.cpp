// SPDX-License-Identifier: LicenseRef-Sportello
// The real `sportello-server user` command: passwords from stdin, exit codes, messages, and
// adding a user while a server runs on the same data folder.
#include <gtest/gtest.h>

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTemporaryDir>

#include "agents/auth/passwordhasher.h"
#include "storage/database.h"
#include "storage/sessionrepository.h"
#include "storage/userrepository.h"
#include "support/httptestclient.h"
#include "support/qtapp.h"
#include "support/waitfor.h"

namespace sportello::app {
namespace {

struct CommandRun
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
};

class UserCommandTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        test::QtApp::ensure();
        ASSERT_TRUE(m_dir.isValid());
        m_binary = QString::fromUtf8(SPORTELLO_SERVER_BINARY);
        ASSERT_TRUE(QFileInfo(m_binary).isExecutable()) << "not built: " << m_binary.toStdString();
        m_environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name : m_environment.keys()) {
            if (name.startsWith(QStringLiteral("SPORTELLO_")))
                m_environment.remove(name);
        }
        m_environment.insert(QStringLiteral("HOME"), m_dir.path());
    }

    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    // Runs `sportello-server user ARGS --data-dir <dir>`, writing `input` to its stdin.
    CommandRun user(QStringList arguments, const QByteArray &input = {})
    {
        arguments.prepend(QStringLiteral("user"));
        arguments << QStringLiteral("--data-dir") << dataDir();
        QProcess process;
        process.setProcessEnvironment(m_environment);
        process.start(m_binary, arguments);
        CommandRun result;
        if (!process.waitForStarted(10000))
            return result;
        process.write(input);
        process.closeWriteChannel();
        result.finished = process.waitForFinished(30000);
        if (!result.finished) {
            process.kill();
            process.waitForFinished(5000);
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    std::optional<storage::StoredUser> stored(const QString &name)
    {
        storage::DatabaseOptions options;
        options.path = QDir(dataDir()).filePath(QStringLiteral("sportello.db"));
        storage::Database database(options);
        database.open();
        return storage::UserRepository(database.connection()).findByName(name);
    }

    QTemporaryDir m_dir;
    QString m_binary;
    QProcessEnvironment m_environment;
};

TEST_F(UserCommandTest, AddReadsThePasswordFromStdin)
{
    const CommandRun r = user({QStringLiteral("add"), QStringLiteral("luca"),
                               QStringLiteral("--role"), QStringLiteral("manager")},
                              "correct horse battery\nsecond line ignored\n");
    ASSERT_TRUE(r.finished);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("luca"))) << r.out.toStdString();
    // The password is never echoed or logged.
    EXPECT_FALSE(r.out.contains(QStringLiteral("horse")));
    EXPECT_FALSE(r.err.contains(QStringLiteral("horse")));

    const auto luca = stored(QStringLiteral("luca"));
    ASSERT_TRUE(luca.has_value());
    EXPECT_EQ(luca->role, AgentRole::Manager);
    EXPECT_FALSE(luca->disabled);
    EXPECT_EQ(agents::PasswordHasher::iterationsOf(luca->passwordHash), 210000);
    const auto hasher = agents::PasswordHasher::insecureForTests();
    EXPECT_TRUE(hasher.verify(QStringLiteral("correct horse battery"), luca->passwordHash));
}

TEST_F(UserCommandTest, AcceptsAPasswordWithoutNewlineOrWithCrLf)
{
    EXPECT_EQ(user({QStringLiteral("add"), QStringLiteral("a"), QStringLiteral("--role"),
                    QStringLiteral("agent")},
                   "no newline at all")
                  .exitCode,
              0);
    EXPECT_EQ(user({QStringLiteral("add"), QStringLiteral("b"), QStringLiteral("--role"),
                    QStringLiteral("admin")},
                   "windows line\r\n")
                  .exitCode,
              0);
    const auto hasher = agents::PasswordHasher::insecureForTests();
    EXPECT_TRUE(hasher.verify(QStringLiteral("no newline at all"),
                              stored(QStringLiteral("a"))->passwordHash));
    EXPECT_TRUE(
        hasher.verify(QStringLiteral("windows line"), stored(QStringLiteral("b"))->passwordHash));
}

TEST_F(UserCommandTest, BadInputExitsTwoNamingTheProblem)
{
    const QStringList addLuca{QStringLiteral("add"), QStringLiteral("luca"),
                              QStringLiteral("--role"), QStringLiteral("agent")};
    CommandRun r = user(addLuca, "short\n");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("at least 8 characters"))) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("short")));

    r = user(addLuca, "");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("stdin"))) << r.err.toStdString();

    r = user({QStringLiteral("add"), QStringLiteral("luca"), QStringLiteral("--role"),
              QStringLiteral("boss")},
             "password1\n");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("unknown role \"boss\""))) << r.err.toStdString();

    r = user({QStringLiteral("add"), QStringLiteral("luca")}, "password1\n");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--role"))) << r.err.toStdString();

    r = user({QStringLiteral("add"), QStringLiteral("no good"), QStringLiteral("--role"),
              QStringLiteral("agent")},
             "password1\n");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("bad user name"))) << r.err.toStdString();

    r = user({QStringLiteral("rename"), QStringLiteral("luca")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("expected add, list"))) << r.err.toStdString();

    r = user({QStringLiteral("disable")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("needs a user name"))) << r.err.toStdString();
    // Nothing was written for any of them: not even the database was created.
    EXPECT_FALSE(QFileInfo::exists(QDir(dataDir()).filePath(QStringLiteral("sportello.db"))));

    ASSERT_EQ(user(addLuca, "password1\n").exitCode, 0);
    r = user(addLuca, "password2\n");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("user luca exists"))) << r.err.toStdString();

    r = user({QStringLiteral("passwd"), QStringLiteral("nobody")}, "password1\n");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no user nobody"))) << r.err.toStdString();
}

TEST_F(UserCommandTest, ListsPasswdDisableAndEnable)
{
    ASSERT_EQ(user({QStringLiteral("add"), QStringLiteral("zoe"), QStringLiteral("--role"),
                    QStringLiteral("admin")},
                   "password1\n")
                  .exitCode,
              0);
    ASSERT_EQ(user({QStringLiteral("add"), QStringLiteral("anna"), QStringLiteral("--role"),
                    QStringLiteral("agent")},
                   "password1\n")
                  .exitCode,
              0);

    CommandRun r = user({QStringLiteral("list")});
    EXPECT_EQ(r.exitCode, 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << r.out.toStdString();
    EXPECT_TRUE(lines.at(1).startsWith(QStringLiteral("anna")));
    EXPECT_TRUE(lines.at(1).contains(QStringLiteral("agent")));
    EXPECT_TRUE(lines.at(1).contains(QStringLiteral("enabled")));
    EXPECT_TRUE(lines.at(2).startsWith(QStringLiteral("zoe")));
    EXPECT_TRUE(lines.at(2).contains(QStringLiteral("admin")));

    // A new password ends the user's sessions.
    {
        storage::DatabaseOptions options;
        options.path = QDir(dataDir()).filePath(QStringLiteral("sportello.db"));
        storage::Database database(options);
        database.open();
        storage::SessionRepository(database.connection())
            .create(QStringLiteral("hash"), stored(QStringLiteral("anna"))->id, 1,
                    std::numeric_limits<qint64>::max());
    }
    r = user({QStringLiteral("passwd"), QStringLiteral("anna")}, "a new password\n");
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const auto hasher = agents::PasswordHasher::insecureForTests();
    EXPECT_TRUE(hasher.verify(QStringLiteral("a new password"),
                              stored(QStringLiteral("anna"))->passwordHash));
    {
        storage::DatabaseOptions options;
        options.path = QDir(dataDir()).filePath(QStringLiteral("sportello.db"));
        storage::Database database(options);
        database.open();
        EXPECT_EQ(storage::SessionRepository(database.connection())
                      .countFor(stored(QStringLiteral("anna"))->id),
                  0);
    }

    r = user({QStringLiteral("disable"), QStringLiteral("anna")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(stored(QStringLiteral("anna"))->disabled);
    EXPECT_TRUE(user({QStringLiteral("list")}).out.contains(QStringLiteral("disabled")));
    r = user({QStringLiteral("enable"), QStringLiteral("anna")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_FALSE(stored(QStringLiteral("anna"))->disabled);

    // The only admin cannot be disabled.
    r = user({QStringLiteral("disable"), QStringLiteral("zoe")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("last enabled admin"))) << r.err.toStdString();
    EXPECT_FALSE(stored(QStringLiteral("zoe"))->disabled);
}

TEST_F(UserCommandTest, HelpDocumentsTheCommand)
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.start(m_binary, {QStringLiteral("--help")});
    ASSERT_TRUE(process.waitForFinished(10000));
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    EXPECT_TRUE(help.contains(QStringLiteral("\n  user - "))) << help.toStdString();
    EXPECT_TRUE(help.contains(QStringLiteral("--role <role>")));
    EXPECT_TRUE(help.contains(QStringLiteral("stdin")));
}

TEST_F(UserCommandTest, WorksWhileTheServerRuns)
{
    quint16 port = 0;
    {
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    QProcess server;
    QProcessEnvironment environment = m_environment;
    environment.insert(QStringLiteral("SPORTELLO_SERVER_LOG_LEVEL"), QStringLiteral("warning"));
    server.setProcessEnvironment(environment);
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(m_binary, {QStringLiteral("serve"), QStringLiteral("--data-dir"), dataDir(),
                            QStringLiteral("--port"), QString::number(port)});
    ASSERT_TRUE(server.waitForStarted(10000));
    test::HttpTestClient http;
    const QUrl ready(QStringLiteral("http://127.0.0.1:%1/readyz").arg(port));
    ASSERT_TRUE(test::waitFor([&] { return http.get(ready).status == 200; },
                              std::chrono::milliseconds(15000)));

    const CommandRun r = user({QStringLiteral("add"), QStringLiteral("luca"),
                               QStringLiteral("--role"), QStringLiteral("agent")},
                              "password1\n");
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(user({QStringLiteral("list")}).out.contains(QStringLiteral("luca")));
    EXPECT_EQ(server.state(), QProcess::Running);

    server.terminate();
    EXPECT_TRUE(server.waitForFinished(15000));
    EXPECT_TRUE(stored(QStringLiteral("luca")).has_value());
}

} // namespace
} // namespace sportello::app
