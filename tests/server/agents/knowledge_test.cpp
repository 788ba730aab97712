// SPDX-License-Identifier: LicenseRef-Sportello
// knowledge.*: managers upload documents, read their chunks, try queries and remove them, and
// every console hears of the changes; over real loopback WebSockets.
#include <QFile>

#include "hubtestsupport.h"

namespace sportello::test {
namespace {

using protocol::Envelope;

const QString kBusiness = TestConfig::kSampleBusiness;

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(SPORTELLO_TEST_DATA_DIR "/knowledge/hub/") + name);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
    return file.readAll();
}

QJsonObject uploadData(const QString &fileName, const QByteArray &content)
{
    return {{QStringLiteral("file_name"), fileName},
            {QStringLiteral("content"), QString::fromLatin1(content.toBase64())}};
}

QJsonObject documentOf(const std::optional<Envelope> &answer)
{
    return answer ? answer->data.value(QLatin1StringView("document")).toObject() : QJsonObject{};
}

qint64 idOf(const QJsonObject &object)
{
    return qint64(object.value(QLatin1StringView("id")).toDouble());
}

QStringList sourceNames(const QJsonArray &documents)
{
    QStringList names;
    for (const auto &value : documents)
        names.append(value.toObject().value(QLatin1StringView("source_name")).toString());
    return names;
}

QString fieldOf(const std::optional<Envelope> &answer)
{
    return answer ? answer->error.field : QString();
}

QString messageOf(const std::optional<Envelope> &answer)
{
    return answer ? answer->error.message : QString();
}

class KnowledgeHubTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        addStaff(server);
        manager = loggedIn(server, QStringLiteral("marco"));
        other = loggedIn(server, QStringLiteral("anna"));
    }

    std::optional<Envelope> upload(const QString &fileName, const QByteArray &content,
                                   const QString &id = {})
    {
        return manager->request(QStringLiteral("knowledge.upload"), uploadData(fileName, content),
                                id, 15000);
    }

    QJsonArray listed()
    {
        const auto answer = manager->request(QStringLiteral("knowledge.list"));
        EXPECT_TRUE(isReply(answer)) << errorCode(answer).toStdString();
        return answer ? answer->data.value(QLatin1StringView("documents")).toArray() : QJsonArray{};
    }

    TestServer server;
    std::unique_ptr<HubTestClient> manager;
    std::unique_ptr<HubTestClient> other;
};

TEST_F(KnowledgeHubTest, UploadListChunksSearchAndRemove)
{
    EXPECT_TRUE(listed().isEmpty());

    // A Markdown document: its sections become chunks; the other console hears of it.
    const auto markdown =
        upload(QStringLiteral("palestra-orari.md"), fixture(QStringLiteral("palestra-orari.md")));
    ASSERT_TRUE(isReply(markdown)) << messageOf(markdown).toStdString();
    const QJsonObject orari = documentOf(markdown);
    EXPECT_EQ(orari.value(QLatin1StringView("source_name")).toString(), u"palestra-orari.md");
    EXPECT_EQ(orari.value(QLatin1StringView("type")).toString(), u"markdown");
    EXPECT_EQ(orari.value(QLatin1StringView("language")).toString(), u"it");
    EXPECT_EQ(orari.value(QLatin1StringView("created_by")).toString(), u"marco");
    EXPECT_GE(orari.value(QLatin1StringView("chunk_count")).toInt(), 3);
    EXPECT_FALSE(markdown->data.value(QLatin1StringView("unchanged")).toBool());
    EXPECT_TRUE(markdown->data.value(QLatin1StringView("warnings")).isArray());
    const auto changed = other->waitForEvent(QStringLiteral("knowledge.changed"));
    ASSERT_TRUE(changed.has_value());
    EXPECT_EQ(changed->data.value(QLatin1StringView("phone_number_id")).toString(), kBusiness);
    EXPECT_EQ(sourceNames(changed->data.value(QLatin1StringView("documents")).toArray()),
              QStringList{QStringLiteral("palestra-orari.md")});

    // An FAQ: one chunk per question/answer pair.
    const auto faq =
        upload(QStringLiteral("palestra-faq.csv"), fixture(QStringLiteral("palestra-faq.csv")));
    ASSERT_TRUE(isReply(faq)) << messageOf(faq).toStdString();
    const QJsonObject faqDocument = documentOf(faq);
    EXPECT_EQ(faqDocument.value(QLatin1StringView("type")).toString(), u"faq");
    EXPECT_EQ(faqDocument.value(QLatin1StringView("chunk_count")).toInt(), 3);

    EXPECT_EQ(sourceNames(listed()), (QStringList{QStringLiteral("palestra-faq.csv"),
                                                  QStringLiteral("palestra-orari.md")}))
        << "by source name";

    const auto chunks = manager->request(QStringLiteral("knowledge.chunks"),
                                         {{QStringLiteral("document_id"), idOf(faqDocument)}});
    ASSERT_TRUE(isReply(chunks)) << messageOf(chunks).toStdString();
    EXPECT_EQ(idOf(documentOf(chunks)), idOf(faqDocument));
    const QJsonArray faqChunks = chunks->data.value(QLatin1StringView("chunks")).toArray();
    ASSERT_EQ(faqChunks.size(), 3);
    EXPECT_EQ(faqChunks.at(0).toObject().value(QLatin1StringView("ordinal")).toInt(), 0);
    EXPECT_TRUE(faqChunks.at(0)
                    .toObject()
                    .value(QLatin1StringView("question"))
                    .toString()
                    .contains(u"abbonamento mensile"));
    const auto orariChunks = manager->request(QStringLiteral("knowledge.chunks"),
                                              {{QStringLiteral("document_id"), idOf(orari)}});
    ASSERT_TRUE(isReply(orariChunks));
    bool yoga = false;
    for (const auto &value : orariChunks->data.value(QLatin1StringView("chunks")).toArray()) {
        const QJsonArray section = value.toObject().value(QLatin1StringView("section")).toArray();
        yoga = yoga || (!section.isEmpty() && section.last().toString() == u"Yoga");
    }
    EXPECT_TRUE(yoga) << "sections keep their heading path";

    // A query finds the FAQ, with its score and source.
    const auto search = manager->request(
        QStringLiteral("knowledge.search"),
        {{QStringLiteral("query"), QStringLiteral("quanto costa l'abbonamento al mese?")}}, {},
        10000);
    ASSERT_TRUE(isReply(search)) << messageOf(search).toStdString();
    EXPECT_EQ(search->data.value(QLatin1StringView("mode")).toString(), u"bm25");
    const QJsonArray results = search->data.value(QLatin1StringView("results")).toArray();
    ASSERT_FALSE(results.isEmpty());
    const QJsonObject best = results.first().toObject();
    EXPECT_EQ(best.value(QLatin1StringView("source_name")).toString(), u"palestra-faq.csv");
    EXPECT_TRUE(best.value(QLatin1StringView("question")).toString().contains(u"abbonamento"));
    EXPECT_GT(best.value(QLatin1StringView("score")).toDouble(), 0.0);
    const auto yogaSearch =
        manager->request(QStringLiteral("knowledge.search"),
                         {{QStringLiteral("query"), QStringLiteral("a che ora c'è yoga?")},
                          {QStringLiteral("top_k"), 1}});
    ASSERT_TRUE(isReply(yogaSearch));
    const QJsonArray yogaResults = yogaSearch->data.value(QLatin1StringView("results")).toArray();
    ASSERT_EQ(yogaResults.size(), 1);
    EXPECT_EQ(yogaResults.first().toObject().value(QLatin1StringView("source_name")).toString(),
              u"palestra-orari.md");

    // The same file again changes nothing and tells nobody.
    other->clearEvents();
    const auto again =
        upload(QStringLiteral("palestra-faq.csv"), fixture(QStringLiteral("palestra-faq.csv")));
    ASSERT_TRUE(isReply(again));
    EXPECT_TRUE(again->data.value(QLatin1StringView("unchanged")).toBool());
    EXPECT_EQ(idOf(documentOf(again)), idOf(faqDocument));

    // Removing it: the reply names it, the list and the other console follow.
    const auto removed = manager->request(QStringLiteral("knowledge.remove"),
                                          {{QStringLiteral("document_id"), idOf(faqDocument)}},
                                          QStringLiteral("remove-faq-1"));
    ASSERT_TRUE(isReply(removed)) << messageOf(removed).toStdString();
    EXPECT_EQ(documentOf(removed).value(QLatin1StringView("source_name")).toString(),
              u"palestra-faq.csv");
    const auto afterRemove = other->waitForEvent(QStringLiteral("knowledge.changed"));
    ASSERT_TRUE(afterRemove.has_value());
    EXPECT_EQ(sourceNames(afterRemove->data.value(QLatin1StringView("documents")).toArray()),
              QStringList{QStringLiteral("palestra-orari.md")});
    EXPECT_TRUE(other->eventsOfType(QStringLiteral("knowledge.changed")).size() == 1)
        << "the unchanged upload announced nothing";
    EXPECT_EQ(sourceNames(listed()), QStringList{QStringLiteral("palestra-orari.md")});

    // A replay of the removal is answered, not redone; a new one finds nothing.
    const auto replay = manager->request(QStringLiteral("knowledge.remove"),
                                         {{QStringLiteral("document_id"), idOf(faqDocument)}},
                                         QStringLiteral("remove-faq-1"));
    ASSERT_TRUE(isReply(replay));
    EXPECT_EQ(replay->data, removed->data);
    const auto gone = manager->request(QStringLiteral("knowledge.remove"),
                                       {{QStringLiteral("document_id"), idOf(faqDocument)}});
    EXPECT_EQ(errorCode(gone), u"not_found");
    EXPECT_EQ(fieldOf(gone), u"data.document_id");
    const auto noChunks = manager->request(QStringLiteral("knowledge.chunks"),
                                           {{QStringLiteral("document_id"), idOf(faqDocument)}});
    EXPECT_EQ(errorCode(noChunks), u"not_found");
    const auto search2 = manager->request(
        QStringLiteral("knowledge.search"),
        {{QStringLiteral("query"), QStringLiteral("quanto costa l'abbonamento al mese?")}});
    ASSERT_TRUE(isReply(search2));
    for (const auto &value : search2->data.value(QLatin1StringView("results")).toArray())
        EXPECT_NE(value.toObject().value(QLatin1StringView("source_name")).toString(),
                  u"palestra-faq.csv");
}

TEST_F(KnowledgeHubTest, AgentsMayNotUseTheKnowledgeBase)
{
    auto agent = loggedIn(server, QStringLiteral("giulia"));
    for (const QString &type :
         {QStringLiteral("knowledge.list"), QStringLiteral("knowledge.search"),
          QStringLiteral("knowledge.upload"), QStringLiteral("knowledge.remove"),
          QStringLiteral("knowledge.chunks")}) {
        const auto answer =
            agent->request(type, {{QStringLiteral("query"), QStringLiteral("orari")},
                                  {QStringLiteral("document_id"), 1},
                                  {QStringLiteral("file_name"), QStringLiteral("a.md")},
                                  {QStringLiteral("content"), QStringLiteral("IyBB")}});
        EXPECT_EQ(errorCode(answer), u"forbidden") << type.toStdString();
        EXPECT_TRUE(messageOf(answer).contains(u"managers")) << messageOf(answer).toStdString();
    }
    EXPECT_TRUE(listed().isEmpty()) << "nothing was uploaded";
}

TEST_F(KnowledgeHubTest, BadUploadsAreRefusedNamingTheFieldAndStoreNothing)
{
    const auto notBase64 =
        manager->request(QStringLiteral("knowledge.upload"),
                         {{QStringLiteral("file_name"), QStringLiteral("orari.md")},
                          {QStringLiteral("content"), QStringLiteral("questo non è base64!")}});
    EXPECT_EQ(errorCode(notBase64), u"bad_request");
    EXPECT_EQ(fieldOf(notBase64), u"data.content");

    const auto unsupported = upload(QStringLiteral("foto.png"), QByteArray("\x89PNG", 4));
    EXPECT_EQ(errorCode(unsupported), u"bad_request");
    EXPECT_EQ(fieldOf(unsupported), u"data.file_name");
    EXPECT_TRUE(messageOf(unsupported).contains(u".md")) << messageOf(unsupported).toStdString();

    const auto path = upload(QStringLiteral("../orari.md"), QByteArray("# Orari\n\nTesto.\n"));
    EXPECT_EQ(fieldOf(path), u"data.file_name");

    const auto noName = manager->request(QStringLiteral("knowledge.upload"),
                                         {{QStringLiteral("content"), QStringLiteral("IyBB")}});
    EXPECT_EQ(fieldOf(noName), u"data.file_name");

    // One byte over 10 MiB: refused by size (the signed-in console may send that much).
    const QByteArray big(protocol::RequestCodec::kMaxKnowledgeUploadBytes + 1, 'a');
    const auto oversize = upload(QStringLiteral("enorme.txt"), big);
    EXPECT_EQ(errorCode(oversize), u"bad_request");
    EXPECT_EQ(fieldOf(oversize), u"data.content");
    EXPECT_TRUE(messageOf(oversize).contains(u"10 MiB")) << messageOf(oversize).toStdString();
    EXPECT_TRUE(manager->isOpen()) << "the connection survives a big frame";

    // A file the parser cannot read: the error names the file and line; nothing is stored.
    const auto broken = upload(QStringLiteral("faq-rotta.json"),
                               QByteArray("[\n{\"question\": \"Orari?\", \"answer\": \"9-18\"},\n"
                                          "{\"question\": \"Piscina?\", \"answer\": \n"));
    EXPECT_EQ(errorCode(broken), u"bad_request");
    EXPECT_EQ(fieldOf(broken), u"data.content");
    EXPECT_TRUE(messageOf(broken).contains(u"faq-rotta.json")) << messageOf(broken).toStdString();
    EXPECT_TRUE(messageOf(broken).contains(u":4")) << messageOf(broken).toStdString();

    const auto badMode = manager->request(QStringLiteral("knowledge.search"),
                                          {{QStringLiteral("query"), QStringLiteral("orari")},
                                           {QStringLiteral("mode"), QStringLiteral("magic")}});
    EXPECT_EQ(fieldOf(badMode), u"data.mode");
    const auto noQuery = manager->request(QStringLiteral("knowledge.search"),
                                          {{QStringLiteral("query"), QStringLiteral("   ")}});
    EXPECT_EQ(fieldOf(noQuery), u"data.query");
    const auto unknownBusiness =
        manager->request(QStringLiteral("knowledge.list"),
                         {{QStringLiteral("phone_number_id"), QStringLiteral("999")}});
    EXPECT_EQ(errorCode(unknownBusiness), u"not_found");
    EXPECT_EQ(fieldOf(unknownBusiness), u"data.phone_number_id");

    EXPECT_TRUE(listed().isEmpty());
    EXPECT_TRUE(other->eventsOfType(QStringLiteral("knowledge.changed")).isEmpty());
}

TEST_F(KnowledgeHubTest, BeforeLoggingInBigMessagesAreNotAccepted)
{
    HubTestClient stranger(HubTestClient::urlOf(server.app()));
    ASSERT_TRUE(stranger.open());
    stranger.sendRaw(QString(2 * 1024 * 1024, u'x'), 2000);
    EXPECT_TRUE(stranger.waitForClosed());
    EXPECT_EQ(stranger.closeCode(), 1009) << "message too big";
}

} // namespace
} // namespace sportello::test
