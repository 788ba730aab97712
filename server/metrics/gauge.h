// SPDX-License-Identifier: LicenseRef-Sportello
// A value that goes up and down, labelled or not (Prometheus gauge family).
#pragma once

#include "metrics/metricfamily.h"

namespace sportello::metrics {

class Gauge : public MetricFamily
{
public:
    Gauge(QString name, QString help, QString labelName = {})
        : MetricFamily(std::move(name), std::move(help), std::move(labelName),
                       QStringLiteral("gauge"))
    {
    }

    void set(double value) { store(QString(), value); }
    void set(const QString &labelValue, double value) { store(labelValue, value); }
};

} // namespace sportello::metrics
