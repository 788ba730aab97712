// SPDX-License-Identifier: LicenseRef-Sportello
// A retrieval test set in the BEIR layout: corpus and queries (JSONL), relevance (TSV).
#pragma once

#include <optional>

#include <QHash>
#include <QList>
#include <QString>

namespace sportello::knowledge {

// corpus.jsonl: {"_id", "title", "text"} a line (title optional); queries.jsonl: {"_id",
// "text"}; qrels.tsv: query-id, corpus-id, score, tab separated, with or without the header
// line. A score above 0 means relevant (its value is the graded gain of nDCG).
class BeirDataset
{
public:
    struct Document
    {
        QString id;
        QString title;
        QString text;
    };
    struct Query
    {
        QString id;
        QString text;
    };

    // nullopt with *error naming the file, line and field when a file is unusable. Qrels
    // rows naming a query or document the other files do not have are counted, not fatal.
    static std::optional<BeirDataset> load(const QString &corpusPath, const QString &queriesPath,
                                           const QString &qrelsPath, QString *error);

    const QList<Document> &documents() const { return m_documents; }
    const QList<Query> &queries() const { return m_queries; }
    // Relevant documents (score > 0) of a query: corpus id → score.
    QHash<QString, int> relevant(const QString &queryId) const { return m_qrels.value(queryId); }
    bool hasRelevant(const QString &queryId) const { return m_qrels.contains(queryId); }

    int unknownQueryRows() const { return m_unknownQueryRows; }
    int unknownDocumentRows() const { return m_unknownDocumentRows; }

private:
    bool loadCorpus(const QString &path, QString *error);
    bool loadQueries(const QString &path, QString *error);
    bool loadQrels(const QString &path, QString *error);

    QList<Document> m_documents;
    QList<Query> m_queries;
    QHash<QString, QHash<QString, int>> m_qrels;
    int m_unknownQueryRows = 0;
    int m_unknownDocumentRows = 0;
};

} // namespace sportello::knowledge
