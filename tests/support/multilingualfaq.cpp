// SPDX-License-Identifier: LicenseRef-Sportello
// The retrieval tests' multilingual FAQ fixture, loaded and indexed one way for all of them.
#include "support/multilingualfaq.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "knowledge/retrieval/knowledgeindexer.h"

namespace sportello::test {

QMap<QString, knowledge::ParsedDocument>
MultilingualFaq::documents(QHash<QString, QString> *idOfQuestion)
{
    const QString path =
        QStringLiteral(SPORTELLO_TEST_DATA_DIR "/knowledge/retrieval/faq-multilingual.jsonl");
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(path);
    QMap<QString, knowledge::ParsedDocument> byLanguage;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject entry = QJsonDocument::fromJson(line).object();
        knowledge::ParsedDocument &document = byLanguage[entry.value(u"language").toString()];
        document.type = QStringLiteral("faq");
        knowledge::ChunkDraft chunk;
        chunk.ordinal = int(document.chunks.size());
        for (const auto &heading : entry.value(u"section").toArray())
            chunk.section.append(heading.toString());
        chunk.question = entry.value(u"question").toString();
        chunk.text = entry.value(u"answer").toString();
        chunk.language = entry.value(u"language").toString();
        if (entry.contains(u"valid_from"))
            chunk.validFrom = QDate::fromString(entry.value(u"valid_from").toString(), Qt::ISODate);
        if (entry.contains(u"valid_until"))
            chunk.validUntil =
                QDate::fromString(entry.value(u"valid_until").toString(), Qt::ISODate);
        if (idOfQuestion)
            idOfQuestion->insert(chunk.question, entry.value(u"id").toString());
        document.chunks.append(chunk);
    }
    return byLanguage;
}

void MultilingualFaq::index(storage::SqlConnection &connection, const QString &business,
                            QHash<QString, QString> *idOfQuestion)
{
    const auto byLanguage = documents(idOfQuestion);
    knowledge::KnowledgeIndexer indexer(connection);
    for (auto it = byLanguage.cbegin(); it != byLanguage.cend(); ++it)
        indexer.index(business, QStringLiteral("faq-%1.jsonl").arg(it.key()), it.value(), it.key());
}

} // namespace sportello::test
