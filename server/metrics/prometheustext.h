// SPDX-License-Identifier: LicenseRef-Sportello
// Formatting helpers for the Prometheus text exposition format (version 0.0.4).
#pragma once

#include <QString>

namespace sportello::metrics {

class PrometheusText
{
public:
    static QString header(const QString &name, const QString &help, const QString &type);
    static QString sample(const QString &name, const QString &labelName, const QString &labelValue,
                          double value);
    static QString number(double value);
    static QString escapeLabel(const QString &value);
};

} // namespace sportello::metrics
