// SPDX-License-Identifier: LicenseRef-Sportello
// Formatting helpers for the Prometheus text exposition format (version 0.0.4).
#include "metrics/prometheustext.h"

#include <cmath>

namespace sportello::metrics {

QString PrometheusText::header(const QString &name, const QString &help, const QString &type)
{
    return QStringLiteral("# HELP %1 %2\n# TYPE %1 %3\n").arg(name, help, type);
}

QString PrometheusText::sample(const QString &name, const QString &labelName,
                               const QString &labelValue, double value)
{
    if (labelName.isEmpty())
        return name + u' ' + number(value) + u'\n';
    return name + u'{' + labelName + QStringLiteral("=\"") + escapeLabel(labelValue) +
           QStringLiteral("\"} ") + number(value) + u'\n';
}

QString PrometheusText::number(double value)
{
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 12);
}

QString PrometheusText::escapeLabel(const QString &value)
{
    QString out = value;
    out.replace(u'\\', QStringLiteral("\\\\"));
    out.replace(u'"', QStringLiteral("\\\""));
    out.replace(u'\n', QStringLiteral("\\n"));
    return out;
}

} // namespace sportello::metrics
