// SPDX-License-Identifier: LicenseRef-Sportello
// GET /healthz, /readyz and /metrics: what operators and Prometheus look at.
#pragma once

#include <functional>

#include <QObject>

class QHttpServerRequest;
class QHttpServerResponder;
class QHttpServerResponse;

namespace sportello::storage {
class Database;
}
namespace sportello::metrics {
class ServerMetrics;
}

namespace sportello::http {

// Lives in the HTTP thread. Database reads for /readyz and /metrics run on the global thread
// pool and are answered when done, so a slow disk never stalls webhook acknowledgements.
class OpsController : public QObject
{
    Q_OBJECT

public:
    // extraReadiness: returns a problem description, or an empty string when all is well.
    OpsController(storage::Database &database, metrics::ServerMetrics &metrics,
                  std::function<QString()> extraReadiness, QObject *parent = nullptr);

    QHttpServerResponse health() const;
    void ready(QHttpServerResponder &&responder);
    void metrics(QHttpServerResponder &&responder);

private:
    storage::Database &m_database;
    metrics::ServerMetrics &m_metrics;
    std::function<QString()> m_extraReadiness;
};

} // namespace sportello::http
