// SPDX-License-Identifier: LicenseRef-Sportello
// A monotonically increasing count, labelled or not (Prometheus counter family).
#include "metrics/counter.h"

#include "metrics/prometheustext.h"

namespace sportello::metrics {

Counter::Counter(QString name, QString help, QString labelName)
    : m_name(std::move(name))
    , m_help(std::move(help))
    , m_labelName(std::move(labelName))
{
}

void Counter::inc(const QString &labelValue, quint64 n)
{
    QMutexLocker lock(&m_mutex);
    m_values[labelValue] += n;
}

quint64 Counter::value(const QString &labelValue) const
{
    QMutexLocker lock(&m_mutex);
    return m_values.value(labelValue);
}

void Counter::declare(const QString &labelValue)
{
    QMutexLocker lock(&m_mutex);
    if (!m_values.contains(labelValue))
        m_values.insert(labelValue, 0);
}

QString Counter::render() const
{
    QString out = PrometheusText::header(m_name, m_help, QStringLiteral("counter"));
    QMutexLocker lock(&m_mutex);
    if (m_labelName.isEmpty()) {
        out += PrometheusText::sample(m_name, {}, {}, double(m_values.value(QString())));
        return out;
    }
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        out += PrometheusText::sample(m_name, m_labelName, it.key(), double(it.value()));
    return out;
}

} // namespace sportello::metrics
