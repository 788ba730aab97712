// SPDX-License-Identifier: LicenseRef-Sportello
// Lexical search over the knowledge base's chunks (BM25 over SQLite FTS5).
#include "storage/lexicalindexrepository.h"

#include <algorithm>

#include <QSet>

#include "storage/sectionpath.h"
#include "storage/sqlconnection.h"

namespace sportello::storage {

namespace {

// Candidates FTS5 ranks before the filters, as a multiple of the limit.
constexpr qint64 kCandidateFactor = 4;
constexpr qint64 kCandidateMinimum = 200;

QString quoted(const QString &token)
{
    QString escaped = token;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

// "{columns} : ("a" OR "b")", or empty.
QString group(const QString &columns, const QStringList &tokens)
{
    const QStringList usable = LexicalIndexRepository::usableTokens(tokens);
    if (usable.isEmpty())
        return {};
    QStringList phrases;
    phrases.reserve(usable.size());
    for (const QString &token : usable)
        phrases.append(quoted(token));
    return QStringLiteral("{%1} : (%2)").arg(columns, phrases.join(QStringLiteral(" OR ")));
}

} // namespace

LexicalIndexRepository::LexicalIndexRepository(SqlConnection &connection)
    : m_connection(connection)
{
}

QStringList LexicalIndexRepository::usableTokens(const QStringList &tokens)
{
    QStringList result;
    QSet<QString> seen;
    for (const QString &token : tokens) {
        const bool hasWordChar =
            std::any_of(token.cbegin(), token.cend(), [](QChar c) { return c.isLetterOrNumber(); });
        if (hasWordChar && !seen.contains(token)) {
            seen.insert(token);
            result.append(token);
        }
    }
    return result;
}

QString LexicalIndexRepository::matchExpression(const LexicalSearch &search)
{
    QStringList groups;
    for (const QString &part : {group(QStringLiteral("question section body"), search.terms),
                                group(QStringLiteral("exact"), search.words),
                                group(QStringLiteral("pairs"), search.pairs)}) {
        if (!part.isEmpty())
            groups.append(part);
    }
    return groups.join(QStringLiteral(" OR "));
}

QList<LexicalHit> LexicalIndexRepository::search(const LexicalSearch &search)
{
    const QString match = matchExpression(search);
    if (match.isEmpty() || search.limit <= 0)
        return {};
    // A query of common words matches a good part of a large knowledge base (25,000 of
    // 100,000 chunks for "quanto costa un taglio donna a Milano"): joining every match to its
    // chunk row only to keep the best few cost more than ranking them. So FTS5 ranks first and
    // only the best candidates are joined and filtered; when the filters (another business,
    // language, validity, type) leave fewer than the limit from a full candidate list, the
    // search runs again over every match. Both give the same rows in the same order.
    const qint64 candidates =
        std::max<qint64>(qint64(search.limit) * kCandidateFactor, kCandidateMinimum);
    QList<LexicalHit> result = run(search, match, candidates);
    // Too few: either there are few matches (the second run is as cheap as the first) or the
    // filters left out many of the best.
    if (result.size() < search.limit)
        result = run(search, match, -1);
    return result;
}

QList<LexicalHit> LexicalIndexRepository::run(const LexicalSearch &search, const QString &match,
                                              qint64 candidates)
{
    QList<LexicalHit> result;
    const QDate date = search.date.isValid() ? search.date : QDate::currentDate();
    const auto &w = search.weights;
    // bm25() is lower-is-better; its weights follow the columns' order. The business filter
    // is applied after MATCH: BM25's statistics (document frequencies, average length) are
    // those of the whole index, which for a few hundred chunks per business is a benefit
    // more than a bias. Ties are broken by chunk id in both queries, so the candidates are
    // exactly the head of the full ranking.
    // The same query twice: SQLite sorts every match in a subquery with an ORDER BY even
    // with LIMIT -1, which for the unbounded case costs more than it saves.
    static constexpr const char *kBounded =
        "SELECT c.id, c.document_id, f.score, c.section, c.question, c.text, c.language, "
        "d.source_name, d.type "
        "FROM (SELECT rowid, bm25(knowledge_fts, ?1, ?2, ?3, ?4, ?5) AS score "
        "      FROM knowledge_fts WHERE knowledge_fts MATCH ?6 "
        "      ORDER BY score, rowid LIMIT ?12) AS f "
        "JOIN knowledge_chunks c ON c.id = f.rowid "
        "JOIN knowledge_documents d ON d.id = c.document_id "
        "WHERE c.phone_number_id = ?7 "
        "AND (?8 = '' OR c.language = ?8) "
        "AND (c.valid_from IS NULL OR c.valid_from <= ?9) "
        "AND (c.valid_until IS NULL OR c.valid_until >= ?9) "
        "AND (?10 = '' OR d.type = ?10) "
        "ORDER BY f.score, c.id LIMIT ?11";
    static constexpr const char *kUnbounded =
        "SELECT c.id, c.document_id, f.score, c.section, c.question, c.text, c.language, "
        "d.source_name, d.type "
        "FROM (SELECT rowid, bm25(knowledge_fts, ?1, ?2, ?3, ?4, ?5) AS score "
        "      FROM knowledge_fts WHERE knowledge_fts MATCH ?6) AS f "
        "JOIN knowledge_chunks c ON c.id = f.rowid "
        "JOIN knowledge_documents d ON d.id = c.document_id "
        "WHERE c.phone_number_id = ?7 "
        "AND (?8 = '' OR c.language = ?8) "
        "AND (c.valid_from IS NULL OR c.valid_from <= ?9) "
        "AND (c.valid_until IS NULL OR c.valid_until >= ?9) "
        "AND (?10 = '' OR d.type = ?10) "
        "ORDER BY f.score, c.id LIMIT ?11";
    auto &query = m_connection.prepare(candidates < 0 ? kUnbounded : kBounded);
    query.bind(1, w.question)
        .bind(2, w.section)
        .bind(3, w.body)
        .bind(4, w.exact)
        .bind(5, w.pairs)
        .bind(6, match)
        .bind(7, search.phoneNumberId)
        .bind(8, search.language)
        .bind(9, date.toString(Qt::ISODate))
        .bind(10, search.documentType)
        .bind(11, search.limit);
    if (candidates >= 0)
        query.bind(12, candidates);
    while (query.step()) {
        LexicalHit hit;
        hit.chunk.chunkId = query.int64(0);
        hit.chunk.documentId = query.int64(1);
        hit.score = -query.real(2);
        hit.chunk.section = SectionPath::fromText(query.text(3));
        hit.chunk.question = query.text(4);
        hit.chunk.text = query.text(5);
        hit.chunk.language = query.text(6);
        hit.chunk.sourceName = query.text(7);
        hit.chunk.documentType = query.text(8);
        result.append(std::move(hit));
    }
    query.reset();
    return result;
}

QList<LexicalRow> LexicalIndexRepository::businessRows(const QString &phoneNumberId,
                                                       const QList<qint64> &ids)
{
    QList<LexicalRow> result;
    // The ids travel as one JSON array, so one prepared statement serves any number of them.
    QString idArray;
    if (!ids.isEmpty()) {
        idArray.reserve(ids.size() * 8 + 2);
        idArray.append(u'[');
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (i > 0)
                idArray.append(u',');
            idArray.append(QString::number(ids.at(i)));
        }
        idArray.append(u']');
    }
    auto &query = m_connection.prepare(
        "SELECT c.id, f.question, f.section, f.body, f.exact, f.pairs, c.language, "
        "c.valid_from, c.valid_until, d.type "
        "FROM knowledge_chunks c "
        "JOIN knowledge_documents d ON d.id = c.document_id "
        "JOIN knowledge_fts f ON f.rowid = c.id "
        "WHERE c.phone_number_id = ?1 "
        "AND (?2 = '' OR c.id IN (SELECT value FROM json_each(?2))) "
        "ORDER BY c.id");
    query.bind(1, phoneNumberId).bind(2, idArray);
    while (query.step()) {
        LexicalRow row;
        row.chunkId = query.int64(0);
        row.question = query.text(1);
        row.section = query.text(2);
        row.body = query.text(3);
        row.exact = query.text(4);
        row.pairs = query.text(5);
        row.language = query.text(6);
        if (!query.isNull(7))
            row.validFrom = QDate::fromString(query.text(7), Qt::ISODate);
        if (!query.isNull(8))
            row.validUntil = QDate::fromString(query.text(8), Qt::ISODate);
        row.documentType = query.text(9);
        result.append(std::move(row));
    }
    query.reset();
    return result;
}

} // namespace sportello::storage
