// SPDX-License-Identifier: LicenseRef-Sportello
// The retrieval tests' multilingual FAQ fixture, loaded and indexed one way for all of them.
#pragma once

#include <QHash>
#include <QMap>
#include <QString>

#include "knowledge/parseddocument.h"

namespace sportello::storage {
class SqlConnection;
}

namespace sportello::test {

// fixtures/knowledge/retrieval/faq-multilingual.jsonl: one FAQ entry per line (id, language,
// section, question, answer, optional valid_from / valid_until).
class MultilingualFaq
{
public:
    // One FAQ document per language; *idOfQuestion (when given) maps each question to its
    // entry id, so tests can name the expected answers.
    static QMap<QString, knowledge::ParsedDocument>
    documents(QHash<QString, QString> *idOfQuestion = nullptr);
    // Stores them for `business` as faq-<language>.jsonl with KnowledgeIndexer.
    static void index(storage::SqlConnection &connection, const QString &business,
                      QHash<QString, QString> *idOfQuestion = nullptr);
};

} // namespace sportello::test
