// SPDX-License-Identifier: LicenseRef-Sportello
// Where a business's knowledge files live beside the database: vector indexes, fastText model.
#include "knowledge/knowledgepaths.h"

#include <QCryptographicHash>
#include <QDir>

namespace sportello::knowledge {

namespace {

QString fileNameFor(const QString &modelId)
{
    QString name;
    name.reserve(modelId.size());
    for (const QChar c : modelId) {
        const bool safe = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                          (c >= u'0' && c <= u'9') || c == u'-' || c == u'_' || c == u'.' ||
                          c == u'@';
        name.append(safe ? c : QChar(u'_'));
    }
    if (name.isEmpty() || name.startsWith(u'.') || name != modelId) {
        const QByteArray hash =
            QCryptographicHash::hash(modelId.toUtf8(), QCryptographicHash::Sha256).toHex();
        name += u'-' + QString::fromLatin1(hash.left(8));
    }
    return name;
}

} // namespace

QString KnowledgePaths::businessDir(const QString &dataDir, const QString &phoneNumberId)
{
    return QDir(dataDir).filePath(QStringLiteral("knowledge/") + phoneNumberId);
}

QString KnowledgePaths::vectorIndex(const QString &dataDir, const QString &phoneNumberId,
                                    const QString &modelId)
{
    return QDir(businessDir(dataDir, phoneNumberId))
        .filePath(fileNameFor(modelId) + QStringLiteral(".hnsw"));
}

QString KnowledgePaths::fastTextModel(const QString &dataDir, const QString &phoneNumberId)
{
    return QDir(businessDir(dataDir, phoneNumberId)).filePath(QStringLiteral("fasttext.bin"));
}

} // namespace sportello::knowledge
