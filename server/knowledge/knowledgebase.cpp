// SPDX-License-Identifier: LicenseRef-Sportello
// A business's knowledge base as a service: import, list, remove and search its documents.
#include "knowledge/knowledgebase.h"

#include <atomic>
#include <exception>
#include <vector>

#include <QDateTime>
#include <QFileInfo>
#include <QTimeZone>

#include "knowledge/embedding/iembedder.h"
#include "knowledge/embedding/knowledgeembedders.h"
#include "knowledge/import/chunklanguageresolver.h"
#include "knowledge/index/lexicalindexstore.h"
#include "knowledge/index/vectorindex.h"
#include "knowledge/index/vectorindexstore.h"
#include "knowledge/knowledgelog.h"
#include "knowledge/parsers/documentparser.h"
#include "knowledge/retrieval/denseretriever.h"
#include "knowledge/retrieval/hybridretriever.h"
#include "knowledge/retrieval/knowledgeindexer.h"
#include "knowledge/retrieval/lexicalretriever.h"
#include "nlu/language/languagecontext.h"
#include "nlu/language/languagedetector.h"
#include "storage/database.h"
#include "storage/knowledgerepository.h"
#include "storage/sqlconnection.h"

namespace sportello::knowledge {

namespace {

std::atomic<quint64> g_nextId{1};

// A LexicalRetriever keeps its analyzers (stop words, stemmers) between searches; building
// them per query would cost more than the query. One per knowledge base per thread, bound to
// that thread's connection.
struct ThreadLexical
{
    quint64 owner = 0;
    storage::SqlConnection *connection = nullptr;
    std::unique_ptr<LexicalRetriever> retriever;
};
thread_local std::vector<ThreadLexical> t_lexical;
constexpr std::size_t kThreadLexicalLimit = 4;

QDate todayIn(const QString &timeZone)
{
    const QTimeZone zone(timeZone.toUtf8());
    return zone.isValid() ? QDateTime::currentDateTime().toTimeZone(zone).date()
                          : QDate::currentDate();
}

bool sameLanguages(const QList<storage::KnowledgeChunk> &stored, const QList<ChunkDraft> &drafts)
{
    if (stored.size() != drafts.size())
        return false;
    for (qsizetype i = 0; i < stored.size(); ++i) {
        if (stored[i].language != drafts[i].language)
            return false;
    }
    return true;
}

} // namespace

KnowledgeBase::KnowledgeBase(storage::Database &database, config::ServerConfig config)
    : m_database(database)
    , m_config(std::move(config))
    , m_id(g_nextId++)
    , m_embedders(std::make_unique<KnowledgeEmbedders>(database, m_config))
    , m_indexes(std::make_unique<VectorIndexStore>(database, m_config.server.dataDir))
    , m_lexicalIndexes(std::make_unique<LexicalIndexStore>(database))
{
}

KnowledgeBase::KnowledgeBase(storage::Database &database, config::ServerConfig config,
                             IEmbedder &embedder)
    : m_database(database)
    , m_config(std::move(config))
    , m_id(g_nextId++)
    , m_embedders(std::make_unique<KnowledgeEmbedders>(database, embedder))
    , m_indexes(std::make_unique<VectorIndexStore>(database, m_config.server.dataDir))
    , m_lexicalIndexes(std::make_unique<LexicalIndexStore>(database))
{
}

KnowledgeBase::~KnowledgeBase() = default;

bool KnowledgeBase::hasBusiness(const QString &phoneNumberId) const
{
    return m_config.business(phoneNumberId) != nullptr;
}

bool KnowledgeBase::warmUp(const QString &phoneNumberId, QString *error)
{
    try {
        m_lexicalIndexes->current(phoneNumberId);
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromUtf8(e.what());
        return false;
    }
    if (m_config.knowledge.mode == config::KnowledgeSection::Mode::Bm25)
        return true;
    IEmbedder *embedder = m_embedders->forBusiness(phoneNumberId);
    if (!embedder)
        return true;
    try {
        VectorIndexStore::Sync sync;
        QString why;
        const auto index = m_indexes->current(phoneNumberId, *embedder, &why, &sync);
        if (!index && !why.isEmpty()) {
            if (error)
                *error = why;
            return false;
        }
        return true;
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromUtf8(e.what());
        return false;
    }
}

int KnowledgeBase::topK(const QString &phoneNumberId) const
{
    const config::BusinessConfig *business = m_config.business(phoneNumberId);
    return business && business->knowledgeTopK ? *business->knowledgeTopK : m_config.knowledge.topK;
}

double KnowledgeBase::minScore(const QString &phoneNumberId) const
{
    const config::BusinessConfig *business = m_config.business(phoneNumberId);
    return business && business->knowledgeMinScore ? *business->knowledgeMinScore
                                                   : m_config.knowledge.minScore;
}

const nlu::LanguageDetector &KnowledgeBase::detector() const
{
    // Loads the lexicons: only paid by a process that imports or searches.
    std::call_once(m_detectorOnce,
                   [this] { m_detector = std::make_unique<nlu::LanguageDetector>(); });
    return *m_detector;
}

// --- Import ---

ImportReport KnowledgeBase::import(const QString &phoneNumberId, const QStringList &paths,
                                   const ImportOptions &options,
                                   const ImportProgressCallback &progress)
{
    QList<ImportedFile> files;
    QList<Parse> parsers;
    for (const QString &path : paths) {
        ImportedFile file;
        file.path = path;
        file.sourceName = QFileInfo(path).fileName();
        files.append(file);
        parsers.append([path, &options](QString *error) {
            return DocumentParser::parse(path, options.parse, error);
        });
    }
    return importAll(phoneNumberId, std::move(files), parsers, options, progress);
}

ImportReport KnowledgeBase::importContent(const QString &phoneNumberId, const QByteArray &content,
                                          const QString &fileName, const ImportOptions &options,
                                          const ImportProgressCallback &progress)
{
    ImportedFile file;
    file.path = fileName;
    file.sourceName = QFileInfo(fileName).fileName();
    const Parse parse = [&content, &fileName, &options](QString *error) {
        return DocumentParser::parse(content, fileName, options.parse, error);
    };
    return importAll(phoneNumberId, {file}, {parse}, options, progress);
}

ImportReport KnowledgeBase::importAll(const QString &phoneNumberId, QList<ImportedFile> files,
                                      const QList<Parse> &parsers, const ImportOptions &options,
                                      const ImportProgressCallback &progress)
{
    ImportReport report;
    const config::BusinessConfig *business = m_config.business(phoneNumberId);
    const int fileCount = int(files.size());
    if (!business) {
        for (ImportedFile &file : files) {
            file.error = QStringLiteral("business %1 is not configured").arg(phoneNumberId);
            report.files.append(file);
        }
        return report;
    }
    const ChunkLanguageResolver languages(detector(), business->languages,
                                          business->defaultLanguage);
    KnowledgeIndexer indexer(m_database.connection());
    for (int i = 0; i < fileCount; ++i) {
        ImportedFile &file = files[i];
        if (progress)
            progress({ImportProgress::Stage::Parsing, i, fileCount, file.sourceName, i, fileCount});
        importFile(phoneNumberId, file, parsers[i], options, indexer, languages);
        if (file.outcome == ImportedFile::Outcome::Failed)
            qCWarning(lcKnowledge, "business %s: %s not imported: %s",
                      qUtf8Printable(phoneNumberId), qUtf8Printable(file.path),
                      qUtf8Printable(file.error));
        else
            qCInfo(lcKnowledge, "business %s: %s %s (%d chunks, %s)", qUtf8Printable(phoneNumberId),
                   qUtf8Printable(file.sourceName),
                   qUtf8Printable(ImportReport::outcomeName(file.outcome)), file.chunks,
                   qUtf8Printable(file.language));
        report.files.append(file);
        // The command line has no checkpoint timer (the server's runs beside this): without
        // passes here a bulk import leaves a WAL as large as everything it wrote.
        m_database.checkpoint();
    }
    // Nothing stored, nothing to embed: an unchanged re-import stays a no-op (a dense index
    // that is behind for another reason catches up on the next search).
    if (report.count(ImportedFile::Outcome::Added) + report.count(ImportedFile::Outcome::Replaced) >
        0) {
        updateDenseIndex(phoneNumberId, true, &report.warnings, progress, fileCount);
        refreshLexicalIndex(phoneNumberId);
        m_database.checkpoint(); // the embedding cache's rows
    }
    if (progress)
        progress({ImportProgress::Stage::Done, fileCount, fileCount, {}, fileCount, fileCount});
    return report;
}

void KnowledgeBase::importFile(const QString &phoneNumberId, ImportedFile &file, const Parse &parse,
                               const ImportOptions &options, KnowledgeIndexer &indexer,
                               const ChunkLanguageResolver &languages)
{
    file.outcome = ImportedFile::Outcome::Failed;
    QString error;
    std::optional<ParsedDocument> parsed;
    try {
        parsed = parse(&error);
    } catch (const std::exception &e) {
        error = QStringLiteral("%1: %2").arg(file.path, QString::fromUtf8(e.what()));
    }
    if (!parsed) {
        file.error = error.isEmpty() ? QStringLiteral("%1: cannot be read").arg(file.path) : error;
        return;
    }
    file.type = parsed->type;
    file.warnings = parsed->warnings;
    if (parsed->chunks.isEmpty()) {
        // Replacing a stored document with nothing is more likely a mistake (an emptied
        // export) than a wish; "kb remove" says it explicitly.
        file.error = QStringLiteral("%1: no text to import").arg(file.path);
        return;
    }
    file.language = languages.resolve(parsed->chunks);
    file.chunks = int(parsed->chunks.size());
    try {
        storage::KnowledgeRepository repository(m_database.connection());
        const auto stored = repository.documentBySource(phoneNumberId, file.sourceName);
        if (stored && stored->contentHash == KnowledgeIndexer::documentHash(*parsed) &&
            sameLanguages(repository.chunks(stored->id), parsed->chunks)) {
            file.outcome = ImportedFile::Outcome::Unchanged;
            file.documentId = stored->id;
            file.language = stored->language;
            return;
        }
        file.documentId = indexer.index(phoneNumberId, file.sourceName, *parsed, file.language,
                                        options.createdBy);
        file.outcome = stored ? ImportedFile::Outcome::Replaced : ImportedFile::Outcome::Added;
    } catch (const std::exception &e) {
        file.error =
            QStringLiteral("%1: not stored: %2").arg(file.path, QString::fromUtf8(e.what()));
    }
}

void KnowledgeBase::updateDenseIndex(const QString &phoneNumberId, bool train,
                                     QStringList *warnings, const ImportProgressCallback &progress,
                                     int fileCount)
{
    if (!m_embedders->isConfigured())
        return;
    QString error;
    try {
        if (train && !m_embedders->forBusiness(phoneNumberId)) {
            const auto training = [&](double fraction) {
                if (progress)
                    progress({ImportProgress::Stage::Training,
                              fileCount,
                              fileCount,
                              {},
                              qint64(fraction * 1000),
                              1000});
            };
            if (!m_embedders->prepare(phoneNumberId, &error, training)) {
                warnings->append(QStringLiteral("dense index not updated: %1").arg(error));
                return;
            }
        }
        IEmbedder *embedder = m_embedders->forBusiness(phoneNumberId);
        if (!embedder)
            return;
        const auto embedding = [&](qint64 done, qint64 total) {
            if (progress)
                progress({ImportProgress::Stage::Embedding, fileCount, fileCount, {}, done, total});
        };
        if (!m_indexes->update(phoneNumberId, *embedder, &error, embedding))
            warnings->append(QStringLiteral("dense index not up to date (search uses BM25 for "
                                            "what it lacks until it catches up): %1")
                                 .arg(error));
    } catch (const std::exception &e) {
        warnings->append(
            QStringLiteral("dense index not updated: %1").arg(QString::fromUtf8(e.what())));
    }
}

void KnowledgeBase::refreshLexicalIndex(const QString &phoneNumberId)
{
    try {
        m_lexicalIndexes->refresh(phoneNumberId);
    } catch (const std::exception &e) {
        // The next search tries again.
        qCWarning(lcKnowledge, "business %s: lexical index not updated: %s",
                  qUtf8Printable(phoneNumberId), e.what());
    }
}

// --- Documents ---

QList<storage::KnowledgeDocument> KnowledgeBase::documents(const QString &phoneNumberId)
{
    return storage::KnowledgeRepository(m_database.connection()).documents(phoneNumberId);
}

QList<storage::KnowledgeChunk> KnowledgeBase::chunks(const QString &phoneNumberId,
                                                     qint64 documentId)
{
    storage::KnowledgeRepository repository(m_database.connection());
    if (!repository.document(phoneNumberId, documentId))
        return {};
    return repository.chunks(documentId);
}

std::optional<storage::KnowledgeDocument> KnowledgeBase::remove(const QString &phoneNumberId,
                                                                const QString &document)
{
    storage::KnowledgeRepository repository(m_database.connection());
    std::optional<storage::KnowledgeDocument> target;
    bool isId = false;
    const qint64 id = document.toLongLong(&isId);
    if (isId)
        target = repository.document(phoneNumberId, id);
    if (!target)
        target = repository.documentBySource(phoneNumberId, document);
    if (!target || !repository.removeDocument(phoneNumberId, target->id))
        return std::nullopt;
    qCInfo(lcKnowledge, "business %s: %s removed (%d chunks)", qUtf8Printable(phoneNumberId),
           qUtf8Printable(target->sourceName), target->chunkCount);
    refreshLexicalIndex(phoneNumberId);
    QStringList warnings;
    updateDenseIndex(phoneNumberId, false, &warnings, {}, 0);
    for (const QString &warning : std::as_const(warnings))
        qCWarning(lcKnowledge, "business %s: %s", qUtf8Printable(phoneNumberId),
                  qUtf8Printable(warning));
    return target;
}

// --- Search ---

LexicalRetriever &KnowledgeBase::lexicalRetriever() const
{
    storage::SqlConnection &connection = m_database.connection();
    for (ThreadLexical &entry : t_lexical) {
        if (entry.owner != m_id)
            continue;
        if (entry.connection != &connection) {
            entry.connection = &connection;
            entry.retriever = std::make_unique<LexicalRetriever>(connection, *m_lexicalIndexes);
        }
        return *entry.retriever;
    }
    if (t_lexical.size() >= kThreadLexicalLimit)
        t_lexical.erase(t_lexical.begin());
    t_lexical.push_back(
        {m_id, &connection, std::make_unique<LexicalRetriever>(connection, *m_lexicalIndexes)});
    return *t_lexical.back().retriever;
}

void KnowledgeBase::noteFallback(const QString &phoneNumberId, const QString &text,
                                 QString *note) const
{
    if (note)
        *note = text;
    bool first = false;
    {
        const std::lock_guard lock(m_notedMutex);
        const QString key = phoneNumberId + u'\n' + text;
        first = !m_noted.contains(key);
        m_noted.insert(key);
    }
    if (first)
        qCWarning(lcKnowledge, "business %s: %s", qUtf8Printable(phoneNumberId),
                  qUtf8Printable(text));
    else
        qCDebug(lcKnowledge, "business %s: %s", qUtf8Printable(phoneNumberId),
                qUtf8Printable(text));
}

QList<RetrievedChunk> KnowledgeBase::search(const RetrievalRequest &request) const
{
    return search(request, SearchOptions{}, nullptr);
}

QList<RetrievedChunk> KnowledgeBase::search(const RetrievalRequest &request,
                                            const SearchOptions &options, QString *note) const
{
    try {
        return searchUnchecked(request, options, note);
    } catch (const std::exception &e) {
        qCWarning(lcKnowledge, "business %s: knowledge search failed: %s",
                  qUtf8Printable(request.phoneNumberId), e.what());
        if (note)
            *note = QStringLiteral("search failed: %1").arg(QString::fromUtf8(e.what()));
        return {};
    }
}

QList<RetrievedChunk> KnowledgeBase::searchUnchecked(const RetrievalRequest &request,
                                                     const SearchOptions &options,
                                                     QString *note) const
{
    using Mode = config::KnowledgeSection::Mode;
    const config::BusinessConfig *business = m_config.business(request.phoneNumberId);
    if (!business) {
        qCWarning(lcKnowledge, "knowledge search for business %s, which is not configured",
                  qUtf8Printable(request.phoneNumberId));
        if (note)
            *note = QStringLiteral("business %1 is not configured").arg(request.phoneNumberId);
        return {};
    }
    RetrievalRequest effective = request;
    if (effective.topK <= 0)
        effective.topK = topK(request.phoneNumberId);
    if (!effective.date.isValid())
        effective.date = todayIn(business->timeZone);
    if (effective.language.isEmpty() && !effective.query.trimmed().isEmpty()) {
        nlu::LanguageContext context;
        context.allowed = business->languages;
        context.defaultLanguage = business->defaultLanguage;
        effective.language = detector().detect(effective.query, context).language;
    }
    const Mode mode = options.mode.value_or(m_config.knowledge.mode);
    const double threshold = options.minScore.value_or(minScore(request.phoneNumberId));

    LexicalRetriever &lexical = lexicalRetriever();
    QList<RetrievedChunk> result;
    if (mode == Mode::Bm25) {
        result = lexical.retrieve(effective);
    } else {
        IEmbedder *embedder = m_embedders->forBusiness(request.phoneNumberId);
        std::shared_ptr<const VectorIndex> index;
        QString why;
        if (!embedder) {
            why = m_embedders->isConfigured()
                      ? QStringLiteral("no embedding model yet (import documents first)")
                      : QStringLiteral("no embedder is configured");
        } else {
            index = m_indexes->current(request.phoneNumberId, *embedder, &why);
            if (!index && why.isEmpty())
                why = QStringLiteral("no chunk has a vector yet");
        }
        if (!index) {
            noteFallback(request.phoneNumberId,
                         QStringLiteral("%1 search unavailable, BM25 answers: %2")
                             .arg(QString::fromUtf8(config::KnowledgeSection::modeName(mode)), why),
                         note);
            result = lexical.retrieve(effective);
        } else {
            DenseRetriever dense(m_database.connection(), *embedder, *index);
            if (mode == Mode::Dense) {
                auto found = dense.retrieve(effective, &why);
                if (found) {
                    result = std::move(*found);
                } else {
                    noteFallback(request.phoneNumberId,
                                 QStringLiteral("dense search failed, BM25 answers: %1").arg(why),
                                 note);
                    result = lexical.retrieve(effective);
                }
            } else {
                bool denseFailed = false;
                HybridRetriever hybrid(lexical, &dense,
                                       m_config.knowledge.embedder ==
                                               config::KnowledgeSection::Embedder::FastText
                                           ? HybridRetriever::Options::forEmbeddedEmbedder()
                                           : HybridRetriever::Options{});
                result = hybrid.retrieve(effective, &denseFailed);
                if (denseFailed)
                    noteFallback(request.phoneNumberId,
                                 QStringLiteral("the dense half of hybrid search failed, BM25 "
                                                "answers alone"),
                                 note);
            }
        }
    }
    if (threshold > 0)
        result.removeIf(
            [threshold](const RetrievedChunk &chunk) { return chunk.score < threshold; });
    if (result.size() > effective.topK)
        result.resize(effective.topK);
    return result;
}

} // namespace sportello::knowledge
