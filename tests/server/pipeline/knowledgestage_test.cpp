// SPDX-License-Identifier: LicenseRef-Sportello
// The knowledge stage with TurnProcessor, a real database and BM25: an FAQ question gets one
// pending draft citing its FAQ, even when the turn is processed again after a failure.
#include <functional>
#include <memory>

#include <gtest/gtest.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "knowledge/retrieval/knowledgeindexer.h"
#include "outbox/outbox.h"
#include "pipeline/knowledge/knowledgestage.h"
#include "pipeline/optout/optoutstage.h"
#include "pipeline/pipeline.h"
#include "pipeline/routing/routingstage.h"
#include "pipeline/turnprocessor.h"
#include "pipelinetestdata.h"
#include "storage/contactrepository.h"
#include "storage/conversationrepository.h"
#include "storage/draftrepository.h"
#include "storage/inboundrepository.h"
#include "storage/storageerror.h"
#include "support/lexicalknowledgesearch.h"
#include "support/testconfig.h"
#include "support/testdatabase.h"
#include "support/webhookfactory.h"

namespace sportello::pipeline {
namespace {

using namespace testdata;
using test::LexicalKnowledgeSearch;
using test::TestConfig;
using test::TestDatabase;
using test::WebhookFactory;

const QString kBusiness = TestConfig::kSampleBusiness;

class CallbackStage final : public IStage
{
public:
    explicit CallbackStage(std::function<void(Turn &)> callback)
        : m_callback(std::move(callback))
    {
    }
    QString name() const override { return QStringLiteral("callback"); }
    void run(Turn &turn) override { m_callback(turn); }

private:
    std::function<void(Turn &)> m_callback;
};

class KnowledgeStageTest : public ::testing::Test
{
protected:
    KnowledgeStageTest()
        : config(TestConfig::sandbox())
        , outbox(config)
        , search(db.database())
    {
        knowledge::ParsedDocument faq;
        faq.type = QStringLiteral("faq");
        const QStringList pairs[] = {
            {QStringLiteral("Quali sono gli orari di apertura?"),
             QStringLiteral("Siamo aperti dal martedì al sabato, dalle 9 alle 19.")},
            {QStringLiteral("Quanto costa lo sbiancamento?"),
             QStringLiteral("Lo sbiancamento professionale costa 250 euro.")},
            {QStringLiteral("Quanto costa l'igiene dentale?"),
             QStringLiteral("La seduta d'igiene costa 80 euro e dura circa 45 minuti.")},
            {QStringLiteral("C'è un parcheggio vicino allo studio?"),
             QStringLiteral("Sì, c'è un parcheggio gratuito in via Garibaldi.")},
        };
        for (const QStringList &pair : pairs) {
            knowledge::ChunkDraft chunk;
            chunk.ordinal = int(faq.chunks.size());
            chunk.section = QStringList{QStringLiteral("Domande")};
            chunk.question = pair.at(0);
            chunk.text = pair.at(1);
            chunk.language = QStringLiteral("it");
            faq.chunks.append(chunk);
        }
        knowledge::KnowledgeIndexer(db.connection())
            .index(kBusiness, QStringLiteral("faq.csv"), faq, QStringLiteral("it"));
    }

    // Opt-out keywords, the customer's language as the understanding stages would find it,
    // knowledge, then `extra` (if any), then routing.
    Pipeline pipeline(std::function<void(Turn &)> extra = {})
    {
        Pipeline result;
        result.add(std::make_unique<OptOutStage>());
        result.add(std::make_unique<CallbackStage>([](Turn &turn) {
            turn.language = QStringLiteral("it");
            turn.understanding.intent = QStringLiteral("pricing_inquiry");
        }));
        result.add(std::make_unique<KnowledgeStage>(search));
        if (extra)
            result.add(std::make_unique<CallbackStage>(std::move(extra)));
        result.add(std::make_unique<RoutingStage>());
        return result;
    }

    QString receive(const QString &text, const QString &waId = kItalian)
    {
        const QString wamid = QStringLiteral("wamid.k%1").arg(++m_messages);
        auto message =
            meta.parsedText(WebhookFactory::makeText(wamid, waId, text, WebhookFactory::now()));
        EXPECT_TRUE(storage::InboundRepository(db.connection())
                        .insert(message, QDateTime::currentMSecsSinceEpoch()));
        return wamid;
    }

    qint64 count(std::string_view sql) { return db.scalar(sql); }

    TestDatabase db;
    config::ServerConfig config;
    outbox::Outbox outbox;
    LexicalKnowledgeSearch search;
    WebhookFactory meta{QByteArrayLiteral("unused"), kBusiness};

private:
    int m_messages = 0;
};

TEST_F(KnowledgeStageTest, StandardPipelineHasTheStageOnlyWithASearch)
{
    EXPECT_FALSE(Pipeline::standard().stageNames().contains(QStringLiteral("knowledge")));
    const QStringList names = Pipeline::standard(nullptr, &search).stageNames();
    ASSERT_TRUE(names.contains(QStringLiteral("knowledge")));
    EXPECT_EQ(names.indexOf(QStringLiteral("knowledge")) + 1,
              names.indexOf(QStringLiteral("routing")));
}

TEST_F(KnowledgeStageTest, AnFaqQuestionGoesToTheAgentsWithADraftCitingTheFaq)
{
    const Pipeline stages = pipeline();
    TurnProcessor processor(db.database(), config, outbox, stages);
    receive(QStringLiteral("Buongiorno, quanto costa lo sbiancamento?"));
    const TurnResult result = processor.process({kBusiness, kItalian});
    ASSERT_FALSE(result.failed) << result.error.toStdString();
    EXPECT_EQ(result.route, QStringLiteral("human")) << "nothing is sent automatically";
    EXPECT_TRUE(result.outboxIds.isEmpty());
    ASSERT_GT(result.draftId, 0);

    const auto draft = storage::DraftRepository(db.connection()).byId(result.draftId);
    ASSERT_TRUE(draft.has_value());
    EXPECT_EQ(draft->state, QStringLiteral("pending"));
    EXPECT_EQ(draft->conversationId, result.conversationId);
    EXPECT_EQ(draft->turnId, result.turnId);
    EXPECT_EQ(draft->text, QStringLiteral("Lo sbiancamento professionale costa 250 euro."));
    EXPECT_EQ(draft->intent, QStringLiteral("pricing_inquiry"));
    EXPECT_GT(draft->confidence, 0.5);
    EXPECT_LE(draft->confidence, 1.0);
    ASSERT_EQ(draft->sources.size(), 1);
    EXPECT_EQ(draft->sources.first().title,
              QStringLiteral("faq.csv › Domande › Quanto costa lo sbiancamento?"));
    EXPECT_EQ(draft->sources.first().snippet, draft->text);
    EXPECT_GT(draft->sources.first().score, 0.0);

    const auto conversation =
        storage::ConversationRepository(db.connection()).byId(result.conversationId);
    ASSERT_TRUE(conversation.has_value());
    EXPECT_EQ(conversation->owner, ConversationOwner::PendingHuman);
}

TEST_F(KnowledgeStageTest, ATurnProcessedAgainAfterAFailureStoresOneDraft)
{
    int runs = 0;
    const Pipeline stages = pipeline([&runs](Turn &) {
        // The first attempt dies after the draft was decided, before anything is stored.
        if (++runs == 1)
            throw storage::StorageError(QStringLiteral("disk I/O error (simulated)"));
    });
    TurnProcessor processor(db.database(), config, outbox, stages);
    receive(QStringLiteral("Quanto costa lo sbiancamento?"));
    EXPECT_THROW(processor.process({kBusiness, kItalian}), storage::StorageError);
    EXPECT_EQ(count("SELECT COUNT(*) FROM drafts"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM inbound_messages WHERE state = 0"), 1);

    const TurnResult retried = processor.process({kBusiness, kItalian});
    EXPECT_EQ(runs, 2);
    EXPECT_GT(retried.draftId, 0);
    const TurnResult again = processor.process({kBusiness, kItalian}); // scheduled twice
    EXPECT_EQ(again.messageCount, 0);
    EXPECT_EQ(again.draftId, 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM drafts"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM turns"), 1);
    EXPECT_EQ(storage::DraftRepository(db.connection())
                  .idForTurnStartingAt(count("SELECT first_inbound_id FROM turns")),
              retried.draftId);
}

TEST_F(KnowledgeStageTest, VagueTextKeepsTheChunksButProposesNothing)
{
    qsizetype retrieved = -1;
    bool drafted = true;
    const Pipeline stages = pipeline([&](Turn &turn) {
        retrieved = turn.knowledge.size();
        drafted = turn.draft.has_value();
    });
    TurnProcessor processor(db.database(), config, outbox, stages);
    receive(QStringLiteral("quanto costa?"));
    const TurnResult result = processor.process({kBusiness, kItalian});
    EXPECT_GE(retrieved, 2);
    EXPECT_FALSE(drafted);
    EXPECT_EQ(result.draftId, 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM drafts"), 0);
}

TEST_F(KnowledgeStageTest, AgentOwnedAndOptedOutConversationsAreNotLookedUp)
{
    const Pipeline stages = pipeline();
    TurnProcessor processor(db.database(), config, outbox, stages);
    receive(QStringLiteral("Buongiorno"));
    const TurnResult first = processor.process({kBusiness, kItalian});
    const int searchesBefore = search.calls();
    storage::ConversationRepository(db.connection())
        .setOwner(first.conversationId, ConversationOwner::Human, QStringLiteral("marco"),
                  QDateTime::currentMSecsSinceEpoch());
    receive(QStringLiteral("Quanto costa lo sbiancamento?"));
    EXPECT_EQ(processor.process({kBusiness, kItalian}).draftId, 0);
    EXPECT_EQ(search.calls(), searchesBefore);

    receive(QStringLiteral("STOP"), kGerman);
    processor.process({kBusiness, kGerman});
    receive(QStringLiteral("Quanto costa lo sbiancamento?"), kGerman);
    EXPECT_EQ(processor.process({kBusiness, kGerman}).draftId, 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM drafts"), 0);
}

} // namespace
} // namespace sportello::pipeline
