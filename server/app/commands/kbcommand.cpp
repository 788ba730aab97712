// SPDX-License-Identifier: LicenseRef-Sportello
// `sportello-server kb eval`: measure knowledge-base retrieval on a BEIR-layout test set.
#include "app/commands/kbcommand.h"

#include <cstdio>

#include <QCommandLineParser>

#include "app/commands/commandoutput.h"
#include "knowledge/eval/retrievalevaluation.h"

namespace sportello::app {

namespace {

int badInput(const QString &message)
{
    return CommandOutput::badInput(QStringLiteral("kb"), message);
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
    options.progress = CommandOutput::progressLine;
    QString error;
    const auto report = knowledge::RetrievalEvaluation::run(options, &error);
    if (!report)
        return badInput(error);
    if (parser.isSet(QStringLiteral("json")))
        CommandOutput::printJson(report->toJson());
    else
        std::fputs(qUtf8Printable(report->toText()), stdout);
    return CommandOutput::kOk;
}

} // namespace

QString KbCommand::summary() const
{
    return QStringLiteral(
        "Measure knowledge-base retrieval. \"kb eval --corpus FILE --queries FILE --qrels FILE\" "
        "indexes a BEIR corpus (JSONL _id, title, text; the title is an FAQ's question) into a "
        "temporary database, runs every query with relevance judgements and prints recall@1/5/10, "
        "MRR@10, nDCG@10 and latency.");
}

void KbCommand::describe(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("eval"));
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
                      QStringLiteral("eval: bm25 (default); dense and hybrid are not available "
                                     "yet."),
                      QStringLiteral("mode")});
    parser.addOption({QStringLiteral("language"),
                      QStringLiteral("eval: language of corpus and queries (it, en, es, fr, de, "
                                     "...; default: detected from the corpus)."),
                      QStringLiteral("code")});
    parser.addOption({QStringLiteral("top-k"),
                      QStringLiteral("eval: chunks retrieved per query (default 10)."),
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
    CommandOutput::addLogLevel(parser);
}

int KbCommand::run(const QCommandLineParser &parser)
{
    CommandOutput::applyLogLevel(parser);
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action == u"eval")
        return runEval(parser, args);
    return badInput(QStringLiteral("expected eval, got \"%1\"").arg(action));
}

} // namespace sportello::app
