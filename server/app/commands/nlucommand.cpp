// SPDX-License-Identifier: LicenseRef-Sportello
// `sportello-server nlu eval|eval-language`: measure understanding on labelled data.
#include "app/commands/nlucommand.h"

#include <QCommandLineParser>

#include "app/commands/commandoutput.h"
#include "nlu/eval/intentevaluation.h"
#include "nlu/eval/languageevaluation.h"

namespace sportello::app {

namespace {

int badInput(const QString &message)
{
    return CommandOutput::badInput(QStringLiteral("nlu"), message);
}

int runEval(const QCommandLineParser &parser, const QStringList &args)
{
    if (args.size() > 1)
        return badInput(QStringLiteral("unexpected argument \"%1\"").arg(args.at(1)));
    nlu::IntentEvalOptions options;
    options.trainPath = parser.value(QStringLiteral("train"));
    options.testPath = parser.value(QStringLiteral("test"));
    if (options.trainPath.isEmpty())
        return badInput(QStringLiteral("\"nlu eval\" needs --train FILE"));
    if (options.testPath.isEmpty())
        return badInput(QStringLiteral("\"nlu eval\" needs --test FILE"));
    if (parser.isSet(QStringLiteral("shots"))) {
        bool ok = false;
        options.shots = parser.value(QStringLiteral("shots")).toInt(&ok);
        if (!ok || options.shots < 1) {
            return badInput(QStringLiteral("--shots must be a whole number of at least 1, got "
                                           "\"%1\"")
                                .arg(parser.value(QStringLiteral("shots"))));
        }
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok) {
            return badInput(QStringLiteral("--seed must be a whole number, got \"%1\"")
                                .arg(parser.value(QStringLiteral("seed"))));
        }
    }
    if (parser.isSet(QStringLiteral("threshold"))) {
        bool ok = false;
        options.oosThreshold = parser.value(QStringLiteral("threshold")).toDouble(&ok);
        if (!ok || options.oosThreshold < 0.0 || options.oosThreshold > 1.0) {
            return badInput(QStringLiteral("--threshold must be between 0 and 1, got \"%1\"")
                                .arg(parser.value(QStringLiteral("threshold"))));
        }
    }
    options.progress = CommandOutput::progressLine;
    QString error;
    const auto report = nlu::IntentEvaluation::run(options, &error);
    if (!report)
        return badInput(error);
    return CommandOutput::printReport(parser, *report);
}

int runEvalLanguage(const QCommandLineParser &parser, const QStringList &args)
{
    if (args.size() < 2)
        return badInput(QStringLiteral("\"nlu eval-language\" needs a FILE (CSV text,lang)"));
    if (args.size() > 2)
        return badInput(QStringLiteral("unexpected argument \"%1\"").arg(args.at(2)));
    QStringList languages;
    if (parser.isSet(QStringLiteral("languages"))) {
        for (const QString &code : parser.value(QStringLiteral("languages")).split(u',')) {
            if (!code.trimmed().isEmpty())
                languages.append(code.trimmed().toLower());
        }
    }
    QString error;
    const auto report = nlu::LanguageEvaluation::run(args.at(1), languages, &error);
    if (!report)
        return badInput(error);
    return CommandOutput::printReport(parser, *report);
}

} // namespace

QString NluCommand::summary() const
{
    return QStringLiteral(
        "Measure understanding on labelled data. \"nlu eval --train FILE --test FILE\" trains "
        "an intent model and prints accuracy, macro-F1, the worst classes, training time and "
        "latency; \"nlu eval-language FILE\" measures language identification. Files are CSV "
        "with a header (text and label, category or intent; text and lang) or JSONL with the "
        "same keys.");
}

void NluCommand::describe(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("eval or eval-language"));
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QStringLiteral("eval-language: the labelled file (text,lang)"));
    parser.addOption({QStringLiteral("train"), QStringLiteral("eval: labelled training examples."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("test"), QStringLiteral("eval: labelled test examples."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("shots"),
                      QStringLiteral("eval: keep N training examples per class (seeded)."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("seed"),
                      QStringLiteral("eval: seed for --shots (default 42)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("threshold"),
                      QStringLiteral("eval: confidence under which a prediction is out of "
                                     "scope (default: the model's own)."),
                      QStringLiteral("p")});
    parser.addOption({QStringLiteral("languages"),
                      QStringLiteral("eval-language: the business's languages, comma separated "
                                     "(default: those in the file)."),
                      QStringLiteral("codes")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object.")});
    CommandOutput::addLogLevel(parser);
}

int NluCommand::run(const QCommandLineParser &parser)
{
    CommandOutput::applyLogLevel(parser);
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action == u"eval")
        return runEval(parser, args);
    if (action == u"eval-language")
        return runEvalLanguage(parser, args);
    return badInput(QStringLiteral("expected eval or eval-language, got \"%1\"").arg(action));
}

} // namespace sportello::app
