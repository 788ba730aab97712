// SPDX-License-Identifier: LicenseRef-Sportello
// `kb eval`: a retriever measured on a BEIR-layout test set, in a throw-away database.
#include "knowledge/eval/retrievalevaluation.h"

#include <cmath>
#include <vector>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>

#include "knowledge/embedding/embeddingtext.h"
#include "knowledge/embedding/fasttextembedder.h"
#include "knowledge/embedding/openaiembedder.h"
#include "knowledge/eval/beirdataset.h"
#include "knowledge/eval/retrievalmetrics.h"
#include "knowledge/index/lexicalindexstore.h"
#include "knowledge/index/vectorindex.h"
#include "knowledge/parseddocument.h"
#include "knowledge/retrieval/denseretriever.h"
#include "knowledge/retrieval/hybridretriever.h"
#include "knowledge/retrieval/knowledgeindexer.h"
#include "knowledge/retrieval/lexicalretriever.h"
#include "nlu/eval/classificationmetrics.h"
#include "nlu/language/languagedetector.h"
#include "storage/database.h"
#include "storage/knowledgerepository.h"
#include "storage/storageerror.h"

namespace sportello::knowledge {

namespace {

const QString kBusiness = QStringLiteral("kb-eval");
constexpr int kLanguageSample = 300;
constexpr qsizetype kLanguageSampleChars = 600;
// Corpora this large report indexing progress every 10%.
constexpr qsizetype kProgressFrom = 500;

double rounded(double value, int decimals = 4)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

// The corpus's dominant language over an evenly spread sample of its documents.
QString detectLanguage(const BeirDataset &dataset)
{
    const nlu::LanguageDetector detector;
    const auto &documents = dataset.documents();
    const qsizetype step = std::max<qsizetype>(1, documents.size() / kLanguageSample);
    QHash<QString, int> votes;
    for (qsizetype i = 0; i < documents.size(); i += step) {
        const auto &document = documents.at(i);
        const QString text =
            QString(document.title + u'\n' + document.text).left(kLanguageSampleChars);
        ++votes[detector.detect(text, nlu::LanguageContext{}).language];
    }
    QString best;
    int most = 0;
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        if (it.value() > most || (it.value() == most && it.key() < best)) {
            most = it.value();
            best = it.key();
        }
    }
    return best;
}

void report(const RetrievalEvalOptions &options, const QString &line)
{
    if (options.progress)
        options.progress(line);
}

constexpr qsizetype kEmbedBatch = 256;

QString fusionName(HybridRetriever::Fusion fusion)
{
    if (fusion == HybridRetriever::Fusion::Fill)
        return QStringLiteral("fill");
    return fusion == HybridRetriever::Fusion::Scores ? QStringLiteral("scores")
                                                     : QStringLiteral("rrf");
}

// The embedder `kb eval` measures: a remote endpoint, a pretrained file or fastText trained on
// the corpus' own chunk texts (what the server does for a business without a provider).
std::unique_ptr<IEmbedder> makeEmbedder(const RetrievalEvalOptions &options,
                                        const QStringList &chunkTexts, const QString &language,
                                        RetrievalEvalReport &result, QString *error)
{
    if (!options.embeddingsUrl.isEmpty()) {
        OpenAiEmbedderOptions remote;
        remote.baseUrl = QUrl(options.embeddingsUrl);
        remote.model = options.embeddingsModel;
        remote.apiKey = options.embeddingsApiKey;
        if (!remote.baseUrl.isValid() || remote.baseUrl.scheme().isEmpty()) {
            *error =
                QStringLiteral("--embeddings-url: not a URL: \"%1\"").arg(options.embeddingsUrl);
            return nullptr;
        }
        if (remote.model.isEmpty()) {
            *error = QStringLiteral("--embeddings-url needs --embeddings-model NAME");
            return nullptr;
        }
        result.embedder = QStringLiteral("openai");
        return std::make_unique<OpenAiEmbedder>(remote);
    }
    FastTextEmbedderOptions local = options.fastText;
    local.language = language;
    if (!options.fastTextModelPath.isEmpty()) {
        local.stem = false;
        auto loaded = FastTextEmbedder::load(options.fastTextModelPath, error, local);
        if (loaded)
            result.embedder = QStringLiteral("fasttext-file");
        return loaded;
    }
    report(
        options,
        QStringLiteral("training fastText on %1 chunks%2")
            .arg(chunkTexts.size())
            .arg(
                options.extraTrainingText.isEmpty()
                    ? QString()
                    : QStringLiteral(" and %1 extra texts").arg(options.extraTrainingText.size())));
    QElapsedTimer timer;
    timer.start();
    int lastTenth = -1;
    auto trained = FastTextEmbedder::train(
        chunkTexts, local, error,
        [&](double done) {
            const int tenth = int(done * 10.0);
            if (tenth != lastTenth && chunkTexts.size() >= kProgressFrom) {
                lastTenth = tenth;
                report(options, QStringLiteral("trained %1%").arg(tenth * 10));
            }
        },
        options.extraTrainingText);
    result.trainSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (trained)
        result.embedder = QStringLiteral("fasttext-trained");
    return trained;
}

} // namespace

QStringList RetrievalEvaluation::modes()
{
    return {QStringLiteral("bm25"), QStringLiteral("dense"), QStringLiteral("hybrid")};
}

bool RetrievalEvaluation::isDevQuery(const QString &queryId)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    for (const char byte : queryId.toUtf8()) {
        hash ^= quint64(quint8(byte));
        hash *= 0x100000001b3ULL;
    }
    return hash % 10 < 3;
}

QJsonObject RetrievalEvalReport::toJson() const
{
    QJsonObject json{
        {QStringLiteral("mode"), mode},
        {QStringLiteral("language"), language},
        {QStringLiteral("language_detected"), languageDetected},
        {QStringLiteral("split"), split},
        {QStringLiteral("title_field"), titleField},
        {QStringLiteral("top_k"), topK},
        {QStringLiteral("corpus"), corpusSize},
        {QStringLiteral("index_seconds"), rounded(indexSeconds, 3)},
        {QStringLiteral("queries"), queries},
        {QStringLiteral("recall@1"), rounded(recallAt1)},
        {QStringLiteral("recall@5"), rounded(recallAt5)},
        {QStringLiteral("recall@10"), rounded(recallAt10)},
        {QStringLiteral("hit@1"), rounded(hitAt1)},
        {QStringLiteral("hit@5"), rounded(hitAt5)},
        {QStringLiteral("hit@10"), rounded(hitAt10)},
        {QStringLiteral("mrr@10"), rounded(mrrAt10)},
        {QStringLiteral("ndcg@10"), rounded(ndcgAt10)},
        {QStringLiteral("latency_ms_p50"), rounded(latencyMsP50, 3)},
        {QStringLiteral("latency_ms_p99"), rounded(latencyMsP99, 3)},
        {QStringLiteral("unknown_qrels_rows"), unknownQrelsRows},
    };
    if (mode == u"bm25")
        return json;
    json.insert(QStringLiteral("embedder"), embedder);
    json.insert(QStringLiteral("embedding_model"), embeddingModel);
    json.insert(QStringLiteral("dimensions"), dimensions);
    json.insert(QStringLiteral("train_seconds"), rounded(trainSeconds, 3));
    json.insert(QStringLiteral("embed_seconds"), rounded(embedSeconds, 3));
    json.insert(QStringLiteral("latency_includes_embedding"), latencyIncludesEmbedding);
    if (!embeddingOnDemand) {
        json.insert(QStringLiteral("embedding_ms_p50"), rounded(embeddingMsP50, 3));
        json.insert(QStringLiteral("embedding_ms_p99"), rounded(embeddingMsP99, 3));
    }
    if (mode == u"hybrid") {
        json.insert(QStringLiteral("fusion"), fusionName(hybrid.fusion));
        json.insert(QStringLiteral("lexical_weight"), hybrid.lexicalWeight);
        json.insert(QStringLiteral("dense_weight"), hybrid.denseWeight);
        json.insert(QStringLiteral("rank_constant"), hybrid.rankConstant);
        json.insert(QStringLiteral("candidates"), hybrid.candidates);
    }
    return json;
}

QString RetrievalEvalReport::toText() const
{
    const auto figure = [](double value) { return QString::number(value, 'f', 4); };
    QString text = QStringLiteral("mode        %1 (top %2, title as %3)\n"
                                  "corpus      %4 documents, language %5%6, indexed in %7 s\n"
                                  "queries     %8 (split %9)\n")
                       .arg(mode)
                       .arg(topK)
                       .arg(titleField)
                       .arg(corpusSize)
                       .arg(language.isEmpty() ? QStringLiteral("unknown") : language,
                            languageDetected ? QStringLiteral(" (detected)") : QString())
                       .arg(indexSeconds, 0, 'f', 2)
                       .arg(queries)
                       .arg(split);
    text += QStringLiteral("recall@1    %1\nrecall@5    %2\nrecall@10   %3\n")
                .arg(figure(recallAt1), figure(recallAt5), figure(recallAt10));
    text += QStringLiteral("hit@1       %1\nhit@5       %2\nhit@10      %3\n")
                .arg(figure(hitAt1), figure(hitAt5), figure(hitAt10));
    text +=
        QStringLiteral("mrr@10      %1\nndcg@10     %2\n").arg(figure(mrrAt10), figure(ndcgAt10));
    text += QStringLiteral("latency     p50 %1 ms, p99 %2 ms\n")
                .arg(latencyMsP50, 0, 'f', 3)
                .arg(latencyMsP99, 0, 'f', 3);
    if (mode != u"bm25") {
        text += QStringLiteral("embedder    %1 (%2, %3 dimensions), trained in %4 s, corpus "
                               "embedded in %5 s\n")
                    .arg(embedder, embeddingModel)
                    .arg(dimensions)
                    .arg(trainSeconds, 0, 'f', 2)
                    .arg(embedSeconds, 0, 'f', 2);
        if (embeddingOnDemand) {
            text += QStringLiteral("embedding   of the query when the fusion needs it (included "
                                   "in the latency)\n");
        } else {
            text += QStringLiteral("embedding   query p50 %1 ms, p99 %2 ms (%3 the latency)\n")
                        .arg(embeddingMsP50, 0, 'f', 3)
                        .arg(embeddingMsP99, 0, 'f', 3)
                        .arg(latencyIncludesEmbedding ? QStringLiteral("included in")
                                                      : QStringLiteral("not in"));
        }
    }
    if (mode == u"hybrid") {
        text += QStringLiteral("fusion      %1, lexical weight %2, dense weight %3, k %4, %5 "
                               "candidates each\n")
                    .arg(fusionName(hybrid.fusion))
                    .arg(hybrid.lexicalWeight)
                    .arg(hybrid.denseWeight)
                    .arg(hybrid.rankConstant)
                    .arg(hybrid.candidates);
    }
    if (unknownQrelsRows > 0) {
        text += QStringLiteral("ignored     %1 qrels rows naming unknown queries or documents\n")
                    .arg(unknownQrelsRows);
    }
    return text;
}

std::optional<RetrievalEvalReport> RetrievalEvaluation::run(const RetrievalEvalOptions &options,
                                                            QString *error)
{
    if (!modes().contains(options.mode)) {
        *error =
            QStringLiteral("--mode must be bm25, dense or hybrid, got \"%1\"").arg(options.mode);
        return std::nullopt;
    }
    if (options.split != u"all" && options.split != u"dev" && options.split != u"test") {
        *error = QStringLiteral("--split must be all, dev or test, got \"%1\"").arg(options.split);
        return std::nullopt;
    }
    if (options.titleField != u"question" && options.titleField != u"section") {
        *error = QStringLiteral("--title-field must be question or section, got \"%1\"")
                     .arg(options.titleField);
        return std::nullopt;
    }
    if (options.topK < 1) {
        *error = QStringLiteral("--top-k must be at least 1, got %1").arg(options.topK);
        return std::nullopt;
    }
    const bool dense = options.mode != u"bm25";

    const auto dataset =
        BeirDataset::load(options.corpusPath, options.queriesPath, options.qrelsPath, error);
    if (!dataset)
        return std::nullopt;

    RetrievalEvalReport result;
    result.mode = options.mode;
    result.split = options.split;
    result.titleField = options.titleField;
    result.topK = options.topK;
    result.corpusSize = int(dataset->documents().size());
    result.unknownQrelsRows = dataset->unknownQueryRows() + dataset->unknownDocumentRows();
    result.language = options.language.trimmed().toLower();
    if (result.language.isEmpty()) {
        result.language = detectLanguage(*dataset);
        result.languageDetected = true;
    }

    QTemporaryDir folder;
    if (!folder.isValid()) {
        *error = QStringLiteral("cannot create a temporary folder: %1").arg(folder.errorString());
        return std::nullopt;
    }
    storage::DatabaseOptions databaseOptions;
    databaseOptions.path = folder.filePath(QStringLiteral("kb-eval.db"));
    storage::Database database(databaseOptions);

    try {
        database.open();
        storage::SqlConnection &connection = database.connection();

        // The corpus as one FAQ (or text) document, chunk ordinal = corpus line order.
        const bool asQuestion = options.titleField == u"question";
        ParsedDocument document;
        document.type = asQuestion ? QStringLiteral("faq") : QStringLiteral("text");
        const auto &documents = dataset->documents();
        document.chunks.reserve(documents.size());
        for (qsizetype i = 0; i < documents.size(); ++i) {
            ChunkDraft chunk;
            chunk.ordinal = int(i);
            if (asQuestion)
                chunk.question = documents.at(i).title;
            else if (!documents.at(i).title.isEmpty())
                chunk.section = QStringList{documents.at(i).title};
            chunk.text = documents.at(i).text;
            chunk.language = result.language;
            document.chunks.append(std::move(chunk));
        }
        report(options,
               QStringLiteral("indexing %1 documents (language %2%3)")
                   .arg(documents.size())
                   .arg(result.language,
                        result.languageDetected ? QStringLiteral(", detected") : QString()));

        QElapsedTimer indexTimer;
        indexTimer.start();
        KnowledgeIndexer indexer(connection);
        if (documents.size() < kProgressFrom) {
            indexer.index(kBusiness, QFileInfo(options.corpusPath).fileName(), document,
                          result.language);
        } else {
            // Large corpora in ten documents of a tenth each, so progress can be shown; the
            // index is the same as for one document.
            ParsedDocument part = document;
            const qsizetype tenth = (documents.size() + 9) / 10;
            for (int p = 0; p < 10; ++p) {
                part.chunks = document.chunks.mid(p * tenth, tenth);
                if (part.chunks.isEmpty())
                    break;
                indexer.index(kBusiness, QStringLiteral("part-%1").arg(p), part, result.language);
                report(options, QStringLiteral("indexed %1% (%2 documents)")
                                    .arg((p + 1) * 10)
                                    .arg(std::min(documents.size(), (p + 1) * tenth)));
            }
        }
        result.indexSeconds = double(indexTimer.nsecsElapsed()) / 1e9;

        // Chunk id → corpus id, through the repository like any reader of the knowledge base.
        storage::KnowledgeRepository repository(connection);
        QHash<qint64, QString> corpusIdOf;
        for (const auto &stored : repository.documents(kBusiness)) {
            for (const auto &chunk : repository.chunks(stored.id))
                corpusIdOf.insert(chunk.id, documents.at(chunk.ordinal).id);
        }

        // Dense side: every chunk embedded as the server embeds it, into an in-memory index.
        std::unique_ptr<IEmbedder> embedder;
        std::unique_ptr<VectorIndex> vectorIndex;
        std::unique_ptr<DenseRetriever> denseRetriever;
        if (dense) {
            QList<qint64> chunkIds;
            QStringList chunkTexts;
            for (const auto &stored : repository.documents(kBusiness)) {
                for (const auto &chunk : repository.chunks(stored.id)) {
                    chunkIds.append(chunk.id);
                    chunkTexts.append(
                        EmbeddingText::forChunk(chunk.section, chunk.question, chunk.text));
                }
            }
            embedder = makeEmbedder(options, chunkTexts, result.language, result, error);
            if (!embedder)
                return std::nullopt;
            QElapsedTimer embedTimer;
            embedTimer.start();
            report(options, QStringLiteral("embedding %1 chunks with %2")
                                .arg(chunkTexts.size())
                                .arg(embedder->modelId()));
            int lastTenth = 0;
            for (qsizetype from = 0; from < chunkTexts.size(); from += kEmbedBatch) {
                QString why;
                const auto vectors = embedder->embed(chunkTexts.mid(from, kEmbedBatch), &why);
                if (!vectors) {
                    *error = QStringLiteral("embedding the corpus: %1").arg(why);
                    return std::nullopt;
                }
                if (!vectorIndex) {
                    vectorIndex = std::make_unique<VectorIndex>(
                        embedder->dimensions(), embedder->modelId(), chunkTexts.size());
                }
                for (qsizetype i = 0; i < vectors->size(); ++i) {
                    if (!vectorIndex->add(chunkIds.at(from + i), vectors->at(i), &why)) {
                        *error = QStringLiteral("embedding the corpus: %1").arg(why);
                        return std::nullopt;
                    }
                }
                const int tenth = int((from + vectors->size()) * 10 / chunkTexts.size());
                if (chunkTexts.size() >= kProgressFrom && tenth != lastTenth) {
                    lastTenth = tenth;
                    report(options, QStringLiteral("embedded %1%").arg(tenth * 10));
                }
            }
            result.embedSeconds = double(embedTimer.nsecsElapsed()) / 1e9;
            result.embeddingModel = embedder->modelId();
            result.dimensions = embedder->dimensions();
            result.latencyIncludesEmbedding = result.embedder != u"openai";
            if (!vectorIndex)
                vectorIndex = std::make_unique<VectorIndex>(1, embedder->modelId());
            denseRetriever = std::make_unique<DenseRetriever>(connection, *embedder, *vectorIndex);
        }

        // The server's path: the in-memory index, built here from the imported corpus.
        LexicalIndexStore lexicalIndexes(database);
        LexicalRetriever retriever(connection, lexicalIndexes);
        // Built before the clock runs, as the server warms it at start-up.
        lexicalIndexes.current(kBusiness);
        HybridRetriever::Options hybridOptions = options.hybrid;
        if (!options.hybridFusionGiven && options.embeddingsUrl.isEmpty())
            hybridOptions = HybridRetriever::Options::forEmbeddedEmbedder();
        HybridRetriever hybrid(retriever, denseRetriever.get(), hybridOptions);
        result.hybrid = hybridOptions;
        result.embeddingOnDemand = options.mode == u"hybrid" && result.latencyIncludesEmbedding;
        RetrievalMetrics metrics;
        std::vector<double> latencies;
        std::vector<double> embeddingLatencies;
        QList<BeirDataset::Query> selected;
        for (const auto &query : dataset->queries()) {
            if (!dataset->hasRelevant(query.id))
                continue;
            if (options.split != u"all" && isDevQuery(query.id) != (options.split == u"dev"))
                continue;
            selected.append(query);
        }
        report(options, QStringLiteral("searching %1 queries").arg(selected.size()));

        for (const auto &query : selected) {
            RetrievalRequest request;
            request.phoneNumberId = kBusiness;
            request.query = query.text;
            request.language = result.language;
            request.topK = options.topK;
            QElapsedTimer timer;
            timer.start();
            QList<RetrievedChunk> found;
            if (!dense) {
                found = retriever.retrieve(request);
            } else if (options.mode == u"hybrid" && result.latencyIncludesEmbedding) {
                // The server's own path: a local embedder is asked only when the fusion needs
                // the dense side (fill: when BM25 left places empty).
                bool denseFailed = false;
                found = hybrid.retrieve(request, &denseFailed);
                if (denseFailed) {
                    *error = QStringLiteral("embedding query %1 failed").arg(query.id);
                    return std::nullopt;
                }
            } else {
                QString why;
                const auto vectors =
                    embedder->embed({EmbeddingText::forQuery(request.query)}, &why);
                if (!vectors) {
                    *error = QStringLiteral("embedding query %1: %2").arg(query.id, why);
                    return std::nullopt;
                }
                const double embedded = double(timer.nsecsElapsed()) / 1e6;
                embeddingLatencies.push_back(embedded);
                if (!result.latencyIncludesEmbedding)
                    timer.restart();
                found = options.mode == u"dense"
                            ? denseRetriever->retrieve(request, vectors->constFirst())
                            : hybrid.retrieve(request, vectors->constFirst());
            }
            latencies.push_back(double(timer.nsecsElapsed()) / 1e6);
            QStringList ranked;
            ranked.reserve(found.size());
            for (const RetrievedChunk &chunk : found)
                ranked.append(corpusIdOf.value(chunk.chunkId));
            metrics.add(ranked, dataset->relevant(query.id));
        }

        result.queries = metrics.queries();
        result.recallAt1 = metrics.recallAt(1);
        result.recallAt5 = metrics.recallAt(5);
        result.recallAt10 = metrics.recallAt(10);
        result.hitAt1 = metrics.hitAt(1);
        result.hitAt5 = metrics.hitAt(5);
        result.hitAt10 = metrics.hitAt(10);
        result.mrrAt10 = metrics.mrrAt10();
        result.ndcgAt10 = metrics.ndcgAt10();
        result.latencyMsP50 = nlu::ClassificationMetrics::percentile(latencies, 50.0);
        result.latencyMsP99 = nlu::ClassificationMetrics::percentile(latencies, 99.0);
        if (!embeddingLatencies.empty()) {
            result.embeddingMsP50 =
                nlu::ClassificationMetrics::percentile(embeddingLatencies, 50.0);
            result.embeddingMsP99 =
                nlu::ClassificationMetrics::percentile(embeddingLatencies, 99.0);
        }
    } catch (const storage::StorageError &e) {
        *error = QStringLiteral("temporary database: %1").arg(e.text());
        return std::nullopt;
    }
    if (result.queries == 0) {
        *error = QStringLiteral("no query of the %1 split has a relevant document in %2")
                     .arg(options.split, QFileInfo(options.qrelsPath).fileName());
        return std::nullopt;
    }
    return result;
}

} // namespace sportello::knowledge
