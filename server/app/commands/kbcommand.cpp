// SPDX-License-Identifier: LicenseRef-Sportello
// `sportello-server kb`: a business's knowledge base from the shell, and retrieval evaluation.
#include "app/commands/kbcommand.h"

#include <QCommandLineParser>
#include <QFile>

#include "app/commands/commandoutput.h"
#include "app/commands/kbknowledgeactions.h"
#include "knowledge/eval/retrievalevaluation.h"

namespace sportello::app {

namespace {

int badInput(const QString &message)
{
    return CommandOutput::badInput(QStringLiteral("kb"), message);
}

// A whole number or a decimal option; false (after printing why) when it is not one in range.
bool numberOption(const QCommandLineParser &parser, const QString &name, double minimum,
                  double *value)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double parsed = parser.value(name).toDouble(&ok);
    if (!ok || parsed < minimum) {
        badInput(QStringLiteral("--%1 must be a number of at least %2, got \"%3\"")
                     .arg(name)
                     .arg(minimum)
                     .arg(parser.value(name)));
        return false;
    }
    *value = parsed;
    return true;
}

int runEval(const QCommandLineParser &parser, const QStringList &args)
{
    if (args.size() > 1)
        return badInput(QStringLiteral("unexpected argument \"%1\"").arg(args.at(1)));
    knowledge::RetrievalEvalOptions options;
    options.corpusPath = parser.value(QStringLiteral("corpus"));
    options.queriesPath = parser.value(QStringLiteral("queries"));
    options.qrelsPath = parser.value(QStringLiteral("qrels"));
    if (options.corpusPath.isEmpty())
        return badInput(QStringLiteral("\"kb eval\" needs --corpus FILE (BEIR corpus.jsonl)"));
    if (options.queriesPath.isEmpty())
        return badInput(QStringLiteral("\"kb eval\" needs --queries FILE (BEIR queries.jsonl)"));
    if (options.qrelsPath.isEmpty())
        return badInput(QStringLiteral("\"kb eval\" needs --qrels FILE (BEIR qrels TSV)"));
    if (parser.isSet(QStringLiteral("mode")))
        options.mode = parser.value(QStringLiteral("mode")).trimmed().toLower();
    if (parser.isSet(QStringLiteral("language")))
        options.language = parser.value(QStringLiteral("language")).trimmed().toLower();
    if (parser.isSet(QStringLiteral("split")))
        options.split = parser.value(QStringLiteral("split")).trimmed().toLower();
    if (parser.isSet(QStringLiteral("title-field")))
        options.titleField = parser.value(QStringLiteral("title-field")).trimmed().toLower();
    if (parser.isSet(QStringLiteral("top-k"))) {
        bool ok = false;
        options.topK = parser.value(QStringLiteral("top-k")).toInt(&ok);
        if (!ok || options.topK < 1) {
            return badInput(QStringLiteral("--top-k must be a whole number of at least 1, got "
                                           "\"%1\"")
                                .arg(parser.value(QStringLiteral("top-k"))));
        }
    }
    options.embeddingsUrl = parser.value(QStringLiteral("embeddings-url")).trimmed();
    options.embeddingsModel = parser.value(QStringLiteral("embeddings-model")).trimmed();
    options.embeddingsApiKey = qgetenv("SPORTELLO_EMBEDDINGS_API_KEY");
    options.fastTextModelPath = parser.value(QStringLiteral("fasttext-model"));
    if (parser.isSet(QStringLiteral("train-extra"))) {
        const QString path = parser.value(QStringLiteral("train-extra"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return badInput(QStringLiteral("--train-extra %1: %2").arg(path, file.errorString()));
        for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
            if (!line.trimmed().isEmpty())
                options.extraTrainingText.append(line.trimmed());
        }
    }
    if (parser.isSet(QStringLiteral("fusion"))) {
        const QString fusion = parser.value(QStringLiteral("fusion")).trimmed().toLower();
        if (fusion == u"rrf")
            options.hybrid.fusion = knowledge::HybridRetriever::Fusion::ReciprocalRank;
        else if (fusion == u"scores")
            options.hybrid.fusion = knowledge::HybridRetriever::Fusion::Scores;
        else if (fusion == u"fill")
            options.hybrid.fusion = knowledge::HybridRetriever::Fusion::Fill;
        else
            return badInput(
                QStringLiteral("--fusion must be rrf, scores or fill, got \"%1\"").arg(fusion));
        options.hybridFusionGiven = true;
    }
    double rankConstant = options.hybrid.rankConstant;
    double candidates = options.hybrid.candidates;
    if (!numberOption(parser, QStringLiteral("lexical-weight"), 0.0,
                      &options.hybrid.lexicalWeight) ||
        !numberOption(parser, QStringLiteral("dense-weight"), 0.0, &options.hybrid.denseWeight) ||
        !numberOption(parser, QStringLiteral("rank-constant"), 0.0, &rankConstant) ||
        !numberOption(parser, QStringLiteral("candidates"), 1.0, &candidates))
        return CommandOutput::kBadInput;
    options.hybrid.rankConstant = int(rankConstant);
    options.hybrid.candidates = int(candidates);
    options.progress = CommandOutput::progressLine;
    QString error;
    const auto report = knowledge::RetrievalEvaluation::run(options, &error);
    if (!report)
        return badInput(error);
    return CommandOutput::printReport(parser, *report);
}

} // namespace

QString KbCommand::summary() const
{
    return QStringLiteral(
        "A business's knowledge base. \"kb import --business ID FILE...\" stores Markdown, FAQ "
        "(CSV/JSON), text and PDF files (a file of the same name is replaced, an unchanged one "
        "left alone); \"kb list --business ID\"; \"kb remove --business ID DOCUMENT\" (id or "
        "file name); \"kb search --business ID QUERY\" prints the ranked chunks with their "
        "scores. Works while the server runs. \"kb eval --corpus FILE --queries FILE --qrels "
        "FILE\" indexes a BEIR corpus (JSONL _id, title, text; the title is an FAQ's question) "
        "into a temporary database, runs every query with relevance judgements and prints "
        "recall@1/5/10, MRR@10, nDCG@10 and latency.");
}

void KbCommand::describe(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("import, list, remove, search or eval"));
    parser.addPositionalArgument(QStringLiteral("arguments"),
                                 QStringLiteral("import: FILE...; remove: DOCUMENT (id or file "
                                                "name); search: QUERY"),
                                 QStringLiteral("[arguments...]"));
    parser.addOption({QStringLiteral("corpus"),
                      QStringLiteral("eval: BEIR corpus, JSONL with _id, title and text."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("queries"),
                      QStringLiteral("eval: BEIR queries, JSONL with _id and text."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("qrels"),
                      QStringLiteral("eval: BEIR relevance, TSV query-id, corpus-id, score."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("mode"),
                      QStringLiteral("search: bm25, dense or hybrid (default: knowledge.mode); "
                                     "dense and hybrid fall back to bm25 without an embedder. "
                                     "eval: bm25 (default), dense or hybrid, embedding with "
                                     "--embeddings-url, else --fasttext-model, else fastText "
                                     "trained on the corpus."),
                      QStringLiteral("mode")});
    parser.addOption({QStringLiteral("language"),
                      QStringLiteral("import: language of chunks that do not state theirs "
                                     "(default: detected per chunk among the business's). "
                                     "search: the query's (default: detected). eval: language "
                                     "of corpus and queries (default: detected from the "
                                     "corpus)."),
                      QStringLiteral("code")});
    parser.addOption({QStringLiteral("top-k"),
                      QStringLiteral("search: chunks to print (default: the business's "
                                     "knowledge top_k). eval: chunks retrieved per query "
                                     "(default 10)."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("split"),
                      QStringLiteral("eval: all (default), dev or test: queries by a hash of "
                                     "their id, dev about 30%, for tuning on dev and reporting "
                                     "on test."),
                      QStringLiteral("split")});
    parser.addOption({QStringLiteral("title-field"),
                      QStringLiteral("eval: index corpus titles as the FAQ question (question, "
                                     "default) or as a heading (section)."),
                      QStringLiteral("field")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object.")});
    parser.addOption({QStringLiteral("embeddings-url"),
                      QStringLiteral("eval: OpenAI-compatible API root for dense and hybrid "
                                     "(http://127.0.0.1:11434/v1); the key, if any, from "
                                     "SPORTELLO_EMBEDDINGS_API_KEY."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("embeddings-model"),
                      QStringLiteral("eval: the embedding model to ask --embeddings-url for."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("fasttext-model"),
                      QStringLiteral("eval: a pretrained fastText .bin or .vec file to embed "
                                     "with instead of training on the corpus."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("train-extra"),
                      QStringLiteral("eval: general text (one per line) fastText also learns "
                                     "words from."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("fusion"),
                      QStringLiteral("eval, hybrid: fill (BM25's ranking, dense results only "
                                     "where it has none; the default with fastText), rrf "
                                     "(weighted reciprocal rank; the default with "
                                     "--embeddings-url) or scores."),
                      QStringLiteral("method")});
    parser.addOption({QStringLiteral("lexical-weight"),
                      QStringLiteral("eval, hybrid: weight of the BM25 ranking."),
                      QStringLiteral("w")});
    parser.addOption({QStringLiteral("dense-weight"),
                      QStringLiteral("eval, hybrid: weight of the dense ranking."),
                      QStringLiteral("w")});
    parser.addOption({QStringLiteral("rank-constant"),
                      QStringLiteral("eval, hybrid: reciprocal-rank fusion's k."),
                      QStringLiteral("k")});
    parser.addOption({QStringLiteral("candidates"),
                      QStringLiteral("eval, hybrid: chunks taken from each ranking before "
                                     "fusing."),
                      QStringLiteral("n")});
    // --business, --type; --config, --data-dir and --log-level with serve's defaults (eval
    // reads no configuration: it only takes --log-level).
    KbKnowledgeActions::describe(parser);
}

int KbCommand::run(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action == u"eval") {
        CommandOutput::applyLogLevel(parser);
        return runEval(parser, args);
    }
    if (KbKnowledgeActions::handles(action))
        return KbKnowledgeActions::run(parser, args);
    return badInput(
        QStringLiteral("expected eval, import, list, remove or search, got \"%1\"").arg(action));
}

} // namespace sportello::app
