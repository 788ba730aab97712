// SPDX-License-Identifier: LicenseRef-Sportello
// A chunk's heading path as stored: a JSON array of strings in one text column.
#pragma once

#include <QString>
#include <QStringList>

namespace sportello::storage {

class SectionPath
{
public:
    // Empty for no headings, so the column stays NULL.
    static QString toText(const QStringList &section);
    // Text that is not a JSON array (not written by us) comes back as one heading rather
    // than being lost.
    static QStringList fromText(const QString &text);
};

} // namespace sportello::storage
