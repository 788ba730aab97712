// SPDX-License-Identifier: LicenseRef-Sportello
// `kb import|list|remove|search`: a business's knowledge base from the shell.
#include "app/commands/kbknowledgeactions.h"

#include <cstdio>
#include <memory>
#include <optional>

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

#include "app/commands/commandoutput.h"
#include "app/commands/configoptions.h"
#include "app/commands/progressbar.h"
#include "app/logsetup.h"
#include "knowledge/knowledgebase.h"
#include "knowledge/parsers/documentparser.h"
#include "storage/database.h"
#include "storage/storageerror.h"

namespace sportello::app {

namespace {

int badInput(const QString &message)
{
    return CommandOutput::badInput(QStringLiteral("kb"), message);
}

constexpr int kFailure = 1;

// What the subcommands on a business's knowledge base share: the configuration (the same
// defaults as serve), the database in its data folder, and the knowledge base over both.
struct KnowledgeSession
{
    config::ServerConfig config;
    QString business;
    std::unique_ptr<storage::Database> database;
    std::unique_ptr<knowledge::KnowledgeBase> knowledge;
};

// kOk when the session is open; else the exit code, after saying why.
int openSession(const QCommandLineParser &parser, const QString &action, KnowledgeSession &session)
{
    session.business = parser.value(QStringLiteral("business")).trimmed();
    if (session.business.isEmpty())
        return badInput(QStringLiteral("\"kb %1\" needs --business ID (the business's "
                                       "phone_number_id)")
                            .arg(action));
    auto loaded = ConfigOptions::load(parser);
    if (auto *error = std::get_if<config::ConfigError>(&loaded)) {
        std::fprintf(stderr, "sportello-server: configuration error: %s\n",
                     qUtf8Printable(error->text()));
        return CommandOutput::kBadInput;
    }
    session.config = std::get<config::ServerConfig>(std::move(loaded));
    // Quiet unless asked: the command's own output is what the operator wants to read.
    LogSetup::apply(parser.isSet(QStringLiteral("log-level")) ? session.config.server.logLevel
                                                              : QStringLiteral("warning"),
                    QStringLiteral("text"));
    if (!session.config.business(session.business)) {
        QStringList known;
        for (const auto &business : std::as_const(session.config.businesses))
            known.append(business.phoneNumberId);
        return badInput(QStringLiteral("unknown business %1 (configured: %2)")
                            .arg(session.business, known.join(QStringLiteral(", "))));
    }
    const QString dataDir = session.config.server.dataDir;
    if (!QDir().mkpath(dataDir)) {
        std::fprintf(stderr, "sportello-server kb: cannot create the data folder %s\n",
                     qUtf8Printable(dataDir));
        return kFailure;
    }
    storage::DatabaseOptions options;
    options.path = QDir(dataDir).filePath(QStringLiteral("sportello.db"));
    options.synchronousFull = session.config.storage.synchronousFull;
    options.busyTimeoutMs = session.config.storage.busyTimeoutMs;
    try {
        session.database = std::make_unique<storage::Database>(options);
        session.database->open();
    } catch (const storage::StorageError &e) {
        std::fprintf(stderr, "sportello-server kb: database error: %s\n", qUtf8Printable(e.text()));
        return kFailure;
    }
    session.knowledge =
        std::make_unique<knowledge::KnowledgeBase>(*session.database, session.config);
    return CommandOutput::kOk;
}

std::optional<QString> languageOption(const QCommandLineParser &parser, QString *error)
{
    if (!parser.isSet(QStringLiteral("language")))
        return QString();
    const QString language = parser.value(QStringLiteral("language")).trimmed().toLower();
    if (language.size() != 2 || !language.at(0).isLetter() || !language.at(1).isLetter()) {
        *error = QStringLiteral("--language expects a two-letter code such as it or en, got "
                                "\"%1\"")
                     .arg(parser.value(QStringLiteral("language")));
        return std::nullopt;
    }
    return language;
}

QString dateTimeText(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QJsonObject fileJson(const knowledge::ImportedFile &file)
{
    QJsonObject json{
        {QStringLiteral("path"), file.path},
        {QStringLiteral("source"), file.sourceName},
        {QStringLiteral("outcome"), knowledge::ImportReport::outcomeName(file.outcome)},
        {QStringLiteral("chunks"), file.chunks},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(file.warnings)}};
    if (file.documentId != 0)
        json.insert(QStringLiteral("document_id"), file.documentId);
    if (!file.type.isEmpty())
        json.insert(QStringLiteral("type"), file.type);
    if (!file.language.isEmpty())
        json.insert(QStringLiteral("language"), file.language);
    if (!file.error.isEmpty())
        json.insert(QStringLiteral("error"), file.error);
    return json;
}

QString stageLabel(const knowledge::ImportProgress &progress)
{
    using Stage = knowledge::ImportProgress::Stage;
    switch (progress.stage) {
    case Stage::Parsing:
    case Stage::Storing:
        return QStringLiteral("%1/%2 %3")
            .arg(progress.fileIndex + 1)
            .arg(progress.fileCount)
            .arg(progress.fileName);
    case Stage::Training:
        return QStringLiteral("training the fastText model");
    case Stage::Embedding:
        return QStringLiteral("dense index");
    case Stage::Done:
        break;
    }
    return QStringLiteral("done");
}

int runImport(const QCommandLineParser &parser, const QStringList &args)
{
    const QStringList files = args.mid(1);
    if (files.isEmpty())
        return badInput(QStringLiteral("\"kb import\" needs at least one FILE"));
    knowledge::ImportOptions options;
    QString error;
    const auto language = languageOption(parser, &error);
    if (!language)
        return badInput(error);
    options.parse.language = *language;
    if (parser.isSet(QStringLiteral("type"))) {
        options.parse.type = parser.value(QStringLiteral("type")).trimmed().toLower();
        if (!knowledge::DocumentParser::types().contains(options.parse.type))
            return badInput(QStringLiteral("--type expects %1, got \"%2\"")
                                .arg(knowledge::DocumentParser::types().join(QStringLiteral(", ")),
                                     parser.value(QStringLiteral("type"))));
    }
    KnowledgeSession session;
    if (const int code = openSession(parser, QStringLiteral("import"), session);
        code != CommandOutput::kOk)
        return code;

    ProgressBar bar;
    const auto report = session.knowledge->import(
        session.business, files, options, [&bar](const knowledge::ImportProgress &progress) {
            using Stage = knowledge::ImportProgress::Stage;
            if (progress.stage == Stage::Done)
                bar.finish();
            else if (progress.stage == Stage::Parsing || progress.stage == Stage::Storing)
                bar.update(stageLabel(progress), progress.fileIndex, progress.fileCount);
            else
                bar.update(stageLabel(progress), progress.done, progress.total);
        });
    bar.finish();

    using Outcome = knowledge::ImportedFile::Outcome;
    for (const auto &file : report.files) {
        if (file.outcome == Outcome::Failed)
            std::fprintf(stderr, "sportello-server kb: %s\n", qUtf8Printable(file.error));
    }
    if (CommandOutput::wantsJson(parser)) {
        QJsonArray list;
        for (const auto &file : report.files)
            list.append(fileJson(file));
        CommandOutput::printJson(
            {{QStringLiteral("business"), session.business},
             {QStringLiteral("files"), list},
             {QStringLiteral("added"), report.count(Outcome::Added)},
             {QStringLiteral("replaced"), report.count(Outcome::Replaced)},
             {QStringLiteral("unchanged"), report.count(Outcome::Unchanged)},
             {QStringLiteral("failed"), report.count(Outcome::Failed)},
             {QStringLiteral("chunks"), report.chunksStored()},
             {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)}});
    } else {
        for (const auto &file : report.files) {
            const QString outcome = knowledge::ImportReport::outcomeName(file.outcome);
            if (file.outcome == Outcome::Failed) {
                std::printf("%-10s %s\n", qUtf8Printable(outcome), qUtf8Printable(file.path));
                continue;
            }
            std::printf(
                "%-10s %s (%s, %s, %d chunks%s)\n", qUtf8Printable(outcome),
                qUtf8Printable(file.sourceName), qUtf8Printable(file.type),
                qUtf8Printable(file.language.isEmpty() ? QStringLiteral("?") : file.language),
                file.chunks,
                file.outcome == Outcome::Unchanged ? ": already stored, nothing written" : "");
            for (const QString &warning : file.warnings)
                std::printf("  warning: %s\n", qUtf8Printable(warning));
        }
        for (const QString &warning : report.warnings)
            std::printf("warning: %s\n", qUtf8Printable(warning));
        std::printf("%lld files: %d added, %d replaced, %d unchanged, %d failed; %d chunks "
                    "stored; %d warnings\n",
                    qlonglong(report.files.size()), report.count(Outcome::Added),
                    report.count(Outcome::Replaced), report.count(Outcome::Unchanged),
                    report.count(Outcome::Failed), report.chunksStored(), report.warningCount());
    }
    return report.hasFailures() ? CommandOutput::kBadInput : CommandOutput::kOk;
}

int runList(const QCommandLineParser &parser, const QStringList &args)
{
    if (args.size() > 1)
        return badInput(QStringLiteral("unexpected argument \"%1\"").arg(args.at(1)));
    KnowledgeSession session;
    if (const int code = openSession(parser, QStringLiteral("list"), session);
        code != CommandOutput::kOk)
        return code;
    QList<storage::KnowledgeDocument> documents;
    try {
        documents = session.knowledge->documents(session.business);
    } catch (const storage::StorageError &e) {
        std::fprintf(stderr, "sportello-server kb: database error: %s\n", qUtf8Printable(e.text()));
        return kFailure;
    }
    if (CommandOutput::wantsJson(parser)) {
        QJsonArray list;
        for (const auto &document : documents) {
            list.append(QJsonObject{{QStringLiteral("id"), document.id},
                                    {QStringLiteral("source"), document.sourceName},
                                    {QStringLiteral("type"), document.type},
                                    {QStringLiteral("title"), document.title},
                                    {QStringLiteral("language"), document.language},
                                    {QStringLiteral("chunks"), document.chunkCount},
                                    {QStringLiteral("created_by"), document.createdBy},
                                    {QStringLiteral("updated_at"), document.updatedAt}});
        }
        CommandOutput::printJson(
            {{QStringLiteral("business"), session.business}, {QStringLiteral("documents"), list}});
        return CommandOutput::kOk;
    }
    std::printf("%-6s %-40s %-9s %-4s %6s  %s\n", "ID", "SOURCE", "TYPE", "LANG", "CHUNKS",
                "UPDATED");
    for (const auto &document : documents) {
        std::printf(
            "%-6lld %-40s %-9s %-4s %6d  %s\n", qlonglong(document.id),
            qUtf8Printable(document.sourceName), qUtf8Printable(document.type),
            qUtf8Printable(document.language.isEmpty() ? QStringLiteral("-") : document.language),
            document.chunkCount, qUtf8Printable(dateTimeText(document.updatedAt)));
    }
    if (documents.isEmpty())
        std::fprintf(stderr, "business %s has no documents yet (kb import adds them)\n",
                     qUtf8Printable(session.business));
    return CommandOutput::kOk;
}

int runRemove(const QCommandLineParser &parser, const QStringList &args)
{
    if (args.size() < 2)
        return badInput(QStringLiteral("\"kb remove\" needs a DOCUMENT (its id or source name, "
                                       "as kb list shows)"));
    if (args.size() > 2)
        return badInput(QStringLiteral("unexpected argument \"%1\"").arg(args.at(2)));
    KnowledgeSession session;
    if (const int code = openSession(parser, QStringLiteral("remove"), session);
        code != CommandOutput::kOk)
        return code;
    std::optional<storage::KnowledgeDocument> removed;
    try {
        removed = session.knowledge->remove(session.business, args.at(1));
    } catch (const storage::StorageError &e) {
        std::fprintf(stderr, "sportello-server kb: database error: %s\n", qUtf8Printable(e.text()));
        return kFailure;
    }
    if (!removed)
        return badInput(QStringLiteral("business %1 has no document \"%2\" (kb list shows them)")
                            .arg(session.business, args.at(1)));
    if (CommandOutput::wantsJson(parser)) {
        CommandOutput::printJson({{QStringLiteral("business"), session.business},
                                  {QStringLiteral("removed"), removed->id},
                                  {QStringLiteral("source"), removed->sourceName},
                                  {QStringLiteral("chunks"), removed->chunkCount}});
    } else {
        std::printf("removed %s (id %lld, %d chunks)\n", qUtf8Printable(removed->sourceName),
                    qlonglong(removed->id), removed->chunkCount);
    }
    return CommandOutput::kOk;
}

int runSearch(const QCommandLineParser &parser, const QStringList &args)
{
    const QString query = args.mid(1).join(u' ').trimmed();
    if (query.isEmpty())
        return badInput(QStringLiteral("\"kb search\" needs a query"));
    knowledge::KnowledgeBase::SearchOptions options;
    if (parser.isSet(QStringLiteral("mode"))) {
        const QString mode = parser.value(QStringLiteral("mode")).trimmed().toLower();
        if (mode == u"bm25")
            options.mode = config::KnowledgeSection::Mode::Bm25;
        else if (mode == u"dense")
            options.mode = config::KnowledgeSection::Mode::Dense;
        else if (mode == u"hybrid")
            options.mode = config::KnowledgeSection::Mode::Hybrid;
        else
            return badInput(QStringLiteral("--mode expects bm25, dense or hybrid, got \"%1\"")
                                .arg(parser.value(QStringLiteral("mode"))));
    }
    knowledge::RetrievalRequest request;
    request.query = query;
    request.topK = 0; // the business's top_k
    if (parser.isSet(QStringLiteral("top-k"))) {
        bool ok = false;
        request.topK = parser.value(QStringLiteral("top-k")).toInt(&ok);
        if (!ok || request.topK < 1 || request.topK > 1000)
            return badInput(QStringLiteral("--top-k must be a whole number from 1 to 1000, got "
                                           "\"%1\"")
                                .arg(parser.value(QStringLiteral("top-k"))));
    }
    QString error;
    const auto language = languageOption(parser, &error);
    if (!language)
        return badInput(error);
    request.language = *language;
    KnowledgeSession session;
    if (const int code = openSession(parser, QStringLiteral("search"), session);
        code != CommandOutput::kOk)
        return code;
    request.phoneNumberId = session.business;

    QString note;
    const auto results = session.knowledge->search(request, options, &note);
    const QString modeName = QString::fromUtf8(
        config::KnowledgeSection::modeName(options.mode.value_or(session.config.knowledge.mode)));
    if (!note.isEmpty())
        std::fprintf(stderr, "sportello-server kb: %s\n", qUtf8Printable(note));
    if (CommandOutput::wantsJson(parser)) {
        QJsonArray list;
        int rank = 0;
        for (const auto &chunk : results) {
            QJsonObject item{{QStringLiteral("rank"), ++rank},
                             {QStringLiteral("score"), chunk.score},
                             {QStringLiteral("chunk_id"), chunk.chunkId},
                             {QStringLiteral("document_id"), chunk.documentId},
                             {QStringLiteral("source"), chunk.sourceName},
                             {QStringLiteral("type"), chunk.documentType},
                             {QStringLiteral("language"), chunk.language},
                             {QStringLiteral("section"), QJsonArray::fromStringList(chunk.section)},
                             {QStringLiteral("text"), chunk.text}};
            if (!chunk.question.isEmpty())
                item.insert(QStringLiteral("question"), chunk.question);
            list.append(item);
        }
        QJsonObject json{{QStringLiteral("business"), session.business},
                         {QStringLiteral("query"), query},
                         {QStringLiteral("mode"), modeName},
                         {QStringLiteral("results"), list}};
        if (!note.isEmpty())
            json.insert(QStringLiteral("note"), note);
        CommandOutput::printJson(json);
        return CommandOutput::kOk;
    }
    if (results.isEmpty()) {
        std::printf("no chunk matches \"%s\"\n", qUtf8Printable(query));
        return CommandOutput::kOk;
    }
    int rank = 0;
    for (const auto &chunk : results) {
        QString where = chunk.sourceName;
        if (!chunk.section.isEmpty())
            where += QStringLiteral(" > ") + chunk.section.join(QStringLiteral(" > "));
        std::printf("%2d. %.4f  %s  [%s, %s, chunk %lld]\n", ++rank, chunk.score,
                    qUtf8Printable(where), qUtf8Printable(chunk.documentType),
                    qUtf8Printable(chunk.language.isEmpty() ? QStringLiteral("-") : chunk.language),
                    qlonglong(chunk.chunkId));
        if (!chunk.question.isEmpty())
            std::printf("    Q: %s\n", qUtf8Printable(chunk.question.simplified()));
        QString text = chunk.text.simplified();
        if (text.size() > 300)
            text = text.left(299) + QChar(0x2026);
        std::printf("    %s\n", qUtf8Printable(text));
    }
    return CommandOutput::kOk;
}

} // namespace

bool KbKnowledgeActions::handles(const QString &action)
{
    return action == u"import" || action == u"list" || action == u"remove" || action == u"search";
}

void KbKnowledgeActions::describe(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("business"),
                      QStringLiteral("import, list, remove, search: the business's "
                                     "phone_number_id (the embedded default's is "
                                     "100000000000001)."),
                      QStringLiteral("id")});
    parser.addOption({QStringLiteral("type"),
                      QStringLiteral("import: markdown, faq, text or pdf for every FILE "
                                     "(default: from each file's extension)."),
                      QStringLiteral("type")});
    ConfigOptions::add(parser, false);
}

int KbKnowledgeActions::run(const QCommandLineParser &parser, const QStringList &args)
{
    const QString action = args.value(0);
    if (action == u"import")
        return runImport(parser, args);
    if (action == u"list")
        return runList(parser, args);
    if (action == u"remove")
        return runRemove(parser, args);
    return runSearch(parser, args);
}

} // namespace sportello::app
