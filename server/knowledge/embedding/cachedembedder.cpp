// SPDX-License-Identifier: LicenseRef-Sportello
// IEmbedder decorator: vectors already in the embedding cache are not asked for again.
#include "knowledge/embedding/cachedembedder.h"

#include <exception>

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QSet>

#include "knowledge/knowledgelog.h"
#include "storage/database.h"
#include "storage/embeddingcacherepository.h"
#include "storage/transaction.h"

namespace sportello::knowledge {

CachedEmbedder::CachedEmbedder(IEmbedder &inner, storage::Database &database)
    : m_inner(inner)
    , m_database(database)
{
}

QString CachedEmbedder::modelId() const
{
    return m_inner.modelId();
}

int CachedEmbedder::dimensions() const
{
    const int inner = m_inner.dimensions();
    return inner > 0 ? inner : m_cachedDimensions.load();
}

QByteArray CachedEmbedder::contentHash(const QString &modelId, const QString &text)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(modelId.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(text.toUtf8());
    return hash.result().toHex();
}

std::optional<QList<QList<float>>> CachedEmbedder::embed(const QStringList &texts, QString *error)
{
    const QString model = modelId();
    QList<QByteArray> hashes;
    hashes.reserve(texts.size());
    for (const QString &text : texts)
        hashes.append(contentHash(model, text));

    QHash<QByteArray, QList<float>> found;
    try {
        storage::EmbeddingCacheRepository cache(m_database.connection());
        found = cache.find(model, hashes);
    } catch (const std::exception &e) {
        qCWarning(lcKnowledge) << "embedding cache unreadable, embedding everything:" << e.what();
    }
    // A vector of another length is from an older model that kept its name: ask again.
    const int expected = dimensions();
    if (expected > 0)
        found.removeIf([expected](const auto &entry) { return entry.value().size() != expected; });

    QStringList missingTexts;
    QList<QByteArray> missingHashes;
    QSet<QByteArray> asked;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (found.contains(hashes[i]) || asked.contains(hashes[i]))
            continue;
        asked.insert(hashes[i]);
        missingTexts.append(texts[i]);
        missingHashes.append(hashes[i]);
    }
    m_misses += missingTexts.size();
    m_hits += texts.size() - missingTexts.size();

    if (!missingTexts.isEmpty()) {
        auto fresh = m_inner.embed(missingTexts, error);
        if (!fresh)
            return std::nullopt;
        try {
            storage::EmbeddingCacheRepository cache(m_database.connection());
            storage::Transaction tx(m_database.connection());
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            for (qsizetype i = 0; i < missingHashes.size(); ++i)
                cache.store(model, missingHashes[i], fresh->at(i), now);
            tx.commit();
        } catch (const std::exception &e) {
            qCWarning(lcKnowledge) << "embedding cache not updated:" << e.what();
        }
        for (qsizetype i = 0; i < missingHashes.size(); ++i)
            found.insert(missingHashes[i], std::move((*fresh)[i]));
    }

    QList<QList<float>> vectors;
    vectors.reserve(texts.size());
    for (const QByteArray &hash : hashes)
        vectors.append(found.value(hash));
    if (!vectors.isEmpty())
        m_cachedDimensions = int(vectors.front().size());
    return vectors;
}

} // namespace sportello::knowledge
