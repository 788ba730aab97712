// SPDX-License-Identifier: LicenseRef-Sportello
// The one exception type of server/storage.
#pragma once

#include <stdexcept>

#include <QString>

namespace sportello::storage {

// Storage reports failures (disk full, locked too long, corrupt file) by throwing this; the
// owners of a unit of work (ingest writer, turn processor, outbox sender) catch it, roll back
// and retry or answer 5xx, so nothing acknowledged is ever lost to a half-written change.
class StorageError : public std::runtime_error
{
public:
    StorageError(const QString &message, int code = 0)
        : std::runtime_error(message.toStdString())
        , m_code(code)
    {
    }
    int code() const { return m_code; }
    QString text() const { return QString::fromStdString(what()); }

private:
    int m_code;
};

} // namespace sportello::storage
