// SPDX-License-Identifier: LicenseRef-Sportello
// Stores a parsed document in a business's knowledge base, analysed for lexical retrieval.
#include "knowledge/retrieval/knowledgeindexer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMap>

#include "knowledge/retrieval/lexicaltext.h"
#include "knowledge/text/knowledgeanalyzer.h"
#include "storage/knowledgerepository.h"

namespace sportello::knowledge {

namespace {

void addField(QCryptographicHash &hash, const QString &field)
{
    hash.addData(field.toUtf8());
    hash.addData(QByteArrayView("\0", 1)); // "ab" + "c" never hashes like "a" + "bc"
}

QString dateText(const std::optional<QDate> &date)
{
    return date ? date->toString(Qt::ISODate) : QString();
}

} // namespace

KnowledgeIndexer::KnowledgeIndexer(storage::SqlConnection &connection)
    : m_connection(connection)
{
}

KnowledgeIndexer::~KnowledgeIndexer() = default;

const KnowledgeAnalyzer &KnowledgeIndexer::analyzer(const QString &language)
{
    auto &slot = m_analyzers[language];
    if (!slot)
        slot = std::make_unique<KnowledgeAnalyzer>(language);
    return *slot;
}

QString KnowledgeIndexer::chunkHash(const ChunkDraft &chunk)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &heading : chunk.section)
        addField(hash, heading);
    addField(hash, QString());
    addField(hash, chunk.question);
    addField(hash, chunk.text);
    addField(hash, dateText(chunk.validFrom));
    addField(hash, dateText(chunk.validUntil));
    return QString::fromLatin1(hash.result().toHex());
}

QString KnowledgeIndexer::documentHash(const ParsedDocument &document)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addField(hash, document.type);
    addField(hash, document.title);
    for (const ChunkDraft &chunk : document.chunks)
        addField(hash, chunkHash(chunk));
    return QString::fromLatin1(hash.result().toHex());
}

qint64 KnowledgeIndexer::index(const QString &phoneNumberId, const QString &sourceName,
                               const ParsedDocument &document, const QString &language,
                               const QString &createdBy)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<storage::IndexedChunk> chunks;
    chunks.reserve(document.chunks.size());
    QMap<QString, int> languages; // ordered: a tie goes to the same language every time
    for (const ChunkDraft &draft : document.chunks) {
        storage::IndexedChunk indexed;
        storage::KnowledgeChunk &chunk = indexed.chunk;
        chunk.ordinal = draft.ordinal;
        chunk.section = draft.section;
        chunk.question = draft.question;
        chunk.text = draft.text;
        chunk.language = draft.language.isEmpty() ? language : draft.language;
        chunk.validFrom = draft.validFrom;
        chunk.validUntil = draft.validUntil;
        chunk.contentHash = chunkHash(draft);
        chunk.updatedAt = now;
        indexed.lexical = LexicalText::fields(draft.question, draft.section, draft.text,
                                              analyzer(chunk.language));
        ++languages[chunk.language];
        chunks.append(std::move(indexed));
    }

    storage::KnowledgeDocument stored;
    stored.phoneNumberId = phoneNumberId;
    stored.sourceName = sourceName;
    stored.type = document.type;
    stored.title = document.title;
    stored.contentHash = documentHash(document);
    // The caller's document language wins: it may weigh languages (the business's order)
    // that a plain count here cannot, and what import reports must be what is stored.
    stored.language = language;
    int most = 0;
    for (auto it = languages.cbegin(); stored.language.isEmpty() && it != languages.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            stored.language = it.key();
        }
    }
    stored.createdBy = createdBy;
    stored.createdAt = now;
    stored.updatedAt = now;
    return storage::KnowledgeRepository(m_connection).replaceDocument(stored, chunks);
}

} // namespace sportello::knowledge
