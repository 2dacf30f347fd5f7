#include "charts.h"

#include "theme.h"

#include "chartview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
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
constexpr double BarWidth = 0.5; // of a category: Qt Charts' default for one bar set
constexpr int LabelGap = 8;      // between the category labels and the plot

QColor targetColour()
{
    return QColor(0xc0, 0x6a, 0x00);
}

ChartView *makeView(QWidget *parent)
{
    auto *view = new ChartView(parent);
    view->chart()->legend()->setFont(parent->font());
    view->setMinimumHeight(220);
    auto *layout = new QVBoxLayout(parent);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    return view;
}

void clear(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis; // removeAxis() hands ownership back
    }
}

QString percent(double v, int decimals = 0)
{
    const QLocale l;
    return l.toString(v * 100, 'f', decimals) + l.percent();
}

} // namespace

QString shortWeekLabel(const QDate &monday, bool withYear)
{
    int year = 0;
    const int week = monday.weekNumber(&year);
    const QString w = u"W%1"_s.arg(week, 2, 10, QLatin1Char('0'));
    return withYear ? u"%1-%2"_s.arg(year).arg(w) : w;
}

TrendChart::TrendChart(QWidget *parent)
    : QWidget(parent)
    , m_view(makeView(this))
{
    m_view->setMinimumHeight(300);
    // Each series its own marker in the legend: a line for the cohort and the pace, the square for the targets.
    // The default shape gave the pace line and the targets the same orange square.
    m_view->chart()->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    m_view->paintOverlay = [this](QPainter *p) { paintOverlay(p); };
    m_view->toolTipAt = [this](const QPointF &value) { return weekToolTip(weekAt(value.x())); };
    m_view->clickedAt = [this](const QPointF &value) {
        const int i = weekAt(value.x());
        if (i >= 0)
            Q_EMIT weekClicked(m_weeks.at(i).start);
    };
}

QChartView *TrendChart::view() const
{
    return m_view;
}

double TrendChart::xOf(const QDate &date) const
{
    return m_weeks.isEmpty() ? 0.0 : double(m_weeks.first().start.daysTo(date)) / 7.0;
}

int TrendChart::weekAt(double x) const
{
    const int i = int(std::lround(x));
    return i >= 0 && i < m_weeks.size() ? i : -1;
}

QPoint TrendChart::weekPosition(int index) const
{
    return m_view->viewportPosition(QPointF(index, m_weeks.value(index).rate * 100));
}

QString TrendChart::weekToolTip(int i) const
{
    if (i < 0 || i >= m_weeks.size())
        return {};
    const QLocale l;
    const Metrics::Week &w = m_weeks.at(i);
    QString text = tr("%1, week of %2\n%3 active of %4: %5")
                       .arg(w.isoWeek, l.toString(w.start, QLocale::ShortFormat), l.toString(w.active),
                            l.toString(w.cohort), percent(w.rate, 1));
    if (i < m_comparison.size())
        text += u'\n' + tr("Rest of the organisation: %1").arg(percent(m_comparison.at(i).rate, 1));
    return text + u'\n' + tr("Click to list the learners");
}

void TrendChart::setData(const Metrics::MetricSet &set, const QList<Metrics::Week> &comparison)
{
    QChart *chart = m_view->chart();
    clear(chart);
    m_weeks = set.weeks;
    m_comparison = comparison;
    m_target.reset();
    m_pilotStart = QDate();
    m_annotations.clear();
    for (const Metrics::Annotation &a : set.annotations)
        if (a.date >= set.from && a.date <= set.to)
            m_annotations << a;
    std::sort(m_annotations.begin(), m_annotations.end(),
              [](const Metrics::Annotation &a, const Metrics::Annotation &b) { return a.date < b.date; });
    if (m_weeks.isEmpty())
        return;
    // x is the week's index (days in between are fractions), labelled "W38" through QCategoryAxis.
    auto *axisX = new QCategoryAxis;
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axisX->setLabelsFont(font());
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(u"%.0f%%"_s);
    axisY->setLabelsFont(font());
    axisY->setTitleText(tr("Weekly active rate"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    m_view->applyPalette();
    double top = 0.1;
    auto add = [&](QXYSeries *s) {
        chart->addSeries(s);
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    };
    auto weekPoints = [&](const QList<Metrics::Week> &weeks) {
        QList<QPointF> points;
        for (const Metrics::Week &w : weeks) {
            points << QPointF(xOf(w.start), w.rate * 100);
            top = std::max(top, w.rate);
        }
        return points;
    };
    auto *main = new QLineSeries;
    main->setName(set.pilotName.isEmpty() ? tr("Active rate") : tr("Pilot cohort"));
    main->replace(weekPoints(set.weeks));
    main->setPen(QPen(accent(), 2.5));
    main->setPointsVisible(set.weeks.size() <= 60);
    if (!comparison.isEmpty()) {
        auto *rest = new QLineSeries;
        rest->setName(tr("Rest of the organisation"));
        rest->replace(weekPoints(comparison));
        rest->setPen(QPen(muted(), 2));
        add(rest);
    }
    double right = double(m_weeks.size() - 1);
    for (const Metrics::KpiTarget &t : set.targets) {
        if (t.kpi != u"active_rate"_s || t.checkpoints.isEmpty())
            continue;
        m_target = t;
        m_pilotStart = t.checkpoints.first().date.addDays(-t.checkpoints.first().day);
        auto *pace = new QLineSeries;
        pace->setName(tr("Pace to target"));
        QList<QPointF> pts;
        for (const QPointF &p : t.pace) {
            pts << QPointF(xOf(m_pilotStart.addDays(qint64(p.x()))), p.y() * 100);
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
            if (c.target) {
                marks << QPointF(xOf(c.date), *c.target * 100);
                top = std::max(top, *c.target);
                right = std::max(right, xOf(c.date));
            }
        targets->replace(marks);
        add(targets);
    }
    add(main);
    // Labels on every step-th week, through the last target when it lies beyond the data.
    const int last = int(std::floor(right));
    const int step = std::max(1, int(std::ceil((last + 1) / 10.0)));
    for (int i = 0; i <= last; i += step) {
        const QDate monday = m_weeks.first().start.addDays(7 * qint64(i));
        const bool withYear = i == 0 || monday.year() != monday.addDays(-7 * qint64(step)).year();
        axisX->append(shortWeekLabel(monday, withYear), i);
    }
    axisX->setRange(-0.5, right + 0.5);
    // Round ticks: every 10 points up to 60%, every 20 above. Annotation labels sit in a band at the top of the
    // plot: leave room for it so they never cover the highest weeks.
    const double headroom = m_annotations.isEmpty() ? 5 : 18;
    const double yStep = top * 100 + headroom <= 60 ? 10 : 20;
    const double yTop = std::min(100.0, std::ceil((top * 100 + headroom) / yStep) * yStep);
    axisY->setRange(0, yTop);
    axisY->setTickCount(int(yTop / yStep) + 1);
    m_view->viewport()->update();
}

void TrendChart::paintOverlay(QPainter *p)
{
    if (m_weeks.isEmpty())
        return;
    const QRectF plot = m_view->scenePlotArea();
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p->setFont(small);
    const QFontMetricsF fm(small);
    const QLocale l;
    // Annotations: a thin vertical line and a short label at the top, stacked when they would overlap.
    double lastRight = -1e9;
    int level = 0;
    for (const Metrics::Annotation &a : std::as_const(m_annotations)) {
        const double x = m_view->scenePosition(QPointF(xOf(a.date), 0)).x();
        if (x < plot.left() - 0.5 || x > plot.right() + 0.5)
            continue;
        const QColor colour = a.kind == u"outage"_s ? Theme::alertColor(palette()) : Theme::mutedText(palette());
        p->setPen(QPen(colour, 1, a.kind == u"pilot_start"_s ? Qt::SolidLine : Qt::DotLine));
        p->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        const QString label = fm.elidedText(a.label, Qt::ElideRight, 150);
        const double w = fm.horizontalAdvance(label) + 4;
        const double left = std::min(x + 3, plot.right() - w);
        level = left < lastRight + 4 ? (level + 1) % 3 : 0;
        const QRectF box(left, plot.top() + 2 + level * (fm.height() + 2), w, fm.height());
        QColor bg = palette().color(QPalette::Base);
        bg.setAlphaF(0.85f);
        p->fillRect(box, bg);
        p->setPen(colour);
        p->drawText(box, Qt::AlignCenter, label);
        lastRight = std::max(lastRight, left + w);
    }
    // Each target labelled beside its marker: "Day 30: 45%".
    if (m_target) {
        p->setPen(targetColour().darker(125));
        for (const Metrics::Checkpoint &c : m_target->checkpoints) {
            if (!c.target)
                continue;
            const QPointF pos = m_view->scenePosition(QPointF(xOf(c.date), *c.target * 100));
            const QString text = tr("Day %1: %2").arg(l.toString(c.day), percent(*c.target));
            const double w = fm.horizontalAdvance(text);
            const double left = pos.x() + w + 10 > plot.right() ? pos.x() - w - 8 : pos.x() + 8;
            p->drawText(QPointF(left, pos.y() + fm.ascent() / 2 - 1), text);
        }
    }
}

BarChart::BarChart(QWidget *parent)
    : QWidget(parent)
    , m_view(makeView(this))
{
    m_view->paintOverlay = [this](QPainter *p) { paintLabels(p); };
    m_view->toolTipOutsidePlot = [this](const QPointF &scenePos) { return labelAt(scenePos); };
}

void BarChart::setData(const QStringList &labels, const QList<double> &values, bool percentages, int maxBars)
{
    QChart *chart = m_view->chart();
    clear(chart);
    chart->legend()->hide();
    const int n = int(std::min<qsizetype>(labels.size(), maxBars));
    const QLocale l;
    m_labels = labels.mid(0, n);
    m_values.clear();
    m_valueTexts.clear();
    auto *set = new QBarSet(QString());
    set->setColor(accent());
    QStringList categories;
    double top = 0;
    for (int i = 0; i < n; ++i) {
        // Whole percentages: "26.8%", "7.32%" and "75%" side by side read badly; whole numbers read the same in
        // every locale.
        const double v = percentages ? std::round(values.at(i) * 100) : values.at(i);
        m_values << v;
        m_valueTexts << (percentages ? l.toString(qint64(v)) + l.percent()
                                     : (v == std::round(v) ? l.toString(qint64(v)) : l.toString(v, 'f', 1)));
        top = std::max(top, values.at(i));
    }
    // Horizontal bars draw bottom-up: add the list reversed so the first item is on top. The categories are
    // only keys (their labels are painted by paintLabels()).
    for (int i = n - 1; i >= 0; --i) {
        *set << m_values.at(i);
        categories << QString::number(i);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(BarWidth);
    series->setLabelsVisible(false);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setLabelsVisible(false);
    axisY->setGridLineVisible(false);
    auto *axisX = new QValueAxis;
    axisX->setLabelsFont(font());
    // Room after the longest bar for its value label, inside the plot: ticks (and grid lines) stop at the last
    // round value, 100% at most, and the axis runs on a little past it for the label of a bar that reaches it.
    if (percentages) {
        const double step = top <= 0.4 ? 10 : 20;
        const double last = std::min(100.0, std::max(2 * step, std::ceil((top * 100 + 1) / step) * step));
        axisX->setTickType(QValueAxis::TicksDynamic);
        axisX->setTickAnchor(0);
        axisX->setTickInterval(step);
        axisX->setRange(0, last * 1.18);
    } else {
        axisX->setRange(0, std::max(1.0, top * 1.2));
        axisX->applyNiceNumbers();
    }
    axisX->setLabelFormat(percentages ? u"%.0f%%"_s : u"%.0f"_s);
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    m_view->applyPalette();
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    elideLabels();
    m_view->setMinimumHeight(60 + 2 * QFontMetrics(font()).lineSpacing() * n);
    connect(series, &QHorizontalBarSeries::hovered, this, [labels, values, percentages, n](bool on, int index) {
        if (!on)
            return;
        const int i = n - 1 - index;
        QToolTip::showText(QCursor::pos(),
                           u"%1: %2"_s.arg(labels.value(i), percentages ? percent(values.value(i), 1)
                                                                        : QLocale().toString(values.value(i))));
    });
}

void BarChart::elideLabels()
{
    // Elide once, to the room the chart leaves beside the plot: the widest label when it fits, else up to 40% of
    // the width. The chart's left margin is that room, so nothing else shortens the text again.
    const QFontMetrics fm(font());
    int widest = 0;
    for (const QString &label : std::as_const(m_labels))
        widest = std::max(widest, fm.horizontalAdvance(label));
    m_labelWidth = std::min(widest, std::max(80, int(width() * 0.4)));
    m_shown.clear();
    for (const QString &label : std::as_const(m_labels)) {
        QString shown = fm.elidedText(label, Qt::ElideMiddle, m_labelWidth);
        while (m_shown.contains(shown)) // categories must stay distinct
            shown += QChar(0x200B);
        m_shown << shown;
    }
    m_view->chart()->setMargins(QMargins(m_labelWidth + LabelGap + 4, 4, 8, 4));
    m_view->viewport()->update();
}

void BarChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    elideLabels();
}

QRectF BarChart::categoryRect(int i) const
{
    const int n = int(m_labels.size());
    const double cy = m_view->scenePosition(QPointF(0, n - 1 - i)).y();
    const double h = QFontMetricsF(font()).height();
    const QRectF plot = m_view->scenePlotArea();
    return {plot.left() - LabelGap - m_labelWidth, cy - h / 2, double(m_labelWidth), h};
}

QList<BarLabel> BarChart::valueLabels() const
{
    QList<BarLabel> result;
    if (m_view->chart()->series().isEmpty())
        return result;
    const QFontMetricsF fm(font());
    const double right = m_view->chart()->mapRectToScene(m_view->chart()->rect()).right();
    const int n = int(m_labels.size());
    for (int i = 0; i < n; ++i) {
        const int j = n - 1 - i;
        BarLabel b;
        b.bar = QRectF(m_view->scenePosition(QPointF(0, j + BarWidth / 2)),
                       m_view->scenePosition(QPointF(m_values.at(i), j - BarWidth / 2)))
                    .normalized();
        b.value = m_valueTexts.at(i);
        const double w = fm.horizontalAdvance(b.value) + 2;
        const double gap = 4;
        b.valueRect = QRectF(b.bar.right() + gap, b.bar.center().y() - fm.height() / 2, w, fm.height());
        // Past the chart's right edge (a very narrow window): inside the bar's end, when the bar is long enough
        // to hold it.
        if (b.valueRect.right() > right && b.bar.width() > w + 2 * gap) {
            b.valueRect.moveRight(b.bar.right() - gap);
            b.inside = true;
        }
        result << b;
    }
    return result;
}

QString BarChart::labelAt(const QPointF &scenePos) const
{
    for (int i = 0; i < m_labels.size(); ++i)
        if (categoryRect(i).adjusted(0, -2, 0, 2).contains(scenePos))
            return m_labels.at(i);
    return {};
}

void BarChart::paintLabels(QPainter *p)
{
    p->setFont(font());
    p->setPen(m_view->textColor());
    for (int i = 0; i < m_shown.size(); ++i)
        p->drawText(categoryRect(i), Qt::AlignRight | Qt::AlignVCenter, m_shown.at(i));
    for (const BarLabel &b : valueLabels()) {
        p->setPen(b.inside ? QColor(Qt::white) : m_view->textColor());
        p->drawText(b.valueRect, Qt::AlignCenter, b.value);
    }
}

QStringList BarChart::shownLabels() const
{
    return m_shown;
}

HistogramChart::HistogramChart(QWidget *parent)
    : QWidget(parent)
    , m_view(makeView(this))
{
    m_view->paintOverlay = [this](QPainter *p) {
        if (m_days.n == 0)
            return;
        const QRectF plot = m_view->scenePlotArea();
        const double x = m_view->scenePosition(QPointF(medianPosition(m_days.median), 0)).x();
        p->setPen(QPen(targetColour(), 2, Qt::DashLine));
        p->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        p->setFont(small);
        const QFontMetricsF fm(small);
        const QLocale l;
        const QString text = tr("Median %1 days").arg(l.toString(m_days.median, 'f', 1));
        const double w = fm.horizontalAdvance(text);
        const double left = x + w + 6 > plot.right() ? x - w - 4 : x + 4;
        p->setPen(targetColour().darker(130));
        p->drawText(QPointF(left, plot.top() + fm.ascent() + 2), text);
        p->setFont(font());
        for (const BarLabel &b : valueLabels()) {
            p->setPen(b.inside ? QColor(Qt::white) : m_view->textColor());
            p->drawText(b.valueRect, Qt::AlignCenter, b.value);
        }
    };
}

QList<BarLabel> HistogramChart::valueLabels() const
{
    QList<BarLabel> result;
    if (m_view->chart()->series().isEmpty())
        return result;
    const QFontMetricsF fm(font());
    const QRectF plot = m_view->scenePlotArea();
    const QLocale l;
    for (qsizetype i = 0; i < m_counts.size(); ++i) {
        BarLabel b;
        b.bar = QRectF(m_view->scenePosition(QPointF(double(i) - BarWidth / 2, double(m_counts.at(i)))),
                       m_view->scenePosition(QPointF(double(i) + BarWidth / 2, 0)))
                    .normalized();
        b.value = l.toString(m_counts.at(i));
        const double w = fm.horizontalAdvance(b.value) + 2;
        // Above the bar in the text colour: white inside a thin or short bar cannot be read.
        b.valueRect = QRectF(b.bar.center().x() - w / 2, b.bar.top() - 2 - fm.height(), w, fm.height());
        if (b.valueRect.top() < plot.top() && b.bar.height() > fm.height() + 6 && b.bar.width() > w + 4) {
            b.valueRect.moveTop(b.bar.top() + 3);
            b.inside = true;
        }
        result << b;
    }
    return result;
}

QChartView *HistogramChart::view() const
{
    return m_view;
}

QList<QPair<double, QString>> HistogramChart::bins()
{
    // Bins that read naturally: same day, 1, 2–3, 4–7, 8–14, 15–30, over 30 days.
    // Short labels (the axis title says "days"); no "<" or ">": Qt Charts reads axis labels as rich text.
    return {{1, tr("0")},     {2, tr("1")},      {4, tr("2–3")},  {8, tr("4–7")},
            {15, tr("8–14")}, {31, tr("15–30")}, {1e9, tr("31+")}};
}

double HistogramChart::medianPosition(double median)
{
    const auto b = bins();
    double lower = 0;
    for (qsizetype i = 0; i < b.size(); ++i) {
        if (median < b.at(i).first) {
            // The open last bin: place the marker in its middle.
            const double fraction = b.at(i).first > 1e8 ? 0.5 : (median - lower) / (b.at(i).first - lower);
            return double(i) - 0.5 + fraction;
        }
        lower = b.at(i).first;
    }
    return double(b.size()) - 1;
}

void HistogramChart::setData(const Metrics::Distribution &d)
{
    QChart *chart = m_view->chart();
    clear(chart);
    chart->legend()->hide();
    m_days = d;
    m_counts.clear();
    if (d.values.isEmpty())
        return;
    const QList<QPair<double, QString>> bins = HistogramChart::bins();
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
    m_counts = counts;
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(BarWidth);
    series->setLabelsVisible(false); // painted by the overlay: readable on bars of any size
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setTitleText(tr("Days to first completion"));
    axisX->setLabelsFont(font());
    auto *axisY = new QValueAxis;
    axisY->setRange(0, std::ceil(double(top) * 1.15));
    axisY->applyNiceNumbers();
    axisY->setLabelFormat(u"%.0f"_s);
    axisY->setLabelsFont(font());
    axisY->setTitleText(tr("Learners"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    m_view->applyPalette();
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
    axisX->applyNiceNumbers();
    axisX->setLabelFormat(u"%.0f"_s);
    axisX->setLabelsFont(font());
    auto *axisY = new QValueAxis;
    axisY->setTitleText(c.kpi);
    const double pad = std::max(1e-9, (maxY - minY) * 0.08);
    axisY->setRange(minY - pad, maxY + pad);
    axisY->applyNiceNumbers();
    axisY->setLabelsFont(font());
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    m_view->applyPalette();
    for (QXYSeries *s : {static_cast<QXYSeries *>(points), static_cast<QXYSeries *>(line)}) {
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }
}

QChartView *BarChart::view() const
{
    return m_view;
}

QChartView *ScatterChart::view() const
{
    return m_view;
}

} // namespace Uptake
