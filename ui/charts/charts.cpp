#include "charts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Uptake {

namespace {

QColor accent()
{
    return QColor(0x1f, 0x7a, 0x6d);
}
QColor muted()
{
    return QColor(0x8a, 0x94, 0x9e);
}
QColor targetColour()
{
    return QColor(0xc0, 0x6a, 0x00);
}

QChartView *makeView(QWidget *parent)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(parent->font());
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    auto *layout = new QVBoxLayout(parent);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    return view;
}

void clear(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
}

qreal msecs(const QDate &d)
{
    return qreal(d.startOfDay().toMSecsSinceEpoch());
}

QString percent(double v, int decimals = 0)
{
    const QLocale l;
    return l.toString(v * 100, 'f', decimals) + l.percent();
}

} // namespace

TrendChart::TrendChart(QWidget *parent)
    : QWidget(parent)
    , m_view(makeView(this))
{
    m_view->setMinimumHeight(280);
}

void TrendChart::setData(const Metrics::MetricSet &set, const QList<Metrics::Week> &comparison)
{
    QChart *chart = m_view->chart();
    clear(chart);
    m_weeks.clear();
    const QLocale l;
    auto *axisX = new QDateTimeAxis;
    axisX->setFormat(u"d MMM"_s);
    axisX->setLabelsFont(font());
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(u"%.0f%%"_s);
    axisY->setLabelsFont(font());
    axisY->setTitleText(tr("Weekly active rate"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    double top = 0.1;
    auto add = [&](QXYSeries *s) {
        chart->addSeries(s);
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    };
    // Points sit in the middle of their week.
    auto weekPoints = [&](const QList<Metrics::Week> &weeks) {
        QList<QPointF> points;
        for (const Metrics::Week &w : weeks) {
            points << QPointF(msecs(w.start.addDays(3)), w.rate * 100);
            top = std::max(top, w.rate);
        }
        return points;
    };
    auto *main = new QLineSeries;
    main->setName(set.pilotName.isEmpty() ? tr("Active rate") : tr("Pilot cohort"));
    main->replace(weekPoints(set.weeks));
    main->setPen(QPen(accent(), 2.5));
    main->setPointsVisible(true);
    for (const Metrics::Week &w : set.weeks)
        m_weeks << w.start;
    if (!comparison.isEmpty()) {
        auto *rest = new QLineSeries;
        rest->setName(tr("Rest of the organisation"));
        rest->replace(weekPoints(comparison));
        rest->setPen(QPen(muted(), 2));
        add(rest);
    }
    // Targets, pace and baseline for the active-rate KPI.
    for (const Metrics::KpiTarget &t : set.targets) {
        if (t.kpi != u"active_rate"_s)
            continue;
        const QDate start = t.checkpoints.isEmpty() ? QDate() : t.checkpoints.first().date.addDays(-30);
        auto *pace = new QLineSeries;
        pace->setName(tr("Pace to target"));
        QList<QPointF> pts;
        for (const QPointF &p : t.pace) {
            pts << QPointF(msecs(start.addDays(qint64(p.x()))), p.y() * 100);
            top = std::max(top, p.y());
        }
        pace->replace(pts);
        pace->setPen(QPen(targetColour(), 1.5, Qt::DashLine));
        add(pace);
        auto *targets = new QScatterSeries;
        targets->setName(tr("30/60/90-day targets"));
        targets->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        targets->setMarkerSize(11);
        targets->setColor(targetColour());
        targets->setBorderColor(Qt::white);
        QList<QPointF> marks;
        for (const Metrics::Checkpoint &c : t.checkpoints)
            if (c.target)
                marks << QPointF(msecs(c.date), *c.target * 100);
        targets->replace(marks);
        add(targets);
    }
    add(main);
    // Annotations: a thin vertical line each, named in the legend-free tooltip.
    for (const Metrics::Annotation &a : set.annotations) {
        if (a.date < set.from || a.date > set.to)
            continue;
        auto *mark = new QLineSeries;
        mark->append(msecs(a.date), 0);
        mark->append(msecs(a.date), 100);
        mark->setPen(QPen(a.kind == u"outage"_s ? QColor(0xb0, 0x30, 0x30) : muted(), 1, Qt::DotLine));
        mark->setName(a.label);
        add(mark);
        chart->legend()->markers(mark).value(0)->setVisible(false);
        connect(mark, &QLineSeries::hovered, this, [a, l](const QPointF &, bool on) {
            if (on)
                QToolTip::showText(QCursor::pos(), u"%1 — %2"_s.arg(l.toString(a.date, QLocale::ShortFormat), a.label));
        });
    }
    axisX->setRange(set.from.startOfDay(), set.to.startOfDay());
    axisX->setTickCount(std::clamp(int(set.weeks.size() / 2) + 1, 2, 9));
    axisY->setRange(0, std::min(100.0, std::ceil(top * 10 + 0.5) * 10));
    axisY->setTickCount(6);
    connect(main, &QLineSeries::hovered, this, [this, l](const QPointF &p, bool on) {
        if (!on)
            return;
        const QDate d = QDateTime::fromMSecsSinceEpoch(qint64(p.x())).date();
        QToolTip::showText(QCursor::pos(), tr("Week of %1: %2 active")
                                               .arg(l.toString(d.addDays(-3), QLocale::ShortFormat),
                                                    l.toString(p.y(), 'f', 1) + l.percent()));
    });
    connect(main, &QLineSeries::clicked, this, [this](const QPointF &p) {
        const QDate d = QDateTime::fromMSecsSinceEpoch(qint64(p.x())).date();
        for (const QDate &w : std::as_const(m_weeks))
            if (d >= w && d < w.addDays(7))
                Q_EMIT weekClicked(w);
    });
}

BarChart::BarChart(QWidget *parent)
    : QWidget(parent)
    , m_view(makeView(this))
{}

void BarChart::setData(const QStringList &labels, const QList<double> &values, bool percentages, int maxBars)
{
    QChart *chart = m_view->chart();
    clear(chart);
    chart->legend()->hide();
    const int n = int(std::min<qsizetype>(labels.size(), maxBars));
    auto *set = new QBarSet(QString());
    set->setColor(accent());
    set->setLabelColor(palette().color(QPalette::Text));
    QStringList categories;
    double top = 0;
    // Horizontal bars draw bottom-up: add the list reversed so the first item is on top.
    for (int i = n - 1; i >= 0; --i) {
        const QString label = labels.at(i);
        categories << (label.size() > 22 ? label.left(21) + u'…' : label);
        *set << (percentages ? values.at(i) * 100 : values.at(i));
        top = std::max(top, values.at(i));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(percentages ? u"@value%"_s : u"@value"_s);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    series->setLabelsPrecision(3);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setLabelsFont(font());
    auto *axisX = new QValueAxis;
    axisX->setLabelsFont(font());
    axisX->setRange(0, percentages ? 100 : std::max(1.0, top * 1.1));
    axisX->setLabelFormat(percentages ? u"%.0f%%"_s : u"%.0f"_s);
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    m_view->setMinimumHeight(60 + 24 * n);
    connect(series, &QHorizontalBarSeries::hovered, this, [labels, values, percentages, n](bool on, int index) {
        if (!on)
            return;
        const int i = n - 1 - index;
        const QLocale l;
        QToolTip::showText(QCursor::pos(), u"%1: %2"_s.arg(labels.value(i), percentages ? percent(values.value(i), 1)
                                                                                        : l.toString(values.value(i))));
    });
}

HistogramChart::HistogramChart(QWidget *parent)
    : QWidget(parent)
    , m_view(makeView(this))
{}

void HistogramChart::setData(const Metrics::Distribution &d)
{
    QChart *chart = m_view->chart();
    clear(chart);
    chart->legend()->hide();
    if (d.values.isEmpty())
        return;
    // Bins that read naturally: same day, 1, 2–3, 4–7, 8–14, 15–30, over 30 days.
    const QList<QPair<double, QString>> bins{{1, tr("< 1 day")},    {2, tr("1 day")},      {4, tr("2–3 days")},
                                             {8, tr("4–7 days")},   {15, tr("8–14 days")}, {31, tr("15–30 days")},
                                             {1e9, tr("> 30 days")}};
    QList<qint64> counts(bins.size(), 0);
    for (double v : d.values)
        for (qsizetype i = 0; i < bins.size(); ++i)
            if (v < bins.at(i).first) {
                ++counts[i];
                break;
            }
    auto *set = new QBarSet(tr("Learners"));
    set->setColor(accent());
    QStringList categories;
    qint64 top = 1;
    for (qsizetype i = 0; i < bins.size(); ++i) {
        *set << double(counts.at(i));
        categories << bins.at(i).second;
        top = std::max(top, counts.at(i));
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setLabelsFont(font());
    auto *axisY = new QValueAxis;
    axisY->setRange(0, double(top) * 1.15);
    axisY->setLabelFormat(u"%.0f"_s);
    axisY->setLabelsFont(font());
    axisY->setTitleText(tr("Learners"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
}

ScatterChart::ScatterChart(QWidget *parent)
    : QWidget(parent)
    , m_view(makeView(this))
{}

void ScatterChart::setData(const Metrics::Correlation &c)
{
    QChart *chart = m_view->chart();
    clear(chart);
    chart->legend()->hide();
    if (c.points.isEmpty())
        return;
    auto *points = new QScatterSeries;
    points->setMarkerSize(6);
    QColor dot = accent();
    dot.setAlpha(140);
    points->setColor(dot);
    points->setBorderColor(Qt::transparent);
    points->replace(c.points);
    double minX = 0, maxX = 1, minY = c.points.first().y(), maxY = minY;
    for (const QPointF &p : c.points) {
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    auto *line = new QLineSeries;
    line->append(minX, c.intercept + c.slope * minX);
    line->append(maxX, c.intercept + c.slope * maxX);
    line->setPen(QPen(targetColour(), 2));
    chart->addSeries(points);
    chart->addSeries(line);
    auto *axisX = new QValueAxis;
    axisX->setTitleText(c.activity == Metrics::Activity::Events ? tr("Learning events in the window")
                                                                : tr("Learning minutes in the window"));
    axisX->setRange(minX, maxX * 1.05);
    axisX->setLabelFormat(u"%.0f"_s);
    axisX->setLabelsFont(font());
    auto *axisY = new QValueAxis;
    axisY->setTitleText(c.kpi);
    const double pad = std::max(1e-9, (maxY - minY) * 0.08);
    axisY->setRange(minY - pad, maxY + pad);
    axisY->setLabelsFont(font());
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QXYSeries *s : {static_cast<QXYSeries *>(points), static_cast<QXYSeries *>(line)}) {
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }
}

} // namespace Uptake
