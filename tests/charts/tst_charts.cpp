// The dashboard's charts fed with hand-made metric values: drill-down clicks at computed positions, the week
// labels, histogram bins and median marker, bar labels, the grids, the frame's CSV, PNG and SVG exports, and
// the empty state. With UPTAKE_SCREENSHOTS=dir every chart is also written there as a PNG.

#include "charts/chartframe.h"
#include "charts/charts.h"
#include "charts/gridview.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QGridLayout>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStackedLayout>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace Uptake;

namespace {

Metrics::Week week(const QDate &monday, qint64 active, qint64 cohort)
{
    Metrics::Week w;
    w.start = monday;
    int year = 0;
    const int n = monday.weekNumber(&year);
    w.isoWeek = u"%1-W%2"_s.arg(year).arg(n, 2, 10, QLatin1Char('0'));
    w.active = active;
    w.cohort = cohort;
    w.rate = double(active) / double(cohort);
    return w;
}

/// Twelve weeks from Monday 2026-08-31 (W36); a pilot starting Monday 2026-09-21 (W39) with targets 40/50/60%.
Metrics::MetricSet trendSet()
{
    Metrics::MetricSet m;
    m.from = QDate(2026, 8, 31);
    m.to = QDate(2026, 11, 22);
    m.pilotName = u"Customer Support"_s;
    const qint64 active[] = {20, 22, 21, 30, 38, 44, 47, 45, 52, 50, 55, 58};
    for (int i = 0; i < 12; ++i)
        m.weeks << week(m.from.addDays(7 * i), active[i], 100);
    Metrics::KpiTarget t;
    t.kpi = u"active_rate"_s;
    t.baseline = 0.21;
    const QDate start(2026, 9, 21);
    const double targets[] = {0.4, 0.5, 0.6};
    for (int i = 0; i < 3; ++i) {
        Metrics::Checkpoint c;
        c.day = 30 * (i + 1);
        c.date = start.addDays(c.day);
        c.target = targets[i];
        t.checkpoints << c;
    }
    t.pace = {{0, 0.21}, {30, 0.4}, {60, 0.5}, {90, 0.6}};
    m.targets << t;
    m.annotations = {{start, u"pilot_start"_s, u"Pilot starts"_s},
                     {QDate(2026, 10, 7), u"comms"_s, u"Manager email"_s},
                     {QDate(2026, 10, 9), u"note"_s, u"Module split"_s},
                     {QDate(2026, 10, 22), u"outage"_s, u"SSO outage"_s},
                     {QDate(2027, 3, 1), u"note"_s, u"Outside the window"_s}};
    return m;
}

QList<Metrics::Week> restOfOrganisation()
{
    QList<Metrics::Week> weeks;
    for (int i = 0; i < 12; ++i)
        weeks << week(QDate(2026, 8, 31).addDays(7 * i), 100 + i, 400);
    return weeks;
}

Metrics::Heatmap heatmap()
{
    Metrics::Heatmap h;
    h.rows = {u"Customer service basics"_s, u"Handling difficult conversations with customers"_s, u"Returns"_s};
    for (int i = 0; i < 8; ++i)
        h.weeks << QDate(2026, 8, 31).addDays(7 * i);
    h.cells = {{40, 42, 45, 60, 75, 80, 82, 79}, {5, 6, 4, 20, 31, 35, 33, 30}, {0, 1, 0, 2, 8, 9, 3, 0}};
    return h;
}

Metrics::Correlation correlation(int n)
{
    Metrics::Correlation c;
    c.kpi = u"CSAT"_s;
    c.n = n;
    c.smallN = n < 30;
    for (int i = 0; i < n; ++i) {
        const double x = 10.0 * i;
        c.points << QPointF(x, 3.0 + 0.01 * x + ((i % 3) - 1) * 0.2);
    }
    c.slope = 0.01;
    c.intercept = 3.0;
    c.pearson = 0.81;
    return c;
}

void showAt(QWidget *w, const QSize &size)
{
    w->resize(size);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QCoreApplication::processEvents();
}

void shoot(QWidget *w, const QString &name)
{
    const QString folder = qEnvironmentVariable("UPTAKE_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    w->grab().save(QDir(folder).filePath(u"chart-"_s + name + u".png"_s));
}

/// A chart in its frame, as the dashboard shows it.
struct Framed
{
    explicit Framed(QWidget *content, const QString &title, const QString &subtitle = {})
        : frame(title, subtitle, content)
    {}
    ChartFrame frame;
};

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shortWeekLabels_data()
    {
        QTest::addColumn<QDate>("monday");
        QTest::addColumn<bool>("withYear");
        QTest::addColumn<QString>("label");
        QTest::addRow("W38") << QDate(2026, 9, 14) << false << u"W38"_s;
        QTest::addRow("with year") << QDate(2026, 9, 14) << true << u"2026-W38"_s;
        // 2026-12-28 is in ISO week 53 of 2026; 2027-01-04 starts week 1 of 2027; 2024-12-30 is 2025-W01.
        QTest::addRow("week 53") << QDate(2026, 12, 28) << true << u"2026-W53"_s;
        QTest::addRow("new year") << QDate(2027, 1, 4) << true << u"2027-W01"_s;
        QTest::addRow("ISO year differs") << QDate(2024, 12, 30) << true << u"2025-W01"_s;
    }
    void shortWeekLabels()
    {
        QFETCH(QDate, monday);
        QFETCH(bool, withYear);
        QFETCH(QString, label);
        QCOMPARE(shortWeekLabel(monday, withYear), label);
    }

    void trendClickAndHover_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QDate>("monday");
        QTest::addColumn<QString>("tip");
        QTest::addRow("first") << 0 << QDate(2026, 8, 31) << u"2026-W36, week of %1\n20 active of 100: 20.0%"_s;
        QTest::addRow("pilot start") << 3 << QDate(2026, 9, 21) << u"2026-W39, week of %1\n30 active of 100: 30.0%"_s;
        QTest::addRow("last") << 11 << QDate(2026, 11, 16) << u"2026-W47, week of %1\n58 active of 100: 58.0%"_s;
    }
    void trendClickAndHover()
    {
        QFETCH(int, index);
        QFETCH(QDate, monday);
        QFETCH(QString, tip);
        TrendChart chart;
        chart.setData(trendSet(), restOfOrganisation());
        showAt(&chart, {900, 360});
        const QString expected = tip.arg(QLocale().toString(monday, QLocale::ShortFormat));
        QVERIFY2(chart.weekToolTip(index).startsWith(expected), qPrintable(chart.weekToolTip(index)));
        QVERIFY(chart.weekToolTip(index).contains(u"Rest of the organisation: "_s));
        QSignalSpy spy(&chart, &TrendChart::weekClicked);
        // Not on the line: 25 pixels above the point still picks its week.
        const QPoint pos = chart.weekPosition(index) - QPoint(0, 25);
        QVERIFY(chart.view()->viewport()->rect().contains(pos));
        QTest::mouseClick(chart.view()->viewport(), Qt::LeftButton, {}, pos);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toDate(), monday);
        // Outside the plot (the axis labels at the far left) is not a week.
        QTest::mouseClick(chart.view()->viewport(), Qt::LeftButton, {}, QPoint(2, pos.y()));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(chart.weekToolTip(12), QString());
    }

    void trendScreenshot()
    {
        Framed f(new TrendChart, u"Weekly active rate"_s, u"Pilot cohort against the rest, with targets"_s);
        auto *chart = static_cast<TrendChart *>(f.frame.content());
        chart->setData(trendSet(), restOfOrganisation());
        showAt(&f.frame, {1000, 400});
        // The target of day 90 (2026-12-20) lies beyond the data: the axis reaches it.
        const QPoint day90 = static_cast<QChartView *>(chart->view())
                                 ->mapFromScene(chart->view()->chart()->mapToScene(
                                     chart->view()->chart()->mapToPosition(QPointF(15.857, 60))));
        QVERIFY(chart->view()->viewport()->rect().contains(day90));
        shoot(&f.frame, u"trend"_s);
        // The legend: one entry per series, each drawn like its series (the pace a dashed line, the targets
        // squares), not one orange square for both.
        QLegend *legend = chart->view()->chart()->legend();
        QCOMPARE(legend->markerShape(), QLegend::MarkerShapeFromSeries);
        QStringList entries;
        for (QLegendMarker *m : legend->markers())
            entries << m->label();
        QCOMPARE(entries.size(), chart->view()->chart()->series().size());
        QVERIFY(entries.contains(u"Pace to target"_s));
        QVERIFY(entries.contains(u"30/60/90-day targets"_s));
        chart->setData(Metrics::MetricSet{});
        QCOMPARE(chart->view()->chart()->series().size(), 0);
        QCOMPARE(chart->view()->chart()->axes().size(), 0);
    }

    void histogramMedian_data()
    {
        QTest::addColumn<double>("median");
        QTest::addColumn<double>("position");
        // Bins: <1, 1, 2–3, 4–7, 8–14, 15–30, >30 days; bin i spans i − 0.5 … i + 0.5.
        QTest::addRow("same day") << 0.5 << 0.0;
        QTest::addRow("start of 2–3") << 2.0 << 1.5;
        QTest::addRow("middle of 4–7") << 6.0 << 3.0;
        QTest::addRow("halfway through 8–14") << 11.5 << 4.0;
        QTest::addRow("over 30") << 45.0 << 6.0;
    }
    void histogramMedian()
    {
        QFETCH(double, median);
        QFETCH(double, position);
        QCOMPARE(HistogramChart::medianPosition(median), position);
    }

    void histogramScreenshot()
    {
        Framed f(new HistogramChart, u"Time to first completion"_s);
        Metrics::Distribution d;
        d.values = {0.2, 1, 2, 2, 3, 4, 4, 4, 5, 6, 8, 9, 12, 15, 21, 40};
        d.n = d.values.size();
        d.median = 4.5;
        // Filled twice, as a filter change does: the second set of axes must replace the first.
        static_cast<HistogramChart *>(f.frame.content())->setData(d);
        showAt(&f.frame, {560, 320});
        static_cast<HistogramChart *>(f.frame.content())->setData(d);
        QCoreApplication::processEvents();
        QCOMPARE(static_cast<HistogramChart *>(f.frame.content())->view()->chart()->axes().size(), 2);
        shoot(&f.frame, u"histogram"_s);
        // Counts per bin (0, 1, 2–3, 4–7, 8–14, 15–30, 31+ days), each written above its bar in the text colour,
        // clear of the bar, even over the thinnest bars.
        const QList<BarLabel> labels = static_cast<HistogramChart *>(f.frame.content())->valueLabels();
        QStringList texts;
        for (const BarLabel &b : labels) {
            texts << b.value;
            QVERIFY(!b.inside);
            QVERIFY2(b.valueRect.bottom() <= b.bar.top(), qPrintable(b.value));
            QVERIFY(std::abs(b.valueRect.center().x() - b.bar.center().x()) < 1);
        }
        QCOMPARE(texts, (QStringList{u"1"_s, u"1"_s, u"3"_s, u"5"_s, u"3"_s, u"2"_s, u"1"_s}));
        const auto *series = qobject_cast<QAbstractBarSeries *>(
            static_cast<HistogramChart *>(f.frame.content())->view()->chart()->series().value(0));
        QVERIFY(series && !series->isLabelsVisible()); // Qt Charts' own labels: white, inside the bar
    }

    void barLabels()
    {
        Framed f(new BarChart, u"Completion by course"_s);
        auto *bars = static_cast<BarChart *>(f.frame.content());
        const QString longName = u"An extremely long course name that cannot possibly fit next to its bar, part one"_s;
        bars->setData({u"Returns"_s, longName, longName + u" (again)"_s, u"Ignored: beyond maxBars"_s},
                      {0.95, 0.25, 0.125, 0.1}, true, 3); // 95%: the axis ends at 100%, the label beyond it
        const QStringList shown = bars->shownLabels();
        QCOMPARE(shown.size(), 3);
        QCOMPARE(shown.at(0), u"Returns"_s); // first on top
        QVERIFY(shown.at(1).contains(u'…'));
        QVERIFY(shown.at(1) != shown.at(2)); // still distinct after eliding
        // Labels as whole percentages, whatever the fraction (12.5% would print as "12.5" next to "50").
        auto *series = qobject_cast<QAbstractBarSeries *>(bars->view()->chart()->series().value(0));
        QVERIFY(series);
        const QBarSet *set = series->barSets().value(0);
        QVERIFY(set);
        QCOMPARE(set->count(), 3);
        for (int i = 0; i < set->count(); ++i)
            QCOMPARE(set->at(i), std::round(set->at(i)));
        showAt(&f.frame, {560, 260});
        shoot(&f.frame, u"bars"_s);
        // Elided once: the chart's own category labels are off (they elided the elided text again), ours fit
        // the room beside the plot, and the full name is the tooltip.
        const auto *axis = bars->view()->chart()->axes(Qt::Vertical).value(0);
        QVERIFY(axis && !axis->labelsVisible());
        const QStringList after = bars->shownLabels();
        QCOMPARE(after.at(0), u"Returns"_s);
        QVERIFY(after.at(1).contains(u'…'));
        QVERIFY(after.at(1).size() > 12); // not "An extr…" after a second pass
        const QFontMetrics fm(bars->font());
        const QRectF plot = bars->view()->chart()->mapRectToScene(bars->view()->chart()->plotArea());
        for (const QString &label : after)
            QVERIFY(fm.horizontalAdvance(label) <= plot.left());
        const QList<BarLabel> values = bars->valueLabels();
        QCOMPARE(values.size(), 3);
        QCOMPARE(bars->labelAt(QPointF(plot.left() - 20, values.at(1).bar.center().y())), longName);
        // Values as whole percentages, beside the bar's end and clear of it (not across it).
        QCOMPARE(values.at(0).value, QLocale().toString(95) + QLocale().percent());
        QCOMPARE(values.at(2).value, QLocale().toString(13) + QLocale().percent());
        for (const BarLabel &b : values) {
            QVERIFY(!b.inside);
            QVERIFY2(b.valueRect.left() >= b.bar.right() + 2, qPrintable(b.value));
            QVERIFY(b.valueRect.right() <=
                    bars->view()->chart()->mapRectToScene(bars->view()->chart()->rect()).right());
        }
    }

    void scatterScreenshot_data()
    {
        QTest::addColumn<int>("n");
        QTest::addRow("small") << 8;
        QTest::addRow("enough") << 60;
    }
    void scatterScreenshot()
    {
        QFETCH(int, n);
        Framed f(new ScatterChart, u"Learning and performance"_s, u"r = 0.81, n = %1"_s.arg(n));
        auto *scatter = static_cast<ScatterChart *>(f.frame.content());
        scatter->setData(correlation(n));
        QCOMPARE(scatter->view()->chart()->series().size(), 2); // the dots and the regression line
        showAt(&f.frame, {560, 340});
        shoot(&f.frame, u"scatter-%1"_s.arg(n));
    }

    void heatmapClick()
    {
        GridView grid;
        grid.setHeatmap(heatmap(), 15);
        showAt(&grid, {900, grid.sizeHint().height()});
        shoot(&grid, u"heatmap"_s);
        QSignalSpy spy(&grid, &GridView::cellClicked);
        const QRectF cell = grid.cellRect(1, 2);
        QVERIFY(cell.width() > 10);
        QTest::mouseClick(&grid, Qt::LeftButton, {}, cell.center().toPoint());
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), u"Handling difficult conversations with customers"_s);
        QCOMPARE(spy.at(0).at(1).toDate(), QDate(2026, 9, 14));
        // The row labels are not cells, nor is the legend under the last row.
        QTest::mouseClick(&grid, Qt::LeftButton, {}, QPoint(5, int(cell.center().y())));
        QTest::mouseClick(&grid, Qt::LeftButton, {}, QPoint(int(cell.center().x()), grid.height() - 3));
        QCOMPARE(spy.size(), 1);
        // Only maxRows rows are kept.
        grid.setHeatmap(heatmap(), 2);
        QTest::mouseClick(&grid, Qt::LeftButton, {}, grid.cellRect(2, 0).center().toPoint());
        QCOMPARE(spy.size(), 1);
    }

    void retentionDoesNotDrillDown()
    {
        GridView grid;
        Metrics::Retention r;
        r.startWeeks = {QDate(2026, 9, 7), QDate(2026, 9, 14), QDate(2026, 9, 21)};
        r.sizes = {50, 40, 80};
        r.shares = {{1.0, 0.6, 0.42}, {1.0, 0.55}, {1.0}};
        grid.setRetention(r);
        showAt(&grid, {560, grid.sizeHint().height()});
        shoot(&grid, u"retention"_s);
        QSignalSpy spy(&grid, &GridView::cellClicked);
        QTest::mouseClick(&grid, Qt::LeftButton, {}, grid.cellRect(0, 1).center().toPoint());
        QCOMPARE(spy.size(), 0);
    }

    void frameDataAndExports()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Framed f(new TrendChart, u"Weekly active rate"_s, u"Pilot cohort"_s);
        static_cast<TrendChart *>(f.frame.content())->setData(trendSet());
        f.frame.setData({{u"Week"_s, u"Active rate"_s}, {{u"2026-W39"_s, u"0.30"_s}, {u"=cmd"_s, u"a, b"_s}}});
        f.frame.setEmpty({});
        showAt(&f.frame, {800, 360});
        // CSV: RFC 4180 quoting, CRLF, a formula-looking cell neutralised.
        QCOMPARE(f.frame.csv(), u"Week,Active rate\r\n2026-W39,0.30\r\n'=cmd,\"a, b\"\r\n"_s);

        const QString png = dir.filePath(u"trend.png"_s);
        QCOMPARE(f.frame.exportPng(png), QString());
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), f.frame.content()->size() * 2); // twice the screen resolution
        bool coloured = false;                                 // the series' teal is somewhere in the plot
        for (int y = 0; y < image.height() && !coloured; y += 2)
            for (int x = 0; x < image.width() && !coloured; x += 2) {
                const QColor c = image.pixelColor(x, y);
                coloured = c.green() > 100 && c.red() < 60 && c.blue() > 80;
            }
        QVERIFY(coloured);

        const QString svg = dir.filePath(u"trend.svg"_s);
        QCOMPARE(f.frame.exportSvg(svg), QString());
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray xml = file.readAll();
        QXmlStreamReader reader(xml);
        bool sawSvg = false;
        while (!reader.atEnd())
            if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == u"svg"_s)
                sawSvg = true;
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QVERIFY(sawSvg);
        QVERIFY(xml.contains("<title>Weekly active rate</title>"));
        QVERIFY(xml.contains("<desc>Pilot cohort</desc>"));

        // A folder that does not exist: an error message, no file.
        QVERIFY(!f.frame.exportPng(dir.filePath(u"missing/x.png"_s)).isEmpty());
    }

    void emptyState()
    {
        Framed f(new HistogramChart, u"Time to first completion"_s);
        showAt(&f.frame, {500, 300});
        const auto *button = f.frame.findChild<QToolButton *>();
        QVERIFY(button);
        f.frame.setEmpty(u"Nobody completed anything in this window."_s);
        QVERIFY(!button->isEnabled());
        QVERIFY(!f.frame.content()->isVisible());
        shoot(&f.frame, u"empty"_s);
        f.frame.setEmpty({});
        QVERIFY(button->isEnabled());
        QVERIFY(f.frame.content()->isVisible());
    }

    /// A subtitle that wraps onto several lines keeps all of them in a scrolled page too small for the frames, the
    /// dashboard's layout (a grid with a spanning row, in a scroll area), also when the text grows after the page
    /// was laid out and when the window narrows. A screenshot taken before the relayout showed it clipped over the
    /// title; this pins down that the settled layout never does.
    void wrappedSubtitleKeepsItsLines()
    {
        QScrollArea area;
        area.setWidgetResizable(true);
        auto *page = new QWidget;
        auto *layout = new QVBoxLayout(page);
        auto *grid = new QGridLayout; // as the dashboard lays its charts out
        layout->addLayout(grid);
        const QString subtitle = u"Pilot cohort against its targets, the grey line is the comparison group, week by "
                                 u"week (difference in differences: 45.8 points). Click a week for the learners "
                                 u"behind it."_s;
        QList<ChartFrame *> frames;
        for (int i = 0; i < 3; ++i) {
            auto *trend = new TrendChart;
            trend->setData(trendSet(), restOfOrganisation());
            frames << new ChartFrame(u"Weekly active rate"_s, u"Pilot cohort against its targets."_s, trend);
            grid->addWidget(frames.last(), i == 0 ? 0 : 1, i == 2 ? 1 : 0, 1, i == 0 ? 2 : 1);
        }
        area.setWidget(page);
        showAt(&area, {520, 400});
        // The dashboard sets its subtitles once the figures are in, after the page was laid out.
        for (ChartFrame *frame : std::as_const(frames))
            frame->setSubtitle(subtitle);
        for (const int width : {520, 700, 420}) {
            area.resize(width, 400);
            QCoreApplication::processEvents();
            for (ChartFrame *frame : std::as_const(frames)) {
                const auto labels = frame->findChildren<QLabel *>();
                const auto note = std::find_if(labels.cbegin(), labels.cend(),
                                               [&](const QLabel *l) { return l->text() == subtitle; });
                QVERIFY(note != labels.cend());
                const QLabel *label = *note;
                QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                         qPrintable(u"width %1: the subtitle is %2 px tall, its text needs %3"_s.arg(width)
                                        .arg(label->height())
                                        .arg(label->heightForWidth(label->width()))));
            }
        }
        shoot(&area, u"wrapped-subtitles"_s);
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
