// SPDX-License-Identifier: LicenseRef-Sportello
// A distribution of observed values in fixed buckets (Prometheus histogram).
#include "metrics/histogram.h"

#include <algorithm>

#include "metrics/prometheustext.h"

namespace sportello::metrics {

Histogram::Histogram(QString name, QString help, QList<double> upperBounds)
    : m_name(std::move(name))
    , m_help(std::move(help))
    , m_bounds(std::move(upperBounds))
    , m_buckets(new std::atomic<quint64>[size_t(m_bounds.size() + 1)])
{
    std::sort(m_bounds.begin(), m_bounds.end());
    for (qsizetype i = 0; i <= m_bounds.size(); ++i)
        m_buckets[size_t(i)].store(0);
}

void Histogram::observe(double value)
{
    const auto it = std::lower_bound(m_bounds.cbegin(), m_bounds.cend(), value);
    m_buckets[size_t(it - m_bounds.cbegin())].fetch_add(1, std::memory_order_relaxed);
    m_count.fetch_add(1, std::memory_order_relaxed);
    m_sumNanos.fetch_add(quint64(std::max(0.0, value) * 1e9), std::memory_order_relaxed);
}

QString Histogram::render() const
{
    QString out = PrometheusText::header(m_name, m_help, QStringLiteral("histogram"));
    quint64 cumulative = 0;
    const QString bucketName = m_name + QStringLiteral("_bucket");
    for (qsizetype i = 0; i < m_bounds.size(); ++i) {
        cumulative += m_buckets[size_t(i)].load(std::memory_order_relaxed);
        out += PrometheusText::sample(bucketName, QStringLiteral("le"),
                                      PrometheusText::number(m_bounds[i]), double(cumulative));
    }
    cumulative += m_buckets[size_t(m_bounds.size())].load(std::memory_order_relaxed);
    out += PrometheusText::sample(bucketName, QStringLiteral("le"), QStringLiteral("+Inf"),
                                  double(cumulative));
    out += PrometheusText::sample(m_name + QStringLiteral("_sum"), {}, {},
                                  double(m_sumNanos.load(std::memory_order_relaxed)) / 1e9);
    out += PrometheusText::sample(m_name + QStringLiteral("_count"), {}, {}, double(cumulative));
    return out;
}

} // namespace sportello::metrics
