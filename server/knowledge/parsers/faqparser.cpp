// SPDX-License-Identifier: LicenseRef-Sportello
// Reads question/answer pairs (CSV, JSON or JSONL) into one chunk per pair.
#include "knowledge/parsers/faqparser.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include "knowledge/parsers/chunkmetadata.h"
#include "knowledge/parsers/sourcetext.h"
#include "runtime/csvreader.h"

namespace sportello::knowledge {

namespace {

const QString kQuestion = QStringLiteral("question");
const QString kAnswer = QStringLiteral("answer");
const QString kSection = QStringLiteral("section");

QStringList sectionColumns()
{
    return {QStringLiteral("section"),  QStringLiteral("category"),  QStringLiteral("categoria"),
            QStringLiteral("sezione"),  QStringLiteral("categoría"), QStringLiteral("catégorie"),
            QStringLiteral("kategorie")};
}

QString folded(const QString &name)
{
    QString result = name.trimmed().toLower();
    result.remove(u'_');
    result.remove(u'-');
    result.remove(u' ');
    return result;
}

// question, answer, section, language, valid_from, valid_until, or empty for a column this
// parser does not use.
QString fieldOf(const QString &column)
{
    const QString name = folded(column);
    if (FaqParser::questionColumns().contains(name))
        return kQuestion;
    if (FaqParser::answerColumns().contains(name))
        return kAnswer;
    if (sectionColumns().contains(name))
        return kSection;
    return ChunkMetadata::canonicalKey(column);
}

// One pair as read, before it is checked: field → value and the header name it came under.
struct FaqRow
{
    QString where;
    QHash<QString, QString> values;
    QHash<QString, QString> columns;
};

class FaqBuilder
{
public:
    explicit FaqBuilder(const ParseOptions &options)
        : m_outer(ChunkMetadata::fromOptions(options))
    {
        m_document.type = QStringLiteral("faq");
    }

    ParsedDocument &document() { return m_document; }
    QStringList *warnings() { return &m_document.warnings; }

    // The error naming the missing required columns, or empty when both are there.
    QString missingColumns(const QStringList &found, const QString &where,
                           const QString &noun) const
    {
        bool question = false;
        bool answer = false;
        for (const QString &name : found) {
            question = question || fieldOf(name) == kQuestion;
            answer = answer || fieldOf(name) == kAnswer;
        }
        const auto describe = [&](const QString &field, const QStringList &names) {
            return QStringLiteral("%1: no %2 %3 (expected one of: %4; %3s found: %5)")
                .arg(where, field, noun, names.join(QStringLiteral(", ")),
                     found.isEmpty() ? QStringLiteral("none") : found.join(QStringLiteral(", ")));
        };
        if (!question)
            return describe(kQuestion, FaqParser::questionColumns());
        if (!answer)
            return describe(kAnswer, FaqParser::answerColumns());
        return {};
    }

    void add(const FaqRow &row)
    {
        const QString question = row.values.value(kQuestion).trimmed();
        const QString answer = row.values.value(kAnswer).trimmed();
        bool blank = true;
        for (const QString &value : row.values)
            blank = blank && value.trimmed().isEmpty();
        if (blank)
            return;
        for (const QString &field : {kQuestion, kAnswer}) {
            if (row.values.value(field).trimmed().isEmpty()) {
                m_document.warnings.append(QStringLiteral("%1: empty %2 (\"%3\"); row skipped")
                                               .arg(row.where, field, row.columns.value(field)));
                return;
            }
        }
        ChunkMetadata own;
        for (const QString &key : {QStringLiteral("language"), QStringLiteral("valid_from"),
                                   QStringLiteral("valid_until")})
            own.set(key, row.values.value(key), row.where, &m_document.warnings);
        const ChunkMetadata metadata = own.checkedOver(m_outer, row.where, &m_document.warnings);
        ChunkDraft chunk;
        chunk.ordinal = static_cast<int>(m_document.chunks.size());
        for (const QString &part : row.values.value(kSection).split(u'>')) {
            if (!part.trimmed().isEmpty())
                chunk.section.append(part.trimmed());
        }
        chunk.question = question;
        chunk.text = answer;
        metadata.applyTo(&chunk);
        m_document.chunks.append(chunk);
    }

private:
    ChunkMetadata m_outer;
    ParsedDocument m_document;
};

std::optional<ParsedDocument> parseCsv(const QString &text, const QString &source,
                                       FaqBuilder &builder, QString *error)
{
    runtime::CsvReader reader(text, source, runtime::CsvReader::guessDelimiter(text));
    QStringList header;
    int headerLine = 0;
    // A spreadsheet numbers records, not lines: a multi-line answer moves the two apart.
    int spreadsheetRow = 0;
    while (header.isEmpty() && !reader.atEnd()) {
        const auto record = reader.next({}, error);
        if (!record)
            return std::nullopt;
        ++spreadsheetRow;
        if (!record->isBlank()) {
            header = record->fields;
            headerLine = record->line;
        }
    }
    if (header.isEmpty()) {
        *error = QStringLiteral("%1: empty file (expected a header row naming the question and "
                                "answer columns)")
                     .arg(source);
        return std::nullopt;
    }
    QStringList named;
    for (const QString &column : std::as_const(header)) {
        if (!column.trimmed().isEmpty())
            named.append(column.trimmed());
    }
    const QString headerWhere = QStringLiteral("%1:%2").arg(source).arg(headerLine);
    if (const QString missing =
            builder.missingColumns(named, headerWhere, QStringLiteral("column"));
        !missing.isEmpty()) {
        *error = missing;
        return std::nullopt;
    }
    QStringList fields;
    QStringList ignored;
    for (const QString &column : std::as_const(header)) {
        QString field = fieldOf(column);
        // The first column for a field wins; a second "answer" is not silently merged.
        if (!field.isEmpty() && fields.contains(field))
            field.clear();
        if (field.isEmpty() && !column.trimmed().isEmpty())
            ignored.append(QStringLiteral("\"%1\"").arg(column.trimmed()));
        fields.append(field);
    }
    if (!ignored.isEmpty())
        builder.warnings()->append(QStringLiteral("%1: column%2 %3 not used")
                                       .arg(headerWhere,
                                            ignored.size() > 1 ? QStringLiteral("s") : QString(),
                                            ignored.join(QStringLiteral(", "))));
    while (!reader.atEnd()) {
        const auto record = reader.next(header, error);
        if (!record)
            return std::nullopt;
        ++spreadsheetRow;
        if (record->isBlank())
            continue;
        FaqRow row;
        row.where = QStringLiteral("%1:%2").arg(source).arg(record->line);
        if (spreadsheetRow != record->line)
            row.where += QStringLiteral(" (row %1)").arg(spreadsheetRow);
        bool extra = false;
        for (qsizetype i = header.size(); i < record->fields.size(); ++i)
            extra = extra || !record->fields.at(i).trimmed().isEmpty();
        if (extra) {
            builder.warnings()->append(
                QStringLiteral("%1: %2 fields where the header has %3 (a comma or semicolon in "
                               "an unquoted field?); row skipped")
                    .arg(row.where)
                    .arg(record->fields.size())
                    .arg(header.size()));
            continue;
        }
        for (qsizetype i = 0; i < header.size(); ++i) {
            if (fields.at(i).isEmpty())
                continue;
            row.values.insert(fields.at(i),
                              i < record->fields.size() ? record->fields.at(i) : QString());
            row.columns.insert(fields.at(i), header.at(i).trimmed());
        }
        builder.add(row);
    }
    return builder.document();
}

struct JsonItem
{
    QString where;
    QJsonObject object;
};

std::optional<ParsedDocument> addJsonItems(const QList<JsonItem> &items, const QString &where,
                                           FaqBuilder &builder, QString *error)
{
    QStringList keys;
    for (const JsonItem &item : items) {
        for (const QString &key : item.object.keys()) {
            if (!keys.contains(key))
                keys.append(key);
        }
    }
    if (!items.isEmpty()) {
        if (const QString missing = builder.missingColumns(keys, where, QStringLiteral("field"));
            !missing.isEmpty()) {
            *error = missing;
            return std::nullopt;
        }
    }
    for (const JsonItem &item : items) {
        FaqRow row;
        row.where = item.where;
        bool usable = true;
        for (auto it = item.object.begin(); it != item.object.end(); ++it) {
            const QString field = fieldOf(it.key());
            if (field.isEmpty() || row.columns.contains(field))
                continue;
            QString value;
            if (it.value().isString()) {
                value = it.value().toString();
            } else if (it.value().isDouble()) {
                value = QString::number(it.value().toDouble(), 'g', 17);
            } else if (!it.value().isNull()) {
                const bool required = field == kQuestion || field == kAnswer;
                builder.warnings()->append(
                    QStringLiteral("%1: field \"%2\" is not text; %3")
                        .arg(item.where, it.key(),
                             required ? QStringLiteral("row skipped") : QStringLiteral("ignored")));
                usable = usable && !required;
                continue;
            }
            row.values.insert(field, value);
            row.columns.insert(field, it.key());
        }
        for (const QString &field : {kQuestion, kAnswer}) {
            if (!row.columns.contains(field))
                row.columns.insert(field, field);
        }
        if (usable)
            builder.add(row);
    }
    return builder.document();
}

// Line (1-based) of a byte offset, for JSON parse errors.
int lineAt(const QByteArray &data, int offset)
{
    return static_cast<int>(data.left(offset).count('\n')) + 1;
}

std::optional<ParsedDocument> parseJson(const QByteArray &data, const QString &source,
                                        FaqBuilder &builder, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1:%2: not valid JSON (%3)")
                     .arg(source)
                     .arg(lineAt(data, parseError.offset))
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    QJsonArray array;
    if (json.isArray()) {
        array = json.array();
    } else {
        const QJsonObject top = json.object();
        bool found = false;
        for (auto it = top.begin(); it != top.end(); ++it) {
            if (it.key().compare(QStringLiteral("faq"), Qt::CaseInsensitive) == 0 &&
                it.value().isArray()) {
                array = it.value().toArray();
                found = true;
            } else if (it.key().compare(QStringLiteral("title"), Qt::CaseInsensitive) == 0) {
                builder.document().title = it.value().toString().trimmed();
            }
        }
        if (!found) {
            *error = QStringLiteral("%1: expected an array of question/answer objects or "
                                    "{\"faq\": [...]}")
                         .arg(source);
            return std::nullopt;
        }
    }
    QList<JsonItem> items;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("%1: item %2").arg(source).arg(i + 1);
        if (!array.at(i).isObject()) {
            builder.warnings()->append(QStringLiteral("%1: not an object; skipped").arg(where));
            continue;
        }
        items.append({where, array.at(i).toObject()});
    }
    return addJsonItems(items, source, builder, error);
}

std::optional<ParsedDocument> parseJsonl(const QByteArray &data, const QString &source,
                                         FaqBuilder &builder, QString *error)
{
    QList<JsonItem> items;
    int number = 0;
    for (const QByteArray &line : data.split('\n')) {
        ++number;
        if (line.trimmed().isEmpty())
            continue;
        const QString where = QStringLiteral("%1:%2").arg(source).arg(number);
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError || !json.isObject()) {
            builder.warnings()->append(
                QStringLiteral("%1: not a JSON object%2; line skipped")
                    .arg(where, parseError.error != QJsonParseError::NoError
                                    ? QStringLiteral(" (%1)").arg(parseError.errorString())
                                    : QString()));
            continue;
        }
        items.append({where, json.object()});
    }
    return addJsonItems(items, source, builder, error);
}

enum class Format
{
    Csv,
    Json,
    Jsonl,
};

Format formatOf(const QString &source, const QString &text)
{
    const QString suffix = QFileInfo(source).suffix().toLower();
    if (suffix == u"jsonl" || suffix == u"ndjson")
        return Format::Jsonl;
    if (suffix == u"json")
        return Format::Json;
    if (suffix == u"csv" || suffix == u"tsv")
        return Format::Csv;
    const QString start = text.trimmed();
    if (start.startsWith(u'['))
        return Format::Json;
    if (!start.startsWith(u'{'))
        return Format::Csv;
    QJsonParseError parseError;
    QJsonDocument::fromJson(start.toUtf8(), &parseError);
    return parseError.error == QJsonParseError::NoError ? Format::Json : Format::Jsonl;
}

} // namespace

QStringList FaqParser::questionColumns()
{
    return {QStringLiteral("question"), QStringLiteral("q"), QStringLiteral("domanda"),
            QStringLiteral("pregunta"), QStringLiteral("frage")};
}

QStringList FaqParser::answerColumns()
{
    return {QStringLiteral("answer"),    QStringLiteral("a"),       QStringLiteral("risposta"),
            QStringLiteral("respuesta"), QStringLiteral("réponse"), QStringLiteral("reponse"),
            QStringLiteral("antwort")};
}

std::optional<ParsedDocument> FaqParser::parse(const QByteArray &content, const QString &source,
                                               const ParseOptions &options, QString *error)
{
    FaqBuilder builder(options);
    const QString text = SourceText::decode(content, source, builder.warnings());
    switch (formatOf(source, text)) {
    case Format::Json:
        return parseJson(text.toUtf8(), source, builder, error);
    case Format::Jsonl:
        return parseJsonl(text.toUtf8(), source, builder, error);
    case Format::Csv:
        break;
    }
    return parseCsv(text, source, builder, error);
}

} // namespace sportello::knowledge
