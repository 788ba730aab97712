// SPDX-License-Identifier: LicenseRef-Sportello
// `kb eval`: a retriever measured on a BEIR-layout test set, in a throw-away database.
#pragma once

#include <functional>
#include <optional>

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "knowledge/embedding/fasttextembedderoptions.h"
#include "knowledge/retrieval/hybridretriever.h"

namespace sportello::knowledge {

struct RetrievalEvalOptions
{
    QString corpusPath;
    QString queriesPath;
    QString qrelsPath;
    QString mode = QStringLiteral("bm25"); // bm25, dense or hybrid
    // ISO 639-1 for analysing corpus and queries; empty: detected from a sample of the corpus.
    QString language;
    int topK = 10;
    // all, dev or test: the queries by a hash of their id (dev about 30%), so parameters can
    // be tuned on dev and reported on test.
    QString split = QStringLiteral("all");
    // Where a corpus title goes: "question" (an FAQ's question, BEIR's usual title) or
    // "section" (a heading).
    QString titleField = QStringLiteral("question");

    // dense and hybrid: an OpenAI-compatible endpoint when embeddingsUrl is set, else a
    // pretrained fastText file when fastTextModelPath is, else fastText trained on the corpus
    // (with extraTrainingText, general text in the corpus's language, if any).
    QString embeddingsUrl;
    QString embeddingsModel;
    QByteArray embeddingsApiKey;
    QString fastTextModelPath;
    QStringList extraTrainingText;
    FastTextEmbedderOptions fastText; // language is the evaluation's
    HybridRetriever::Options hybrid;
    // Unset: `hybrid` as given for a remote embedder, fill-in fusion for fastText (what the
    // server does).
    bool hybridFusionGiven = false;

    // Progress lines for long work; may be empty.
    std::function<void(const QString &)> progress;
};

struct RetrievalEvalReport
{
    QString mode;
    QString language;
    bool languageDetected = false;
    QString split;
    QString titleField;
    int topK = 10;
    int corpusSize = 0;
    double indexSeconds = 0.0;
    int queries = 0; // measured: in the split and with at least one relevant document
    double recallAt1 = 0.0;
    double recallAt5 = 0.0;
    double recallAt10 = 0.0;
    double hitAt1 = 0.0;
    double hitAt5 = 0.0;
    double hitAt10 = 0.0;
    double mrrAt10 = 0.0;
    double ndcgAt10 = 0.0;
    double latencyMsP50 = 0.0;
    double latencyMsP99 = 0.0;
    // Qrels rows naming a query or document missing from the other files (ignored).
    int unknownQrelsRows = 0;

    // dense and hybrid only.
    QString embedder;       // fasttext-trained, fasttext-file or openai
    QString embeddingModel; // its modelId()
    int dimensions = 0;
    double trainSeconds = 0.0; // fastText training on the corpus
    double embedSeconds = 0.0; // embedding the corpus and building the vector index
    // A local embedder's query embedding is part of the query latency; a remote one's is
    // not (the network would dominate) and is reported apart.
    bool latencyIncludesEmbedding = false;
    double embeddingMsP50 = 0.0;
    double embeddingMsP99 = 0.0;
    // Hybrid with a local embedder: the query is embedded inside the search, only when the
    // fusion needs it, so there is no separate embedding time.
    bool embeddingOnDemand = false;
    HybridRetriever::Options hybrid;

    QJsonObject toJson() const;
    QString toText() const;
};

class RetrievalEvaluation
{
public:
    static QStringList modes();
    // nullopt with *error naming the file, line and field (or the option) when unusable.
    static std::optional<RetrievalEvalReport> run(const RetrievalEvalOptions &options,
                                                  QString *error);
    // The split a query id falls in: FNV-1a of its UTF-8, mod 10, below 3 is dev. Stable
    // across runs, machines and versions.
    static bool isDevQuery(const QString &queryId);
};

} // namespace sportello::knowledge
