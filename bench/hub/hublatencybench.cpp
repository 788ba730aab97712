// SPDX-License-Identifier: LicenseRef-Sportello
// Escalation-to-console latency with many connected consoles, and a bare WebSocket peer.
//
// Usage: sportello-hub-bench --port N --user NAME --password-stdin [--consoles 50]
//                            [--rate 100] [--seconds 20]
// against a running sportello-server in sandbox mode with pipeline.quiet_window_ms = 0 (see
// run-hub-bench.sh). Every 1/rate seconds a new sandbox customer writes (POST
// /sandbox/customers/<wa_id>/messages), the pipeline hands the turn to the human queue, and the
// hub pushes conversation.updated to every console. Measured per console and per escalation:
//   decision → decoded: the event's updated_at (the server's clock when the turn's routing was
//                       committed) to the moment this client has decoded the frame;
//   customer → decoded: the sandbox POST's send time to the decoded event (ingest, quiet
//                       window 0, pipeline, hub, transport).
// The peer, in the same process and run: a bare QWebSocketServer broadcasting frames of the
// same size at the same rate to the same number of QWebSocket clients (the transport floor).
// Prints a summary and a last line of JSON.

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include "protocol/messagecodec.h"

using sportello::protocol::Envelope;
using sportello::protocol::EnvelopeKind;
using sportello::protocol::MessageCodec;

namespace {

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<size_t>(p * double(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

QString summary(const char *name, const std::vector<double> &values)
{
    return QStringLiteral("%1: n=%2 p50=%3 ms p99=%4 ms max=%5 ms")
        .arg(QString::fromLatin1(name))
        .arg(values.size())
        .arg(percentile(values, 0.50), 0, 'f', 2)
        .arg(percentile(values, 0.99), 0, 'f', 2)
        .arg(values.empty() ? 0.0 : *std::max_element(values.begin(), values.end()), 0, 'f', 2);
}

void runEventLoopUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

struct HubRun
{
    std::vector<double> decisionToDecoded;
    std::vector<double> customerToDecoded;
    int expected = 0;
    int loggedIn = 0;
};

HubRun runHub(int port, const QString &user, const QString &password, int consoles, double rate,
              int seconds)
{
    HubRun run;
    QElapsedTimer clock;
    clock.start();
    QHash<QString, qint64> sentAtNs; // wa_id -> clock ns
    QList<QWebSocket *> sockets;
    QList<QSet<qint64>> seen(consoles);
    int frames = 0;

    for (int i = 0; i < consoles; ++i) {
        auto *socket = new QWebSocket;
        sockets.append(socket);
        QObject::connect(socket, &QWebSocket::connected, socket, [socket, user, password, i] {
            socket->sendTextMessage(QString::fromUtf8(MessageCodec::encode(MessageCodec::request(
                QStringLiteral("auth.login"), QStringLiteral("bench-%1").arg(i),
                QJsonObject{{QStringLiteral("username"), user},
                            {QStringLiteral("password"), password}}))));
        });
        QObject::connect(socket, &QWebSocket::textMessageReceived, socket,
                         [&, i](const QString &text) {
            ++frames;
            const auto decoded = MessageCodec::decode(text.toUtf8());
            const auto *envelope = std::get_if<Envelope>(&decoded);
            if (!envelope)
                return;
            if (envelope->kind == EnvelopeKind::Reply && envelope->type == u"auth.login")
                ++run.loggedIn;
            if (envelope->kind != EnvelopeKind::Event || envelope->type != u"conversation.updated")
                return;
            const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
            const qint64 nowNs = clock.nsecsElapsed();
            const QJsonObject &data = envelope->data;
            if (data.value(u"owner").toString() != u"pending_human")
                return;
            const qint64 id = data.value(u"id").toInteger();
            if (seen[i].contains(id))
                return;
            seen[i].insert(id);
            run.decisionToDecoded.push_back(
                double(nowMs - data.value(u"updated_at").toInteger()));
            const auto sent = sentAtNs.constFind(data.value(u"wa_id").toString());
            if (sent != sentAtNs.constEnd())
                run.customerToDecoded.push_back(double(nowNs - *sent) / 1e6);
        });
        socket->open(QUrl(QStringLiteral("ws://127.0.0.1:%1/agents").arg(port)));
    }
    runEventLoopUntil([&] { return run.loggedIn == consoles; }, 60000);
    if (run.loggedIn != consoles) {
        std::cerr << "only " << run.loggedIn << " of " << consoles << " consoles logged in\n";
        return run;
    }

    QNetworkAccessManager http;
    const int total = int(rate * seconds);
    const qint64 base = 393000000000LL + (QDateTime::currentMSecsSinceEpoch() % 100000) * 10000;
    QElapsedTimer sendClock;
    sendClock.start();
    int sent = 0;
    int failed = 0;
    while (sent < total) {
        const qint64 due = qint64(double(sent) * 1000.0 / rate);
        if (sendClock.elapsed() < due) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
            continue;
        }
        const QString waId = QString::number(base + sent);
        QNetworkRequest request(QUrl(
            QStringLiteral("http://127.0.0.1:%1/sandbox/customers/%2/messages").arg(port).arg(waId)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        sentAtNs.insert(waId, clock.nsecsElapsed());
        auto *reply = http.post(request, QJsonDocument(QJsonObject{
            {QStringLiteral("text"), QStringLiteral("Buongiorno, vorrei un appuntamento")}})
                                              .toJson(QJsonDocument::Compact));
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, &failed] {
            if (reply->error() != QNetworkReply::NoError)
                ++failed;
            reply->deleteLater();
        });
        ++sent;
    }
    run.expected = total * consoles;
    runEventLoopUntil([&] { return int(run.decisionToDecoded.size()) >= run.expected; }, 15000);
    if (failed)
        std::cerr << failed << " sandbox messages failed\n";
    qDeleteAll(sockets);
    return run;
}

std::vector<double> runPeer(int consoles, double rate, int seconds, int frameBytes)
{
    QWebSocketServer server(QStringLiteral("peer"), QWebSocketServer::NonSecureMode);
    server.listen(QHostAddress::LocalHost, 0);
    QList<QWebSocket *> serverSide;
    QObject::connect(&server, &QWebSocketServer::newConnection, &server, [&] {
        while (server.hasPendingConnections())
            serverSide.append(server.nextPendingConnection());
    });
    QElapsedTimer clock;
    clock.start();
    std::vector<double> latencies;
    QList<QWebSocket *> clients;
    for (int i = 0; i < consoles; ++i) {
        auto *socket = new QWebSocket;
        clients.append(socket);
        QObject::connect(socket, &QWebSocket::textMessageReceived, socket,
                         [&](const QString &text) {
            const auto decoded = MessageCodec::decode(text.toUtf8());
            if (const auto *envelope = std::get_if<Envelope>(&decoded)) {
                const qint64 sentNs = envelope->data.value(u"sent_ns").toInteger();
                latencies.push_back(double(clock.nsecsElapsed() - sentNs) / 1e6);
            }
        });
        socket->open(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server.serverPort())));
    }
    runEventLoopUntil([&] { return serverSide.size() == consoles; }, 10000);
    const int total = int(rate * seconds);
    const QString padding(qMax(0, frameBytes - 120), QLatin1Char('x'));
    QElapsedTimer sendClock;
    sendClock.start();
    for (int sent = 0; sent < total;) {
        const qint64 due = qint64(double(sent) * 1000.0 / rate);
        if (sendClock.elapsed() < due) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
            continue;
        }
        // Serialised once and sent to every client, as the hub does.
        const QString frame = QString::fromUtf8(MessageCodec::encode(MessageCodec::event(
            QStringLiteral("conversation.updated"), sent + 1, QStringLiteral("peer"),
            QJsonObject{{QStringLiteral("sent_ns"), clock.nsecsElapsed()},
                        {QStringLiteral("padding"), padding}})));
        for (auto *socket : std::as_const(serverSide))
            socket->sendTextMessage(frame);
        ++sent;
    }
    runEventLoopUntil([&] { return int(latencies.size()) >= total * consoles; }, 10000);
    qDeleteAll(clients);
    qDeleteAll(serverSide);
    return latencies;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("port"), QStringLiteral("server HTTP port"), QStringLiteral("N")},
        {QStringLiteral("user"), QStringLiteral("console user"), QStringLiteral("NAME")},
        {QStringLiteral("password-stdin"), QStringLiteral("read the password from stdin")},
        {QStringLiteral("consoles"), QStringLiteral("connected consoles"), QStringLiteral("N"),
         QStringLiteral("50")},
        {QStringLiteral("rate"), QStringLiteral("escalated turns per second"), QStringLiteral("R"),
         QStringLiteral("100")},
        {QStringLiteral("seconds"), QStringLiteral("duration"), QStringLiteral("S"),
         QStringLiteral("20")},
    });
    parser.process(app);
    std::string password;
    if (parser.isSet(QStringLiteral("password-stdin")))
        std::getline(std::cin, password);
    const int port = parser.value(QStringLiteral("port")).toInt();
    const int consoles = parser.value(QStringLiteral("consoles")).toInt();
    const double rate = parser.value(QStringLiteral("rate")).toDouble();
    const int seconds = parser.value(QStringLiteral("seconds")).toInt();
    if (port <= 0 || consoles <= 0 || rate <= 0 || seconds <= 0) {
        std::cerr << "usage: sportello-hub-bench --port N --user NAME --password-stdin "
                     "[--consoles 50] [--rate 100] [--seconds 20]\n";
        return 2;
    }

    const HubRun hub = runHub(port, parser.value(QStringLiteral("user")),
                              QString::fromStdString(password), consoles, rate, seconds);
    const auto peer = runPeer(consoles, rate, seconds, 700);

    std::printf("consoles=%d rate=%.0f/s seconds=%d\n", consoles, rate, seconds);
    std::printf("sportello %s\n", qPrintable(summary("decision->decoded", hub.decisionToDecoded)));
    std::printf("sportello %s\n", qPrintable(summary("customer->decoded", hub.customerToDecoded)));
    std::printf("peer      %s\n", qPrintable(summary("sent->decoded", peer)));
    std::printf("{\"consoles\":%d,\"rate\":%.0f,\"expected\":%d,\"received\":%zu,"
                "\"decision_p50_ms\":%.2f,\"decision_p99_ms\":%.2f,"
                "\"customer_p50_ms\":%.2f,\"customer_p99_ms\":%.2f,"
                "\"peer_p50_ms\":%.2f,\"peer_p99_ms\":%.2f}\n",
                consoles, rate, hub.expected, hub.decisionToDecoded.size(),
                percentile(hub.decisionToDecoded, 0.5), percentile(hub.decisionToDecoded, 0.99),
                percentile(hub.customerToDecoded, 0.5), percentile(hub.customerToDecoded, 0.99),
                percentile(peer, 0.5), percentile(peer, 0.99));
    return int(hub.decisionToDecoded.size()) >= hub.expected ? 0 : 1;
}
