// SPDX-License-Identifier: LicenseRef-Sportello
// Reads question/answer pairs (CSV, JSON or JSONL) into one chunk per pair.
#pragma once

#include <optional>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "knowledge/parseddocument.h"
#include "knowledge/parsers/parseoptions.h"

namespace sportello::knowledge {

// CSV with a header row (RFC 4180; ',' or, as Excel saves it in most of Europe, ';'), a JSON
// array of objects or {"title": ..., "faq": [...]}, or JSON Lines. Column and key names are
// matched ignoring case, spaces, '_' and '-':
//   question (required): question, q, domanda, pregunta, frage
//   answer (required):   answer, a, risposta, respuesta, réponse, reponse, antwort
//   section (optional):  section, category, categoria, sezione, categoría, catégorie,
//                        kategorie; "A > B" is the path A, B
//   language, valid_from, valid_until (optional, ISO dates).
// Each pair is one chunk: the question in `question`, the answer in `text`, never split.
//
// A missing question or answer column is an error naming the columns found, as are a broken
// file structure (an unterminated quote, JSON that does not parse). A single row that is off
// is skipped with a warning naming its row and field (empty question or answer, too many
// fields, a non-text value), so one bad row does not block the rest. A bad date or language
// is a warning too and is ignored: the pair is still imported, open-ended on that side.
class FaqParser
{
public:
    static QStringList questionColumns();
    static QStringList answerColumns();

    static std::optional<ParsedDocument> parse(const QByteArray &content, const QString &source,
                                               const ParseOptions &options, QString *error);
};

} // namespace sportello::knowledge
