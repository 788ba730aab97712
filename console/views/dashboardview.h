// SPDX-License-Identifier: LicenseRef-Sportello
// The managers' dashboard: volumes, who handled what, response times, escalations (Qt Charts).
#pragma once

#include <optional>

#include <QWidget>

#include "protocol/dashboarddata.h"

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTimer;

namespace sportello::console::views {

// Renders a DashboardData; asks for fresh figures with refreshRequested(days) when the period
// changes, on Refresh, and every refreshInterval() while it is shown (the hub computes them
// from the database, so this is cheap enough once a minute and keeps the wall screen live).
class DashboardView final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(QWidget *parent = nullptr);
    ~DashboardView() override;

    void setData(const protocol::DashboardData &data);
    std::optional<protocol::DashboardData> data() const { return m_data; }
    void setError(const QString &message);

    int days() const;
    void setDays(int days);
    int refreshInterval() const;
    void setRefreshInterval(int milliseconds);

    // The summary line (response times, cost) as shown, for tests.
    QString summaryText() const;
    // Charts in reading order: per day, per hour, share, escalations, per agent.
    QList<QChart *> charts() const;

Q_SIGNALS:
    void refreshRequested(int days);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuildCharts();
    void styleChart(QChart *chart) const;
    void requestRefresh();

    std::optional<protocol::DashboardData> m_data;
    QComboBox *m_period = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_updated = nullptr;
    QLabel *m_firstResponse = nullptr;
    QLabel *m_resolution = nullptr;
    QLabel *m_cost = nullptr;
    QLabel *m_error = nullptr;
    QChartView *m_perDay = nullptr;
    QChartView *m_perHour = nullptr;
    QChartView *m_share = nullptr;
    QChartView *m_escalations = nullptr;
    QChartView *m_perAgent = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace sportello::console::views
