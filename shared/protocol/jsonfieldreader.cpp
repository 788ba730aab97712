// SPDX-License-Identifier: MIT
// Sportello: reads typed fields of one JSON object and names the first bad one by its path.
#include "protocol/jsonfieldreader.h"

#include <cmath>

namespace sportello::protocol {

namespace {
// Doubles hold integers exactly up to 2^53; beyond that a "whole number" may be a rounded one.
constexpr double kMaxExactInteger = 9007199254740992.0;
} // namespace

bool jsonIsInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return std::isfinite(number) && std::floor(number) == number &&
           std::fabs(number) <= kMaxExactInteger;
}

JsonFieldReader::JsonFieldReader(const QJsonObject &object, const QString &path,
                                 ProtocolError *error)
    : m_object(object)
    , m_path(path)
    , m_error(error)
{
}

QString JsonFieldReader::join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString JsonFieldReader::indexed(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString JsonFieldReader::pathOf(const QString &key) const
{
    return join(m_path, key);
}

bool JsonFieldReader::has(const QString &key) const
{
    const auto it = m_object.constFind(key);
    return it != m_object.constEnd() && !it->isNull() && !it->isUndefined();
}

bool JsonFieldReader::failAt(const QString &fullPath, const QString &message)
{
    if (ok()) {
        m_error->code = QStringLiteral("bad_request");
        m_error->field = fullPath;
        m_error->message = fullPath + QLatin1Char(' ') + message;
    }
    return false;
}

bool JsonFieldReader::fail(const QString &key, const QString &message)
{
    return failAt(pathOf(key), message);
}

bool JsonFieldReader::present(const QString &key, Need need)
{
    if (!ok())
        return false;
    if (has(key))
        return true;
    if (need == Need::Required)
        fail(key, QStringLiteral("is missing"));
    return false;
}

bool JsonFieldReader::string(const QString &key, QString *out, Need need)
{
    if (!present(key, need))
        return false;
    const QJsonValue value = m_object.value(key);
    if (!value.isString())
        return fail(key, QStringLiteral("must be a string"));
    *out = value.toString();
    return true;
}

bool JsonFieldReader::boolean(const QString &key, bool *out, Need need)
{
    if (!present(key, need))
        return false;
    const QJsonValue value = m_object.value(key);
    if (!value.isBool())
        return fail(key, QStringLiteral("must be true or false"));
    *out = value.toBool();
    return true;
}

bool JsonFieldReader::integer(const QString &key, qint64 *out, qint64 min, qint64 max, Need need)
{
    if (!present(key, need))
        return false;
    const QJsonValue value = m_object.value(key);
    if (!jsonIsInteger(value))
        return fail(key, QStringLiteral("must be a whole number"));
    const auto number = qint64(value.toDouble());
    if (number < min || number > max) {
        return fail(key, QStringLiteral("must be between %1 and %2").arg(min).arg(max));
    }
    *out = number;
    return true;
}

bool JsonFieldReader::integer(const QString &key, int *out, int min, int max, Need need)
{
    qint64 wide = *out;
    if (!integer(key, &wide, min, max, need))
        return false;
    *out = int(wide);
    return true;
}

bool JsonFieldReader::number(const QString &key, double *out, double min, double max, Need need)
{
    if (!present(key, need))
        return false;
    const QJsonValue value = m_object.value(key);
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        return fail(key, QStringLiteral("must be a number"));
    const double number = value.toDouble();
    if (number < min || number > max)
        return fail(key, QStringLiteral("must be between %1 and %2").arg(min).arg(max));
    *out = number;
    return true;
}

bool JsonFieldReader::stringList(const QString &key, QStringList *out, Need need)
{
    QJsonArray items;
    if (!array(key, &items, need))
        return false;
    QStringList result;
    result.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isString())
            return failAt(indexed(pathOf(key), i), QStringLiteral("must be a string"));
        result.append(items.at(i).toString());
    }
    *out = result;
    return true;
}

bool JsonFieldReader::intList(const QString &key, QList<int> *out, int min, int max, Need need)
{
    QJsonArray items;
    if (!array(key, &items, need))
        return false;
    QList<int> result;
    result.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        if (!jsonIsInteger(item))
            return failAt(indexed(pathOf(key), i), QStringLiteral("must be a whole number"));
        const double number = item.toDouble();
        if (number < min || number > max) {
            return failAt(indexed(pathOf(key), i),
                          QStringLiteral("must be between %1 and %2").arg(min).arg(max));
        }
        result.append(int(number));
    }
    *out = result;
    return true;
}

bool JsonFieldReader::object(const QString &key, QJsonObject *out, Need need)
{
    if (!present(key, need))
        return false;
    const QJsonValue value = m_object.value(key);
    if (!value.isObject())
        return fail(key, QStringLiteral("must be an object"));
    *out = value.toObject();
    return true;
}

bool JsonFieldReader::array(const QString &key, QJsonArray *out, Need need)
{
    if (!present(key, need))
        return false;
    const QJsonValue value = m_object.value(key);
    if (!value.isArray())
        return fail(key, QStringLiteral("must be an array"));
    *out = value.toArray();
    return true;
}

} // namespace sportello::protocol
