// SPDX-License-Identifier: LicenseRef-Sportello
// Reads the small UTF-8 data files the server ships or is given (lexicons, secrets files).
#include "runtime/commentedlines.h"

#include <QFile>

namespace sportello::runtime {

std::optional<QList<CommentedLines::Line>> CommentedLines::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        if (error)
            *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QList<Line> lines;
    int number = 0;
    while (!file.atEnd()) {
        ++number;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        lines.append({number, line});
    }
    return lines;
}

} // namespace sportello::runtime
