// SPDX-License-Identifier: LicenseRef-Sportello
// Language and validity as a source states them, read the same way for every format.
#pragma once

#include <optional>

#include <QDate>
#include <QString>
#include <QStringList>

#include "knowledge/chunkdraft.h"
#include "knowledge/parsers/parseoptions.h"

namespace sportello::knowledge {

// Stated at three levels: the caller's options, the document (front matter), and a section or
// a FAQ row. The nearer level wins field by field.
struct ChunkMetadata
{
    QString language;
    std::optional<QDate> validFrom;
    std::optional<QDate> validUntil;

    static ChunkMetadata fromOptions(const ParseOptions &options);
    // "language", "valid_from" or "valid_until" for the spellings sources use (valid_from,
    // validFrom, "valid from", valid-from, lang), else empty.
    static QString canonicalKey(const QString &key);
    // The two-letter ISO 639-1 code, lower case ("it" for it, IT, it-IT, it_IT); empty when
    // `value` is not one.
    static QString languageCode(const QString &value);

    // Sets the field named by the canonical `key` from its text. Blank means unset. A value
    // that is not an ISO date (YYYY-MM-DD) or a language code is ignored with a warning
    // naming `where` and the field, so a typo is reported and never silently applied.
    void set(const QString &key, const QString &value, const QString &where, QStringList *warnings);
    // These fields, with those left unset taken from `outer`.
    ChunkMetadata over(const ChunkMetadata &outer) const;
    // over(outer), unless that would start after it ends: then this level's dates are
    // dropped with a warning naming `where`, since a chunk that can never be retrieved is
    // surely a mistake.
    ChunkMetadata checkedOver(const ChunkMetadata &outer, const QString &where,
                              QStringList *warnings);
    void applyTo(ChunkDraft *chunk) const;
};

} // namespace sportello::knowledge
