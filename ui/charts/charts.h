#pragma once

// The dashboard's charts, fed with metric values (models/metrics/metrics.h). Qt Charts stays in this folder.

#include "metrics/metrics.h"

#include <QWidget>

class QChartView;

namespace Uptake {

class ChartFrame;

/// Weekly active rate over time: the cohort (and the comparison group), the 30/60/90-day targets, the pace
/// line from the baseline, and annotations. Clicking a week asks for the learners behind it.
class TrendChart final : public QWidget
{
    Q_OBJECT
public:
    explicit TrendChart(QWidget *parent = nullptr);
    void setData(const Metrics::MetricSet &set, const QList<Metrics::Week> &comparison = {});
    QChartView *view() const { return m_view; }

Q_SIGNALS:
    void weekClicked(const QDate &weekStart);

private:
    QChartView *m_view;
    QList<QDate> m_weeks;
};

/// Horizontal bars with labels, for completion by course and drop-off points.
class BarChart final : public QWidget
{
    Q_OBJECT
public:
    explicit BarChart(QWidget *parent = nullptr);
    /// values in 0..1 when percent, else counts; at most maxBars shown, in the given order.
    void setData(const QStringList &labels, const QList<double> &values, bool percent, int maxBars = 10);
    QChartView *view() const { return m_view; }

private:
    QChartView *m_view;
};

/// A histogram of days to first completion with the median marked.
class HistogramChart final : public QWidget
{
    Q_OBJECT
public:
    explicit HistogramChart(QWidget *parent = nullptr);
    void setData(const Metrics::Distribution &days);

private:
    QChartView *m_view;
};

/// Learning activity against the performance KPI, with the regression line and an honest caption.
class ScatterChart final : public QWidget
{
    Q_OBJECT
public:
    explicit ScatterChart(QWidget *parent = nullptr);
    void setData(const Metrics::Correlation &correlation);

private:
    QChartView *m_view;
};

} // namespace Uptake
