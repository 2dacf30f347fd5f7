// The status report: the layout engine's page breaks, the summary's status and sentences (hand-worked), and the
// demo workspace's report as a reader gets it — its text extracted with pdftotext — from the command line and
// from the Report page.

#include "testutil.h"

#include "demo/demoworkspace.h"
#include "export/reportdata.h"
#include "import/presets.h"
#include "metrics/metrics.h"
#include "metrics/summary.h"
#include "pages/reportpage.h"
#include "report/documentlayout.h"
#include "report/reportbuilder.h"
#include "report/reportcharts.h"
#include "report/reportrenderer.h"
#include "settings/reporttemplates.h"
#include "storage/pilotrepository.h"
#include "storage/reportrepository.h"
#include "storage/workspace.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

#include <cmath>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Uptake;

namespace {

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &pdf)
{
    QProcess p;
    p.start(u"pdfinfo"_s, {pdf});
    p.waitForFinished(60000);
    for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(u'\n'))
        if (line.startsWith(u"Pages:"_s))
            return line.mid(6).trimmed().toInt();
    return -1;
}

Metrics::KpiTarget activeRateTarget(double current)
{
    Metrics::KpiTarget t;
    t.kpi = u"active_rate"_s;
    t.label = u"Weekly active rate"_s;
    t.baseline = 0.2;
    t.current = current;
    t.tolerance = 0.1;
    const QDate start(2026, 9, 21);
    const double targets[] = {0.45, 0.65, 0.75};
    t.pace << QPointF(0, 0.2);
    for (int i = 0; i < 3; ++i) {
        Metrics::Checkpoint c;
        c.day = 30 * (i + 1);
        c.date = start.addDays(c.day);
        c.target = targets[i];
        t.checkpoints << c;
        t.pace << QPointF(c.day, targets[i]);
    }
    return t;
}

Report::Document fillerDocument(int paragraphs)
{
    Report::Document doc;
    for (int i = 0; i < paragraphs; ++i)
        doc.addParagraph(u"Paragraph %1. "_s.arg(i) +
                         QString(u"Words that fill a line of text on the page. "_s).repeated(6));
    return doc;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The settings (report templates) live where the command line run below finds them too.
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toUtf8());
        QCoreApplication::setOrganizationName(u"Uptake"_s);
        QCoreApplication::setApplicationName(u"Uptake"_s);
        QCoreApplication::setApplicationVersion(QStringLiteral(UPTAKE_VERSION));
        m_demo = m_dir.filePath(u"demo.uptake"_s);
        QVERIFY(Demo::createDemoWorkspace(m_demo, false));
        m_family = Report::defaultFontFamily();
    }

    // --- The summary's figures, worked by hand ------------------------------------------------------------------

    void kpiStatus_data()
    {
        QTest::addColumn<double>("current");
        QTest::addColumn<int>("asOfDay");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("nextDay");
        QTest::addColumn<double>("expected");
        // Day 40: the pace is 0.45 + (0.65 − 0.45) × 10/30 = 0.51667. The tolerance band is 0.1 × (0.65 − 0.2) =
        // 0.045 below it, down to 0.47167.
        QTest::addRow("meets the pace") << 0.52 << 40 << int(Metrics::TargetStatus::OnTrack) << 60 << 0.516667;
        QTest::addRow("short within the band") << 0.48 << 40 << int(Metrics::TargetStatus::AtRisk) << 60 << 0.516667;
        QTest::addRow("short beyond the band") << 0.46 << 40 << int(Metrics::TargetStatus::OffTrack) << 60 << 0.516667;
        // Day 15: halfway from 0.2 to 0.45 = 0.325; band 0.1 × 0.25 = 0.025.
        QTest::addRow("early, at risk") << 0.31 << 15 << int(Metrics::TargetStatus::AtRisk) << 30 << 0.325;
        // After day 90 the last target holds: 0.75; band 0.1 × (0.75 − 0.2) = 0.055.
        QTest::addRow("after the last checkpoint") << 0.70 << 100 << int(Metrics::TargetStatus::AtRisk) << 90 << 0.75;
    }

    void kpiStatus()
    {
        QFETCH(double, current);
        QFETCH(int, asOfDay);
        QFETCH(int, status);
        QFETCH(int, nextDay);
        QFETCH(double, expected);
        const QDate start(2026, 9, 21);
        const KpiLine line = kpiLine(activeRateTarget(current), start, start.addDays(asOfDay));
        QCOMPARE(int(line.status), status);
        QVERIFY(line.next);
        QCOMPARE(line.next->day, nextDay);
        QVERIFY(line.expectedNow);
        QVERIFY2(std::abs(*line.expectedNow - expected) < 1e-5, qPrintable(QString::number(*line.expectedNow)));
    }

    void kpiStatusBeforeStart()
    {
        const QDate start(2026, 9, 21);
        const KpiLine line = kpiLine(activeRateTarget(0.1), start, start.addDays(-3));
        QCOMPARE(line.status, Metrics::TargetStatus::NotDue);
        QCOMPARE(line.next->day, 30);
    }

    void kpiSentence_data()
    {
        QTest::addColumn<QString>("kpi");
        QTest::addColumn<double>("current");
        QTest::addColumn<double>("target");
        QTest::addColumn<QString>("expected");
        // 225 − 212 = 13; 13 ÷ 225 = 5.8% → "6%".
        QTest::addRow("count below") << u"weekly_active_users"_s << 212.0 << 225.0
                                     << u"Weekly active users is 212, 6% below the day-60 target of 225."_s;
        QTest::addRow("rate above") << u"active_rate"_s << 0.708 << 0.55
                                    << u"Weekly active rate is 70.8%, 15.8 points above the day-60 target of 55.0%."_s;
        QTest::addRow("days below") << u"median_days_to_first_completion"_s << 6.5 << 8.0
                                    << u"Median days is 6.5, 1.5 days below the day-60 target of 8.0."_s;
    }

    void kpiSentence()
    {
        QFETCH(QString, kpi);
        QFETCH(double, current);
        QFETCH(double, target);
        QFETCH(QString, expected);
        KpiLine line;
        line.kpi = kpi;
        line.label = kpi == u"weekly_active_users"_s ? u"Weekly active users"_s
                     : kpi == u"active_rate"_s       ? u"Weekly active rate"_s
                                                     : u"Median days"_s;
        line.higherIsBetter = kpi != u"median_days_to_first_completion"_s;
        line.current = current;
        Metrics::Checkpoint c;
        c.day = 60;
        c.target = target;
        line.next = c;
        QCOMPARE(Report::kpiSentence(line, QLocale::c()), expected);
    }

    // --- The layout engine ----------------------------------------------------------------------------------------

    void headingKeepsWithNext()
    {
        // Fill pages with paragraphs, then place a heading at every possible height: it must never be the last
        // thing on its page.
        for (int filler = 1; filler < 14; ++filler) {
            Report::Document doc = fillerDocument(filler);
            doc.addHeading(u"Section"_s);
            const int heading = int(doc.blocks().size()) - 1;
            Report::Table t;
            t.columns = {{u"A"_s, Qt::AlignLeft, 1}, {u"B"_s, Qt::AlignRight, 1}};
            for (int r = 0; r < 3; ++r)
                t.rows << QList<Report::TableCell>{{u"x"_s, {}, {}, false}, {u"1"_s, {}, {}, false}};
            doc.addTable(t);
            Report::PageSetup setup;
            setup.fontFamily = m_family;
            Report::Layout layout(setup);
            QVERIFY(layout.paginate(doc));
            for (int p = 0; p < layout.pageCount(); ++p) {
                const QList<int> blocks = layout.blocksOnPage(p);
                if (blocks.contains(heading))
                    QVERIFY2(blocks.last() != heading,
                             qPrintable(u"filler %1: heading ends page %2"_s.arg(filler).arg(p)));
            }
        }
    }

    void headingKeepsWithASmallTable_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<bool>("note");
        QTest::addRow("two rows and a note") << 2 << true;
        QTest::addRow("one row and a note") << 1 << true;
        QTest::addRow("three rows, caption only") << 3 << false;
    }
    void headingKeepsWithASmallTable()
    {
        // "Cycle 2" ended a page of the demo report: the space a heading keeps for the table after it missed the
        // caption's gap and the note that must stay with a short table's last row. Sweep the heading down the
        // page in steps of 1 mm so every position is tried.
        QFETCH(int, rows);
        QFETCH(bool, note);
        for (int mm = 0; mm < 250; ++mm) {
            Report::Document doc = fillerDocument(1);
            doc.addSpacer(mm);
            doc.addHeading(u"Cycle 2 (1 Oct to 14 Oct)"_s, 2);
            const int heading = int(doc.blocks().size()) - 1;
            Report::Table t;
            t.caption = u"Feedback themes"_s;
            t.columns = {{u"Theme"_s, Qt::AlignLeft, 1}, {u"Mentions"_s, Qt::AlignRight, 1}};
            for (int r = 0; r < rows; ++r)
                t.rows << QList<Report::TableCell>{{u"theme"_s, {}, {}, false}, {u"1"_s, {}, {}, false}};
            if (note)
                t.note = u"A note that belongs under the table's last row."_s;
            doc.addTable(t);
            Report::PageSetup setup;
            setup.fontFamily = m_family;
            Report::Layout layout(setup);
            QVERIFY(layout.paginate(doc));
            for (int p = 0; p < layout.pageCount(); ++p) {
                const QList<int> blocks = layout.blocksOnPage(p);
                if (blocks.contains(heading))
                    QVERIFY2(blocks.last() != heading, qPrintable(u"%1 mm: heading ends page %2"_s.arg(mm).arg(p)));
            }
        }
    }

    void headerShortenedAtWords()
    {
        const QString org = u"Northwind Traders International"_s;
        const QString pilot = u"Customer Support: learning in the flow of work"_s;
        const QString asOf = u"as of 30/10/2026"_s;
        const QString sep = u"  ·  "_s;
        const QString header = org + sep + pilot + sep + asOf;
        const QFontMetricsF fm(Report::font(m_family, 7.5));
        QCOMPARE(Report::shortenHeader(header, fm, fm.horizontalAdvance(header) + 1), header); // fits: untouched
        for (double share : {0.8, 0.6, 0.45}) {
            const qreal width = fm.horizontalAdvance(header) * share;
            const QString shown = Report::shortenHeader(header, fm, width);
            QVERIFY2(fm.horizontalAdvance(shown) <= width, qPrintable(shown));
            QVERIFY2(shown.endsWith(sep + asOf), qPrintable(shown)); // the date is never cut
            QVERIFY(shown.contains(u'…'));
            // Every part is its original's first whole words: nothing cut inside a word. When one word each is
            // still too wide, the organisation goes first; the pilot and the date stay.
            const QStringList originals{org, pilot, asOf};
            const QStringList parts = shown.split(sep);
            QVERIFY2(parts.size() >= 2, qPrintable(shown));
            for (qsizetype i = 0; i < parts.size(); ++i) {
                const QString original = originals.at(originals.size() - parts.size() + i);
                QString part = parts.at(i);
                part.remove(u'…');
                QVERIFY2(!part.isEmpty() && original.startsWith(part), qPrintable(shown));
                QVERIFY2(part.size() == original.size() || original.at(part.size()) == u' ', qPrintable(shown));
            }
        }
    }

    void dateRanges_data()
    {
        QTest::addColumn<QList<QDate>>("mondays");
        QTest::addColumn<QString>("text");
        QTest::addRow("one week") << QList<QDate>{QDate(2025, 3, 3)} << u"3–9 Mar 2025"_s;
        QTest::addRow("two in a row") << QList<QDate>{QDate(2025, 3, 3), QDate(2025, 3, 10)} << u"3–16 Mar 2025"_s;
        QTest::addRow("unsorted") << QList<QDate>{QDate(2025, 3, 10), QDate(2025, 3, 3)} << u"3–16 Mar 2025"_s;
        QTest::addRow("across months") << QList<QDate>{QDate(2025, 2, 24), QDate(2025, 3, 3)}
                                       << u"24 Feb – 9 Mar 2025"_s;
        QTest::addRow("a gap") << QList<QDate>{QDate(2025, 3, 3), QDate(2025, 3, 17), QDate(2025, 3, 24)}
                               << u"3–9 Mar 2025, 17–30 Mar 2025"_s;
        QTest::addRow("across years") << QList<QDate>{QDate(2025, 12, 29)} << u"29 Dec 2025 – 4 Jan 2026"_s;
    }
    void dateRanges()
    {
        QFETCH(QList<QDate>, mondays);
        QFETCH(QString, text);
        QCOMPARE(Report::dateRanges(mondays, 7, QLocale::c()), text);
    }

    void datePatternsAreTranslated()
    {
        // The patterns of dates and ranges are the translator's to choose (a German report writes "3.–9.03.2025",
        // an American one "Mar 3–9, 2025"): with a translation installed, the report follows it.
        class Patterns : public QTranslator
        {
        public:
            bool isEmpty() const override { return false; }
            QString translate(const char *context, const char *source, const char *disambiguation, int) const override
            {
                if (qstrcmp(context, "Uptake::Report") != 0 || !disambiguation)
                    return {};
                const QByteArray s(source);
                if (s == "d MMMM yyyy")
                    return u"yyyy-MM-dd"_s;
                if (s == "d MMM yyyy")
                    return u"dd.MM.yyyy"_s;
                if (s == "d" && QByteArray(disambiguation).contains("same month"))
                    return u"dd."_s;
                if (s == "%1–%2")
                    return u"%1 bis %2"_s;
                return {};
            }
        };
        Patterns patterns;
        QVERIFY(QCoreApplication::installTranslator(&patterns));
        const QString range = Report::dateRanges({QDate(2025, 3, 3)}, 7, QLocale::c());
        const QString single = Report::dateRanges({QDate(2025, 3, 3)}, 1, QLocale::c());
        ReportData data;
        data.asOf = QDate(2026, 10, 30);
        const Report::Document doc = Report::buildDocument(data, m_family, QLocale::c());
        QCoreApplication::removeTranslator(&patterns);
        QCOMPARE(range, u"03. bis 09.03.2025"_s);
        QCOMPARE(single, u"03.03.2025"_s);
        QString asOf;
        for (const Report::Block &b : doc.blocks())
            if (b.kind == Report::Block::Kind::Cover)
                for (const auto &[label, value] : b.cover->facts)
                    if (label == u"As of"_s)
                        asOf = value;
        QCOMPARE(asOf, u"2026-10-30"_s);
    }

    void dateAxisLabelsHaveTheYear()
    {
        const QStringList labels = Report::Charts::dateAxisLabels(
            {QDate(2026, 12, 14), QDate(2026, 12, 28), QDate(2027, 1, 11), QDate(2027, 1, 25)}, QLocale::c());
        QCOMPARE(labels, (QStringList{u"14 Dec 2026"_s, u"28 Dec"_s, u"11 Jan 2027"_s, u"25 Jan"_s}));
    }

    void annotationLabelsNeverTouch_data()
    {
        QTest::addColumn<QList<qreal>>("xs");  // in points from the plot's left edge (the plot is 450 pt wide)
        QTest::addColumn<QList<int>>("whole"); // the labels short enough to show whole wherever they are
        // The demo report: the pilot's start, three events within three weeks of it, and an outage before.
        QTest::addRow("demo") << QList<qreal>{168, 174, 209, 229, 62} << QList<int>{0, 4};
        QTest::addRow("same day") << QList<qreal>{100, 100, 100} << QList<int>{0};
        QTest::addRow("at the right edge") << QList<qreal>{430, 440, 448} << QList<int>{};
        QTest::addRow("crowded") << QList<qreal>{10, 12, 14, 16, 18, 20, 22, 24} << QList<int>{};
    }
    void annotationLabelsNeverTouch()
    {
        // Labels near the pilot's start touched the neighbouring labels' lines. Whatever the crowd, a label
        // crosses no other label and no other line that rises to its row, and stays within the plot.
        QFETCH(QList<qreal>, xs);
        QFETCH(QList<int>, whole);
        const QStringList all{u"Pilot starts"_s, u"Team leads announce the pilot in their huddles"_s,
                              u"Split the 95-minute escalations module into short lessons of about 12 minutes"_s,
                              u"Moved the coaching circle to a chat thread"_s, u"Single sign-on outage"_s};
        QStringList labels;
        QList<qreal> dots;
        for (int i = 0; i < xs.size(); ++i) {
            labels << all.at(i % all.size());
            dots << Report::dotsFromPoints(xs.at(i));
        }
        const QFontMetricsF fm(Report::font(m_family, 7));
        const qreal right = Report::dotsFromPoints(450);
        const QList<Report::Charts::AnnotationLabel> placed =
            Report::Charts::placeAnnotationLabels(dots, labels, fm, 0, right, Report::dotsFromPoints(126), 4);
        QCOMPARE(placed.size(), xs.size());
        for (int i = 0; i < placed.size(); ++i) {
            const auto &a = placed.at(i);
            QVERIFY(a.row >= -1 && a.row < 4);
            if (a.row < 0) { // no room for a label: its line stays in the plot, the footnote names its date
                QVERIFY(a.text.isEmpty() && a.footnote > 0);
                continue;
            }
            QVERIFY2(a.left >= 0 && a.left + a.width <= right, qPrintable(a.text));
            QVERIFY2(fm.horizontalAdvance(a.text) <= a.width, qPrintable(a.text));
            // Whole, or footnoted (numbered left to right) with the full text under the chart.
            QCOMPARE(a.text == labels.at(i), a.footnote == 0);
            if (whole.contains(i))
                QCOMPARE(a.text, labels.at(i));
            for (int j = 0; j < placed.size(); ++j) {
                const auto &o = placed.at(j);
                if (j == i || o.row < 0)
                    continue;
                const bool lineCrosses = o.x >= a.left && o.x <= a.left + a.width && o.row >= a.row;
                QVERIFY2(!lineCrosses, qPrintable(u"the line of %1 crosses %2"_s.arg(o.text, a.text)));
                const bool overlap = o.row == a.row && o.left < a.left + a.width && a.left < o.left + o.width;
                QVERIFY2(!overlap, qPrintable(u"%1 overlaps %2"_s.arg(o.text, a.text)));
            }
        }
    }

    void withoutAPilot()
    {
        // A program-wide report (no pilot, no usage data yet): it asks for a pilot first, and the sections that
        // would only say "no pilot" are left out, with their lines in the contents.
        ReportData data;
        data.asOf = QDate(2026, 10, 30);
        const Report::Document doc = Report::buildDocument(data, m_family, QLocale::c());
        QCOMPARE(doc.sections(),
                 (QStringList{reportSectionLabel(ReportSection::Summary), reportSectionLabel(ReportSection::Risks),
                              reportSectionLabel(ReportSection::Appendix)}));
        QString note;
        for (const auto &t : doc.tables())
            if (t->name == u"kpi_summary"_s)
                note = t->note;
        QVERIFY2(note.contains(u"There is no pilot yet: create one on the Pilot page first"_s), qPrintable(note));
        QVERIFY(!note.contains(u"set them on the Pilot page"_s));
        QVERIFY2(note.startsWith(u"Current: all learners over the last four weeks"_s), qPrintable(note));
        // Nor does the cover speak of a pilot's start.
        for (const Report::Block &b : doc.blocks())
            if (b.kind == Report::Block::Kind::Cover)
                for (const auto &[label, value] : b.cover->facts)
                    QVERIFY2(!value.contains(u"pilot"_s), qPrintable(value));
    }

    /// The appendix names each import's kind of data as the rest of Uptake does (translated; the CSV keeps the key)
    /// and the format it was read as: it printed the internal key ("events") and no format.
    void dataSourcesNameKindAndFormat()
    {
        class German : public QTranslator
        {
        public:
            bool isEmpty() const override { return false; }
            QString translate(const char *context, const char *source, const char *, int) const override
            {
                if (qstrcmp(context, "Uptake::ImportsModel") == 0 && qstrcmp(source, "Learning events") == 0)
                    return u"Lernereignisse"_s;
                return {};
            }
        };
        ReportData data;
        data.asOf = QDate(2026, 10, 30);
        ImportBatch events;
        events.kind = u"events"_s;
        events.fileName = u"logs_moodle.csv"_s;
        events.importedAt = QDateTime(QDate(2026, 10, 1), QTime(9, 0), QTimeZone::utc());
        events.profile = QString::fromUtf8(
            QJsonDocument(Import::findPreset(u"moodle-logstore"_s)->profile.toJson()).toJson(QJsonDocument::Compact));
        ImportBatch roster = events;
        roster.kind = u"roster"_s;
        roster.fileName = u"people.csv"_s;
        roster.profile.clear();
        data.imports = {events, roster};
        German german;
        QVERIFY(QCoreApplication::installTranslator(&german));
        const Report::Document doc = Report::buildDocument(data, m_family, QLocale::c());
        QCoreApplication::removeTranslator(&german);
        const Report::Table *sources = nullptr;
        for (const auto &t : doc.tables())
            if (t->name == u"data_sources"_s)
                sources = t.get();
        QVERIFY(sources);
        QCOMPARE(sources->columns.at(1).title, u"Kind"_s);
        QCOMPARE(sources->columns.at(2).title, u"Format"_s);
        QCOMPARE(sources->rows.size(), 2);
        QCOMPARE(sources->rows.at(0).at(1).text, u"Lernereignisse"_s);
        QCOMPARE(sources->rows.at(0).at(1).raw, u"events"_s);
        QCOMPARE(sources->rows.at(0).at(2).text, u"Moodle logstore_standard_log table"_s);
        QCOMPARE(sources->rows.at(1).at(1).text, u"Roster"_s);
        QCOMPARE(sources->rows.at(1).at(2).text, QString()); // recorded no format
    }

    void tableRepeatsHeaderAndSplitsBetweenRows()
    {
        Report::Document doc;
        Report::Table t;
        t.caption = u"Long table"_s;
        t.columns = {{u"Row"_s, Qt::AlignLeft, 1}, {u"Value"_s, Qt::AlignRight, 1}};
        for (int r = 0; r < 150; ++r)
            t.rows << QList<Report::TableCell>{{u"row %1"_s.arg(r), {}, {}, false},
                                               {QString::number(r), {}, {}, false}};
        doc.addTable(t);
        Report::PageSetup setup;
        setup.fontFamily = m_family;
        setup.continuedFormat = u"%1 (continued)"_s;
        Report::Layout layout(setup);
        QVERIFY(layout.paginate(doc));
        QVERIFY(layout.pageCount() >= 3);
        int next = 0;
        for (int p = 0; p < layout.pageCount(); ++p) {
            const auto [first, last] = layout.tableRowsOnPage(p, 0);
            QCOMPARE(first, next); // contiguous, nothing lost or repeated
            QVERIFY2(last - first >= 1, "no page holds a single row of a long table");
            next = last + 1;
        }
        QCOMPARE(next, 150);
        // The header row is drawn again on every page: its title appears once per page in the PDF's text.
        const QString pdf = m_dir.filePath(u"table.pdf"_s);
        QVERIFY(Report::writePdf(layout, pdf));
        const QString text = pdfText(pdf);
        QCOMPARE(text.count(u"Value"_s), layout.pageCount());
        QCOMPARE(text.count(u"Long table (continued)"_s), layout.pageCount() - 1);
    }

    void datesNeverWrap_data()
    {
        QTest::addColumn<bool>("keepWhole");
        QTest::newRow("date column") << true;
        QTest::newRow("text column (wraps, as the data sources' dates did)") << false;
    }
    void datesNeverWrap()
    {
        // Beside a column of long text, a date column got its longest word and "29 November" over "2026".
        QFETCH(bool, keepWhole);
        Report::Document doc;
        Report::Table t;
        t.columns = {{u"Imported"_s, Qt::AlignLeft, 1, keepWhole}, {u"Format"_s, Qt::AlignLeft, 4}};
        t.rows << QList<Report::TableCell>{{u"29 November 2026"_s, {}, {}, false},
                                           {QString(u"Moodle logstore table dump "_s).repeated(12), {}, {}, false}};
        doc.addTable(t);
        Report::PageSetup setup;
        setup.fontFamily = m_family;
        Report::Layout layout(setup);
        QVERIFY(layout.paginate(doc));
        const QString pdf = m_dir.filePath(u"dates.pdf"_s);
        QVERIFY(Report::writePdf(layout, pdf));
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(u"Moodle"_s));
        QCOMPARE(text.contains(u"29 November 2026"_s), keepWhole);
    }

    void tableRowsNeverAlone_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<bool>("note");
        for (int rows = 2; rows <= 7; ++rows) {
            QTest::addRow("%d rows", rows) << rows << false;
            QTest::addRow("%d rows and a note", rows) << rows << true;
        }
    }
    void tableRowsNeverAlone()
    {
        // The last release of "Next releases" landed alone on the next page under its repeated header. Sweep the
        // table down the page in steps of 1 mm: wherever it breaks, every page holding it holds two rows or more.
        QFETCH(int, rows);
        QFETCH(bool, note);
        for (int mm = 0; mm < 250; ++mm) {
            Report::Document doc = fillerDocument(1);
            doc.addSpacer(mm);
            Report::Table t;
            t.caption = u"Next releases"_s;
            t.columns = {{u"Date"_s, Qt::AlignLeft, 1}, {u"Release"_s, Qt::AlignLeft, 2}};
            for (int r = 0; r < rows; ++r)
                t.rows << QList<Report::TableCell>{{u"1 Oct 2026"_s, {}, {}, false}, {u"release"_s, {}, {}, false}};
            if (note)
                t.note = u"A note that belongs under the table's last row."_s;
            doc.addTable(t);
            const int table = int(doc.blocks().size()) - 1;
            Report::PageSetup setup;
            setup.fontFamily = m_family;
            Report::Layout layout(setup);
            QVERIFY(layout.paginate(doc));
            int next = 0;
            for (int p = 0; p < layout.pageCount(); ++p) {
                const auto [first, last] = layout.tableRowsOnPage(p, table);
                if (first < 0)
                    continue;
                QCOMPARE(first, next);
                QVERIFY2(last - first + 1 >= 2,
                         qPrintable(u"%1 mm: page %2 holds only row %3 of %4"_s.arg(mm).arg(p).arg(first).arg(rows)));
                next = last + 1;
            }
            QCOMPARE(next, rows);
        }
    }

    void chartsAreNeverSplit()
    {
        for (int filler = 1; filler < 10; ++filler) {
            Report::Document doc = fillerDocument(filler);
            Report::Chart chart;
            chart.heightMm = 90;
            chart.paint = [](QPainter *, const QRectF &) {};
            chart.caption = u"A chart"_s;
            doc.addChart(chart);
            const int index = int(doc.blocks().size()) - 1;
            Report::PageSetup setup;
            setup.fontFamily = m_family;
            Report::Layout layout(setup);
            QVERIFY(layout.paginate(doc));
            int pages = 0;
            for (int p = 0; p < layout.pageCount(); ++p)
                pages += layout.blocksOnPage(p).count(index);
            QCOMPARE(pages, 1);
        }
    }

    // --- The demo report ------------------------------------------------------------------------------------------

    void sectionsInTheText_data()
    {
        QTest::addColumn<QString>("sections");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        const QStringList all{u"Executive summary"_s,
                              u"Adoption in charts"_s,
                              u"PLAN cycles since the last report"_s,
                              u"Governance"_s,
                              u"The 30/60/90-day plan"_s,
                              u"Risks and data quality"_s,
                              u"Appendix: data sources and definitions"_s};
        QTest::addRow("all") << QString() << all << QStringList();
        QTest::addRow("summary only") << u"cover,summary"_s << QStringList{u"Executive summary"_s, u"Contents"_s}
                                      << all.mid(1);
        QTest::addRow("no cover, no charts")
            << u"summary,cycles,governance,plan,risks,appendix"_s << QStringList{all.at(0)} + all.mid(2)
            << QStringList{u"Adoption in charts"_s, u"Contents"_s};
        QTest::addRow("appendix only") << u"appendix"_s << QStringList{u"Data sources"_s, u"Metric definitions"_s}
                                       << all.mid(0, 6);
    }

    void sectionsInTheText()
    {
        QFETCH(QString, sections);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        ReportRequest request;
        request.workspacePath = m_demo;
        if (!sections.isEmpty()) {
            auto parsed = parseReportSections(sections);
            QVERIFY2(parsed, qPrintable(parsed.error()));
            request.sections = *parsed;
        }
        const QString pdf =
            m_dir.filePath(u"sections-%1.pdf"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'));
        Report::RenderOptions options;
        options.locale = QLocale::c();
        auto report = Report::makeReport(request, options, pdf);
        QVERIFY2(report, qPrintable(report.error()));
        const QString text = pdfText(pdf);
        QVERIFY(!text.isEmpty());
        for (const QString &s : present)
            QVERIFY2(text.contains(s), qPrintable(s));
        for (const QString &s : absent)
            QVERIFY2(!text.contains(s), qPrintable(s));
        if (sections.isEmpty()) {
            const int pages = pdfPages(pdf);
            QVERIFY2(pages >= 5 && pages <= 20, qPrintable(QString::number(pages)));
            QCOMPARE(pages, (*report)->pageCount());
            QVERIFY(text.contains(u"Page 1 of %1"_s.arg(pages)));
            QVERIFY(text.contains(u"Page %1 of %1"_s.arg(pages)));
            QVERIFY(text.contains(u"Prepared with Uptake " UPTAKE_VERSION ""_s));
            QVERIFY(text.contains(u"Correlation is not causation"_s));
        }
    }

    void kpiValuesEqualTheMetricEngine()
    {
        auto ws = Workspace::open(m_demo, Workspace::Access::ReadOnly);
        QVERIFY(ws);
        auto summary = readSummary((*ws)->database());
        QVERIFY(summary);
        const Pilot pilot = summary->pilots.first();
        const QDate asOf = summary->lastDay;
        auto metrics = Metrics::compute((*ws)->database(), reportFilter(pilot, asOf, summary->firstDay, 30));
        QVERIFY(metrics);
        QVERIFY2(metrics->targets.size() >= 2, "the demo pilot has targets");

        ReportRequest request;
        request.workspacePath = m_demo;
        request.sections = {ReportSection::Summary};
        Report::RenderOptions options;
        options.locale = QLocale::c();
        const QString pdf = m_dir.filePath(u"kpis.pdf"_s);
        QVERIFY(Report::makeReport(request, options, pdf));
        const QString text = pdfText(pdf);
        for (const Metrics::KpiTarget &t : std::as_const(metrics->targets)) {
            // The line of the summary table: label, baseline, current.
            const QString baseline = Report::formatKpi(t.kpi, t.baseline, QLocale::c());
            const QString current = Report::formatKpi(t.kpi, t.current, QLocale::c());
            const QRegularExpression row(QRegularExpression::escape(t.label) + u"\\s+"_s +
                                         QRegularExpression::escape(baseline) + u"\\s+"_s +
                                         QRegularExpression::escape(current));
            QVERIFY2(text.contains(row), qPrintable(t.label + u": "_s + baseline + u", "_s + current));
            QVERIFY2(text.contains(u"%1 is %2"_s.arg(t.label, current)), qPrintable(t.label));
            // The table's status is the metric engine's pace status (the one the Overview's tiles show).
            const KpiLine line = kpiLine(t, pilot.startDate, asOf);
            QCOMPARE(line.status, t.paceStatus);
            QCOMPARE(line.expectedNow, t.paceNow);
            QVERIFY2(text.contains(QRegularExpression(QRegularExpression::escape(current) + u"\\s+\\S+\\s+day "_s +
                                                      u"\\d+ \\([^)]*\\)\\s+"_s +
                                                      QRegularExpression::escape(Report::statusText(line.status)))),
                     qPrintable(t.label));
        }
        // The opening sentence uses the table's "current": the last four weeks, with their dates, never the whole
        // window's completion rate (the report's window starts eight weeks before the pilot).
        const Metrics::RecentFigures &r = metrics->recent;
        QCOMPARE(r.to, asOf);
        QCOMPARE(r.from, asOf.addDays(-27));
        auto words = [](const QString &s) {
            QString pattern;
            for (const QString &w : s.split(u' '))
                pattern += (pattern.isEmpty() ? QString() : u"\\s+"_s) + QRegularExpression::escape(w);
            return QRegularExpression(pattern);
        };
        const QLocale c = QLocale::c();
        const QString rate = Report::formatKpi(u"active_rate"_s, *r.activeRate, c);
        const QString completion = Report::formatKpi(u"completion_rate"_s, *r.completionRate, c);
        QVERIFY2(text.contains(words(u"Over the last four weeks (%1 to %2)"_s.arg(
                     c.toString(r.from, QLocale::ShortFormat), c.toString(r.to, QLocale::ShortFormat)))),
                 qPrintable(text.left(3000)));
        QVERIFY2(text.contains(words(u"were active each week (%1)."_s.arg(rate))), qPrintable(rate));
        QVERIFY2(text.contains(words(u"Of the %1 learner–course pairs with activity in those weeks, %2 (%3) had a "
                                     "completion in them."_s.arg(r.completionPairs)
                                         .arg(r.completedPairs)
                                         .arg(completion))),
                 qPrintable(completion));
        for (const Metrics::KpiTarget &t : std::as_const(metrics->targets))
            if (t.kpi == u"active_rate"_s || t.kpi == u"completion_rate"_s)
                QCOMPARE(Report::formatKpi(t.kpi, t.current, c), t.kpi == u"active_rate"_s ? rate : completion);
        QVERIFY(!text.contains(u"in the window ended in a completion"_s));
        // The table says what "current" and "baseline" cover.
        QVERIFY(text.contains(words(u"Current: the pilot cohort over the last four weeks, %1 to %2"_s.arg(
            c.toString(r.from, QLocale::ShortFormat), c.toString(r.to, QLocale::ShortFormat)))));
        QVERIFY(text.contains(words(u"Baseline: the four weeks before the start, %1 to %2"_s.arg(
            c.toString(pilot.startDate.addDays(-28), QLocale::ShortFormat),
            c.toString(pilot.startDate.addDays(-1), QLocale::ShortFormat)))));
    }

    void namesOnlyWhenAskedFor()
    {
        auto metrics = Metrics::computeFromFile(m_demo, [&] {
            auto ws = Workspace::open(m_demo, Workspace::Access::ReadOnly);
            auto s = readSummary((*ws)->database());
            return reportFilter(s->pilots.first(), s->lastDay, s->firstDay, 30);
        }());
        QVERIFY(metrics);
        if (metrics->stoppedEngaging.isEmpty())
            QSKIP("the demo has nobody who stopped engaging");
        const QString name = metrics->stoppedEngaging.first().name;
        for (bool include : {false, true}) {
            ReportRequest request;
            request.workspacePath = m_demo;
            request.sections = {ReportSection::Risks};
            request.includeNames = include;
            const QString pdf = m_dir.filePath(u"names-%1.pdf"_s.arg(include));
            QVERIFY(Report::makeReport(request, {}, pdf));
            QCOMPARE(pdfText(pdf).contains(name), include);
        }
    }

    void sinceTheLastReport()
    {
        const QString path = m_dir.filePath(u"history.uptake"_s);
        QVERIFY(QFile::copy(m_demo, path));
        auto ws = Workspace::open(path, Workspace::Access::ReadOnly);
        QVERIFY(ws);
        const Pilot pilot = PilotRepository((*ws)->database()).pilots()->first();
        ws->reset();
        ReportRequest request;
        request.workspacePath = path;
        request.sections = {ReportSection::Cover};
        request.asOf = pilot.startDate.addDays(20);
        QVERIFY(Report::makeReport(request, {}, m_dir.filePath(u"first.pdf"_s)));
        request.asOf = pilot.startDate.addDays(34);
        auto second = Report::makeReport(request, {}, m_dir.filePath(u"second.pdf"_s));
        QVERIFY(second);
        QVERIFY((*second)->data().sinceLastReport);
        QCOMPARE((*second)->data().since, pilot.startDate.addDays(20));
        // Making the second report again gives the same "since": history keeps every date.
        auto again = Report::makeReport(request, {}, {});
        QVERIFY(again);
        QCOMPARE((*again)->data().since, pilot.startDate.addDays(20));
    }

    void unwritablePathLeavesOldFile()
    {
        ReportRequest request;
        request.workspacePath = m_demo;
        request.sections = {ReportSection::Cover};
        // A folder that does not exist.
        auto missing = Report::makeReport(request, {}, m_dir.filePath(u"no/such/folder/r.pdf"_s));
        QVERIFY(!missing);
        QVERIFY2(missing.error().contains(u"folder does not exist"_s), qPrintable(missing.error()));

        // Cancelled half-way: the old file stays as it was.
        const QString old = m_dir.filePath(u"old.pdf"_s);
        QVERIFY(Test::writeFile(old, "old report"));
        const QByteArray before = Test::fileHash(old);
        request.sections = allReportSections();
        auto data = gatherReport(request);
        QVERIFY(data);
        auto report = Report::build(*data, {});
        std::atomic_bool cancel = false;
        const Report::Progress stop = [&cancel](int) { cancel = true; };
        const Status s = Report::writePdf(*report, old, stop, &cancel);
        QVERIFY(!s);
        QCOMPARE(Test::fileHash(old), before);

        // A folder without write permission (not for root, whom permissions do not stop).
        if (::geteuid() == 0)
            QSKIP("running as root: folder permissions cannot make a path unwritable");
        const QString locked = m_dir.filePath(u"locked"_s);
        QVERIFY(QDir().mkpath(locked));
        const QString lockedOld = locked + u"/report.pdf"_s;
        QVERIFY(Test::writeFile(lockedOld, "old report"));
        QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
        auto denied = Report::makeReport(request, {}, lockedOld);
        QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!denied);
        QVERIFY2(denied.error().contains(u"Cannot write the report"_s), qPrintable(denied.error()));
        QCOMPARE(Test::fileHash(lockedOld), Test::fileHash(old));
    }

    void commandLineAndPageMakeTheSameReport()
    {
        const QString binary = qEnvironmentVariable("UPTAKE_BINARY");
        QVERIFY2(QFile::exists(binary), "UPTAKE_BINARY must name the built uptake");
        const QString config = m_dir.filePath(u"config"_s);
        // Save a template, as the Report page does, and use it from both sides.
        QVERIFY(saveReportTemplate({u"Board pack"_s,
                                    {ReportSection::Cover, ReportSection::Summary, ReportSection::Charts,
                                     ReportSection::Plan, ReportSection::Risks},
                                    false}));

        const QString cliPdf = m_dir.filePath(u"cli.pdf"_s);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s); // the command must not need a display
        env.insert(u"XDG_CONFIG_HOME"_s, config);
        p.setProcessEnvironment(env);
        p.start(binary, {u"report"_s, m_demo, u"--template"_s, u"board pack"_s, u"--out"_s, cliPdf, u"--csv-dir"_s,
                         m_dir.filePath(u"csv"_s)});
        QVERIFY(p.waitForFinished(120000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitCode() == 0, qPrintable(err));
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(u"Wrote "_s));
        QVERIFY(QFile::exists(m_dir.filePath(u"csv/kpi_summary.csv"_s)));
        QVERIFY(QFile::exists(m_dir.filePath(u"csv/open_actions.csv"_s)));

        auto ws = Workspace::open(m_demo);
        QVERIFY(ws);
        ReportPage page;
        page.resize(1200, 860);
        QSignalSpy ready(&page, &ReportPage::previewReady);
        page.setWorkspace(ws->get(), nullptr);
        QTest::qWait(500);
        QCOMPARE(ready.count(), 0); // nothing is rendered for a page nobody sees
        page.show();
        QVERIFY(ready.wait(60000));
        const auto t = reportTemplate(u"Board pack"_s);
        QVERIFY(t);
        page.setSections(t->sections);
        QVERIFY(ready.wait(60000));
        QCOMPARE(page.request().sections, t->sections);
        QVERIFY(page.previewPageCount() >= 3);
        // The preview is the page as printed: white paper with ink on it.
        const QImage first = page.previewPage(0);
        QVERIFY(!first.isNull());
        QCOMPARE(first.pixelColor(2, 2), QColor(Qt::white));

        if (const QString shots = qEnvironmentVariable("UPTAKE_SCREENSHOTS"); !shots.isEmpty()) {
            QDir().mkpath(shots);
            QTest::qWait(200);
            page.grab().save(shots + u"/reportpage.png"_s);
            for (int i = 0; i < page.previewPageCount(); ++i)
                page.previewPage(i).save(shots + u"/preview-%1.png"_s.arg(i + 1));
        }

        const QString guiPdf = m_dir.filePath(u"gui.pdf"_s);
        QSignalSpy exported(&page, &ReportPage::exported);
        QSignalSpy failed(&page, &ReportPage::failed);
        page.exportPdf(guiPdf);
        QVERIFY(exported.wait(60000));
        QCOMPARE(failed.count(), 0);
        const QString cliText = pdfText(cliPdf);
        QVERIFY(!cliText.isEmpty());
        QCOMPARE(pdfText(guiPdf), cliText);
        QCOMPARE(pdfPages(guiPdf), pdfPages(cliPdf));
        QVERIFY(!cliText.contains(u"Governance"_s));
    }

    void commandLineErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::addRow("no output") << QStringList{} << 1 << u"--out"_s;
        QTest::addRow("unknown section") << QStringList{u"--sections"_s, u"summary,gossip"_s, u"--out"_s, u"x.pdf"_s}
                                         << 1 << u"Unknown report section “gossip”"_s;
        QTest::addRow("bad date") << QStringList{u"--as-of"_s, u"30/10/2026"_s, u"--out"_s, u"x.pdf"_s} << 1
                                  << u"--as-of takes a date"_s;
        QTest::addRow("unknown pilot") << QStringList{u"--pilot"_s, u"Nope"_s, u"--out"_s, u"x.pdf"_s} << 2
                                       << u"no pilot called “Nope”"_s;
        QTest::addRow("missing folder") << QStringList{u"--out"_s, u"/nonexistent-folder/r.pdf"_s} << 2
                                        << u"the folder does not exist"_s;
        QTest::addRow("unwritable place") << QStringList{u"--out"_s, u"/proc/uptake-report.pdf"_s} << 2
                                          << u"Cannot write the report to “/proc/uptake-report.pdf”"_s;
    }

    void commandLineErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(qEnvironmentVariable("UPTAKE_BINARY"), QStringList{u"report"_s, m_demo} + args);
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), exitCode);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(message), qPrintable(err));
    }

private:
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_family;
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
