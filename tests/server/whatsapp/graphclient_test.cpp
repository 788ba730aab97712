// SPDX-License-Identifier: LicenseRef-Sportello
// GraphClient against a local fake Graph endpoint: headers, pass-through, timeout, failures.
#include <memory>
#include <optional>

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QMap>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include "whatsapp/graphclient.h"
#include "whatsapptestdata.h"

using namespace Qt::StringLiterals;

namespace sportello::whatsapp {
namespace {

void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "test_whatsapp";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

// Collects log lines so tests can check the token never reaches them.
class LogCapture
{
public:
    LogCapture()
    {
        s_lines.clear();
        m_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    ~LogCapture() { qInstallMessageHandler(m_previous); }
    static const QStringList &lines() { return s_lines; }

private:
    static void handle(QtMsgType, const QMessageLogContext &, const QString &message)
    {
        s_lines.append(message);
    }
    static inline QStringList s_lines;
    QtMessageHandler m_previous = nullptr;
};

// Answers each HTTP request with a canned response, or never (to provoke timeouts).
class FakeGraphServer : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QMap<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };

    FakeGraphServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, &FakeGraphServer::accept);
    }

    QUrl url(const QString &path) const
    {
        return QUrl(u"http://127.0.0.1:"_s + QString::number(m_server.serverPort()) + path);
    }

    void respond(int status, const QByteArray &body)
    {
        m_response = "HTTP/1.1 " + QByteArray::number(status) +
                     " Whatever\r\n"
                     "Content-Type: application/json\r\nContent-Length: " +
                     QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        m_answer = true;
    }
    void stayQuiet() { m_answer = false; }

    QList<Request> requests;

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                buffer->append(socket->readAll());
                const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
                if (headerEnd < 0)
                    return;
                Request request;
                const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
                const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
                request.method = first.value(0);
                request.path = first.value(1);
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const qsizetype colon = lines[i].indexOf(':');
                    if (colon > 0)
                        request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                               lines[i].mid(colon + 1).trimmed());
                }
                const qsizetype length = request.headers.value("content-length").toLongLong();
                if (buffer->size() < headerEnd + 4 + length)
                    return;
                request.body = buffer->mid(headerEnd + 4, length);
                requests.append(request);
                if (m_answer) {
                    socket->write(m_response);
                    socket->disconnectFromHost();
                }
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    QTcpServer m_server;
    QByteArray m_response;
    bool m_answer = true;
};

struct Outcome
{
    bool called = false;
    int status = -1;
    QByteArray body;
    std::optional<GraphFailure> failure;
    QThread *thread = nullptr;
};

class GraphClientTest : public ::testing::Test
{
protected:
    // Sends and runs the event loop until the callback ran (or a generous safety limit).
    Outcome sendAndWait(GraphClient &client, const QUrl &url, int timeoutMs)
    {
        Outcome outcome;
        QEventLoop loop;
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        client.send(url, "secret-token", R"({"messaging_product":"whatsapp"})", timeoutMs, &loop,
                    [&](int status, QByteArray body, std::optional<GraphFailure> failure) {
                        outcome = Outcome{true, status, body, failure, QThread::currentThread()};
                        loop.quit();
                    });
        loop.exec();
        return outcome;
    }

    // First: sockets and timers need the application's event dispatcher from the start.
    struct Application
    {
        Application() { ensureApplication(); }
    } application;
    LogCapture logs;
    FakeGraphServer server;
};

TEST_F(GraphClientTest, PostsJsonWithBearerToken)
{
    server.respond(200, R"({"messages":[{"id":"wamid.OK"}]})");
    GraphClient client;
    const Outcome outcome = sendAndWait(client, server.url(u"/v21.0/PNID/messages"_s), 5000);
    ASSERT_TRUE(outcome.called);
    EXPECT_FALSE(outcome.failure);
    EXPECT_EQ(outcome.status, 200);
    EXPECT_EQ(outcome.body, QByteArray(R"({"messages":[{"id":"wamid.OK"}]})"));
    EXPECT_EQ(outcome.thread, QThread::currentThread());

    ASSERT_EQ(server.requests.size(), 1);
    const auto &request = server.requests[0];
    EXPECT_EQ(request.method, "POST");
    EXPECT_EQ(request.path, "/v21.0/PNID/messages");
    EXPECT_EQ(request.headers.value("authorization"), "Bearer secret-token");
    EXPECT_EQ(request.headers.value("content-type"), "application/json");
    EXPECT_EQ(request.body, QByteArray(R"({"messaging_product":"whatsapp"})"));
}

TEST_F(GraphClientTest, HttpErrorsComeBackAsAnswers)
{
    const QByteArray error = R"({"error":{"code":131047,"message":"Re-engagement message"}})";
    server.respond(400, error);
    GraphClient client;
    const Outcome outcome = sendAndWait(client, server.url(u"/v21.0/PNID/messages"_s), 5000);
    ASSERT_TRUE(outcome.called);
    EXPECT_FALSE(outcome.failure);
    EXPECT_EQ(outcome.status, 400);
    EXPECT_EQ(outcome.body, error);
    for (const QString &line : LogCapture::lines())
        EXPECT_FALSE(line.contains(u"secret-token"_s)) << line.toStdString();
}

TEST_F(GraphClientTest, SilenceBecomesTimeout)
{
    server.stayQuiet();
    GraphClient client;
    const Outcome outcome = sendAndWait(client, server.url(u"/v21.0/PNID/messages"_s), 300);
    ASSERT_TRUE(outcome.called);
    ASSERT_TRUE(outcome.failure);
    EXPECT_EQ(outcome.failure->kind, GraphFailure::Kind::Timeout);
    EXPECT_EQ(outcome.status, 0);
    EXPECT_FALSE(LogCapture::lines().isEmpty());
    for (const QString &line : LogCapture::lines())
        EXPECT_FALSE(line.contains(u"secret-token"_s)) << line.toStdString();
}

TEST_F(GraphClientTest, RefusedConnectionIsANetworkFailure)
{
    QUrl url;
    {
        QTcpServer closed;
        ASSERT_TRUE(closed.listen(QHostAddress::LocalHost, 0));
        url = QUrl(u"http://127.0.0.1:"_s + QString::number(closed.serverPort()) + u"/x"_s);
    }
    GraphClient client;
    const Outcome outcome = sendAndWait(client, url, 5000);
    ASSERT_TRUE(outcome.called);
    ASSERT_TRUE(outcome.failure);
    EXPECT_EQ(outcome.failure->kind, GraphFailure::Kind::Network);
    EXPECT_FALSE(outcome.failure->message.isEmpty());
}

TEST_F(GraphClientTest, DestroyingTheClientReportsRunningRequests)
{
    server.stayQuiet();
    auto client = std::make_unique<GraphClient>();
    Outcome outcome;
    QObject context;
    client->send(server.url(u"/m"_s), "t", "{}", 0, &context,
                 [&](int status, QByteArray body, std::optional<GraphFailure> failure) {
                     outcome = Outcome{true, status, body, failure, QThread::currentThread()};
                 });
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (!server.requests.isEmpty())
            loop.quit();
    });
    poll.start(10);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    ASSERT_EQ(server.requests.size(), 1);

    client.reset();
    QCoreApplication::processEvents();
    ASSERT_TRUE(outcome.called);
    ASSERT_TRUE(outcome.failure);
    EXPECT_EQ(outcome.failure->kind, GraphFailure::Kind::Network);
}

TEST_F(GraphClientTest, SendFromAnotherThreadAnswersInTheContextThread)
{
    server.respond(200, "{}");
    GraphClient client;
    Outcome outcome;
    QEventLoop loop;
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    QObject context;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        client.send(server.url(u"/m"_s), "t", "{}", 5000, &context,
                    [&](int status, QByteArray body, std::optional<GraphFailure> failure) {
                        outcome = Outcome{true, status, body, failure, QThread::currentThread()};
                        loop.quit();
                    });
    }));
    worker->start();
    loop.exec();
    worker->wait();
    ASSERT_TRUE(outcome.called);
    EXPECT_EQ(outcome.status, 200);
    EXPECT_EQ(outcome.thread, QThread::currentThread());
}

TEST_F(GraphClientTest, NoCallbackOnceTheContextIsGone)
{
    server.respond(200, "{}");
    GraphClient client;
    bool called = false;
    auto context = std::make_unique<QObject>();
    client.send(server.url(u"/m"_s), "t", "{}", 5000, context.get(),
                [&](int, QByteArray, std::optional<GraphFailure>) { called = true; });
    context.reset();
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (!server.requests.isEmpty())
            loop.quit();
    });
    poll.start(10);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    // Let the answer arrive and be dropped.
    QEventLoop settle;
    QTimer::singleShot(200, &settle, &QEventLoop::quit);
    settle.exec();
    EXPECT_EQ(server.requests.size(), 1);
    EXPECT_FALSE(called);
}

} // namespace
} // namespace sportello::whatsapp
