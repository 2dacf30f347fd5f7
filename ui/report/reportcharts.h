#pragma once

// The report's charts, drawn as vectors with a QPainter (no widgets, so they render on any thread and stay
// sharp in the PDF). Each function takes a value snapshot and returns a painter for a Chart block.
//
// ui/charts holds the dashboard's interactive Qt Charts widgets; those must live on the GUI thread and cannot
// paint into a PDF without a widget, so the report draws its own small, print-oriented versions here.

#include "documentlayout.h"
#include "metrics/metrics.h"

#include <QDate>
#include <QFontMetricsF>
#include <QList>
#include <QLocale>
#include <QString>

namespace Uptake::Report::Charts {

/// One line of a trend: values per week start (NaN: no value).
struct TrendSeries
{
    QString label;
    QColor color;
    QList<QPair<QDate, double>> points;
    bool dashed = false;
    bool markers = false; ///< draw each point as a marker (targets)
};

struct TrendSpec
{
    QList<TrendSeries> series;
    QList<Metrics::Annotation> annotations;
    bool percent = true; ///< values are fractions shown as percentages
    QString yTitle;
    QDate from, to;
};

/// Lines over time with targets, a pace line and annotations as dotted verticals.
ChartPainter trend(const TrendSpec &spec, const QString &family, const QLocale &locale);

struct Bar
{
    QString label;
    double value = 0; ///< 0..1 when percent
    QString valueText;
};
/// Horizontal bars, one per label, with the value written beside each bar.
ChartPainter horizontalBars(const QList<Bar> &bars, bool percent, const QColor &color, const QString &family,
                            const QLocale &locale);

/// Rows × weeks of distinct learners, shaded from white to the accent colour, with a scale.
ChartPainter heatmap(const Metrics::Heatmap &map, int maxRows, const QString &family, const QLocale &locale);

/// Learning activity against the KPI, one dot per learner, with the least-squares line and r, CI and n.
ChartPainter scatter(const Metrics::Correlation &correlation, const QString &xTitle, const QString &family,
                     const QLocale &locale);

struct GroupedBar
{
    QString group;        ///< "Pilot cohort"
    QList<double> values; ///< one per series, fractions
};
/// Groups of bars (e.g. baseline and pilot period, for the pilot cohort and the rest) with a legend.
ChartPainter groupedBars(const QList<GroupedBar> &groups, const QStringList &series, const QList<QColor> &colors,
                         const QString &family, const QLocale &locale);

/// Where an annotation's label goes in the band of label rows above a trend's plot (row 0 is next to the plot).
/// Its dotted line rises from the plot to its own row, so a label must not cross the line of another annotation
/// that rises as high as its row, nor another label.
struct AnnotationLabel
{
    qreal x = 0;    ///< the annotation's line
    qreal left = 0; ///< the label's box
    qreal width = 0;
    int row = 0;      ///< -1: no room even for a number; the line stays in the plot, footnoted by its date
    QString text;     ///< as drawn: the label, shortened with "…" when long, or only its footnote number
    int footnote = 0; ///< 1, 2, …: the full label is listed under the chart; 0: shown whole
};
/// Places labels (at xs, in any order) between left and right in at most maxRows rows: right to left, each in
/// the lowest row where it touches no other label and no other line. A label wider than maxWidth is shortened
/// and footnoted; one that finds no row is shown as its footnote number. Footnotes are numbered left to right.
QList<AnnotationLabel> placeAnnotationLabels(const QList<qreal> &xs, const QStringList &labels,
                                             const QFontMetricsF &metrics, qreal left, qreal right, qreal maxWidth,
                                             int maxRows);

/// Labels for dates along an axis: "21 Sep 2026" on the first and wherever the year changes, "5 Oct" between.
QStringList dateAxisLabels(const QList<QDate> &dates, const QLocale &locale);

/// A fraction as people read it: "42%" or "42.5%" with decimals.
QString percent(const QLocale &locale, double fraction, int decimals = 0);

} // namespace Uptake::Report::Charts
