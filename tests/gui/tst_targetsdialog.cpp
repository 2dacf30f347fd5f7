// "Targets and annotations": a pilot's KPI targets and its chart annotations edited through the dialog's forms,
// every change undone and redone back to exactly the stored rows; invalid entries refused with a message and
// nothing stored; a target set here measured by the metrics engine; the entry points of the Pilot page and the
// main window; read-only workspaces. Screenshots of both tabs on the demo workspace at 1100×750 and 1600×1000
// when UPTAKE_SCREENSHOTS names a folder.

#include "demo/demoworkspace.h"
#include "dialogs/formdialog.h"
#include "dialogs/targetsdialog.h"
#include "editing/journeycommands.h"
#include "itemmodels/pilotsmodel.h"
#include "itemmodels/targetmodels.h"
#include "mainwindow.h"
#include "metrics/metrics.h"
#include "pages/pilotpage.h"
#include "storage/pilotrepository.h"
#include "storage/targetrepository.h"
#include "storage/workspace.h"
#include "widgets/recordlist.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Uptake;

namespace {

template<typename W>
W *field(QWidget *form, const QString &name)
{
    auto *w = form->findChild<W *>(name);
    if (!w)
        qWarning("No field %s", qPrintable(name));
    return w;
}

void choose(QComboBox *combo, const QVariant &data)
{
    const int i = combo->findData(data);
    QVERIFY2(i >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(i);
}

struct Stored
{
    QList<PilotKpi> kpis;
    QList<AnnotationRecord> annotations;
    friend bool operator==(const Stored &, const Stored &) = default;
};

Stored stored(Workspace &ws, qint64 pilotId)
{
    const TargetRepository repo(ws.database());
    return {repo.kpis(pilotId).value(), repo.annotations(pilotId).value()};
}

qint64 addPilot(Workspace &ws, const QString &name, const QDate &start, const QString &cohortFilter = {})
{
    Pilot p;
    p.name = name;
    p.startDate = start;
    p.cohortFilter = cohortFilter;
    p.status = Pilot::Status::Running;
    auto id = PilotRepository(ws.database()).insert(p);
    return id ? *id : 0;
}

} // namespace

class TestTargetsDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;
    int m_copies = 0;

    void shoot(QWidget &w, const QString &name)
    {
        const QString folder = qEnvironmentVariable("UPTAKE_SCREENSHOTS");
        if (!folder.isEmpty())
            QVERIFY(w.grab().save(QDir(folder).filePath(name + u".png"_s)));
    }

    /// A fresh copy of the demo workspace, so each test starts from the same rows.
    QString demoCopy()
    {
        const QString path = m_dir.filePath(u"copy%1.uptake"_s.arg(++m_copies));
        if (!QFile::copy(m_demo, path))
            return {};
        return path;
    }

    /// Runs fill on the next form dialog that opens (modal) and presses OK (or Cancel). With error, the form must
    /// then still be open and show an error: its text goes to *error and the form is cancelled.
    void whenFormOpens(std::function<void(FormDialog *)> fill, QString *error = nullptr, bool accept = true)
    {
        auto *timer = new QTimer(this);
        timer->setInterval(10);
        connect(timer, &QTimer::timeout, this, [this, timer, fill, error, accept] {
            auto *d = qobject_cast<FormDialog *>(QApplication::activeModalWidget());
            if (!d)
                return;
            timer->stop();
            timer->deleteLater();
            fill(d);
            if (!accept) {
                d->reject();
                return;
            }
            d->accept(); // ends this exec(); run() checks the entry and opens the form again if refused
            if (!error)
                return;
            QTimer::singleShot(50, this, [d, error] {
                if (QApplication::activeModalWidget() != d) {
                    *error = u"(the form closed)"_s;
                    return;
                }
                auto *message = d->findChild<QLabel *>(u"dialogError"_s);
                *error = message && message->isVisible() ? message->text() : u"(no message shown)"_s;
                d->reject();
            });
        });
        timer->start();
    }

    /// Waits until the dialog's measured baselines are in.
    bool waitForBaselines(TargetsDialog &dialog)
    {
        return QTest::qWaitFor([&] { return !dialog.kpiModel()->isMeasuring(); }, 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"Uptake"_s);
        QCoreApplication::setApplicationName(u"UptakeTargetsDialogTest"_s);
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(u"demo.uptake"_s);
        const Status s = Demo::createDemoWorkspace(m_demo, true);
        QVERIFY2(s, qPrintable(s.error()));
    }

    void formatsFigures_data()
    {
        QTest::addColumn<QString>("kpi");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::addRow("rate") << u"active_rate"_s << 0.45 << u"45%"_s;
        QTest::addRow("rate with a decimal") << u"completion_rate"_s << 0.375 << u"37.5%"_s;
        QTest::addRow("learners") << u"weekly_active_users"_s << 12.5 << u"12.5 learners"_s;
        QTest::addRow("days") << u"median_days_to_first_completion"_s << 4.0 << u"4 days"_s;
        QTest::addRow("minutes") << u"weekly_learning_minutes_per_learner"_s << 35.0 << u"35 min"_s;
    }

    void formatsFigures()
    {
        QFETCH(QString, kpi);
        QFETCH(double, value);
        QFETCH(QString, text);
        QLocale::setDefault(QLocale::c());
        const auto info = Metrics::targetKpiInfo(kpi);
        QVERIFY(info);
        QCOMPARE(TargetFormat::value(*info, value), text);
        QCOMPARE(TargetFormat::change(0.2), u"+20%"_s);
        QCOMPARE(TargetFormat::change(-0.1), u"-10%"_s);
        QCOMPARE(TargetFormat::editable(0.45, true), u"45"_s);
        QCOMPARE(TargetFormat::editable(12.5, false), u"12.5"_s);
    }

    void listsEveryTargetKpiOnce()
    {
        const auto infos = Metrics::targetKpiInfos();
        QCOMPARE(infos.size(), Metrics::targetKpis().size());
        QStringList keys;
        for (const auto &i : infos)
            keys << i.key;
        QCOMPARE(keys, (QStringList{u"active_rate"_s, u"weekly_active_users"_s, u"completion_rate"_s,
                                    u"median_days_to_first_completion"_s, u"weekly_learning_minutes_per_learner"_s}));
        QVERIFY(Metrics::targetKpiInfo(u"active_rate"_s)->isRate);
        QVERIFY(!Metrics::targetKpiInfo(u"median_days_to_first_completion"_s)->higherIsBetter);
        QVERIFY(!Metrics::targetKpiInfo(u"nonsense"_s));
    }

    void modelsShowTheDemoTargets()
    {
        const QString path = demoCopy();
        auto ws = Workspace::open(path);
        QVERIFY(ws);
        QUndoStack stack;
        TargetsDialog dialog(**ws, stack, 0);
        QAbstractItemModelTester kpiTester(dialog.kpiModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester annotationTester(dialog.annotationModel(),
                                                  QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(dialog.pilotId() != 0); // the first pilot
        QVERIFY(waitForBaselines(dialog));
        const Stored demo = stored(**ws, dialog.pilotId());
        QVERIFY(!demo.kpis.isEmpty());
        QCOMPARE(dialog.kpiModel()->rowCount(), demo.kpis.size());
        QCOMPARE(dialog.annotationModel()->rowCount(), demo.annotations.size());
        QCOMPARE(dialog.kpiModel()->columnCount(), int(KpiTargetsModel::ColumnCount));
        QCOMPARE(dialog.annotationModel()->columnCount(), int(AnnotationsModel::ColumnCount));
        // The measured baseline is what the metrics engine uses for a target without its own.
        Metrics::Filter f;
        f.pilotId = dialog.pilotId();
        const auto set = Metrics::compute((*ws)->database(), f);
        QVERIFY2(set, qPrintable(set.error()));
        for (const Metrics::KpiTarget &t : set->targets) {
            const int row = dialog.kpiModel()->rowOfKpi(t.kpi);
            QVERIFY(row >= 0);
            const QString baseline = dialog.kpiModel()->index(row, KpiTargetsModel::Baseline).data().toString();
            if (t.baselineMeasured) {
                QVERIFY(dialog.kpiModel()->measuredBaseline(t.kpi));
                QCOMPARE(*dialog.kpiModel()->measuredBaseline(t.kpi), t.baseline);
                QVERIFY2(baseline.contains(u"measured"_s), qPrintable(baseline));
            } else {
                QVERIFY2(baseline.contains(u"entered"_s), qPrintable(baseline));
            }
        }
        // While the baselines are measured again (new data), the cells say so; the tester watches the change.
        dialog.kpiModel()->setMeasuredBaselines({}, true);
        for (int row = 0; row < dialog.kpiModel()->rowCount(); ++row) {
            const PilotKpi k = dialog.kpiModel()->items().at(row);
            const QString text = dialog.kpiModel()->index(row, KpiTargetsModel::Baseline).data().toString();
            QVERIFY2(k.baseline ? text.contains(u"entered"_s) : text == u"measuring…"_s, qPrintable(text));
        }
    }

    void addsEditsAndDeletesAKpiTargetWithUndo()
    {
        const QString path = demoCopy();
        auto ws = Workspace::open(path);
        QVERIFY(ws);
        const qint64 pilot = addPilot(**ws, u"Sales"_s, QDate(2026, 3, 2));
        QVERIFY(pilot);
        QUndoStack stack;
        TargetsDialog dialog(**ws, stack, pilot);
        QAbstractItemModelTester tester(dialog.kpiModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(ws->get(), &Workspace::targetsChanged);
        const Stored empty = stored(**ws, pilot);
        QVERIFY(empty.kpis.isEmpty());

        // Add: an active-rate target, absolute, in percent.
        whenFormOpens([](FormDialog *d) {
            choose(field<QComboBox>(d, u"kpi"_s), u"active_rate"_s);
            field<QLineEdit>(d, u"target30"_s)->setText(u"45"_s);
            field<QLineEdit>(d, u"target60"_s)->setText(u"55 %"_s);
            field<QLineEdit>(d, u"target90"_s)->setText(u"65%"_s);
        });
        dialog.addKpi();
        const Stored added = stored(**ws, pilot);
        QCOMPARE(added.kpis.size(), 1);
        const PilotKpi k = added.kpis.first();
        QCOMPARE(k.kpi, u"active_rate"_s);
        QCOMPARE(k.mode, PilotKpi::Mode::Absolute);
        QCOMPARE(k.baseline, std::nullopt);
        QCOMPARE(k.target30, 0.45);
        QCOMPARE(k.target60, 0.55);
        QCOMPARE(k.target90, 0.65);
        QCOMPARE(k.tolerance, 0.1); // the default: 10% of the gap
        QCOMPARE(dialog.kpiModel()->rowCount(), 1);
        QCOMPARE(dialog.kpiModel()->index(0, KpiTargetsModel::Day30).data().toString(), u"45%"_s);
        QCOMPARE(changed.count(), 1);

        // Edit: an entered baseline, targets relative to it, a tighter tolerance.
        dialog.kpiList()->selectId(k.id);
        whenFormOpens([](FormDialog *d) {
            QVERIFY(!field<QComboBox>(d, u"kpi"_s)->isEnabled());
            QCOMPARE(field<QLineEdit>(d, u"target30"_s)->text(), u"45"_s);
            field<QCheckBox>(d, u"enterBaseline"_s)->setChecked(true);
            field<QLineEdit>(d, u"baseline"_s)->setText(u"20"_s);
            choose(field<QComboBox>(d, u"mode"_s), int(PilotKpi::Mode::Relative));
            field<QLineEdit>(d, u"target30"_s)->setText(u"+50 %"_s);
            field<QLineEdit>(d, u"target60"_s)->clear();
            field<QLineEdit>(d, u"target90"_s)->setText(u"150"_s);
            field<QLineEdit>(d, u"tolerance"_s)->setText(u"5"_s);
        });
        dialog.editSelectedKpi();
        const Stored edited = stored(**ws, pilot);
        QCOMPARE(edited.kpis.size(), 1);
        const PilotKpi e = edited.kpis.first();
        QCOMPARE(e.id, k.id);
        QCOMPARE(e.mode, PilotKpi::Mode::Relative);
        QCOMPARE(e.baseline, 0.2);
        QCOMPARE(e.target30, 0.5);
        QCOMPARE(e.target60, std::nullopt);
        QCOMPARE(e.target90, 1.5);
        QCOMPARE(e.tolerance, 0.05);
        // A relative target reads as the change and what it comes to.
        QCOMPARE(dialog.kpiModel()->index(0, KpiTargetsModel::Day30).data().toString(), u"+50% → 30%"_s);
        QVERIFY(dialog.kpiModel()->index(0, KpiTargetsModel::Baseline).data().toString().contains(u"entered"_s));

        // Back to the measured baseline.
        whenFormOpens([](FormDialog *d) { field<QCheckBox>(d, u"enterBaseline"_s)->setChecked(false); });
        dialog.editSelectedKpi();
        const Stored measured = stored(**ws, pilot);
        QCOMPARE(measured.kpis.first().baseline, std::nullopt);

        // Delete.
        dialog.kpiList()->selectId(k.id);
        dialog.removeSelectedKpi();
        const Stored removed = stored(**ws, pilot);
        QVERIFY(removed.kpis.isEmpty());
        QCOMPARE(dialog.kpiModel()->rowCount(), 0);

        // Undo walks back through exactly the stored rows, ids included; redo forward again.
        const QList<Stored> states{empty, added, edited, measured, removed};
        QCOMPARE(stack.count(), 4);
        for (qsizetype i = states.size() - 2; i >= 0; --i) {
            stack.undo();
            QCOMPARE(stored(**ws, pilot), states.at(i));
            QCOMPARE(dialog.kpiModel()->rowCount(), states.at(i).kpis.size());
        }
        for (qsizetype i = 1; i < states.size(); ++i) {
            stack.redo();
            QCOMPARE(stored(**ws, pilot), states.at(i));
        }
        QCOMPARE(stack.undoText(), u"Delete KPI target"_s);
    }

    void addsEditsAndDeletesAnAnnotationWithUndo()
    {
        const QString path = demoCopy();
        auto ws = Workspace::open(path);
        QVERIFY(ws);
        const qint64 pilot = addPilot(**ws, u"Sales"_s, QDate(2026, 3, 2));
        QUndoStack stack;
        TargetsDialog dialog(**ws, stack, pilot);
        dialog.tabs()->setCurrentIndex(TargetsDialog::AnnotationsTab);
        QAbstractItemModelTester tester(dialog.annotationModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Stored before = stored(**ws, pilot);
        const qsizetype programWide = before.annotations.size(); // the demo's marks for every pilot

        whenFormOpens([](FormDialog *d) {
            field<QDateEdit>(d, u"date"_s)->setDate(QDate(2026, 3, 9));
            choose(field<QComboBox>(d, u"kind"_s), u"outage"_s);
            field<QLineEdit>(d, u"label"_s)->setText(u"  LMS down for maintenance "_s);
            field<QPlainTextEdit>(d, u"details"_s)->setPlainText(u"Single sign-on failed from 9:00 to 13:00."_s);
        });
        dialog.addAnnotation();
        const Stored added = stored(**ws, pilot);
        QCOMPARE(added.annotations.size(), programWide + 1);
        AnnotationRecord a;
        for (const AnnotationRecord &x : added.annotations)
            if (x.pilotId == pilot)
                a = x;
        QVERIFY(a.id != 0);
        QCOMPARE(a.date, QDate(2026, 3, 9));
        QCOMPARE(a.kind, u"outage"_s);
        QCOMPARE(a.label, u"LMS down for maintenance"_s);
        QCOMPARE(a.details, u"Single sign-on failed from 9:00 to 13:00."_s);
        QCOMPARE(dialog.annotationModel()->rowCount(), programWide + 1);

        // Edit: another kind and label, shown on every pilot's charts.
        dialog.annotationList()->selectId(a.id);
        whenFormOpens([](FormDialog *d) {
            QCOMPARE(field<QLineEdit>(d, u"label"_s)->text(), u"LMS down for maintenance"_s);
            choose(field<QComboBox>(d, u"kind"_s), u"comms"_s);
            field<QLineEdit>(d, u"label"_s)->setText(u"Newsletter"_s);
            choose(field<QComboBox>(d, u"scope"_s), qint64(0));
        });
        dialog.editSelectedAnnotation();
        const Stored edited = stored(**ws, pilot);
        AnnotationRecord e;
        for (const AnnotationRecord &x : edited.annotations)
            if (x.id == a.id)
                e = x;
        QCOMPARE(e.kind, u"comms"_s);
        QCOMPARE(e.label, u"Newsletter"_s);
        QCOMPARE(e.pilotId, 0);
        QCOMPARE(e.date, a.date);

        dialog.annotationList()->selectId(a.id);
        dialog.removeSelectedAnnotation();
        const Stored removed = stored(**ws, pilot);
        QCOMPARE(removed, before);

        const QList<Stored> states{before, added, edited, removed};
        QCOMPARE(stack.count(), 3);
        for (qsizetype i = states.size() - 2; i >= 0; --i) {
            stack.undo();
            QCOMPARE(stored(**ws, pilot), states.at(i));
            QCOMPARE(dialog.annotationModel()->rowCount(), states.at(i).annotations.size());
        }
        for (qsizetype i = 1; i < states.size(); ++i) {
            stack.redo();
            QCOMPARE(stored(**ws, pilot), states.at(i));
        }
    }

    void refusesInvalidEntries_data()
    {
        QTest::addColumn<bool>("annotation");
        QTest::addColumn<QString>("fieldName");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::addRow("annotation without a date") << true << u"date"_s << QString() << u"needs a date"_s;
        QTest::addRow("annotation without a label") << true << u"label"_s << u"   "_s << u"needs a label"_s;
        QTest::addRow("negative tolerance") << false << u"tolerance"_s << u"-5"_s << u"cannot be negative"_s;
        QTest::newRow("relative target of -100%") << false << u"relative"_s << u"-100"_s << u"100%"_s;
        QTest::newRow("relative target below -100%") << false << u"relative"_s << u"-150 %"_s << u"100%"_s;
        QTest::addRow("target that is not a number") << false << u"target30"_s << u"lots"_s << u"not a number"_s;
        QTest::addRow("no target at all") << false << u"target30"_s << QString() << u"Set a target"_s;
        QTest::addRow("baseline entered empty") << false << u"baseline"_s << QString() << u"Enter the baseline"_s;
    }

    void refusesInvalidEntries()
    {
        QFETCH(bool, annotation);
        QFETCH(QString, fieldName);
        QFETCH(QString, text);
        QFETCH(QString, message);
        const QString path = demoCopy();
        auto ws = Workspace::open(path);
        QVERIFY(ws);
        const qint64 pilot = addPilot(**ws, u"Sales"_s, QDate(2026, 3, 2));
        QUndoStack stack;
        TargetsDialog dialog(**ws, stack, pilot);
        const Stored before = stored(**ws, pilot);
        QString error;
        if (annotation) {
            whenFormOpens(
                [&](FormDialog *d) {
                    field<QLineEdit>(d, u"label"_s)->setText(u"Kick-off"_s);
                    if (fieldName == u"date"_s) {
                        auto *date = field<QDateEdit>(d, u"date"_s);
                        date->setDate(date->minimumDate()); // "None"
                    } else {
                        field<QLineEdit>(d, fieldName)->setText(text);
                    }
                },
                &error);
            dialog.addAnnotation();
        } else {
            whenFormOpens(
                [&](FormDialog *d) {
                    field<QLineEdit>(d, u"target30"_s)->setText(u"50"_s);
                    if (fieldName == u"relative"_s) {
                        choose(field<QComboBox>(d, u"mode"_s), int(PilotKpi::Mode::Relative));
                        field<QLineEdit>(d, u"target60"_s)->setText(text);
                    } else if (fieldName == u"baseline"_s) {
                        field<QCheckBox>(d, u"enterBaseline"_s)->setChecked(true);
                        field<QLineEdit>(d, u"baseline"_s)->setText(text);
                    } else {
                        field<QLineEdit>(d, fieldName)->setText(text);
                    }
                },
                &error);
            dialog.addKpi();
        }
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(stored(**ws, pilot), before);
        QCOMPARE(stack.count(), 0);
    }

    void aTargetSetHereIsMeasured()
    {
        const QString path = demoCopy();
        auto ws = Workspace::open(path);
        QVERIFY(ws);
        Metrics::Filter all;
        const auto whole = Metrics::compute((*ws)->database(), all);
        QVERIFY2(whole, qPrintable(whole.error()));
        // A pilot of the demo's Customer Support cohort that started 45 days before the data ends: day 30 is due.
        const QDate start = whole->to.addDays(-45);
        const qint64 pilot = addPilot(**ws, u"Support, second wave"_s, start, u"department=Customer Support"_s);
        QVERIFY(pilot);
        QVERIFY(TargetRepository((*ws)->database()).kpis(pilot)->isEmpty());
        Metrics::Filter f;
        f.pilotId = pilot;
        auto before = Metrics::compute((*ws)->database(), f);
        QVERIFY2(before, qPrintable(before.error()));
        QVERIFY(before->targets.isEmpty());

        QUndoStack stack;
        TargetsDialog dialog(**ws, stack, pilot);
        QVERIFY(waitForBaselines(dialog));
        const auto measured = dialog.kpiModel()->measuredBaseline(u"active_rate"_s);
        QVERIFY(measured);
        whenFormOpens([](FormDialog *d) {
            choose(field<QComboBox>(d, u"kpi"_s), u"active_rate"_s);
            // The form shows the measured baseline it will use.
            QVERIFY(field<QLineEdit>(d, u"baseline"_s)
                        ->parentWidget()
                        ->findChild<QLabel *>()
                        ->text()
                        .contains(u"measured: "_s));
            field<QLineEdit>(d, u"target30"_s)->setText(u"60"_s);
        });
        dialog.addKpi();

        auto after = Metrics::compute((*ws)->database(), f);
        QVERIFY2(after, qPrintable(after.error()));
        QCOMPARE(after->targets.size(), 1);
        const Metrics::KpiTarget &t = after->targets.first();
        QCOMPARE(t.kpi, u"active_rate"_s);
        QVERIFY(t.baselineMeasured);
        QCOMPARE(t.baseline, *measured);
        QCOMPARE(t.checkpoints.first().day, 30);
        QCOMPARE(t.checkpoints.first().target, 0.6);
        QVERIFY(t.checkpoints.first().actual);
        QVERIFY(t.checkpoints.first().status != Metrics::TargetStatus::NotDue);
        QCOMPARE(t.checkpoints.first().status,
                 Metrics::statusFor(*t.checkpoints.first().actual, 0.6, t.baseline, 0.1, true));
    }

    void opensFromThePilotPageAndTheMenu()
    {
        const QString path = demoCopy();
        MainWindow w;
        w.setInteractive(false);
        w.resize(1100, 750);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openWorkspace(path));
        auto *pilotPage = qobject_cast<PilotPage *>(w.page(PageId::Pilot));
        QVERIFY(pilotPage);
        w.showPage(PageId::Pilot);
        QTRY_VERIFY(pilotPage->model()->rowCount() > 0);
        pilotPage->view()->selectRow(0);
        auto *button = pilotPage->findChild<QPushButton *>();
        for (auto *b : pilotPage->findChildren<QPushButton *>())
            if (b->text().contains(u"Targets"_s))
                button = b;
        QVERIFY(button && button->isEnabled());
        shoot(w, u"targets-pilot-page"_s);
        button->click();
        auto *fromPage = w.findChild<TargetsDialog *>();
        QVERIFY(fromPage);
        QVERIFY(fromPage->isVisible());
        QCOMPARE(fromPage->pilotId(), pilotPage->model()->pilots().first().id);
        fromPage->close();
        QTRY_VERIFY(!w.findChild<TargetsDialog *>()); // deleted on close

        QAction *action = nullptr;
        for (QAction *a : w.findChildren<QAction *>())
            if (a->text().contains(u"Targets and Annotations"_s))
                action = a;
        QVERIFY(action && action->isEnabled());
        action->trigger();
        auto *fromMenu = w.findChild<TargetsDialog *>();
        QVERIFY(fromMenu);
        QCOMPARE(fromMenu->pilotId(), pilotPage->pilotId());
        fromMenu->close();

        // The dashboard's way in, on the annotations tab.
        auto *opened = TargetsDialog::open(&w, *w.workspace(), *w.undoStack(), 0, TargetsDialog::AnnotationsTab);
        QCOMPARE(opened->tabs()->currentIndex(), int(TargetsDialog::AnnotationsTab));
        QVERIFY(opened->pilotId() != 0);
        opened->close();
    }

    void readOnlyWorkspacesCannotBeEdited()
    {
        const QString path = demoCopy();
        auto ws = Workspace::open(path, Workspace::Access::ReadOnly);
        QVERIFY(ws);
        QUndoStack stack;
        TargetsDialog dialog(**ws, stack, 0);
        QVERIFY(dialog.kpiModel()->rowCount() > 0); // still shown
        QVERIFY(!dialog.kpiList()->addButton()->isEnabled());
        QVERIFY(!dialog.annotationList()->addButton()->isEnabled());
        // No form opens (one would be cancelled and noted here), nothing is pushed.
        bool formOpened = false;
        auto *guard = new QTimer(this);
        guard->setInterval(10);
        connect(guard, &QTimer::timeout, this, [&formOpened] {
            if (auto *d = qobject_cast<FormDialog *>(QApplication::activeModalWidget())) {
                formOpened = true;
                d->reject();
            }
        });
        guard->start();
        dialog.addKpi();
        dialog.kpiList()->view()->selectRow(0);
        dialog.editSelectedKpi();
        dialog.removeSelectedKpi();
        dialog.addAnnotation();
        guard->stop();
        guard->deleteLater();
        QVERIFY(!formOpened);
        QCOMPARE(stack.count(), 0);
        // And the commands themselves refuse.
        PilotKpi k = dialog.kpiModel()->items().first();
        QVERIFY(!Editing::removeItem(stack, **ws, k));
    }

    void showsBothTabs_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addRow("1100x750") << QSize(1100, 750);
        QTest::addRow("1600x1000") << QSize(1600, 1000);
    }

    void showsBothTabs()
    {
        QFETCH(QSize, size);
        const QString path = demoCopy();
        MainWindow w;
        w.setInteractive(false);
        w.resize(size);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openWorkspace(path));
        auto *dialog = TargetsDialog::open(&w, *w.workspace(), *w.undoStack(), 0);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(waitForBaselines(*dialog));
        QVERIFY(dialog->width() <= size.width() && dialog->height() <= size.height());
        // Nothing is cut: every column's text fits or the table scrolls, the headers are readable.
        auto *view = dialog->kpiList()->view();
        QVERIFY(view->isVisible());
        QVERIFY(view->model()->rowCount() > 0);
        const QString tag = u"%1x%2"_s.arg(size.width()).arg(size.height());
        shoot(*dialog, u"targets-kpis-"_s + tag);
        dialog->tabs()->setCurrentIndex(TargetsDialog::AnnotationsTab);
        QVERIFY(dialog->annotationList()->view()->isVisible());
        shoot(*dialog, u"targets-annotations-"_s + tag);
        // The forms as they open.
        dialog->tabs()->setCurrentIndex(TargetsDialog::KpiTargetsTab);
        dialog->kpiList()->view()->selectRow(0);
        whenFormOpens([this, tag](FormDialog *d) { shoot(*d, u"targets-kpi-form-"_s + tag); }, nullptr, false);
        dialog->editSelectedKpi();
        dialog->annotationList()->view()->selectRow(0);
        whenFormOpens([this, tag](FormDialog *d) { shoot(*d, u"targets-annotation-form-"_s + tag); }, nullptr, false);
        dialog->editSelectedAnnotation();
        dialog->close();
    }
};

QTEST_MAIN(TestTargetsDialog)
#include "tst_targetsdialog.moc"
