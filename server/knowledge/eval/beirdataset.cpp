// SPDX-License-Identifier: LicenseRef-Sportello
// A retrieval test set in the BEIR layout: corpus and queries (JSONL), relevance (TSV).
#include "knowledge/eval/beirdataset.h"

#include <functional>

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace sportello::knowledge {

namespace {

QString where(const QString &path, int line)
{
    return QStringLiteral("%1:%2").arg(QFileInfo(path).fileName()).arg(line);
}

bool openFile(QFile &file, QString *error)
{
    if (file.open(QIODevice::ReadOnly))
        return true;
    *error = QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString());
    return false;
}

// Calls `row` with each non-empty line (UTF-8, BOM and line ends removed) and its number;
// stops at the first false.
bool forEachLine(const QString &path, QString *error,
                 const std::function<bool(const QString &, int)> &row)
{
    QFile file(path);
    if (!openFile(file, error))
        return false;
    int number = 0;
    while (!file.atEnd()) {
        QByteArray bytes = file.readLine();
        ++number;
        if (number == 1 && bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        while (bytes.endsWith('\n') || bytes.endsWith('\r'))
            bytes.chop(1);
        if (bytes.trimmed().isEmpty())
            continue;
        if (!row(QString::fromUtf8(bytes), number))
            return false;
    }
    return true;
}

// A JSONL line's object, or nullopt with *error saying why.
std::optional<QJsonObject> jsonObject(const QString &line, const QString &at, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(line.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1: not JSON (%2 at character %3)")
                     .arg(at, parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!json.isObject()) {
        *error = QStringLiteral("%1: expected a JSON object").arg(at);
        return std::nullopt;
    }
    return json.object();
}

// A string field (ids may also be numbers); nullopt with *error when missing or of another
// type and required.
std::optional<QString> stringField(const QJsonObject &object, const QString &name, bool required,
                                   const QString &at, QString *error)
{
    const QJsonValue value = object.value(name);
    if (value.isString())
        return value.toString();
    if (value.isDouble() && name == u"_id")
        return QString::number(value.toInteger());
    if ((value.isUndefined() || value.isNull()) && !required)
        return QString();
    *error = value.isUndefined() ? QStringLiteral("%1: missing field \"%2\"").arg(at, name)
                                 : QStringLiteral("%1: field \"%2\" is not a string").arg(at, name);
    return std::nullopt;
}

} // namespace

std::optional<BeirDataset> BeirDataset::load(const QString &corpusPath, const QString &queriesPath,
                                             const QString &qrelsPath, QString *error)
{
    BeirDataset dataset;
    if (!dataset.loadCorpus(corpusPath, error) || !dataset.loadQueries(queriesPath, error) ||
        !dataset.loadQrels(qrelsPath, error)) {
        return std::nullopt;
    }
    return dataset;
}

bool BeirDataset::loadCorpus(const QString &path, QString *error)
{
    QHash<QString, int> firstLine;
    const bool ok = forEachLine(path, error, [&](const QString &line, int number) {
        const QString at = where(path, number);
        const auto object = jsonObject(line, at, error);
        if (!object)
            return false;
        const auto id = stringField(*object, QStringLiteral("_id"), true, at, error);
        if (!id)
            return false;
        if (id->isEmpty()) {
            *error = QStringLiteral("%1: field \"_id\" is empty").arg(at);
            return false;
        }
        if (firstLine.contains(*id)) {
            *error = QStringLiteral("%1: duplicate _id \"%2\" (first on line %3)")
                         .arg(at, *id)
                         .arg(firstLine.value(*id));
            return false;
        }
        const auto title = stringField(*object, QStringLiteral("title"), false, at, error);
        const auto text =
            title ? stringField(*object, QStringLiteral("text"), true, at, error) : std::nullopt;
        if (!title || !text)
            return false;
        firstLine.insert(*id, number);
        m_documents.append({*id, *title, *text});
        return true;
    });
    if (ok && m_documents.isEmpty()) {
        *error = QStringLiteral("%1: no documents").arg(QFileInfo(path).fileName());
        return false;
    }
    return ok;
}

bool BeirDataset::loadQueries(const QString &path, QString *error)
{
    QHash<QString, int> firstLine;
    return forEachLine(path, error, [&](const QString &line, int number) {
        const QString at = where(path, number);
        const auto object = jsonObject(line, at, error);
        if (!object)
            return false;
        const auto id = stringField(*object, QStringLiteral("_id"), true, at, error);
        const auto text =
            id ? stringField(*object, QStringLiteral("text"), true, at, error) : std::nullopt;
        if (!id || !text)
            return false;
        if (firstLine.contains(*id)) {
            *error = QStringLiteral("%1: duplicate _id \"%2\" (first on line %3)")
                         .arg(at, *id)
                         .arg(firstLine.value(*id));
            return false;
        }
        firstLine.insert(*id, number);
        m_queries.append({*id, *text});
        return true;
    });
}

bool BeirDataset::loadQrels(const QString &path, QString *error)
{
    QSet<QString> documentIds;
    for (const Document &document : m_documents)
        documentIds.insert(document.id);
    QSet<QString> queryIds;
    for (const Query &query : m_queries)
        queryIds.insert(query.id);

    bool first = true;
    const bool ok = forEachLine(path, error, [&](const QString &line, int number) {
        const QString at = where(path, number);
        QStringList fields = line.split(u'\t');
        if (fields.size() != 3)
            fields = line.simplified().split(u' ');
        if (fields.size() != 3) {
            *error = QStringLiteral("%1: expected query-id, corpus-id and score separated by "
                                    "tabs, found %2 fields")
                         .arg(at)
                         .arg(fields.size());
            return false;
        }
        bool isNumber = false;
        const int score = fields.at(2).trimmed().toInt(&isNumber);
        const bool header = first && !isNumber;
        first = false;
        if (header)
            return true;
        if (!isNumber) {
            *error = QStringLiteral("%1: score \"%2\" is not a whole number")
                         .arg(at, fields.at(2).trimmed());
            return false;
        }
        const QString queryId = fields.at(0).trimmed();
        const QString documentId = fields.at(1).trimmed();
        if (!queryIds.contains(queryId)) {
            ++m_unknownQueryRows;
            return true;
        }
        if (!documentIds.contains(documentId)) {
            ++m_unknownDocumentRows;
            return true;
        }
        if (score > 0)
            m_qrels[queryId].insert(documentId, score);
        return true;
    });
    if (ok && m_qrels.isEmpty()) {
        *error = QStringLiteral("%1: no relevant (score > 0) pairs of known queries and documents")
                     .arg(QFileInfo(path).fileName());
        return false;
    }
    return ok;
}

} // namespace sportello::knowledge
