// SPDX-License-Identifier: LicenseRef-Sportello
// The managers' dashboard: volumes, who handled what, response times, escalations (Qt Charts).
#include "views/dashboardview.h"

#include <algorithm>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QTime>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

#include "views/displaytext.h"
#include "views/viewstyle.h"

namespace sportello::console::views {

namespace {
constexpr int kDefaultRefreshMs = 60 * 1000;

QChartView *makeChartView(QWidget *parent, const char *name)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(260, 200);
    return view;
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

// A value axis from 0 with whole-number ticks: counts of messages are never fractional.
QValueAxis *countAxis(int maximum)
{
    auto *axis = new QValueAxis;
    const int top = std::max(4, maximum + maximum / 8 + 1);
    axis->setRange(0, top);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTickCount(5);
    axis->applyNiceNumbers();
    return axis;
}

// A bar set drawn in one colour, without outlines.
QBarSet *barSet(const QString &name, const QColor &colour)
{
    auto *set = new QBarSet(name);
    set->setColor(colour);
    set->setBorderColor(Qt::transparent);
    return set;
}

// Adds a bar series to `chart` with its two axes: the categories and the counts.
void addBars(QChart *chart, QAbstractBarSeries *series, const QStringList &categories,
             int maximum, Qt::Alignment categoriesAt, Qt::Alignment countsAt)
{
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    chart->addAxis(categoryAxis, categoriesAt);
    series->attachAxis(categoryAxis);
    QValueAxis *counts = countAxis(maximum);
    chart->addAxis(counts, countsAt);
    series->attachAxis(counts);
}

QString durationOrDash(qint64 ms)
{
    return ms > 0 ? DisplayText::duration(ms) : QStringLiteral("–");
}
} // namespace

DashboardView::DashboardView(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_period(new QComboBox(this))
    , m_refresh(new QPushButton(this))
    , m_updated(new QLabel(this))
    , m_firstResponse(new QLabel(this))
    , m_resolution(new QLabel(this))
    , m_cost(new QLabel(this))
    , m_error(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("dashboardView"));
    m_period->setObjectName(QStringLiteral("dashboardPeriod"));
    m_refresh->setObjectName(QStringLiteral("dashboardRefresh"));
    m_firstResponse->setObjectName(QStringLiteral("dashboardFirstResponse"));
    m_resolution->setObjectName(QStringLiteral("dashboardResolution"));
    m_cost->setObjectName(QStringLiteral("dashboardCost"));
    m_error->setObjectName(QStringLiteral("dashboardError"));

    for (int days : {7, 14, 30, 90})
        m_period->addItem(QString(), days);
    m_period->setCurrentIndex(1);
    ViewStyle::makeMutedLabel(m_updated);
    for (QLabel *label : {m_firstResponse, m_resolution, m_cost}) {
        label->setTextFormat(Qt::PlainText);
        label->setFrameShape(QFrame::StyledPanel);
        label->setMargin(8);
        label->setAlignment(Qt::AlignCenter);
        label->setAutoFillBackground(true);
        label->setBackgroundRole(QPalette::Base);
    }
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    ViewStyle::makeErrorLabel(m_error);

    m_perDay = makeChartView(this, "chartPerDay");
    m_perHour = makeChartView(this, "chartPerHour");
    m_share = makeChartView(this, "chartShare");
    m_escalations = makeChartView(this, "chartEscalations");
    m_perAgent = makeChartView(this, "chartPerAgent");

    m_timer->setInterval(kDefaultRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &DashboardView::requestRefresh);
    connect(m_refresh, &QPushButton::clicked, this, &DashboardView::requestRefresh);
    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardView::requestRefresh);

    auto *top = new QHBoxLayout;
    top->addWidget(m_period);
    top->addWidget(m_refresh);
    top->addWidget(m_updated, 1);

    auto *figures = new QHBoxLayout;
    figures->addWidget(m_firstResponse, 1);
    figures->addWidget(m_resolution, 1);
    figures->addWidget(m_cost, 1);

    auto *grid = new QGridLayout;
    grid->addWidget(m_perDay, 0, 0, 1, 2);
    grid->addWidget(m_share, 0, 2);
    grid->addWidget(m_perHour, 1, 0);
    grid->addWidget(m_escalations, 1, 1);
    grid->addWidget(m_perAgent, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addLayout(figures);
    layout->addLayout(grid, 1);

    resize(1200, 800);
    retranslateUi();
}

DashboardView::~DashboardView() = default;

void DashboardView::setData(const protocol::DashboardData &data)
{
    m_data = data;
    m_error->setVisible(false);
    //: %1 is the time the figures were received.
    m_updated->setText(
        tr("Updated at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    rebuildCharts();
}

void DashboardView::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

int DashboardView::days() const
{
    return m_period->currentData().toInt();
}

void DashboardView::setDays(int days)
{
    const int index = m_period->findData(days);
    if (index >= 0)
        m_period->setCurrentIndex(index);
}

int DashboardView::refreshInterval() const
{
    return m_timer->interval();
}

void DashboardView::setRefreshInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

QString DashboardView::summaryText() const
{
    return QStringList{m_firstResponse->text(), m_resolution->text(), m_cost->text()}.join(u'\n');
}

QList<QChart *> DashboardView::charts() const
{
    return {m_perDay->chart(), m_perHour->chart(), m_share->chart(), m_escalations->chart(),
            m_perAgent->chart()};
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_timer->start();
    requestRefresh();
}

void DashboardView::hideEvent(QHideEvent *event)
{
    m_timer->stop();
    QWidget::hideEvent(event);
}

void DashboardView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::PaletteChange) {
        for (QChart *chart : charts())
            styleChart(chart);
    }
    QWidget::changeEvent(event);
}

void DashboardView::retranslateUi()
{
    setWindowTitle(tr("Dashboard"));
    const QSignalBlocker blocker(m_period);
    for (int i = 0; i < m_period->count(); ++i)
        m_period->setItemText(i, tr("Last %n days", nullptr, m_period->itemData(i).toInt()));
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setToolTip(tr("The figures also refresh by themselves every minute"));
    rebuildCharts();
}

void DashboardView::styleChart(QChart *chart) const
{
    const QPalette pal = palette();
    chart->setTheme(ViewStyle::isDark(pal) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setBackgroundRoundness(4);
    chart->setTitleBrush(pal.color(QPalette::Text));
    QFont title = font();
    title.setBold(true);
    chart->setTitleFont(title);
    chart->legend()->setLabelColor(pal.color(QPalette::Text));
    chart->legend()->setFont(font());
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsBrush(pal.color(QPalette::Text));
        axis->setGridLineColor(
            ViewStyle::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.12));
        axis->setLinePenColor(
            ViewStyle::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.3));
        QFont labels = font();
        if (labels.pointSizeF() > 0)
            labels.setPointSizeF(labels.pointSizeF() * 0.85);
        axis->setLabelsFont(labels);
    }
}

void DashboardView::rebuildCharts()
{
    const protocol::DashboardData data = m_data.value_or(protocol::DashboardData{});
    const QPalette pal = palette();
    const QColor inbound = pal.color(QPalette::Highlight);
    const QColor outbound =
        ViewStyle::mix(pal.color(QPalette::Highlight), ViewStyle::successColor(pal), 0.7);

    m_firstResponse->setText(tr("First response: median %1 · p95 %2")
                                 .arg(durationOrDash(data.firstResponseMedianMs),
                                      durationOrDash(data.firstResponseP95Ms)));
    m_resolution->setText(
        tr("Resolution: median %1 · p95 %2")
            .arg(durationOrDash(data.resolutionMedianMs), durationOrDash(data.resolutionP95Ms)));
    m_cost->setText(data.llmCost
                        ? tr("Language model cost: %1")
                              .arg(QLocale().toCurrencyString(*data.llmCost, QStringLiteral("$")))
                        : tr("Language model cost: none yet (no automatic replies)"));

    // Messages per day, in and out.
    {
        QChart *chart = m_perDay->chart();
        clearChart(chart);
        chart->setTitle(tr("Messages per day"));
        auto *in = barSet(tr("Received"), inbound);
        auto *out = barSet(tr("Sent"), outbound);
        QStringList categories;
        int maximum = 0;
        for (const protocol::DayVolume &day : data.volumePerDay) {
            *in << day.inbound;
            *out << day.outbound;
            maximum = std::max({maximum, day.inbound, day.outbound});
            const QDate date = QDate::fromString(day.date, Qt::ISODate);
            categories << (date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM"))
                                          : day.date);
        }
        auto *series = new QBarSeries;
        series->append(in);
        series->append(out);
        addBars(chart, series, categories, maximum, Qt::AlignBottom, Qt::AlignLeft);
        chart->legend()->setVisible(true);
        styleChart(chart);
    }

    // Messages received per hour of the day.
    {
        QChart *chart = m_perHour->chart();
        clearChart(chart);
        chart->setTitle(tr("Messages received by hour"));
        auto *set = barSet(tr("Received"), inbound);
        QStringList categories;
        int maximum = 0;
        for (int hour = 0; hour < 24; ++hour) {
            const int count = hour < data.volumePerHour.size() ? data.volumePerHour.at(hour) : 0;
            *set << count;
            maximum = std::max(maximum, count);
            // Every third hour labelled: 24 labels do not fit a third of the window.
            categories << (hour % 3 == 0 ? QString::number(hour) : QString(hour, u' '));
        }
        auto *series = new QBarSeries;
        series->setBarWidth(0.8);
        series->append(set);
        addBars(chart, series, categories, maximum, Qt::AlignBottom, Qt::AlignLeft);
        chart->legend()->setVisible(false);
        styleChart(chart);
    }

    // Who handled the turns.
    {
        QChart *chart = m_share->chart();
        clearChart(chart);
        chart->setTitle(tr("Who answered"));
        auto *series = new QPieSeries;
        series->setHoleSize(0.45);
        const struct
        {
            QString label;
            int count;
            QColor colour;
        } slices[] = {
            {tr("Automatic"), data.turnsAuto, inbound},
            {tr("Reviewed"), data.turnsReviewed, outbound},
            {tr("By agents"), data.turnsHuman, ViewStyle::warningColor(pal)},
        };
        const int total = data.turnsAuto + data.turnsReviewed + data.turnsHuman;
        for (const auto &slice : slices) {
            //: A pie slice: %1 who answered, %2 how many turns.
            QPieSlice *pieSlice = series->append(tr("%1: %2").arg(slice.label).arg(slice.count),
                                                 std::max(slice.count, total == 0 ? 1 : 0));
            pieSlice->setColor(total == 0 ? ViewStyle::systemPill(pal) : slice.colour);
            pieSlice->setBorderColor(pal.color(QPalette::Base));
        }
        chart->addSeries(series);
        chart->legend()->setVisible(true);
        chart->legend()->setAlignment(Qt::AlignRight);
        styleChart(chart);
    }

    // Counts by name (escalation reasons, agents) as horizontal bars.
    const auto namedBars = [&](QChartView *view, const QString &title, const QString &setName,
                               const QList<protocol::NamedCount> &counts, const QColor &colour,
                               const QString &emptyName) {
        QChart *chart = view->chart();
        clearChart(chart);
        chart->setTitle(title);
        auto *set = barSet(setName, colour);
        QStringList categories;
        int maximum = 0;
        // Largest at the top: horizontal bar charts draw the first category at the bottom.
        QList<protocol::NamedCount> sorted = counts;
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const auto &a, const auto &b) { return a.count < b.count; });
        for (const protocol::NamedCount &count : std::as_const(sorted)) {
            *set << count.count;
            categories << (count.name.isEmpty() ? emptyName : count.name);
            maximum = std::max(maximum, count.count);
        }
        if (sorted.isEmpty()) {
            *set << 0;
            categories << tr("none");
        }
        auto *series = new QHorizontalBarSeries;
        series->append(set);
        addBars(chart, series, categories, maximum, Qt::AlignLeft, Qt::AlignBottom);
        chart->legend()->setVisible(false);
        styleChart(chart);
    };
    namedBars(m_escalations, tr("Escalations by reason"), tr("Escalations"),
              data.escalationsByReason, ViewStyle::warningColor(pal), tr("unspecified"));
    namedBars(m_perAgent, tr("Open conversations per agent"), tr("Open"), data.openPerAgent,
              inbound, tr("unassigned"));
}

void DashboardView::requestRefresh()
{
    Q_EMIT refreshRequested(days());
}

} // namespace sportello::console::views
