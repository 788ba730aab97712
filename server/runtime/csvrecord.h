// SPDX-License-Identifier: LicenseRef-Sportello
// One CSV record as CsvReader read it: its fields and the line it starts on.
#pragma once

#include <QStringList>

namespace sportello::runtime {

struct CsvRecord
{
    QStringList fields;
    // 1-based line of the file the record starts on; later records move down by the
    // newlines inside quoted fields, so this is the line an editor shows.
    int line = 0;

    // An empty line reads as one empty field.
    bool isBlank() const { return fields.size() == 1 && fields.first().trimmed().isEmpty(); }
};

} // namespace sportello::runtime
