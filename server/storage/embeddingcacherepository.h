// SPDX-License-Identifier: LicenseRef-Sportello
// SQL for the embedding cache: vectors by (model, content hash).
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace sportello::storage {

class SqlConnection;

// Vectors are stored as little-endian float32 BLOBs of `dimensions` values. A row whose BLOB
// does not have that size (a torn or foreign write) reads as a miss and is overwritten by the
// next store(). Hashes are lower-case hex strings (64 characters for SHA-256).
class EmbeddingCacheRepository
{
public:
    explicit EmbeddingCacheRepository(SqlConnection &connection);

    // The cached vectors among `hashes`, by hash; misses are absent.
    QHash<QByteArray, QList<float>> find(const QString &model, const QList<QByteArray> &hashes);
    // Insert or replace; callers wrap many in one Transaction.
    void store(const QString &model, const QByteArray &hash, const QList<float> &vector,
               qint64 createdAt);
    qint64 count(const QString &model);
    // After a model change; returns how many rows went.
    int removeModel(const QString &model);

    static QByteArray encode(const QList<float> &vector);
    // Empty when `bytes` is not exactly `dimensions` float32 values.
    static QList<float> decode(const QByteArray &bytes, int dimensions);

private:
    SqlConnection &m_connection;
};

} // namespace sportello::storage
