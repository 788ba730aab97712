// SPDX-License-Identifier: LicenseRef-Sportello
// A named family of series with at most one label: what counters and gauges share.
#pragma once

#include <QMap>
#include <QMutex>
#include <QString>

namespace sportello::metrics {

// Thread-safe. With no label name the family has a single unlabelled series.
class MetricFamily
{
public:
    MetricFamily(QString name, QString help, QString labelName, QString type);

    double value(const QString &labelValue = {}) const;
    QString render() const;

protected:
    void add(const QString &labelValue, double delta);
    void store(const QString &labelValue, double value);
    void ensure(const QString &labelValue);

private:
    QString m_name;
    QString m_help;
    QString m_labelName;
    QString m_type;
    mutable QMutex m_mutex;
    QMap<QString, double> m_values;
};

} // namespace sportello::metrics
