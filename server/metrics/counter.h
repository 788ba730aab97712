// SPDX-License-Identifier: LicenseRef-Sportello
// A monotonically increasing count, labelled or not (Prometheus counter family).
#pragma once

#include "metrics/metricfamily.h"

namespace sportello::metrics {

class Counter : public MetricFamily
{
public:
    Counter(QString name, QString help, QString labelName = {})
        : MetricFamily(std::move(name), std::move(help), std::move(labelName),
                       QStringLiteral("counter"))
    {
    }

    void inc(quint64 n = 1) { add(QString(), double(n)); }
    void inc(const QString &labelValue, quint64 n = 1) { add(labelValue, double(n)); }
    // Makes a label value appear (at 0) before anything happened, so dashboards see it.
    void declare(const QString &labelValue) { ensure(labelValue); }
};

} // namespace sportello::metrics
