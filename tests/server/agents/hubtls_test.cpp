// SPDX-License-Identifier: LicenseRef-Sportello
// The hub over TLS (wss://), and how the certificate settings are checked at start-up.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSslSocket>
#include <QTemporaryDir>

#include "config/configloader.h"
#include "hubtestsupport.h"

namespace sportello::test {
namespace {

QString fixture(const char *name)
{
    return QDir(QStringLiteral(SPORTELLO_TEST_DATA_DIR "/tls")).filePath(QString::fromUtf8(name));
}

std::variant<config::ServerConfig, config::ConfigError> loadWith(const QString &cert,
                                                                 const QString &key)
{
    QProcessEnvironment environment;
    if (!cert.isNull())
        environment.insert(QStringLiteral("SPORTELLO_SERVER_TLS_CERT"), cert);
    if (!key.isNull())
        environment.insert(QStringLiteral("SPORTELLO_SERVER_TLS_KEY"), key);
    return config::ConfigLoader(environment).load(QString());
}

QString refusedKey(const std::variant<config::ServerConfig, config::ConfigError> &result)
{
    const auto *error = std::get_if<config::ConfigError>(&result);
    return error ? error->key : QString();
}

TEST(HubTls, ConsolesConnectWithWssWhenTheServerHasACertificate)
{
    if (!QSslSocket::supportsSsl())
        GTEST_SKIP() << "no TLS backend in this Qt installation";
    TestServer server([](config::ServerConfig &c) {
        c.server.tlsCert = fixture("localhost.crt");
        c.server.tlsKey = fixture("localhost.key");
    });
    addStaff(server);
    const QUrl url = HubTestClient::urlOf(server.app());
    EXPECT_EQ(url.scheme(), QStringLiteral("wss"));
    HubTestClient client(url);
    client.ignoreSslErrors();
    ASSERT_TRUE(client.open());
    ASSERT_TRUE(client.login(QStringLiteral("giulia"), kPassword));
    EXPECT_TRUE(isReply(client.request(QStringLiteral("conversations.list"),
                                       {{QStringLiteral("queue"), QStringLiteral("open")}})));

    // Without trusting the certificate there is no connection at all: it is really TLS.
    HubTestClient strict(url);
    EXPECT_FALSE(strict.open(3000));
}

TEST(HubTls, CertificateSettingsAreCheckedBeforeStarting)
{
    const QString cert = fixture("localhost.crt");
    const QString key = fixture("localhost.key");
    const auto good = loadWith(cert, key);
    ASSERT_TRUE(std::holds_alternative<config::ServerConfig>(good))
        << refusedKey(good).toStdString();
    EXPECT_TRUE(std::get<config::ServerConfig>(good).server.hasTls());

    EXPECT_EQ(refusedKey(loadWith(cert, QString())), QStringLiteral("server.tls_key"));
    EXPECT_EQ(refusedKey(loadWith(QString(), key)), QStringLiteral("server.tls_cert"));
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.pem"));
    EXPECT_EQ(refusedKey(loadWith(missing, key)), QStringLiteral("server.tls_cert"));
    EXPECT_EQ(refusedKey(loadWith(cert, missing)), QStringLiteral("server.tls_key"));
    // Each file must hold what its key says.
    EXPECT_EQ(refusedKey(loadWith(key, key)), QStringLiteral("server.tls_cert"));
    EXPECT_EQ(refusedKey(loadWith(cert, cert)), QStringLiteral("server.tls_key"));
    EXPECT_TRUE(
        config::ConfigLoader::describeKeys().contains(QStringLiteral("SPORTELLO_SERVER_TLS_CERT")));
}

TEST(HubTls, ABadCertificateStopsTheServeCommandWithExitCode2)
{
    QTemporaryDir dir;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SPORTELLO_SERVER_TLS_CERT"),
                       dir.filePath(QStringLiteral("no.pem")));
    environment.insert(QStringLiteral("SPORTELLO_SERVER_TLS_KEY"), fixture("localhost.key"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SPORTELLO_SERVER_BINARY),
                  {QStringLiteral("serve"), QStringLiteral("--data-dir"), dir.path(),
                   QStringLiteral("--port"), QStringLiteral("0")});
    ASSERT_TRUE(process.waitForFinished(20000));
    EXPECT_EQ(process.exitCode(), 2);
    EXPECT_TRUE(process.readAllStandardError().contains("server.tls_cert"));
}

} // namespace
} // namespace sportello::test
