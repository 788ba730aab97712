// SPDX-License-Identifier: LicenseRef-Sportello
// Turns an uploaded text file's bytes into the text the parsers split.
#include "knowledge/parsers/sourcetext.h"

#include <array>

#include <QStringDecoder>

namespace sportello::knowledge {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80..0x9F; 0 marks the five unassigned bytes,
// read as their Latin-1 control characters.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

QString fromCp1252(const QByteArray &bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (const char byte : bytes) {
        const auto value = static_cast<unsigned char>(byte);
        const char16_t mapped = value >= 0x80 && value <= 0x9F ? kCp1252High[value - 0x80] : 0;
        text.append(QChar(mapped != 0 ? mapped : char16_t(value)));
    }
    return text;
}

QString normalizeLineEnds(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    return text;
}

} // namespace

QString SourceText::decode(const QByteArray &bytes, const QString &source, QStringList *warnings)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE
                                                            : QStringConverter::Utf16BE);
        return normalizeLineEnds(decoder.decode(bytes.mid(2)));
    }
    const QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(body);
    if (!utf8.hasError())
        return normalizeLineEnds(text);
    warnings->append(QStringLiteral("%1: not valid UTF-8, read as Windows-1252 (save it as UTF-8 "
                                    "if letters look wrong)")
                         .arg(source));
    return normalizeLineEnds(fromCp1252(body));
}

bool SourceText::looksBinary(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return false;
    // PDF, zip (.docx, .xlsx, .odt), old Office, PNG, JPEG: a PDF may have no NUL byte at all.
    for (const char *magic :
         {"%PDF-", "PK\x03\x04", "\xD0\xCF\x11\xE0", "\x89PNG", "\xFF\xD8\xFF"}) {
        if (bytes.startsWith(magic))
            return true;
    }
    return bytes.left(8192).contains('\0');
}

} // namespace sportello::knowledge
