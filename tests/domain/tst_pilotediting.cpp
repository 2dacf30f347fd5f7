// Pilots edited through the undo stack: every step is written at once and survives a reopen. On both back ends
// (tests/support/backendfixture.h).

#include "backendfixture.h"
#include "editing/pilotcommands.h"
#include "itemmodels/pilotsmodel.h"
#include "storage/pilotrepository.h"
#include "storage/workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Uptake;

class TestPilotEditing : public QObject
{
    Q_OBJECT

    QStringList namesOnDisk() const
    {
        // A second connection sees only what was written: nothing waits for a "Save".
        auto other = Workspace::open(m_path, Workspace::Access::ReadOnly);
        QStringList names;
        if (other) {
            const auto pilots = PilotRepository((*other)->database()).pilots();
            for (const Pilot &p : *pilots)
                names << p.name;
        }
        names.sort();
        return names;
    }

private Q_SLOTS:
    void initTestCase() { UPTAKE_INIT_BACKEND(m_backend); }
    void cleanupTestCase() { m_backend.tearDown(); }

    void init()
    {
        m_backend.init();
        m_path = m_backend.location(u"edit"_s);
        auto ws = Workspace::create(m_path, QTimeZone::utc(), true);
        QVERIFY(ws);
        m_ws = std::move(*ws);
        m_stack = std::make_unique<QUndoStack>();
    }
    void cleanup()
    {
        m_stack.reset();
        m_ws.reset();
    }

    void addEditRemoveWithUndoRedo()
    {
        QSignalSpy changed(m_ws.get(), &Workspace::pilotsChanged);
        Pilot p;
        p.name = u"  Sales ramp-up  "_s;
        p.startDate = QDate(2026, 3, 2);
        qint64 id = 0;
        QVERIFY(Editing::addPilot(*m_stack, *m_ws, p, &id));
        QVERIFY(id > 0);
        QCOMPARE(namesOnDisk(), QStringList{u"Sales ramp-up"_s});
        QCOMPARE(m_stack->undoText(), u"Add pilot “Sales ramp-up”"_s);

        Pilot renamed = *PilotRepository(m_ws->database()).pilot(id);
        renamed.name = u"Sales onboarding"_s;
        renamed.durationWeeks = 8;
        QVERIFY(Editing::editPilot(*m_stack, *m_ws, renamed));
        QCOMPARE(namesOnDisk(), QStringList{u"Sales onboarding"_s});

        QVERIFY(Editing::removePilot(*m_stack, *m_ws, id));
        QCOMPARE(namesOnDisk(), QStringList{});

        m_stack->undo(); // delete
        QCOMPARE(namesOnDisk(), QStringList{u"Sales onboarding"_s});
        QCOMPARE(PilotRepository(m_ws->database()).pilot(id)->durationWeeks, 8);
        m_stack->undo(); // edit
        QCOMPARE(namesOnDisk(), QStringList{u"Sales ramp-up"_s});
        QCOMPARE(PilotRepository(m_ws->database()).pilot(id)->durationWeeks, 6);
        m_stack->undo(); // add
        QCOMPARE(namesOnDisk(), QStringList{});
        m_stack->redo();
        m_stack->redo();
        m_stack->redo();
        QCOMPARE(namesOnDisk(), QStringList{});
        m_stack->undo();
        // The pilot comes back with the id it had, so later commands still find it.
        QCOMPARE(PilotRepository(m_ws->database()).pilot(id)->name, u"Sales onboarding"_s);
        QVERIFY(changed.count() >= 8);
    }

    void invalidEditsAreRefusedAndNotPushed_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::addRow("empty") << u""_s << u"needs a name"_s;
        QTest::addRow("duplicate") << u"FIRST"_s << u"already a pilot"_s;
    }

    void invalidEditsAreRefusedAndNotPushed()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        Pilot first;
        first.name = u"First"_s;
        QVERIFY(Editing::addPilot(*m_stack, *m_ws, first));
        const int depth = m_stack->count();
        Pilot bad;
        bad.name = name;
        const Status s = Editing::addPilot(*m_stack, *m_ws, bad);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(expected), qPrintable(s.error()));
        QCOMPARE(m_stack->count(), depth);
    }

    void unchangedEditPushesNothing()
    {
        Pilot p;
        p.name = u"Same"_s;
        qint64 id = 0;
        QVERIFY(Editing::addPilot(*m_stack, *m_ws, p, &id));
        const int depth = m_stack->count();
        QVERIFY(Editing::editPilot(*m_stack, *m_ws, *PilotRepository(m_ws->database()).pilot(id)));
        QCOMPARE(m_stack->count(), depth);
    }

    void modelFollowsSnapshots()
    {
        PilotsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        Pilot a;
        a.name = u"Alpha"_s;
        a.startDate = QDate(2026, 1, 5);
        Pilot b;
        b.name = u"Beta"_s;
        QVERIFY(Editing::addPilot(*m_stack, *m_ws, a));
        QVERIFY(Editing::addPilot(*m_stack, *m_ws, b));
        model.setPilots(*PilotRepository(m_ws->database()).pilots());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(PilotsModel::ColumnCount));
        QCOMPARE(model.index(0, PilotsModel::Name).data().toString(), u"Alpha"_s);
        QCOMPARE(model.index(0, PilotsModel::Status).data().toString(), u"Planned"_s);
        QCOMPARE(model.index(1, PilotsModel::StartDate).data().toString(), u"Not set"_s);
        QVERIFY(model.index(0, PilotsModel::Name).data(PilotsModel::PilotIdRole).toLongLong() > 0);
        QCOMPARE(model.rowOf(model.pilots().at(1).id), 1);
        model.setPilots({});
        QCOMPARE(model.rowCount(), 0);
    }

private:
    Test::BackendFixture m_backend;
    QString m_path;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<QUndoStack> m_stack;
};

QTEST_GUILESS_MAIN(TestPilotEditing)
#include "tst_pilotediting.moc"
