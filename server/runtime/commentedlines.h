// SPDX-License-Identifier: LicenseRef-Sportello
// Reads the small UTF-8 data files the server ships or is given (lexicons, secrets files).
#pragma once

#include <optional>

#include <QList>
#include <QString>

namespace sportello::runtime {

// One line per record; blank lines and lines starting with '#' are comments. Each line comes
// trimmed with its 1-based number in the file, so errors can point at it.
class CommentedLines
{
public:
    struct Line
    {
        int number = 0;
        QString text;
    };

    // Null with `error` naming the file when it cannot be read.
    static std::optional<QList<Line>> read(const QString &path, QString *error);
};

} // namespace sportello::runtime
