// SPDX-License-Identifier: MIT
// Sportello: reads typed fields of one JSON object and names the first bad one by its path.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "protocol/protocolerror.h"

namespace sportello::protocol {

// Shared by PayloadCodec and RequestCodec so that every payload reports errors the same way:
// code bad_request, `field` = the full path ("data.business.business_hours[1].open").
// A missing or null optional field leaves the target unchanged (its default); after the first
// failure every further read is a no-op, so the first bad field is the one reported.
class JsonFieldReader
{
public:
    enum class Need
    {
        Optional,
        Required,
    };

    JsonFieldReader(const QJsonObject &object, const QString &path, ProtocolError *error);

    bool ok() const { return m_error->isNull(); }
    QString pathOf(const QString &key) const;
    static QString join(const QString &path, const QString &key);
    static QString indexed(const QString &path, qsizetype index);

    // True when `key` is present and not null.
    bool has(const QString &key) const;

    bool string(const QString &key, QString *out, Need need = Need::Optional);
    bool boolean(const QString &key, bool *out, Need need = Need::Optional);
    // Integers must be whole numbers within [min, max].
    bool integer(const QString &key, qint64 *out, qint64 min, qint64 max,
                 Need need = Need::Optional);
    bool integer(const QString &key, int *out, int min, int max, Need need = Need::Optional);
    bool number(const QString &key, double *out, double min, double max,
                Need need = Need::Optional);
    bool stringList(const QString &key, QStringList *out, Need need = Need::Optional);
    bool intList(const QString &key, QList<int> *out, int min, int max, Need need = Need::Optional);
    bool object(const QString &key, QJsonObject *out, Need need = Need::Optional);
    bool array(const QString &key, QJsonArray *out, Need need = Need::Optional);

    // Records a failure for `key` (below this reader's path) unless one is recorded already.
    bool fail(const QString &key, const QString &message);
    // Same, with a full path.
    bool failAt(const QString &fullPath, const QString &message);

private:
    // Returns false (after recording "is missing" when required) when the field is absent.
    bool present(const QString &key, Need need);

    QJsonObject m_object;
    QString m_path;
    ProtocolError *m_error;
};

// Whole-number check shared with MessageCodec: true when `value` is a JSON number holding an
// integer representable exactly as a double.
bool jsonIsInteger(const QJsonValue &value);

} // namespace sportello::protocol
