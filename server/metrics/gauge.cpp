// SPDX-License-Identifier: LicenseRef-Sportello
// A value that goes up and down, labelled or not (Prometheus gauge family).
#include "metrics/gauge.h"

#include "metrics/prometheustext.h"

namespace sportello::metrics {

Gauge::Gauge(QString name, QString help, QString labelName)
    : m_name(std::move(name))
    , m_help(std::move(help))
    , m_labelName(std::move(labelName))
{
}

void Gauge::set(const QString &labelValue, double value)
{
    QMutexLocker lock(&m_mutex);
    m_values[labelValue] = value;
}

double Gauge::value(const QString &labelValue) const
{
    QMutexLocker lock(&m_mutex);
    return m_values.value(labelValue);
}

QString Gauge::render() const
{
    QString out = PrometheusText::header(m_name, m_help, QStringLiteral("gauge"));
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
