// SPDX-License-Identifier: LicenseRef-Sportello
// How often an extractive FAQ draft is proposed and how often it is right, on a BEIR set.
//
// The corpus is indexed into a throw-away database (KnowledgeIndexer) and each query is
// searched with LexicalRetriever; FaqAnswerer assesses the top chunk. A draft is right when
// its chunk is relevant to the query in the qrels. --fit fits the confidence model on the dev
// split (logistic regression) and picks the lowest threshold whose dev precision reaches
// --target; the figures reported are those of the test split. --holdout leaves the FAQs of
// about half of the questions out of the index: their queries have no answer, and every draft
// proposed for them is wrong.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>

#include "knowledge/answer/faqanswerer.h"
#include "knowledge/eval/beirdataset.h"
#include "knowledge/eval/retrievalevaluation.h"
#include "knowledge/retrieval/knowledgeindexer.h"
#include "knowledge/retrieval/lexicalretriever.h"
#include "storage/database.h"
#include "storage/databaseoptions.h"
#include "storage/knowledgerepository.h"
#include "storage/storageerror.h"

using namespace sportello;
using namespace sportello::knowledge;

namespace {

const QString kBusiness = QStringLiteral("100000000000001");

struct Sample
{
    bool dev = false;
    bool answerable = true; // a relevant document is in the index
    FaqAssessment assessment;
    bool right = false; // the assessed chunk is relevant
};

struct Tally
{
    int queries = 0;
    int drafts = 0;
    int right = 0;
    void add(const Sample &sample, double threshold)
    {
        ++queries;
        if (sample.assessment.eligible && sample.assessment.confidence >= threshold) {
            ++drafts;
            right += sample.right ? 1 : 0;
        }
    }
    double coverage() const { return queries ? double(drafts) / queries : 0.0; }
    double precision() const { return drafts ? double(right) / drafts : 0.0; }
};

void print(const char *label, const Tally &tally)
{
    std::printf("  %-28s queries %5d  drafts %5d  coverage %.3f  precision %.3f\n", label,
                tally.queries, tally.drafts, tally.coverage(), tally.precision());
}

// Logistic regression by gradient descent with a light L2 penalty: four parameters on a few
// hundred samples, features in [0, 1].
FaqAnswerOptions fit(const std::vector<const Sample *> &samples, FaqAnswerOptions options)
{
    double w[4] = {0, 0, 0, 0};
    const double rate = 0.5;
    const double l2 = 1e-3;
    for (int iteration = 0; iteration < 40000; ++iteration) {
        double g[4] = {0, 0, 0, 0};
        for (const Sample *s : samples) {
            const double x[4] = {1.0, s->assessment.queryCoverage, s->assessment.questionCoverage,
                                 s->assessment.margin};
            double z = 0;
            for (int k = 0; k < 4; ++k)
                z += w[k] * x[k];
            const double error = 1.0 / (1.0 + std::exp(-z)) - (s->right ? 1.0 : 0.0);
            for (int k = 0; k < 4; ++k)
                g[k] += error * x[k];
        }
        for (int k = 0; k < 4; ++k)
            w[k] -= rate * (g[k] / double(samples.size()) + (k ? l2 * w[k] : 0.0));
    }
    options.bias = w[0];
    options.queryCoverageWeight = w[1];
    options.questionCoverageWeight = w[2];
    options.marginWeight = w[3];
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Extractive FAQ drafts: coverage and precision"));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("corpus"), QStringLiteral("corpus.jsonl"), QStringLiteral("file")},
        {QStringLiteral("queries"), QStringLiteral("queries.jsonl"), QStringLiteral("file")},
        {QStringLiteral("qrels"), QStringLiteral("qrels.tsv"), QStringLiteral("file")},
        {QStringLiteral("language"), QStringLiteral("corpus and query language"),
         QStringLiteral("code"), QStringLiteral("en")},
        {QStringLiteral("title-field"), QStringLiteral("question (FAQ) or section (passages)"),
         QStringLiteral("field"), QStringLiteral("question")},
        {QStringLiteral("top-k"), QStringLiteral("chunks retrieved per query"), QStringLiteral("n"),
         QStringLiteral("10")},
        {QStringLiteral("threshold"), QStringLiteral("draft threshold (default: the product's)"),
         QStringLiteral("p")},
        {QStringLiteral("fit"), QStringLiteral("fit the model and threshold on the dev split")},
        {QStringLiteral("target"), QStringLiteral("dev precision the threshold must reach"),
         QStringLiteral("p"), QStringLiteral("0.92")},
        {QStringLiteral("holdout"), QStringLiteral("leave about half of the questions out")},
    });
    parser.process(app);
    if (parser.value(QStringLiteral("corpus")).isEmpty() ||
        parser.value(QStringLiteral("queries")).isEmpty() ||
        parser.value(QStringLiteral("qrels")).isEmpty()) {
        std::fprintf(stderr, "--corpus, --queries and --qrels are required\n");
        return 2;
    }
    QString error;
    const auto dataset = BeirDataset::load(parser.value(QStringLiteral("corpus")),
                                           parser.value(QStringLiteral("queries")),
                                           parser.value(QStringLiteral("qrels")), &error);
    if (!dataset) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(error));
        return 2;
    }
    const QString language = parser.value(QStringLiteral("language"));
    const bool asQuestion = parser.value(QStringLiteral("title-field")) == u"question";
    const bool holdout = parser.isSet(QStringLiteral("holdout"));
    const int topK = parser.value(QStringLiteral("top-k")).toInt();
    // A question is held out by a hash of its text: all the answers to it go together.
    auto heldOut = [holdout](const QString &title) {
        if (!holdout)
            return false;
        const QByteArray hash =
            QCryptographicHash::hash(title.toUtf8(), QCryptographicHash::Sha256);
        return (quint8(hash.at(0)) & 1) != 0;
    };

    QTemporaryDir folder;
    storage::DatabaseOptions databaseOptions;
    databaseOptions.path = folder.filePath(QStringLiteral("faq-bench.db"));
    storage::Database database(databaseOptions);
    std::vector<Sample> samples;
    FaqAnswerOptions options;
    if (parser.isSet(QStringLiteral("threshold")))
        options.threshold = parser.value(QStringLiteral("threshold")).toDouble();
    try {
        database.open();
        auto &connection = database.connection();
        ParsedDocument document;
        document.type = asQuestion ? QStringLiteral("faq") : QStringLiteral("text");
        QList<int> corpusIndex; // chunk ordinal → corpus position
        QSet<QString> indexedIds;
        const auto &documents = dataset->documents();
        for (qsizetype i = 0; i < documents.size(); ++i) {
            const auto &source = documents.at(i);
            if (heldOut(source.title))
                continue;
            ChunkDraft chunk;
            chunk.ordinal = int(document.chunks.size());
            if (asQuestion)
                chunk.question = source.title;
            else if (!source.title.isEmpty())
                chunk.section = QStringList{source.title};
            chunk.text = source.text;
            chunk.language = language;
            document.chunks.append(chunk);
            corpusIndex.append(int(i));
            indexedIds.insert(source.id);
        }
        KnowledgeIndexer(connection).index(kBusiness, QStringLiteral("corpus"), document, language);
        storage::KnowledgeRepository repository(connection);
        QHash<qint64, QString> corpusIdOf;
        for (const auto &stored : repository.documents(kBusiness)) {
            for (const auto &chunk : repository.chunks(stored.id))
                corpusIdOf.insert(chunk.id, documents.at(corpusIndex.at(chunk.ordinal)).id);
        }

        LexicalRetriever retriever(connection);
        FaqAnswerer answerer(options);
        for (const auto &query : dataset->queries()) {
            if (!dataset->hasRelevant(query.id))
                continue;
            RetrievalRequest request;
            request.phoneNumberId = kBusiness;
            request.query = query.text;
            request.language = language;
            request.topK = topK;
            const QList<RetrievedChunk> found = retriever.retrieve(request);
            Sample sample;
            sample.dev = RetrievalEvaluation::isDevQuery(query.id);
            const auto relevant = dataset->relevant(query.id);
            sample.answerable =
                std::any_of(relevant.keyBegin(), relevant.keyEnd(),
                            [&](const QString &id) { return indexedIds.contains(id); });
            sample.assessment = answerer.assess(query.text, language, found);
            if (sample.assessment.eligible)
                sample.right = relevant.value(corpusIdOf.value(
                                   found.at(sample.assessment.chunkIndex).chunkId)) > 0;
            samples.push_back(sample);
        }
    } catch (const storage::StorageError &e) {
        std::fprintf(stderr, "temporary database: %s\n", qUtf8Printable(e.text()));
        return 1;
    }

    if (parser.isSet(QStringLiteral("fit"))) {
        std::vector<const Sample *> dev;
        for (const Sample &s : samples) {
            if (s.dev && s.assessment.eligible)
                dev.push_back(&s);
        }
        options = fit(dev, options);
        const FaqAnswerer refitted(options);
        for (Sample &s : samples) {
            if (s.assessment.eligible)
                s.assessment.confidence = refitted.confidenceFor(
                    s.assessment.queryCoverage, s.assessment.questionCoverage, s.assessment.margin);
        }
        const double target = parser.value(QStringLiteral("target")).toDouble();
        options.threshold = 1.0;
        for (int step = 50; step <= 99; ++step) {
            Tally tally;
            for (const Sample &s : samples) {
                if (s.dev)
                    tally.add(s, step / 100.0);
            }
            if (tally.drafts > 0 && tally.precision() >= target) {
                options.threshold = step / 100.0;
                break;
            }
        }
        std::printf("fitted on %zu dev queries: bias %.3f, queryCoverage %.3f, "
                    "questionCoverage %.3f, margin %.3f; threshold %.2f (dev precision >= %.2f)\n",
                    dev.size(), options.bias, options.queryCoverageWeight,
                    options.questionCoverageWeight, options.marginWeight, options.threshold,
                    target);
    }

    Tally devAll, testAll, testAnswerable, testUnanswerable;
    for (const Sample &s : samples) {
        (s.dev ? devAll : testAll).add(s, options.threshold);
        if (!s.dev)
            (s.answerable ? testAnswerable : testUnanswerable).add(s, options.threshold);
    }
    std::printf("threshold %.2f, top_k %d, %s%s\n", options.threshold, topK,
                asQuestion ? "titles as FAQ questions" : "titles as sections (no FAQ)",
                holdout ? ", about half of the questions held out" : "");
    print("dev", devAll);
    print("test", testAll);
    if (holdout) {
        print("test, answer indexed", testAnswerable);
        print("test, answer held out", testUnanswerable);
    }
    // Calibration on test: mean confidence against the share right, per confidence band.
    std::printf("  test calibration (eligible queries):\n");
    for (int band = 0; band < 5; ++band) {
        const double low = band * 0.2;
        const double high = low + 0.2;
        int n = 0;
        int right = 0;
        double sum = 0;
        for (const Sample &s : samples) {
            const double c = s.assessment.confidence;
            if (s.dev || !s.assessment.eligible || c < low || (c >= high && band < 4))
                continue;
            ++n;
            right += s.right ? 1 : 0;
            sum += c;
        }
        if (n > 0)
            std::printf("    [%.1f, %.1f%c  n %4d  mean confidence %.3f  right %.3f\n", low, high,
                        band < 4 ? ')' : ']', n, sum / n, double(right) / n);
    }
    return 0;
}
