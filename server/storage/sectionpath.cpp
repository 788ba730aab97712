// SPDX-License-Identifier: LicenseRef-Sportello
// A chunk's heading path as stored: a JSON array of strings in one text column.
#include "storage/sectionpath.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sportello::storage {

QString SectionPath::toText(const QStringList &section)
{
    if (section.isEmpty())
        return {};
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(section)).toJson(QJsonDocument::Compact));
}

QStringList SectionPath::fromText(const QString &text)
{
    if (text.isEmpty())
        return {};
    const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8());
    if (!json.isArray())
        return {text};
    QStringList result;
    for (const auto &value : json.array())
        result.append(value.toString());
    return result;
}

} // namespace sportello::storage
