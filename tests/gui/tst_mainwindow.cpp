// A smoke test of the main window on the demo workspace: every page, pilot editing with undo, the
// document behaviour (title, recent files, close, refusing a bad file).

#include "charts/chartframe.h"
#include "demo/demoworkspace.h"
#include "dialogs/formdialog.h"
#include "dialogs/importwizard.h"
#include "editing/pilotcommands.h"
#include "export/reportdata.h"
#include "itemmodels/pilotsmodel.h"
#include "mainwindow.h"
#include "metrics/metrics.h"
#include "pages/overviewpage.h"
#include "pages/pilotpage.h"
#include "report/reportbuilder.h"
#include "storage/journeyrepository.h"
#include "storage/pilotrepository.h"
#include "storage/workspace.h"
#include "testutil.h"
#include "widgets/kpitile.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Uptake;

class TestMainWindow : public QObject
{
    Q_OBJECT

    /// Saves what the window shows, when UPTAKE_SCREENSHOTS names a folder (for people to look at).
    void shoot(QWidget &w, const QString &name)
    {
        const QString folder = qEnvironmentVariable("UPTAKE_SCREENSHOTS");
        if (!folder.isEmpty())
            w.grab().save(QDir(folder).filePath(name + u".png"_s));
    }

    /// Saves the whole scrolling content of a page, not only what fits the window.
    void shootWhole(QWidget *page, const QString &name)
    {
        const QString folder = qEnvironmentVariable("UPTAKE_SCREENSHOTS");
        if (folder.isEmpty())
            return;
        shoot(*page->window(), name + u"-window"_s);
        if (auto *scroll = page->findChild<QScrollArea *>())
            scroll->widget()->grab().save(QDir(folder).filePath(name + u"-all.png"_s));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Settings of its own: the suites run in parallel.
        QCoreApplication::setOrganizationName(u"UptakeMainWindowTest"_s);
        QCoreApplication::setApplicationName(u"Uptake"_s);
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        // UPTAKE_SCREENSHOTS_LANGUAGE=de (fr, es) shoots the pages in that language, to look for clipped text.
        if (const QString language = qEnvironmentVariable("UPTAKE_SCREENSHOTS_LANGUAGE"); !language.isEmpty()) {
            QLocale::setDefault(QLocale(language));
            for (const auto &[name, folder] :
                 {std::pair{u"uptake"_s, u":/i18n"_s},
                  std::pair{u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)}}) {
                auto *translator = new QTranslator(this);
                if (translator->load(QLocale(language), name, u"_"_s, folder))
                    QCoreApplication::installTranslator(translator);
            }
        }
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(u"demo.uptake"_s);
        const Status s = Demo::createDemoWorkspace(m_demo, true);
        QVERIFY2(s, qPrintable(s.error()));
    }

    void welcomeWithoutWorkspace()
    {
        MainWindow w;
        w.setInteractive(false);
        w.show();
        QVERIFY(!w.workspace());
        QCOMPARE(w.windowTitle(), u"Uptake"_s);
        shoot(w, u"welcome"_s);
    }

    void visitsEveryPageOfTheDemo()
    {
        MainWindow w;
        w.setInteractive(false);
        w.resize(1400, 900);
        w.show();
        QVERIFY(w.openWorkspace(m_demo));
        QCOMPARE(w.windowTitle(), u"demo — Uptake"_s);
        auto *overview = qobject_cast<OverviewPage *>(w.page(PageId::Overview));
        QVERIFY(overview);
        QSignalSpy shown(overview, &OverviewPage::metricsShown);
        QVERIFY(shown.wait(20000));
        const auto tiles = overview->findChildren<KpiTile *>();
        QCOMPARE(tiles.size(), 6);
        for (KpiTile *tile : tiles)
            QVERIFY2(tile->value() != u"—"_s, qPrintable(tile->accessibleName()));
        shoot(w, u"overview"_s);

        const QStringList names{u"overview"_s, u"diagnose"_s, u"design"_s, u"pilot"_s,
                                u"govern"_s,   u"data"_s,     u"report"_s};
        for (int i = 0; i < int(PageId::Count); ++i) {
            w.showPage(PageId(i));
            QCOMPARE(w.currentPage(), PageId(i));
            QTest::qWait(50);
            QVERIFY(w.page(PageId(i))->isVisible());
            shoot(w, u"page-%1-%2"_s.arg(i).arg(names.at(i)));
        }
        QCOMPARE(QSettings().value(u"workspace/recent"_s).toStringList().value(0),
                 QFileInfo(m_demo).absoluteFilePath());
    }

    void planAnInterventionFromTheRiskList()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(u"demo.uptake"_s);
        QVERIFY(QFile::copy(m_demo, copy));
        MainWindow w;
        w.setInteractive(false);
        w.resize(1600, 1000);
        w.show();
        QVERIFY(w.openWorkspace(copy));
        auto *overview = qobject_cast<OverviewPage *>(w.page(PageId::Overview));
        QSignalSpy shown(overview, &OverviewPage::metricsShown);
        QVERIFY(shown.wait(20000));
        const qsizetype stopped = overview->metrics().stoppedEngaging.size();
        QVERIFY(stopped > 0);
        QPushButton *winBack = nullptr;
        for (QPushButton *b : overview->findChildren<QPushButton *>())
            if (b->text() == OverviewPage::tr("Plan a &Win-Back…"))
                winBack = b;
        QVERIFY(winBack);
        QVERIFY(winBack->isEnabled());
        const qint64 pilotId = overview->filter().pilotId;
        JourneyRepository repo(w.workspace()->database());
        const qsizetype before = repo.actions(pilotId)->size();

        // The dialog suggests a title naming the group, not the people; the owner is filled in and it is saved.
        QString suggested;
        QTimer::singleShot(0, this, [&suggested] {
            auto *dialog = qobject_cast<FormDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            const QList<QLineEdit *> lines = dialog->findChildren<QLineEdit *>();
            suggested = lines.at(0)->text();
            lines.at(1)->setText(u"Grace Mensah"_s);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        winBack->click();
        QVERIFY2(suggested.startsWith(u"Win back the learners who stopped engaging (%1 on the list; "_s.arg(stopped)),
                 qPrintable(suggested));
        for (const Metrics::StoppedLearner &l : overview->metrics().stoppedEngaging)
            QVERIFY2(!suggested.contains(l.name), "a plan action must not name people");
        const auto after = repo.actions(pilotId);
        QCOMPARE(after->size(), before + 1);
        const auto found = std::find_if(after->cbegin(), after->cend(),
                                        [&suggested](const Action &a) { return a.title == suggested; });
        QVERIFY(found != after->cend());
        const Action &added = *found;
        QCOMPARE(added.owner, u"Grace Mensah"_s);
        QVERIFY(added.cohort);
        QCOMPARE(added.status, ActionStatus::Open);
        // One undo step takes it out again.
        w.undoStack()->undo();
        QCOMPARE(repo.actions(pilotId)->size(), before);

        // Without a pilot there is no plan to add to.
        overview->choose(QString());
        QVERIFY(shown.wait(20000));
        QVERIFY(!winBack->isEnabled());
    }

    // A KPI with targets shows on the Overview what the report's summary table shows for the same pilot and
    // as-of date: the current value (the last four weeks) and its status against the pace.
    void tilesMatchTheReport()
    {
        MainWindow w;
        w.setInteractive(false);
        w.resize(1400, 900);
        w.show();
        QVERIFY(w.openWorkspace(m_demo));
        auto *overview = qobject_cast<OverviewPage *>(w.page(PageId::Overview));
        QSignalSpy shown(overview, &OverviewPage::metricsShown);
        QVERIFY(shown.wait(20000));
        const Metrics::MetricSet m = overview->metrics();
        QVERIFY(!m.pilotName.isEmpty());
        ReportRequest request;
        request.workspacePath = m_demo;
        request.asOf = m.to; // the Overview's window ends on the last day with data, as the report does
        auto report = gatherReport(request);
        QVERIFY2(report, qPrintable(report.error()));
        QCOMPARE(report->metrics.recent.from, m.recent.from);
        QHash<QString, KpiTile *> tiles;
        for (KpiTile *tile : overview->findChildren<KpiTile *>())
            tiles.insert(tile->accessibleName(), tile);
        const QHash<QString, QString> tileOf{{u"active_rate"_s, u"Weekly active rate"_s},
                                             {u"completion_rate"_s, u"Completion rate"_s}};
        int compared = 0;
        for (const Metrics::KpiTarget &t : std::as_const(report->metrics.targets)) {
            if (!tileOf.contains(t.kpi))
                continue;
            KpiTile *tile = tiles.value(tileOf.value(t.kpi));
            QVERIFY(tile);
            const KpiLine line = kpiLine(t, report->pilot.startDate, report->asOf);
            QCOMPARE(tile->value(), Report::formatKpi(t.kpi, line.current, QLocale()));
            QCOMPARE(tile->property("status").toString(), Metrics::targetStatusKey(line.status));
            QVERIFY2(tile->status().startsWith(Report::statusText(line.status)), qPrintable(tile->status()));
            // The note says which weeks the value covers.
            const QString note = tile->accessibleDescription();
            QVERIFY2(note.contains(u"last 4 weeks to %1"_s.arg(QLocale().toString(m.to, QLocale::ShortFormat))),
                     qPrintable(note));
            ++compared;
        }
        QCOMPARE(compared, 2); // the demo pilot has targets for both
        // The day-30 checkpoint of the active rate (45% in the demo): "against a target of", never "of a … target".
        const QString weekly = tiles.value(u"Weekly active rate"_s)->accessibleDescription();
        QVERIFY2(weekly.contains(u"against a target of 45.0%"_s), qPrintable(weekly));
        QVERIFY(!weekly.contains(u"% of a"_s));
        shoot(w, u"overview-tiles"_s);
    }

    void dashboardFollowsItsFilters()
    {
        MainWindow w;
        w.setInteractive(false);
        w.resize(1600, 1000);
        w.show();
        QVERIFY(w.openWorkspace(m_demo));
        auto *overview = qobject_cast<OverviewPage *>(w.page(PageId::Overview));
        QSignalSpy shown(overview, &OverviewPage::metricsShown);
        QVERIFY(shown.wait(20000));
        // Opened on the demo's pilot: its 78-person cohort, its targets and the comparison group.
        const Metrics::MetricSet pilot = overview->metrics();
        QCOMPARE(pilot.learners, 78);
        QVERIFY(pilot.comparison);
        QVERIFY(!pilot.targets.isEmpty());
        QCOMPARE(overview->charts().size(), 8);
        // The pilot's name is shown whole (it was cut at 18 characters), and the cohort's value is hidden, with
        // its label, until an attribute is chosen (it was an unlabelled, disabled box).
        auto *pilotBox = overview->findChild<QComboBox *>(u"pilotFilter"_s);
        QVERIFY(pilotBox);
        QCOMPARE(pilotBox->currentText(), u"Customer Support: learning in the flow of work"_s);
        QVERIFY2(pilotBox->width() > pilotBox->fontMetrics().horizontalAdvance(pilotBox->currentText()) + 16,
                 qPrintable(QString::number(pilotBox->width())));
        QCOMPARE(pilotBox->toolTip(), pilotBox->currentText());
        auto *valueBox = overview->findChild<QComboBox *>(u"cohortValueFilter"_s);
        QVERIFY(valueBox);
        QLabel *valueLabel = nullptr;
        for (QLabel *label : overview->findChildren<QLabel *>())
            if (label->buddy() == valueBox)
                valueLabel = label;
        QVERIFY(valueLabel);
        QVERIFY(!valueBox->isVisible() && !valueLabel->isVisible());
        // The rest of the organisation, week by week: its own weekly active rate, not a level.
        QCOMPARE(overview->comparisonLine().size(), pilot.weeks.size());
        QSet<double> levels;
        for (qsizetype i = 0; i < pilot.weeks.size(); ++i) {
            const Metrics::Week &week = overview->comparisonLine().at(i);
            QCOMPARE(week.start, pilot.weeks.at(i).start);
            QCOMPARE(week.rate, pilot.comparison->comparisonWeeks.at(i).rate);
            levels << week.rate;
        }
        QVERIFY(levels.size() > 3);
        for (ChartFrame *frame : overview->charts())
            QVERIFY2(!frame->data().rows.isEmpty(), qPrintable(frame->title()));
        // The same numbers as the command line computes.
        auto ws = Workspace::open(m_demo, Workspace::Access::ReadOnly);
        QVERIFY(ws);
        auto cli = Metrics::compute((*ws)->database(), overview->filter());
        QVERIFY(cli);
        QCOMPARE(Metrics::toJson(*cli), Metrics::toJson(pilot));
        QCoreApplication::processEvents(); // let the charts lay out their new axes before the grab
        shootWhole(overview, u"dashboard-1600"_s);
        // The active-rate tile says where the pilot stands against its target in words, coloured by status.
        KpiTile *weekly = nullptr;
        for (KpiTile *tile : overview->findChildren<KpiTile *>())
            if (tile->accessibleName() == u"Weekly active rate"_s)
                weekly = tile;
        QVERIFY(weekly);
        const QString key = weekly->property("status").toString();
        QVERIFY2((QStringList{u"not_due"_s, u"on_track"_s, u"at_risk"_s, u"off_track"_s}.contains(key)),
                 qPrintable(key));
        QVERIFY(!weekly->status().isEmpty());
        const QString pilotRate = weekly->value();

        // Everyone, then one department: the cohort and the figures follow.
        shown.clear();
        overview->choose(QString());
        QVERIFY(shown.wait(20000));
        QCOMPARE(overview->metrics().learners, 600);
        QVERIFY(!overview->metrics().comparison);
        QCOMPARE(weekly->status(), QString()); // no pilot, no target
        QVERIFY(weekly->value() != pilotRate);
        shown.clear();
        overview->choose(QString(), u"department"_s, u"Sales"_s);
        QVERIFY(shown.wait(20000));
        QVERIFY(overview->metrics().learners > 0 && overview->metrics().learners < 600);
        QCOMPARE(overview->filter().cohort.value(0).second, u"Sales"_s);
        QVERIFY(valueBox->isVisible() && valueBox->isEnabled() && valueLabel->isVisible());
        QVERIFY2(valueLabel->text().startsWith(u"Department"_s), qPrintable(valueLabel->text()));
        shoot(w, u"overview-cohort-value"_s);

        // Exports of a chart: PNG and SVG files and CSV text.
        ChartFrame *trend = overview->charts().first();
        QTemporaryDir out;
        QCOMPARE(trend->exportPng(out.filePath(u"trend.png"_s)), QString());
        QImage png(out.filePath(u"trend.png"_s));
        QVERIFY(!png.isNull() && png.width() >= trend->content()->width());
        QCOMPARE(trend->exportSvg(out.filePath(u"trend.svg"_s)), QString());
        QFile svg(out.filePath(u"trend.svg"_s));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray xml = svg.readAll();
        QVERIFY(xml.contains("<svg") && xml.contains("Weekly active rate"));
        QVERIFY(trend->csv().startsWith(u"Week,Start,Active,Cohort,Active rate"_s));

        shown.clear();
        overview->choose(u"Customer Support: learning in the flow of work"_s);
        QVERIFY(shown.wait(20000));
        w.resize(1100, 750);
        QTest::qWait(100);
        shootWhole(overview, u"dashboard-1100"_s);
    }

    void editsPilotsWithUndo()
    {
        const QString path = m_dir.filePath(u"edits.uptake"_s);
        QVERIFY(Workspace::create(path, QTimeZone::utc(), true));
        MainWindow w;
        w.setInteractive(false);
        w.show();
        QVERIFY(w.openWorkspace(path));
        w.showPage(PageId::Pilot);
        auto *page = qobject_cast<PilotPage *>(w.page(PageId::Pilot));
        QVERIFY(page);
        QCOMPARE(page->model()->rowCount(), 0);

        Pilot p;
        p.name = u"Warehouse safety sprint"_s;
        p.startDate = QDate(2026, 10, 5);
        QVERIFY(Editing::addPilot(*w.undoStack(), *w.workspace(), p));
        QCOMPARE(page->model()->rowCount(), 1);

        // Undo through the Edit menu's action, as a user would.
        QAction *undo = nullptr;
        for (QAction *a : w.menuBar()->actions().value(1)->menu()->actions())
            if (a->shortcut() == QKeySequence(QKeySequence::Undo))
                undo = a;
        QVERIFY(undo);
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QCOMPARE(page->model()->rowCount(), 0);
        w.undoStack()->redo();
        QCOMPARE(page->model()->rowCount(), 1);
        shoot(w, u"pilot-page"_s);

        page->view()->selectRow(0);
        page->deleteSelected();
        QCOMPARE(page->model()->rowCount(), 0);
        w.undoStack()->undo();
        QCOMPARE(page->model()->rowCount(), 1);
    }

    void importWizardEndToEnd()
    {
        const QString path = m_dir.filePath(u"wizard.uptake"_s);
        QVERIFY(Workspace::create(path, QTimeZone("Europe/London"), true));
        const QString csv = Test::sharedData(u"real/moodle_logstore_raw/logs_moodle.csv"_s);
        if (!QFile::exists(csv))
            QSKIP("the shared real data is not available");
        MainWindow w;
        w.setInteractive(false);
        w.show();
        QVERIFY(w.openWorkspace(path));
        w.importFile(csv);
        auto *wizard = qobject_cast<ImportWizard *>(w.importWizard());
        QVERIFY(wizard);
        wizard->resize(1100, 720);
        QCOMPARE(wizard->preview().profile.preset, u"moodle-logstore"_s);
        QCOMPARE(wizard->preview().header.size(), 21);
        shoot(*wizard, u"wizard-1-preview"_s);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPage));
        shoot(*wizard, u"wizard-2-mapping"_s);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ImportWizard::CompletionPage));
        shoot(*wizard, u"wizard-3-completion"_s);
        QSignalSpy dry(wizard, &ImportWizard::dryRunFinished);
        wizard->next();
        QVERIFY(dry.wait(30000));
        QCOMPARE(wizard->dryRunResult().imported, 3775);
        shoot(*wizard, u"wizard-4-dryrun"_s);
        QSignalSpy done(wizard, &ImportWizard::importFinished);
        wizard->next();
        QVERIFY(done.wait(30000));
        QVERIFY2(wizard->importResult().committed, qPrintable(wizard->importResult().error));
        QCOMPARE(wizard->importResult().imported, 3775);
        // The preset's naming of the logstore's course ids comes through the wizard's mapping as it does on the
        // command line (tst_importer::logstoreCoursesAreNamed).
        {
            QSqlQuery q(w.workspace()->database());
            QVERIFY(q.exec(u"SELECT name FROM course ORDER BY name"_s));
            QStringList courses;
            while (q.next())
                courses << q.value(0).toString();
            QCOMPARE(courses, (QStringList{u"Course 2"_s, u"Course 3"_s, u"Course 4"_s, u"Site home"_s}));
        }
        shoot(*wizard, u"wizard-5-import"_s);
        wizard->accept();
        w.showPage(PageId::Data);
        QTest::qWait(50);
        shoot(w, u"data-after-import"_s);
    }

    void refusesBadFileAndKeepsCurrent()
    {
        const QString bad = m_dir.filePath(u"notes.uptake"_s);
        QVERIFY(Test::writeFile(bad, "just some text\n"));
        MainWindow w;
        w.setInteractive(false);
        QVERIFY(w.openWorkspace(m_demo));
        QVERIFY(!w.openWorkspace(bad));
        QVERIFY(w.lastError().contains(u"not an Uptake workspace"_s));
        QVERIFY(w.workspace());
        QCOMPARE(w.workspace()->path(), QFileInfo(m_demo).absoluteFilePath());
    }

    void reopensLastWorkspaceAndCloses()
    {
        {
            MainWindow w;
            w.setInteractive(false);
            QVERIFY(w.openWorkspace(m_demo));
        }
        MainWindow again;
        again.setInteractive(false);
        again.reopenLastWorkspace();
        QVERIFY(again.workspace());
        again.closeWorkspace();
        QVERIFY(!again.workspace());
        QCOMPARE(again.windowTitle(), u"Uptake"_s);
    }

    void saveAsContinuesInTheCopy()
    {
        MainWindow w;
        w.setInteractive(false);
        QVERIFY(w.openWorkspace(m_demo));
        const QString copy = m_dir.filePath(u"copy.uptake"_s);
        QVERIFY(w.workspace()->saveAs(copy));
        QVERIFY(w.openWorkspace(copy));
        QCOMPARE(w.windowTitle(), u"copy — Uptake"_s);
        QCOMPARE(PilotRepository(w.workspace()->database()).pilots()->size(), 1);
    }

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
