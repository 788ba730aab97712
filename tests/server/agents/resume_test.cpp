// SPDX-License-Identifier: LicenseRef-Sportello
// Reconnecting loses nothing: sync replays what was missed, or sends a snapshot.
#include <QJsonDocument>
#include <QJsonObject>

#include "agents/hub/eventlog.h"
#include "hubtestsupport.h"

namespace sportello::test {
namespace {

using protocol::Envelope;

QJsonObject syncData(const QString &epoch, qint64 afterSeq)
{
    return {{QStringLiteral("epoch"), epoch}, {QStringLiteral("after_seq"), afterSeq}};
}

TEST(Resume, AConsoleThatWasAwayGetsTheEventsItMissed)
{
    TestServer server;
    addStaff(server);
    auto giulia = loggedIn(server, QStringLiteral("giulia"));
    auto marco = loggedIn(server, QStringLiteral("marco"));
    const qint64 id =
        customerEscalates(server, *giulia, QStringLiteral("393401230010"), QStringLiteral("Salve"));
    ASSERT_GT(id, 0);
    ASSERT_TRUE(
        waitFor([&] { return giulia->lastSeq() == server.app().agentHub()->eventLog().seq(); }));
    const qint64 seenSeq = giulia->lastSeq();
    const QString epoch = giulia->epoch();
    const QString token = giulia->token();
    giulia->close();

    // While Giulia is away, Marco writes a note.
    const auto note = marco->request(QStringLiteral("conversation.note"),
                                     {{QStringLiteral("conversation_id"), id},
                                      {QStringLiteral("text"), QStringLiteral("richiamare")}});
    ASSERT_TRUE(isReply(note));

    HubTestClient back(HubTestClient::urlOf(server.app()));
    ASSERT_TRUE(back.open());
    ASSERT_TRUE(
        isReply(back.request(QStringLiteral("auth.resume"), {{QStringLiteral("token"), token}})));
    const auto sync = back.request(QStringLiteral("sync"), syncData(epoch, seenSeq));
    ASSERT_TRUE(isReply(sync)) << errorCode(sync).toStdString();
    EXPECT_EQ(sync->data.value(QLatin1StringView("mode")).toString(), QStringLiteral("events"));
    const QJsonArray events = sync->data.value(QLatin1StringView("events")).toArray();
    ASSERT_FALSE(events.isEmpty());
    qint64 expected = seenSeq + 1;
    bool sawNote = false;
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        EXPECT_EQ(qint64(event.value(QLatin1StringView("seq")).toDouble()), expected++);
        EXPECT_EQ(event.value(QLatin1StringView("epoch")).toString(), epoch);
        const QJsonObject entry = event.value(QLatin1StringView("data"))
                                      .toObject()
                                      .value(QLatin1StringView("entry"))
                                      .toObject();
        sawNote = sawNote || (event.value(QLatin1StringView("type")).toString() == u"message.new" &&
                              entry.value(QLatin1StringView("text")).toString() == u"richiamare");
    }
    EXPECT_TRUE(sawNote);
    EXPECT_EQ(expected - 1, server.app().agentHub()->eventLog().seq());

    // Up to date: nothing more to send.
    const auto again = back.request(QStringLiteral("sync"), syncData(epoch, expected - 1));
    ASSERT_TRUE(isReply(again));
    EXPECT_TRUE(again->data.value(QLatin1StringView("events")).toArray().isEmpty());
}

TEST(Resume, AnotherEpochOrAnUnknownSequenceGetsASnapshot)
{
    TestServer server;
    addStaff(server);
    auto giulia = loggedIn(server, QStringLiteral("giulia"));
    const qint64 id =
        customerEscalates(server, *giulia, QStringLiteral("393401230011"), QStringLiteral("Salve"));
    ASSERT_GT(id, 0);
    const auto &log = server.app().agentHub()->eventLog();
    for (const QJsonObject &data :
         {syncData(QStringLiteral("0123456789abcdef"), 1), syncData(log.epoch(), log.seq() + 50),
          syncData(QString(), 0)}) {
        const qint64 seqBefore = log.seq();
        const auto sync = giulia->request(QStringLiteral("sync"), data);
        ASSERT_TRUE(isReply(sync)) << errorCode(sync).toStdString();
        EXPECT_EQ(sync->data.value(QLatin1StringView("mode")).toString(),
                  QStringLiteral("snapshot"));
        EXPECT_EQ(sync->data.value(QLatin1StringView("epoch")).toString(), log.epoch());
        // The log's number when the snapshot was sent (an event may have come since).
        const qint64 seq = qint64(sync->data.value(QLatin1StringView("seq")).toDouble());
        EXPECT_GE(seq, seqBefore);
        EXPECT_LE(seq, log.seq());
        const QJsonArray conversations =
            sync->data.value(QLatin1StringView("conversations")).toArray();
        ASSERT_EQ(conversations.size(), 1);
        EXPECT_EQ(qint64(conversations.at(0).toObject().value(QLatin1StringView("id")).toDouble()),
                  id);
        const QJsonObject counts = sync->data.value(QLatin1StringView("counts")).toObject();
        EXPECT_EQ(counts.value(QLatin1StringView("escalated")).toInt(), 1);
        EXPECT_EQ(counts.value(QLatin1StringView("open")).toInt(), 1);
        EXPECT_EQ(counts.value(QLatin1StringView("mine")).toInt(), 0);
    }
}

TEST(Resume, TheEventLogKeepsTheNewestEventsAndKnowsWhenItIsTooLate)
{
    agents::EventLog log(3);
    EXPECT_EQ(log.epoch().size(), 16);
    EXPECT_NE(log.epoch(), agents::EventLog(3).epoch());
    EXPECT_TRUE(log.since(log.epoch(), 0)->isEmpty());
    for (int i = 1; i <= 5; ++i)
        log.append(QStringLiteral("conversation.updated"), {{QStringLiteral("n"), i}});
    EXPECT_EQ(log.seq(), 5);
    EXPECT_FALSE(log.since(log.epoch(), 1).has_value()) << "event 2 is gone";
    const auto frames = log.since(log.epoch(), 2);
    ASSERT_TRUE(frames.has_value());
    ASSERT_EQ(frames->size(), 3);
    EXPECT_TRUE(frames->first().contains("\"seq\":3"));
    EXPECT_TRUE(log.since(log.epoch(), 5)->isEmpty());
    EXPECT_FALSE(log.since(log.epoch(), 6).has_value());
    EXPECT_FALSE(log.since(QStringLiteral("other"), 4).has_value());
    // Ephemeral events repeat the newest number instead of taking one.
    EXPECT_TRUE(log.ephemeral(QStringLiteral("presence"), {}).contains("\"seq\":5"));
    EXPECT_EQ(log.seq(), 5);
}

TEST(Resume, TwoConsolesReceiveTheSameEventsByteForByte)
{
    TestServer server;
    addStaff(server);
    auto giulia = loggedIn(server, QStringLiteral("giulia"));
    auto marco = loggedIn(server, QStringLiteral("marco"));
    const qint64 id =
        customerEscalates(server, *giulia, QStringLiteral("393401230012"), QStringLiteral("Ciao"));
    ASSERT_GT(id, 0);
    ASSERT_TRUE(
        isReply(marco->request(QStringLiteral("conversation.take_over"), conversationData(id))));
    const qint64 last = server.app().agentHub()->eventLog().seq();
    ASSERT_TRUE(waitFor([&] { return giulia->lastSeq() == last && marco->lastSeq() == last; }));

    auto logged = [](const HubTestClient &client) {
        QList<QByteArray> frames;
        for (const QByteArray &frame : client.rawFrames()) {
            // Presence and counts are per console (and not numbered); the rest is shared.
            if (frame.contains("\"kind\":\"event\"") && !frame.contains("\"type\":\"counts\"") &&
                !frame.contains("\"type\":\"presence\""))
                frames.append(frame);
        }
        return frames;
    };
    // Giulia logged in first: an event published between the two logins (the intent model
    // becoming ready can happen at any moment) reached only her. Compare from Marco's first.
    auto seqOf = [](const QByteArray &frame) {
        return QJsonDocument::fromJson(frame).object().value(QLatin1StringView("seq")).toInteger();
    };
    const auto fromMarco = logged(*marco);
    ASSERT_FALSE(fromMarco.isEmpty());
    QList<QByteArray> fromGiulia;
    for (const QByteArray &frame : logged(*giulia)) {
        if (seqOf(frame) >= seqOf(fromMarco.first()))
            fromGiulia.append(frame);
    }
    EXPECT_EQ(fromGiulia, fromMarco);
    // Marco's own "mine" count differs from Giulia's.
    EXPECT_TRUE(marco
                    ->waitForEvent([](const Envelope &event) {
                        return event.type == u"counts" &&
                               event.data.value(QLatin1StringView("mine")).toInt() == 1;
                    })
                    .has_value());
    const auto giuliaCounts = giulia->eventsOfType(QStringLiteral("counts"));
    ASSERT_FALSE(giuliaCounts.isEmpty());
    EXPECT_EQ(giuliaCounts.last().data.value(QLatin1StringView("mine")).toInt(), 0);
}

} // namespace
} // namespace sportello::test
