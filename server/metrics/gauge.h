// SPDX-License-Identifier: LicenseRef-Sportello
// A value that goes up and down, labelled or not (Prometheus gauge family).
#pragma once

#include <QMap>
#include <QMutex>
#include <QString>

namespace sportello::metrics {

// Thread-safe.
class Gauge
{
public:
    Gauge(QString name, QString help, QString labelName = {});

    void set(double value) { set(QString(), value); }
    void set(const QString &labelValue, double value);
    double value(const QString &labelValue = {}) const;

    QString render() const;

private:
    QString m_name;
    QString m_help;
    QString m_labelName;
    mutable QMutex m_mutex;
    QMap<QString, double> m_values;
};

} // namespace sportello::metrics
