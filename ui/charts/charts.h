#pragma once

// The dashboard's charts, fed with metric values (models/metrics/metrics.h). Qt Charts stays in this folder.

#include "metrics/metrics.h"

#include <QWidget>

#include <optional>

class QChartView;

namespace Uptake {

class ChartFrame;
class ChartView;

/// A short ISO week label: "W38", or "2026-W38" with the year.
QString shortWeekLabel(const QDate &monday, bool withYear);

/// Weekly active rate over time: the cohort (and the comparison group), the 30/60/90-day targets, the pace
/// line from the baseline, and annotations (a line and a short label each). Hovering anywhere over the plot
/// shows the nearest week and its value; clicking it asks for the learners behind it.
class TrendChart final : public QWidget
{
    Q_OBJECT
public:
    explicit TrendChart(QWidget *parent = nullptr);
    void setData(const Metrics::MetricSet &set, const QList<Metrics::Week> &comparison = {});
    QChartView *view() const;
    /// Where week index's point is, in the view's viewport (for drill-down tests).
    QPoint weekPosition(int index) const;
    /// The tooltip for the week at index.
    QString weekToolTip(int index) const;

Q_SIGNALS:
    void weekClicked(const QDate &weekStart);

private:
    double xOf(const QDate &date) const;
    int weekAt(double x) const;
    void paintOverlay(class QPainter *painter);

    ChartView *m_view;
    QList<Metrics::Week> m_weeks;
    QList<Metrics::Week> m_comparison;
    QList<Metrics::Annotation> m_annotations;
    std::optional<Metrics::KpiTarget> m_target;
    QDate m_pilotStart;
};

/// Where a bar's labels are painted, in scene coordinates (for painting, tooltips and tests).
struct BarLabel
{
    QRectF bar;          ///< the bar itself
    QString value;       ///< its value as text
    QRectF valueRect;    ///< where the value is written: beside (or above) the bar, or inside its end
    bool inside = false; ///< written inside the bar (light on the bar's colour), else in the text colour
};

/// Horizontal bars with labels, for completion by course and drop-off points. The category and value labels are
/// painted by the chart itself: Qt Charts elides category labels a second time when their row is short, and
/// prints value labels over the bar's end.
class BarChart final : public QWidget
{
    Q_OBJECT
public:
    explicit BarChart(QWidget *parent = nullptr);
    /// values in 0..1 when percent, else counts; at most maxBars shown, in the given order.
    void setData(const QStringList &labels, const QList<double> &values, bool percent, int maxBars = 10);
    QChartView *view() const;
    /// The category labels as shown, top bar first: elided once to the width beside the plot, the full text in
    /// the tooltip.
    QStringList shownLabels() const;
    /// The value labels, top bar first.
    QList<BarLabel> valueLabels() const;
    /// The full category label under a scene position (the tooltip), or empty.
    QString labelAt(const QPointF &scenePos) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elideLabels();
    void paintLabels(class QPainter *painter);
    QRectF categoryRect(int index) const;

    ChartView *m_view;
    QStringList m_labels; ///< top bar first
    QList<double> m_values;
    QStringList m_valueTexts;
    QStringList m_shown;
    int m_labelWidth = 0;
};

/// A histogram of days to first completion with the median marked.
class HistogramChart final : public QWidget
{
    Q_OBJECT
public:
    explicit HistogramChart(QWidget *parent = nullptr);
    void setData(const Metrics::Distribution &days);
    QChartView *view() const;
    /// The bins: upper bound (exclusive, days) and label; values fall in the first bin whose bound exceeds them.
    static QList<QPair<double, QString>> bins();
    /// Where the median marker is drawn, in category units (bin i spans i − 0.5 to i + 0.5).
    static double medianPosition(double median);
    /// Each bin's count label: above its bar in the text colour, or inside the top of a bar too tall for that.
    QList<BarLabel> valueLabels() const;

private:
    QList<qint64> m_counts;
    ChartView *m_view;
    Metrics::Distribution m_days;
};

/// Learning activity against the performance KPI, with the regression line and an honest caption.
class ScatterChart final : public QWidget
{
    Q_OBJECT
public:
    explicit ScatterChart(QWidget *parent = nullptr);
    void setData(const Metrics::Correlation &correlation);
    QChartView *view() const;

private:
    ChartView *m_view;
};

} // namespace Uptake
