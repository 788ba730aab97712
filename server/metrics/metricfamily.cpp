// SPDX-License-Identifier: LicenseRef-Sportello
// A named family of series with at most one label: what counters and gauges share.
#include "metrics/metricfamily.h"

#include "metrics/prometheustext.h"

namespace sportello::metrics {

MetricFamily::MetricFamily(QString name, QString help, QString labelName, QString type)
    : m_name(std::move(name))
    , m_help(std::move(help))
    , m_labelName(std::move(labelName))
    , m_type(std::move(type))
{
}

double MetricFamily::value(const QString &labelValue) const
{
    QMutexLocker lock(&m_mutex);
    return m_values.value(labelValue);
}

void MetricFamily::add(const QString &labelValue, double delta)
{
    QMutexLocker lock(&m_mutex);
    m_values[labelValue] += delta;
}

void MetricFamily::store(const QString &labelValue, double value)
{
    QMutexLocker lock(&m_mutex);
    m_values[labelValue] = value;
}

void MetricFamily::ensure(const QString &labelValue)
{
    QMutexLocker lock(&m_mutex);
    if (!m_values.contains(labelValue))
        m_values.insert(labelValue, 0);
}

QString MetricFamily::render() const
{
    QString out = PrometheusText::header(m_name, m_help, m_type);
    QMutexLocker lock(&m_mutex);
    if (m_labelName.isEmpty()) {
        out += PrometheusText::sample(m_name, {}, {}, m_values.value(QString()));
        return out;
    }
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        out += PrometheusText::sample(m_name, m_labelName, it.key(), it.value());
    return out;
}

} // namespace sportello::metrics
