// SPDX-License-Identifier: LicenseRef-Sportello
// A distribution of observed values in fixed buckets (Prometheus histogram).
#pragma once

#include <atomic>
#include <memory>

#include <QList>
#include <QString>

namespace sportello::metrics {

// Lock-free: observe() is on the webhook hot path.
class Histogram
{
public:
    Histogram(QString name, QString help, QList<double> upperBounds);

    void observe(double value);
    quint64 count() const { return m_count.load(std::memory_order_relaxed); }

    QString render() const;

private:
    QString m_name;
    QString m_help;
    QList<double> m_bounds;
    std::unique_ptr<std::atomic<quint64>[]> m_buckets; // non-cumulative, +1 for +Inf
    std::atomic<quint64> m_count{0};
    std::atomic<quint64> m_sumNanos{0}; // sum in billionths, so one atomic add suffices
};

} // namespace sportello::metrics
