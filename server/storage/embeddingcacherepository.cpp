// SPDX-License-Identifier: LicenseRef-Sportello
// SQL for the embedding cache: vectors by (model, content hash).
#include "storage/embeddingcacherepository.h"

#include <QtEndian>

#include "storage/sqlconnection.h"
#include "storage/storagelog.h"

namespace sportello::storage {

EmbeddingCacheRepository::EmbeddingCacheRepository(SqlConnection &connection)
    : m_connection(connection)
{
}

QHash<QByteArray, QList<float>> EmbeddingCacheRepository::find(const QString &model,
                                                               const QList<QByteArray> &hashes)
{
    // One prepared point lookup per hash: an IN list would prepare a new statement per size.
    auto &query = m_connection.prepare("SELECT dimensions, vector FROM embedding_cache "
                                       "WHERE model = ? AND content_hash = ?");
    QHash<QByteArray, QList<float>> result;
    result.reserve(hashes.size());
    for (const QByteArray &hash : hashes) {
        query.bind(1, model).bind(2, hash);
        if (query.step()) {
            QList<float> vector = decode(query.bytes(1), int(query.int64(0)));
            if (vector.isEmpty())
                qCWarning(lcStorage) << "embedding_cache: row" << model << hash
                                     << "has a vector of the wrong size; ignored";
            else
                result.insert(hash, std::move(vector));
        }
        query.reset();
    }
    return result;
}

void EmbeddingCacheRepository::store(const QString &model, const QByteArray &hash,
                                     const QList<float> &vector, qint64 createdAt)
{
    m_connection
        .prepare("INSERT INTO embedding_cache (model, content_hash, dimensions, vector, "
                 "created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (model, content_hash) DO UPDATE "
                 "SET dimensions = excluded.dimensions, vector = excluded.vector, "
                 "created_at = excluded.created_at")
        .bind(1, model)
        .bind(2, hash)
        .bind(3, qint64(vector.size()))
        .bindBlob(4, encode(vector))
        .bind(5, createdAt)
        .exec();
}

qint64 EmbeddingCacheRepository::count(const QString &model)
{
    return m_connection.prepare("SELECT COUNT(*) FROM embedding_cache WHERE model = ?")
        .bind(1, model)
        .firstInt64();
}

int EmbeddingCacheRepository::removeModel(const QString &model)
{
    return m_connection.prepare("DELETE FROM embedding_cache WHERE model = ?")
        .bind(1, model)
        .exec();
}

QByteArray EmbeddingCacheRepository::encode(const QList<float> &vector)
{
    QByteArray bytes(vector.size() * qsizetype(sizeof(float)), Qt::Uninitialized);
    for (qsizetype i = 0; i < vector.size(); ++i)
        qToLittleEndian<float>(vector[i], bytes.data() + i * sizeof(float));
    return bytes;
}

QList<float> EmbeddingCacheRepository::decode(const QByteArray &bytes, int dimensions)
{
    if (dimensions <= 0 || bytes.size() != qsizetype(dimensions) * qsizetype(sizeof(float)))
        return {};
    QList<float> vector(dimensions);
    for (qsizetype i = 0; i < dimensions; ++i)
        vector[i] = qFromLittleEndian<float>(bytes.constData() + i * sizeof(float));
    return vector;
}

} // namespace sportello::storage
