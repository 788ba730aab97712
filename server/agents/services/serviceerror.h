// SPDX-License-Identifier: LicenseRef-Sportello
// A refused administrative request, carrying the protocol error to answer with.
#pragma once

#include <stdexcept>

#include "protocol/protocolerror.h"

namespace sportello::agents {

// Thrown by the services for a request that cannot be done as asked (unknown user, last admin,
// bad value). Database failures stay storage::StorageError, which the caller answers with
// `internal`.
class ServiceError : public std::runtime_error
{
public:
    explicit ServiceError(protocol::ProtocolError error)
        : std::runtime_error(error.message.toStdString())
        , m_error(std::move(error))
    {
    }

    const protocol::ProtocolError &error() const { return m_error; }

    static ServiceError badRequest(const QString &field, const QString &message)
    {
        return ServiceError({QStringLiteral("bad_request"), field, message});
    }
    static ServiceError notFound(const QString &field, const QString &message)
    {
        return ServiceError({QStringLiteral("not_found"), field, message});
    }
    static ServiceError conflict(const QString &field, const QString &message)
    {
        return ServiceError({QStringLiteral("conflict"), field, message});
    }

private:
    protocol::ProtocolError m_error;
};

} // namespace sportello::agents
