// SPDX-License-Identifier: LicenseRef-Sportello
// kill -9 in the middle of a stream of webhooks: nothing acknowledged is lost or done twice.
#include <gtest/gtest.h>

#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>

#include "storage/database.h"
#include "storage/sqlconnection.h"
#include "storage/sqlstatement.h"
#include "support/httptestclient.h"
#include "support/waitfor.h"
#include "support/webhookfactory.h"

namespace sportello::test {
namespace {

constexpr int kCustomers = 1000;
constexpr int kPerCustomer = 5;
constexpr int kMessages = kCustomers * kPerCustomer;
constexpr int kStopCustomers = 200; // customers 0..199 send STOP as their third message

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

struct Message
{
    QString wamid;
    QByteArray body;
};

QList<Message> buildMessages(const WebhookFactory &meta)
{
    QList<Message> messages;
    const qint64 now = WebhookFactory::now();
    // Round-robin over customers, so every conversation is in flight when the kill comes.
    for (int round = 0; round < kPerCustomer; ++round) {
        for (int c = 0; c < kCustomers; ++c) {
            const QString waId = QStringLiteral("3934%1").arg(c, 8, 10, QChar(u'0'));
            const QString wamid = QStringLiteral("wamid.crash-%1-%2").arg(c).arg(round);
            const QString text = (round == 2 && c < kStopCustomers)
                                     ? QStringLiteral("STOP")
                                     : QStringLiteral("messaggio %1").arg(round);
            messages.append({wamid, meta.textBody(wamid, waId, text, now - kPerCustomer + round)});
        }
    }
    return messages;
}

class Server
{
public:
    Server(const QString &dataDir, quint16 port)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SPORTELLO_PIPELINE_QUIET_WINDOW_MS"), QStringLiteral("200"));
        env.insert(QStringLiteral("SPORTELLO_SANDBOX_READ_DELAY_MS"), QStringLiteral("-1"));
        env.insert(QStringLiteral("SPORTELLO_OUTBOX_STALE_SENDING_MS"), QStringLiteral("16000"));
        env.insert(QStringLiteral("SPORTELLO_SERVER_LOG_LEVEL"), QStringLiteral("warning"));
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(SPORTELLO_SERVER_BINARY),
                        {QStringLiteral("serve"), QStringLiteral("--data-dir"), dataDir,
                         QStringLiteral("--port"), QString::number(port)});
        m_base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    }
    ~Server()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    bool waitReady()
    {
        HttpTestClient http;
        return waitFor(
            [&] { return http.get(QUrl(m_base + QStringLiteral("/readyz"))).status == 200; },
            std::chrono::milliseconds(10000));
    }
    void kill9()
    {
        m_process.kill(); // SIGKILL
        m_process.waitForFinished(5000);
    }
    void terminate()
    {
        m_process.terminate(); // SIGTERM: orderly stop
        m_process.waitForFinished(15000);
    }
    double metric(const QString &series)
    {
        HttpTestClient http;
        const auto response = http.get(QUrl(m_base + QStringLiteral("/metrics")));
        for (const QByteArray &line : response.body.split('\n')) {
            const qsizetype space = line.lastIndexOf(' ');
            if (!line.startsWith('#') && space > 0 && QString::fromUtf8(line.left(space)) == series)
                return line.mid(space + 1).toDouble();
        }
        return -1;
    }
    QString base() const { return m_base; }

private:
    QProcess m_process;
    QString m_base;
};

// Posts messages with a bounded number in flight; calls `onAnswer` per finished request.
class Sender
{
public:
    Sender(const QString &base, const WebhookFactory &meta)
        : m_url(base + QStringLiteral("/webhook"))
        , m_meta(meta)
    {
    }

    // Sends `messages` until done or `stop()` returns true; returns the acknowledged wamids.
    QSet<QString> send(const QList<Message> &messages, int inFlight,
                       const std::function<bool(int acked)> &stop = {})
    {
        QSet<QString> acked;
        int next = 0;
        int running = 0;
        bool halted = false;
        std::function<void()> launch = [&] {
            while (!halted && running < inFlight && next < messages.size()) {
                const Message &m = messages[next++];
                QNetworkRequest request{m_url};
                request.setHeader(QNetworkRequest::ContentTypeHeader,
                                  QByteArrayLiteral("application/json"));
                request.setRawHeader(QByteArrayLiteral("X-Hub-Signature-256"), m_meta.sign(m.body));
                request.setTransferTimeout(10000);
                QNetworkReply *reply = m_network.post(request, m.body);
                ++running;
                QObject::connect(
                    reply, &QNetworkReply::finished, reply, [&, reply, wamid = m.wamid] {
                        --running;
                        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() ==
                            200)
                            acked.insert(wamid);
                        reply->deleteLater();
                        if (stop && !halted && stop(int(acked.size())))
                            halted = true;
                        launch();
                    });
            }
        };
        launch();
        waitFor([&] { return running == 0 && (halted || next >= messages.size()); },
                std::chrono::milliseconds(120000));
        return acked;
    }

private:
    QUrl m_url;
    const WebhookFactory &m_meta;
    QNetworkAccessManager m_network;
};

TEST(CrashRecovery, EveryAcknowledgedMessageIsProcessedExactlyOnceAcrossKill9)
{
    QTemporaryDir dir;
    const quint16 port = freePort();
    WebhookFactory meta(QByteArrayLiteral("sandbox-secret"), QStringLiteral("100000000000001"));
    const QList<Message> messages = buildMessages(meta);

    QSet<QString> acked;
    {
        Server first(dir.path(), port);
        ASSERT_TRUE(first.waitReady());
        Sender sender(first.base(), meta);
        // Kill -9 halfway, while requests are in flight and turns are being processed.
        acked = sender.send(messages, 16, [&](int n) {
            if (n == kMessages / 2)
                first.kill9();
            return n >= kMessages / 2;
        });
    }
    ASSERT_GE(acked.size(), kMessages / 2);
    ASSERT_LT(acked.size(), kMessages) << "the kill came too late to test anything";

    Server second(dir.path(), port);
    ASSERT_TRUE(second.waitReady());
    // Meta redelivers what was never acknowledged; some acknowledged ones come again too.
    QList<Message> redeliveries;
    for (const auto &m : messages) {
        if (!acked.contains(m.wamid))
            redeliveries.append(m);
    }
    redeliveries.append(messages.mid(0, 100));
    Sender sender(second.base(), meta);
    const QSet<QString> ackedAfter = sender.send(redeliveries, 16);
    EXPECT_EQ(ackedAfter.size(), redeliveries.size());
    EXPECT_TRUE(waitFor(
        [&] {
            return second.metric(QStringLiteral("sportello_inbound_messages_pending")) == 0 &&
                   second.metric(QStringLiteral("sportello_inbound_messages_stored")) ==
                       kMessages &&
                   second.metric(QStringLiteral("sportello_outbound_messages_unsent")) == 0;
        },
        std::chrono::milliseconds(60000)))
        << "pending " << second.metric(QStringLiteral("sportello_inbound_messages_pending"))
        << ", stored " << second.metric(QStringLiteral("sportello_inbound_messages_stored"))
        << ", unsent " << second.metric(QStringLiteral("sportello_outbound_messages_unsent"));
    EXPECT_EQ(second.metric(QStringLiteral("sportello_outbound_messages_stored")), kStopCustomers);
    second.terminate();

    // Read the result straight from the database file.
    storage::Database database({dir.filePath(QStringLiteral("sportello.db"))});
    database.open();
    auto &db = database.connection();
    auto scalar = [&](std::string_view sql) { return db.prepare(sql).firstInt64(-1); };
    // What the outbox holds, so a failure below says which messages are extra or stuck.
    QStringList outboxRows;
    auto &breakdown = db.prepare("SELECT kind, purpose, status, COUNT(*) FROM outbox "
                                 "GROUP BY kind, purpose, status");
    while (breakdown.step())
        outboxRows.append(QStringLiteral("%1/%2/%3: %4")
                              .arg(breakdown.text(0), breakdown.text(1), breakdown.text(2))
                              .arg(breakdown.int64(3)));
    SCOPED_TRACE(outboxRows.join(QStringLiteral(", ")).toStdString());
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM inbound_messages"), kMessages);
    EXPECT_EQ(scalar("SELECT COUNT(DISTINCT wamid) FROM inbound_messages"), kMessages);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM inbound_messages WHERE state <> 1 OR turn_id IS NULL"),
              0);
    // Each message belongs to exactly one recorded turn, and turns count them exactly.
    EXPECT_EQ(
        scalar("SELECT COUNT(*) FROM inbound_messages i LEFT JOIN turns t ON t.id = i.turn_id "
               "WHERE t.id IS NULL"),
        0);
    EXPECT_EQ(scalar("SELECT SUM(message_count) FROM turns"), kMessages);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM (SELECT t.id FROM turns t JOIN inbound_messages i "
                     "ON i.turn_id = t.id GROUP BY t.id HAVING COUNT(*) <> t.message_count)"),
              0);
    // Effects: one confirmation per STOP customer, none for anyone else.
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM contacts WHERE opted_out = 1"), kStopCustomers);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM outbox WHERE purpose = 'optout_confirmation'"),
              kStopCustomers);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM (SELECT recipient FROM outbox WHERE purpose = "
                     "'optout_confirmation' GROUP BY recipient HAVING COUNT(*) > 1)"),
              0);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM outbox WHERE kind <> 'mark_read' AND status NOT IN "
                     "('accepted', 'sent', 'delivered', 'read')"),
              0);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM conversations"), kCustomers);
}

} // namespace
} // namespace sportello::test
