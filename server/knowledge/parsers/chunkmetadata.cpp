// SPDX-License-Identifier: LicenseRef-Sportello
// Language and validity as a source states them, read the same way for every format.
#include "knowledge/parsers/chunkmetadata.h"

#include <QRegularExpression>

namespace sportello::knowledge {

ChunkMetadata ChunkMetadata::fromOptions(const ParseOptions &options)
{
    ChunkMetadata metadata;
    metadata.language = languageCode(options.language);
    metadata.validFrom = options.validFrom;
    metadata.validUntil = options.validUntil;
    return metadata;
}

QString ChunkMetadata::languageCode(const QString &value)
{
    // it, IT, it-IT and it_IT all mean Italian to the retriever.
    static const QRegularExpression code(QStringLiteral("^([a-z]{2})(?:[-_][a-z0-9]+)*$"),
                                         QRegularExpression::CaseInsensitiveOption);
    const auto match = code.match(value.trimmed());
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

QString ChunkMetadata::canonicalKey(const QString &key)
{
    QString folded = key.trimmed().toLower();
    folded.remove(u'_');
    folded.remove(u'-');
    folded.remove(u' ');
    if (folded == u"language" || folded == u"lang")
        return QStringLiteral("language");
    if (folded == u"validfrom")
        return QStringLiteral("valid_from");
    if (folded == u"validuntil")
        return QStringLiteral("valid_until");
    return {};
}

void ChunkMetadata::set(const QString &key, const QString &value, const QString &where,
                        QStringList *warnings)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return;
    if (key == u"language") {
        const QString code = languageCode(trimmed);
        if (code.isEmpty()) {
            warnings->append(QStringLiteral("%1: %2: \"%3\" is not a language code (it, en, es, "
                                            "fr, de...); ignored")
                                 .arg(where, key, trimmed));
            return;
        }
        language = code;
        return;
    }
    const QDate date = QDate::fromString(trimmed, Qt::ISODate);
    if (!date.isValid()) {
        warnings->append(QStringLiteral("%1: %2: \"%3\" is not a date (YYYY-MM-DD); ignored")
                             .arg(where, key, trimmed));
        return;
    }
    if (key == u"valid_from")
        validFrom = date;
    else
        validUntil = date;
}

ChunkMetadata ChunkMetadata::over(const ChunkMetadata &outer) const
{
    ChunkMetadata merged = outer;
    if (!language.isEmpty())
        merged.language = language;
    if (validFrom)
        merged.validFrom = validFrom;
    if (validUntil)
        merged.validUntil = validUntil;
    return merged;
}

ChunkMetadata ChunkMetadata::checkedOver(const ChunkMetadata &outer, const QString &where,
                                         QStringList *warnings)
{
    ChunkMetadata merged = over(outer);
    if (merged.validFrom && merged.validUntil && *merged.validFrom > *merged.validUntil) {
        warnings->append(QStringLiteral("%1: valid_from %2 is after valid_until %3; both ignored")
                             .arg(where, merged.validFrom->toString(Qt::ISODate),
                                  merged.validUntil->toString(Qt::ISODate)));
        validFrom.reset();
        validUntil.reset();
        merged = over(outer);
    }
    return merged;
}

void ChunkMetadata::applyTo(ChunkDraft *chunk) const
{
    chunk->language = language;
    chunk->validFrom = validFrom;
    chunk->validUntil = validUntil;
}

} // namespace sportello::knowledge
