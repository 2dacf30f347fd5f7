// The guided journey's pages, walked the way a new user would: a new pilot through diagnose → design →
// pilot → govern and one full PLAN cycle, with undo/redo and a reload at the end; and every page and tab of
// the demo workspace's journey (screenshots at 1600×1000 and 1100×750 when UPTAKE_SCREENSHOTS names a folder).

#include "demo/demoworkspace.h"
#include "dialogs/formdialog.h"
#include "editing/journeycommands.h"
#include "editing/pilotcommands.h"
#include "itemmodels/journeymodels.h"
#include "itemmodels/pilotsmodel.h"
#include "mainwindow.h"
#include "pages/designpage.h"
#include "pages/diagnosepage.h"
#include "pages/governpage.h"
#include "pages/pilotpage.h"
#include "storage/journeyrepository.h"
#include "storage/pilotrepository.h"
#include "storage/workspace.h"
#include "widgets/recordlist.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
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

using namespace Qt::StringLiterals;
using namespace Uptake;

namespace {

/// The current proxy index of column col in the row whose IdRole is id.
QModelIndex indexOf(RecordList *list, qint64 id, int col)
{
    for (int r = 0; r < list->proxy()->rowCount(); ++r) {
        const QModelIndex i = list->proxy()->index(r, col);
        if (i.data(IdRole).toLongLong() == id)
            return i;
    }
    return {};
}

QString textOf(RecordList *list, int row, int col)
{
    return list->proxy()->index(row, col).data().toString();
}

} // namespace

class TestJourneyPages : public QObject
{
    Q_OBJECT

    void shoot(QWidget &w, const QString &name)
    {
        const QString folder = qEnvironmentVariable("UPTAKE_SCREENSHOTS");
        if (!folder.isEmpty())
            QVERIFY(w.grab().save(QDir(folder).filePath(name + u".png"_s)));
    }

    /// Runs fill on the next form dialog that opens (modal), then accepts it.
    void whenDialogOpens(std::function<void(FormDialog *)> fill)
    {
        auto *timer = new QTimer(this);
        timer->setInterval(10);
        connect(timer, &QTimer::timeout, this, [timer, fill] {
            if (auto *d = qobject_cast<FormDialog *>(QApplication::activeModalWidget())) {
                timer->stop();
                timer->deleteLater();
                fill(d);
                d->accept();
            }
        });
        timer->start();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"Uptake"_s);
        // Its own settings, so running beside the other GUI tests never mixes their recent-file lists.
        QCoreApplication::setApplicationName(u"UptakeJourneyPagesTest"_s);
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void walksANewPilotThroughTheJourney()
    {
        const QString path = m_dir.filePath(u"walk.uptake"_s);
        QVERIFY(Workspace::create(path, QTimeZone::utc(), true));
        qint64 pilotId = 0, barrierId = 0, leverId = 0, cycleId = 0, decisionId = 0;
        {
            MainWindow w;
            w.setInteractive(false);
            w.resize(1100, 750);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(w.openWorkspace(path));
            auto *diagnose = qobject_cast<DiagnosePage *>(w.page(PageId::Diagnose));
            auto *design = qobject_cast<DesignPage *>(w.page(PageId::Design));
            auto *pilotPage = qobject_cast<PilotPage *>(w.page(PageId::Pilot));
            auto *govern = qobject_cast<GovernPage *>(w.page(PageId::Govern));
            QVERIFY(diagnose && design && pilotPage && govern);
            QCOMPARE(diagnose->pilotId(), 0);

            // A new pilot, created through the models; every page follows it.
            Pilot p;
            p.name = u"Support onboarding"_s;
            p.startDate = QDate::currentDate().addDays(-20);
            p.status = Pilot::Status::Running;
            QVERIFY(Editing::addPilot(*w.undoStack(), *w.workspace(), p, &pilotId));
            for (JourneyPage *page : std::initializer_list<JourneyPage *>{diagnose, design, pilotPage, govern})
                QCOMPARE(page->pilotId(), pilotId);
            QVERIFY(diagnose->pilotSelector()->isHidden()); // one pilot: nothing to choose
            QVERIFY(diagnose->statusLabel()->text().contains(u"no checklist"_s));

            // Start from the template plan: checklists, levers and the 30/60/90-day plan appear.
            diagnose->applyTemplate();
            QVERIFY(diagnose->checklistModel()->rowCount() >= 3);
            for (int r = 0; r < diagnose->checklistModel()->rowCount(); ++r)
                QCOMPARE(qvariant_cast<ChecklistItem>(diagnose->checklistModel()->index(r, 0).data(ItemRole)).phase,
                         Phase::Diagnose);
            int levers = 0;
            for (Pillar pillar : AllPillars)
                levers += design->leverList(pillar)->sourceModel()->rowCount();
            QCOMPARE(levers, 10);
            QVERIFY(pilotPage->actionList()->sourceModel()->rowCount() > 0);
            w.showPage(PageId::Diagnose);

            // Diagnose: a barrier (models), then an interview that tags it, through the dialog.
            Barrier b;
            b.pilotId = pilotId;
            b.title = u"Single sign-on fails on shared PCs"_s;
            b.category = u"login_failures"_s;
            b.severity = Severity::High;
            QVERIFY(Editing::addItem(*w.undoStack(), *w.workspace(), b, &barrierId));
            QCOMPARE(diagnose->barrierList()->sourceModel()->rowCount(), 1);
            diagnose->tabs()->setCurrentIndex(1);
            whenDialogOpens([](FormDialog *d) {
                d->findChildren<QLineEdit *>().at(0)->setText(u"Dana Ortiz"_s);
                auto *tags = d->findChild<QListWidget *>();
                QVERIFY(tags);
                QCOMPARE(tags->count(), 1);
                tags->item(0)->setCheckState(Qt::Checked);
            });
            diagnose->interviewList()->addButton()->click();
            QCOMPARE(diagnose->interviewList()->sourceModel()->rowCount(), 1);
            QCOMPARE(textOf(diagnose->interviewList(), 0, InterviewsModel::Name), u"Dana Ortiz"_s);
            QVERIFY(textOf(diagnose->interviewList(), 0, InterviewsModel::Barriers).contains(b.title));
            QCOMPARE(textOf(diagnose->barrierList(), 0, BarriersModel::Interviews), u"1"_s);

            // Design: the barrier is not covered until a chosen lever addresses it.
            QVERIFY(design->coverageLabel()->text().contains(b.title));
            RecordList *habit = design->leverList(Pillar::ContentRelevance);
            Lever lever = qvariant_cast<Lever>(habit->sourceModel()->index(0, 0).data(ItemRole));
            leverId = lever.id;
            QVERIFY(habit->proxy()->setData(indexOf(habit, leverId, LeversModel::Name), Qt::Checked,
                                            Qt::CheckStateRole)); // chosen by ticking it
            QVERIFY(design->coverageLabel()->text().contains(u"address no barrier"_s));
            lever = qvariant_cast<Lever>(indexOf(habit, leverId, 0).data(ItemRole));
            QVERIFY(lever.chosen);
            lever.barrierIds = {barrierId};
            QVERIFY(Editing::editItem(*w.undoStack(), *w.workspace(), lever));
            QVERIFY2(design->coverageLabel()->text().contains(u"Every barrier is addressed"_s),
                     qPrintable(design->coverageLabel()->text()));

            // Pilot: one full PLAN cycle.
            PlanCycle c;
            c.pilotId = pilotId;
            c.number = 1;
            c.startDate = p.startDate;
            c.endDate = p.startDate.addDays(13);
            QVERIFY(Editing::addItem(*w.undoStack(), *w.workspace(), c, &cycleId));
            pilotPage->cycleList()->selectId(cycleId);
            QCOMPARE(pilotPage->cycleList()->currentId(), cycleId);
            LaunchItem launch{0, cycleId, u"Microlearning path"_s, u"Team North"_s, p.startDate};
            QVERIFY(Editing::addItem(*w.undoStack(), *w.workspace(), launch));
            FeedbackItem fb;
            fb.cycleId = cycleId;
            fb.date = p.startDate.addDays(3);
            fb.source = FeedbackSource::Chat;
            fb.sentiment = Sentiment::Negative;
            fb.theme = u"Too long"_s;
            fb.quote = u"The module takes my whole lunch break."_s;
            qint64 feedbackId = 0;
            QVERIFY(Editing::addItem(*w.undoStack(), *w.workspace(), fb, &feedbackId));
            fb.theme = u"Too long"_s;
            fb.quote = u"I never finish it."_s;
            QVERIFY(Editing::addItem(*w.undoStack(), *w.workspace(), fb));
            Adaptation a;
            a.cycleId = cycleId;
            a.date = p.startDate.addDays(7);
            a.feedbackId = feedbackId;
            a.description = u"Split the 45-minute module into three 12-minute ones"_s;
            a.kpi = AdaptationKpi::ActiveRate;
            QSignalSpy measured(pilotPage, &PilotPage::effectsMeasured);
            QVERIFY(Editing::addItem(*w.undoStack(), *w.workspace(), a));
            NormalizeItem n{0, cycleId, u"Short modules"_s, u"All of Customer Support"_s, p.startDate.addDays(12)};
            QVERIFY(Editing::addItem(*w.undoStack(), *w.workspace(), n));
            QCOMPARE(pilotPage->launchList()->sourceModel()->rowCount(), 1);
            QCOMPARE(pilotPage->feedbackList()->sourceModel()->rowCount(), 2);
            QCOMPARE(pilotPage->adaptationList()->sourceModel()->rowCount(), 1);
            QCOMPARE(pilotPage->normalizeList()->sourceModel()->rowCount(), 1);
            QCOMPARE(pilotPage->themeLabel()->text(), u"Themes this cycle: Too long (2)"_s);
            // Out of sight, the page measures nothing (the dashboard has the cores); shown, it catches up.
            QVERIFY(!pilotPage->isVisible());
            QVERIFY(pilotPage->hasWaitingJobs());
            QCOMPARE(measured.count(), 0);
            w.showPage(PageId::Pilot);
            QVERIFY(!pilotPage->hasWaitingJobs());
            QVERIFY(measured.wait(10000));
            // No usage data in this workspace: the effect says it cannot be measured yet, with both n.
            QVERIFY2(textOf(pilotPage->adaptationList(), 0, AdaptationsModel::Effect).contains(u"n = 0 → 0"_s),
                     qPrintable(textOf(pilotPage->adaptationList(), 0, AdaptationsModel::Effect)));

            // Govern: a decision.
            Decision d;
            d.pilotId = pilotId;
            d.date = QDate::currentDate();
            d.decision = u"Roll the short modules out to all of Support"_s;
            d.owner = u"Head of L&D"_s;
            d.status = DecisionStatus::Approved;
            QVERIFY(Editing::addItem(*w.undoStack(), *w.workspace(), d, &decisionId));
            QCOMPARE(govern->decisionList()->sourceModel()->rowCount(), 1);

            // Tick every diagnose checklist item in the table: the journey moves on to Design.
            RecordList *checklist = diagnose->checklist();
            const int items = checklist->proxy()->rowCount();
            for (int r = 0; r < items; ++r)
                QVERIFY(checklist->proxy()->setData(checklist->proxy()->index(r, ChecklistModel::Text), Qt::Checked,
                                                    Qt::CheckStateRole));
            QVERIFY2(diagnose->statusLabel()->text().contains(u"is done"_s),
                     qPrintable(diagnose->statusLabel()->text()));
            QVERIFY(diagnose->statusLabel()->text().contains(u"now in the Design phase"_s));

            // Undo the last tick and redo it.
            w.undoStack()->undo();
            QVERIFY(diagnose->statusLabel()->text().contains(u"1 still open"_s));
            w.undoStack()->redo();
            QVERIFY(diagnose->statusLabel()->text().contains(u"is done"_s));

            // Keyboard: Delete on the decision list removes the decision; undo brings it back.
            w.showPage(PageId::Govern);
            govern->tabs()->setCurrentIndex(1);
            QApplication::setActiveWindow(&w);
            govern->decisionList()->selectId(decisionId);
            govern->decisionList()->view()->setFocus();
            QTest::keyClick(govern->decisionList()->view(), Qt::Key_Delete);
            QCOMPARE(govern->decisionList()->sourceModel()->rowCount(), 0);
            w.undoStack()->undo();
            QCOMPARE(govern->decisionList()->sourceModel()->rowCount(), 1);

            // The filter field narrows a list.
            govern->decisionList()->filterField()->setText(u"nothing like this"_s);
            QCOMPARE(govern->decisionList()->proxy()->rowCount(), 0);
            govern->decisionList()->filterField()->clear();
            QCOMPARE(govern->decisionList()->proxy()->rowCount(), 1);
            shoot(w, u"walk-govern"_s);
        }

        // Reload: everything was saved as it was edited.
        auto ws = Workspace::open(path);
        QVERIFY2(ws, qPrintable(ws.error()));
        const JourneyRepository repo((*ws)->database());
        const auto interviews = repo.interviews(pilotId);
        QVERIFY(interviews);
        QCOMPARE(interviews->size(), 1);
        QCOMPARE(interviews->first().name, u"Dana Ortiz"_s);
        QCOMPARE(interviews->first().barrierIds, QList<qint64>{barrierId});
        const auto leverList = repo.levers(pilotId);
        QVERIFY(leverList);
        const auto chosen =
            std::find_if(leverList->cbegin(), leverList->cend(), [&](const Lever &l) { return l.id == leverId; });
        QVERIFY(chosen != leverList->cend());
        QVERIFY(chosen->chosen);
        QCOMPARE(chosen->barrierIds, QList<qint64>{barrierId});
        QCOMPARE(repo.cycles(pilotId)->size(), 1);
        QCOMPARE(repo.launches(cycleId)->size(), 1);
        QCOMPARE(repo.feedback(cycleId)->size(), 2);
        QCOMPARE(repo.adaptations(cycleId)->size(), 1);
        QCOMPARE(repo.normalizeItems(cycleId)->size(), 1);
        QCOMPARE(repo.decisions(pilotId)->size(), 1);
        const auto checklist = repo.checklist(pilotId);
        QVERIFY(checklist);
        for (const ChecklistItem &c : *checklist)
            QCOMPARE(c.done, c.phase == Phase::Diagnose);
        QCOMPARE(Journey::currentPhase(*checklist), Phase::Design);
    }

    void showsTheDemoJourney_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addRow("1600x1000") << QSize(1600, 1000);
        QTest::addRow("1100x750") << QSize(1100, 750);
    }

    void showsTheDemoJourney()
    {
        QFETCH(QSize, size);
        if (m_demo.isEmpty()) {
            m_demo = m_dir.filePath(u"demo.uptake"_s);
            const Status s = Demo::createDemoWorkspace(m_demo, true);
            QVERIFY2(s, qPrintable(s.error()));
        }
        MainWindow w;
        w.setInteractive(false);
        w.show();
        w.resize(size);
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openWorkspace(m_demo));
        auto *diagnose = qobject_cast<DiagnosePage *>(w.page(PageId::Diagnose));
        auto *pilotPage = qobject_cast<PilotPage *>(w.page(PageId::Pilot));
        auto *govern = qobject_cast<GovernPage *>(w.page(PageId::Govern));
        QVERIFY(diagnose->pilotId() != 0);
        QVERIFY(diagnose->interviewList()->sourceModel()->rowCount() > 0);
        QVERIFY(diagnose->snapshotList()->sourceModel()->rowCount() > 0);
        QCOMPARE(pilotPage->cycleList()->sourceModel()->rowCount(), 2);
        QVERIFY(govern->decisionList()->sourceModel()->rowCount() > 0);

        const QString tag = u"%1x%2"_s.arg(size.width()).arg(size.height());
        const QStringList names{u"overview"_s, u"diagnose"_s, u"design"_s, u"pilot"_s, u"govern"_s};
        for (PageId id : {PageId::Diagnose, PageId::Design, PageId::Pilot, PageId::Govern}) {
            w.showPage(id);
            auto *page = qobject_cast<JourneyPage *>(w.page(id));
            QVERIFY(page);
            for (int t = 0; t < page->tabs()->count(); ++t) {
                page->tabs()->setCurrentIndex(t);
                QTest::qWait(600); // background figures (effects, scope, retirement) arrive
                shoot(w, u"journey-%1-%2-%3"_s.arg(tag, names.at(int(id))).arg(t));
            }
        }
        // The adaptation effects of the demo are measured from its data.
        w.showPage(PageId::Pilot);
        pilotPage->tabs()->setCurrentIndex(2);
        QSignalSpy measured(pilotPage, &PilotPage::effectsMeasured);
        pilotPage->cycleList()->selectId(pilotPage->cycleList()->proxy()->index(0, 0).data(IdRole).toLongLong());
        if (pilotPage->adaptationList()->sourceModel()->rowCount() > 0) {
            QVERIFY(measured.wait(20000));
            QVERIFY(textOf(pilotPage->adaptationList(), 0, AdaptationsModel::Effect).contains(u"(n = "_s));
        }
        auto *steps = pilotPage->findChildren<QTabWidget *>().value(1);
        for (QTabWidget *inner : pilotPage->findChildren<QTabWidget *>()) {
            if (inner != pilotPage->tabs())
                steps = inner;
        }
        QVERIFY(steps);
        for (int t = 0; t < steps->count(); ++t) {
            steps->setCurrentIndex(t);
            QTest::qWait(50);
            shoot(w, u"journey-%1-pilot-cycle-step%2"_s.arg(tag).arg(t + 1));
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

QTEST_MAIN(TestJourneyPages)
#include "tst_journeypages.moc"
