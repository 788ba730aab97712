// SPDX-License-Identifier: LicenseRef-Sportello
// Turns an uploaded text file's bytes into the text the parsers split.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sportello::knowledge {

class SourceText
{
public:
    // UTF-8 with or without a BOM, or UTF-16 with a BOM. Bytes that are not valid UTF-8 are
    // read as Windows-1252, which is what Excel and Notepad save in Western Europe (a price
    // list's "€" is byte 0x80 there), with a warning naming `source`. Line ends become LF.
    static QString decode(const QByteArray &bytes, const QString &source, QStringList *warnings);
    // True for a PDF, an Office file or an image given to a text format: a known signature,
    // or NUL bytes without a UTF-16 BOM.
    static bool looksBinary(const QByteArray &bytes);
};

} // namespace sportello::knowledge
