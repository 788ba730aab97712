// SPDX-License-Identifier: LicenseRef-Sportello
// FaqAnswerer on a five-language clinic FAQ indexed for real and searched with BM25: which
// queries get the FAQ's own answer as a draft, and which never do.
#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "knowledge/answer/faqanswerer.h"
#include "knowledge/retrieval/knowledgeindexer.h"
#include "knowledge/retrieval/lexicalretriever.h"
#include "support/multilingualfaq.h"
#include "support/testdatabase.h"

namespace sportello::knowledge {
namespace {

using test::TestDatabase;

const QString kBusiness = QStringLiteral("100000000000001");

class FaqAnswererTest : public ::testing::Test
{
protected:
    void SetUp() override { test::MultilingualFaq::index(db.connection(), kBusiness); }

    QList<RetrievedChunk> retrieve(const QString &query, const QString &language)
    {
        RetrievalRequest request;
        request.phoneNumberId = kBusiness;
        request.query = query;
        request.language = language;
        request.topK = 5;
        return LexicalRetriever(db.connection()).retrieve(request);
    }

    std::optional<FaqDraft> answer(const QString &query, const QString &language)
    {
        return answerer.answer(query, language, retrieve(query, language));
    }

    TestDatabase db;
    FaqAnswerer answerer;
};

TEST_F(FaqAnswererTest, TheFaqsOwnQuestionGetsItsAnswerInEveryLanguage)
{
    const struct
    {
        const char *query;
        const char *language;
        const char *answerStart;
    } cases[] = {
        {"Quanto costa lo sbiancamento?", "it", "Lo sbiancamento professionale costa 250 euro"},
        {"How can I book an appointment?", "en", "Send us a WhatsApp message"},
        {"¿Cuánto cuesta una limpieza dental?", "es", "La limpieza profesional cuesta 80 euros"},
        {"Combien coûte un détartrage ?", "fr", "Le détartrage professionnel coûte 80 euros"},
        {"Wie kann ich einen Termin vereinbaren?", "de", "Schreiben Sie uns auf WhatsApp"},
    };
    for (const auto &c : cases) {
        const auto draft = answer(QString::fromUtf8(c.query), QString::fromUtf8(c.language));
        ASSERT_TRUE(draft.has_value()) << c.query;
        EXPECT_TRUE(draft->text.startsWith(QString::fromUtf8(c.answerStart))) << c.query;
        EXPECT_GE(draft->confidence, answerer.options().threshold) << c.query;
        EXPECT_LE(draft->confidence, 1.0);
        EXPECT_EQ(draft->source.language, QString::fromUtf8(c.language));
        EXPECT_EQ(draft->source.documentType, QStringLiteral("faq"));
        EXPECT_TRUE(draft->sourceTitle.startsWith(
            QStringLiteral("faq-%1.jsonl").arg(QString::fromUtf8(c.language))))
            << qPrintable(draft->sourceTitle);
        EXPECT_TRUE(draft->sourceTitle.endsWith(draft->source.question))
            << qPrintable(draft->sourceTitle);
        EXPECT_FALSE(draft->snippet.isEmpty());
    }
}

TEST_F(FaqAnswererTest, CitesDocumentSectionAndQuestion)
{
    const auto draft =
        answer(QStringLiteral("Quanto costa l'igiene dentale?"), QStringLiteral("it"));
    ASSERT_TRUE(draft.has_value());
    EXPECT_EQ(draft->sourceTitle,
              QStringLiteral("faq-it.jsonl › Prezzi › Igiene › Quanto costa l'igiene dentale?"));
    EXPECT_EQ(draft->snippet, draft->text) << "short answers are cited whole";
    EXPECT_GT(draft->source.chunkId, 0);
}

TEST_F(FaqAnswererTest, VagueQueriesMatchingSeveralQuestionsAreNotDrafted)
{
    // "costa" is in every Italian price question: none of them leads.
    for (const QString &query : {QStringLiteral("quanto costa?"), QStringLiteral("prezzi"),
                                 QStringLiteral("ciao, avrei una domanda")}) {
        const auto chunks = retrieve(query, QStringLiteral("it"));
        const FaqAssessment assessment = answerer.assess(query, QStringLiteral("it"), chunks);
        EXPECT_LT(assessment.confidence, answerer.options().threshold) << qPrintable(query);
        EXPECT_FALSE(answerer.answer(query, QStringLiteral("it"), chunks).has_value())
            << qPrintable(query);
    }
}

TEST_F(FaqAnswererTest, AnAnswerInAnotherLanguageIsNeverDrafted)
{
    const QString query = QStringLiteral("How much is a teeth cleaning?");
    const auto chunks = retrieve(query, QStringLiteral("en"));
    ASSERT_FALSE(chunks.isEmpty());
    ASSERT_EQ(chunks.first().language, QStringLiteral("en"));
    EXPECT_TRUE(answerer.answer(query, QStringLiteral("en"), chunks).has_value());
    // The same chunks for a customer known to write German.
    const FaqAssessment assessment = answerer.assess(query, QStringLiteral("de"), chunks);
    EXPECT_FALSE(assessment.eligible);
    EXPECT_TRUE(assessment.reason.contains(QStringLiteral("en"))) << qPrintable(assessment.reason);
    EXPECT_FALSE(answerer.answer(query, QStringLiteral("de"), chunks).has_value());
}

TEST_F(FaqAnswererTest, PassagesAreNeverDraftedEvenWhenTheyMatchExactly)
{
    ParsedDocument notes;
    notes.type = QStringLiteral("markdown");
    ChunkDraft chunk;
    chunk.section = QStringList{QStringLiteral("Anestesia")};
    chunk.text = QStringLiteral("Si può guidare dopo l'anestesia locale? Meglio aspettare un'ora.");
    chunk.language = QStringLiteral("it");
    notes.chunks.append(chunk);
    KnowledgeIndexer(db.connection())
        .index(kBusiness, QStringLiteral("note.md"), notes, QStringLiteral("it"));

    const QString query = QStringLiteral("Si può guidare dopo l'anestesia locale?");
    const auto chunks = retrieve(query, QStringLiteral("it"));
    ASSERT_FALSE(chunks.isEmpty());
    EXPECT_EQ(chunks.first().documentType, QStringLiteral("markdown"));
    const FaqAssessment assessment = answerer.assess(query, QStringLiteral("it"), chunks);
    EXPECT_FALSE(assessment.eligible);
    EXPECT_FALSE(answerer.answer(query, QStringLiteral("it"), chunks).has_value());
}

TEST_F(FaqAnswererTest, ExpiredFaqsAreNotRetrievedSoNotDrafted)
{
    // The March 2020 promotion's own question: only the still valid price FAQ may answer.
    const auto draft =
        answer(QStringLiteral("C'è uno sconto sullo sbiancamento?"), QStringLiteral("it"));
    if (draft) {
        EXPECT_FALSE(draft->text.contains(QStringLiteral("2020"))) << qPrintable(draft->text);
    }
}

// The margin on hand-made lists: several answers to one question are one candidate; another
// question scoring as well leaves no margin.
RetrievedChunk faq(qint64 id, const QString &question, double score)
{
    RetrievedChunk chunk;
    chunk.chunkId = id;
    chunk.question = question;
    chunk.text = QStringLiteral("answer %1").arg(id);
    chunk.documentType = QStringLiteral("faq");
    chunk.language = QStringLiteral("en");
    chunk.score = score;
    return chunk;
}

TEST(FaqAnswererMargin, RunnerUpIsTheBestOtherQuestion)
{
    FaqAnswerer answerer;
    const QString query = QStringLiteral("how do I delete my account");
    const QString question = QStringLiteral("How do I delete my account?");
    const auto alone = answerer.assess(query, QStringLiteral("en"), {faq(1, question, 10.0)});
    EXPECT_DOUBLE_EQ(alone.margin, 1.0);

    const auto twoAnswers =
        answerer.assess(query, QStringLiteral("en"),
                        {faq(1, question, 10.0), faq(2, question, 10.0),
                         faq(3, QStringLiteral("How do I delete a photo?"), 6.0)});
    EXPECT_NEAR(twoAnswers.margin, 0.4, 1e-9);

    const auto tie = answerer.assess(
        query, QStringLiteral("en"),
        {faq(1, question, 10.0), faq(3, QStringLiteral("Delete my account forever"), 10.0)});
    EXPECT_DOUBLE_EQ(tie.margin, 0.0);
    EXPECT_LT(tie.confidence, twoAnswers.confidence);
    EXPECT_LT(twoAnswers.confidence, alone.confidence);
    EXPECT_DOUBLE_EQ(alone.questionCoverage, 1.0);
    EXPECT_DOUBLE_EQ(alone.queryCoverage, 1.0);
}

TEST(FaqAnswererMargin, SnippetsAreCutOnAWord)
{
    EXPECT_EQ(FaqAnswerer::snippet(QStringLiteral("one two three"), 100),
              QStringLiteral("one two three"));
    EXPECT_EQ(FaqAnswerer::snippet(QStringLiteral("one two three four"), 10),
              QStringLiteral("one two…"));
}

} // namespace
} // namespace sportello::knowledge
