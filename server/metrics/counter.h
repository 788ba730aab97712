// SPDX-License-Identifier: LicenseRef-Sportello
// A monotonically increasing count, labelled or not (Prometheus counter family).
#pragma once

#include <QMap>
#include <QMutex>
#include <QString>

namespace sportello::metrics {

// Thread-safe. Label values are created on first use; with no label name the family has a
// single unlabelled series.
class Counter
{
public:
    Counter(QString name, QString help, QString labelName = {});

    void inc(quint64 n = 1) { inc(QString(), n); }
    void inc(const QString &labelValue, quint64 n = 1);
    quint64 value(const QString &labelValue = {}) const;
    // Makes a label value appear (at 0) before anything happened, so dashboards see it.
    void declare(const QString &labelValue);

    QString render() const;

private:
    QString m_name;
    QString m_help;
    QString m_labelName;
    mutable QMutex m_mutex;
    QMap<QString, quint64> m_values;
};

} // namespace sportello::metrics
