// SPDX-License-Identifier: LicenseRef-Sportello
// The hub's request table: every request type, the role it needs and its handler.
#pragma once

#include <QHash>
#include <QList>

#include "agents/hub/route.h"

namespace sportello::agents {

// The roles here are the server's enforcement of PROTOCOL.md: the hub checks them before any
// handler runs, for every request.
class RequestRouter
{
public:
    RequestRouter();

    // nullptr for an unknown type.
    const Route *find(const QString &type) const;
    const QList<Route> &routes() const { return m_routes; }

    // "only managers and admins may ..." for an error message.
    static QString whoMay(AgentRole role);

private:
    QList<Route> m_routes;
    QHash<QString, qsizetype> m_index;
};

} // namespace sportello::agents
