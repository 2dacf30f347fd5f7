// Two Uptake windows editing the same pilot: the second save meets the first one's edit and the conflict dialog
// asks which to keep, for each of its choices, and for undo too. On a team workspace (PostgreSQL, when
// UPTAKE_TEST_PG_URL is set) the other editor is a second window; on a file, which only one window may edit,
// the other editor is a second connection (another Uptake process as far as the file can tell). Screenshots of
// the dialog (light and dark palettes) go to UPTAKE_SCREENSHOTS. And one window saving the same item again and
// again never meets itself as a conflict.

#include "dialogs/conflictdialog.h"
#include "dialogs/pilotdialog.h"
#include "editing/journeycommands.h"
#include "editing/pilotcommands.h"
#include "itemmodels/journeymodels.h"
#include "mainwindow.h"
#include "pages/diagnosepage.h"
#include "pages/pilotpage.h"
#include "storage/journeyrepository.h"
#include "storage/pilotrepository.h"
#include "storage/workspace.h"
#include "widgets/recordlist.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Uptake;

class TestConflictWindows : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_adminUrl;
    QStringList m_databases;
    int m_next = 0;

    static void shoot(QWidget *w, const QString &name)
    {
        const QString folder = qEnvironmentVariable("UPTAKE_SCREENSHOTS");
        if (folder.isEmpty() || !w)
            return;
        QDir().mkpath(folder);
        QVERIFY(w->grab().save(folder + u'/' + name + u".png"_s));
    }

    QString freshLocation(const QString &backend)
    {
        if (backend == u"sqlite"_s)
            return m_dir.filePath(u"conflict%1.uptake"_s.arg(++m_next));
        const QString name = u"uptake_cw%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(++m_next);
        QSqlQuery q(QSqlDatabase::database(u"conflictwindows-admin"_s));
        if (!q.exec(u"CREATE DATABASE %1"_s.arg(name)))
            return {};
        m_databases.append(name);
        QUrl url(m_adminUrl);
        url.setPath(u'/' + name);
        return url.toString();
    }

    /// Calls act on the next modal widget of type W, once.
    template<typename W>
    void whenModal(std::function<void(W *)> act)
    {
        auto *timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [timer, act] {
            if (auto *w = qobject_cast<W *>(QApplication::activeModalWidget())) {
                timer->stop();
                timer->deleteLater();
                act(w);
            }
        });
        timer->start();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"UptakeConflictWindowsTest"_s);
        QSettings().clear();
        QSettings().setValue(u"backup/intervalHours"_s, 0);
        QVERIFY(m_dir.isValid());
        m_adminUrl = qEnvironmentVariable("UPTAKE_TEST_PG_URL");
        if (!m_adminUrl.isEmpty())
            QVERIFY(Workspace::openConnection(m_adminUrl, u"conflictwindows-admin"_s));
    }

    void cleanupTestCase()
    {
        if (m_adminUrl.isEmpty())
            return;
        {
            QSqlQuery q(QSqlDatabase::database(u"conflictwindows-admin"_s));
            for (const QString &db : std::as_const(m_databases))
                q.exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(db));
        }
        Workspace::closeConnection(u"conflictwindows-admin"_s);
    }

    void secondSaveAsks_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("button");
        QTest::addColumn<QString>("storedOwner");
        QTest::addColumn<int>("undoSteps");
        for (const QString &backend : {u"sqlite"_s, u"postgresql"_s}) {
            const QByteArray b = backend.toUtf8();
            QTest::addRow("%s keep theirs", b.constData()) << backend << u"keep"_s << u"Ben Okafor"_s << 0;
            QTest::addRow("%s overwrite", b.constData()) << backend << u"overwrite"_s << u"Ana Ruiz"_s << 1;
            QTest::addRow("%s cancel", b.constData()) << backend << u"cancel"_s << u"Ben Okafor"_s << 0;
        }
    }
    void secondSaveAsks()
    {
        QFETCH(QString, backend);
        QFETCH(QString, button);
        QFETCH(QString, storedOwner);
        QFETCH(int, undoSteps);
        const bool server = backend == u"postgresql"_s;
        if (server && m_adminUrl.isEmpty())
            QSKIP("UPTAKE_TEST_PG_URL is not set: no PostgreSQL server.");
        const QString location = freshLocation(backend);
        QVERIFY(!location.isEmpty());
        QVERIFY(Workspace::create(location, QTimeZone::utc()));

        MainWindow mine;
        mine.setInteractive(false);
        mine.resize(1100, 720);
        mine.show();
        QVERIFY(QTest::qWaitForWindowExposed(&mine));
        QVERIFY2(mine.openWorkspace(location), qPrintable(mine.lastError()));
        mine.showPage(PageId::Pilot);
        Pilot p;
        p.name = u"North"_s;
        p.owner = u"Kim"_s;
        qint64 id = 0;
        QVERIFY(Editing::addPilot(*mine.undoStack(), *mine.workspace(), p, &id));
        mine.undoStack()->clear();
        auto *page = qobject_cast<PilotPage *>(mine.page(PageId::Pilot));
        QVERIFY(page);
        QTRY_COMPARE(page->view()->model()->rowCount(), 1);
        page->view()->selectRow(0);

        // The other editor: a second window on a team workspace, a second connection on a file.
        std::unique_ptr<MainWindow> theirsWindow;
        if (server) {
            theirsWindow = std::make_unique<MainWindow>();
            theirsWindow->setInteractive(false);
            theirsWindow->resize(1100, 720);
            theirsWindow->show();
            QVERIFY(QTest::qWaitForWindowExposed(theirsWindow.get()));
            QVERIFY2(theirsWindow->openWorkspace(location), qPrintable(theirsWindow->lastError()));
        }
        auto theirEdit = [&] {
            if (theirsWindow) {
                Pilot t = PilotRepository(theirsWindow->workspace()->database()).pilot(id).value();
                t.owner = u"Ben Okafor"_s;
                return bool(Editing::editPilot(*theirsWindow->undoStack(), *theirsWindow->workspace(), t));
            }
            bool ok = false;
            {
                auto other = Workspace::openConnection(location, u"other-editor"_s);
                Pilot t = PilotRepository(*other).pilot(id).value();
                t.owner = u"Ben Okafor"_s;
                ok = bool(PilotRepository(*other).update(t));
            }
            Workspace::closeConnection(u"other-editor"_s);
            return ok;
        };

        bool theirsSaved = false;
        bool asked = false;
        QString formOwnerAfterCancel;
        QString formError;
        // My form opens; while I type, they save; then I press OK.
        whenModal<PilotDialog>([&](PilotDialog *form) {
            form->findChild<QLineEdit *>(u"pilotOwner"_s)->setText(u"Ana Ruiz"_s);
            theirsSaved = theirEdit();
            whenModal<ConflictDialog>([&](ConflictDialog *d) {
                asked = true;
                QVERIFY(d->headline()->text().contains(u"North"_s));
                QCOMPARE(d->cancelButton() != nullptr, true);
                const auto rows = d->fields()->findItems(u"Owner"_s, Qt::MatchExactly, 0);
                QCOMPARE(rows.size(), 1);
                QCOMPARE(rows.first()->text(1), u"Ben Okafor"_s);
                QCOMPARE(rows.first()->text(2), u"Ana Ruiz"_s);
                QVERIFY(rows.first()->font(0).bold());
                shoot(d, u"conflict-dialog-"_s + QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'-'));
                QPushButton *b = button == u"keep"_s        ? d->keepTheirsButton()
                                 : button == u"overwrite"_s ? d->overwriteButton()
                                                            : d->cancelButton();
                QTest::mouseClick(b, Qt::LeftButton);
                if (button == u"cancel"_s)
                    // Back in my form, my edit still in it, with the reason; then I give up.
                    whenModal<PilotDialog>([&](PilotDialog *again) {
                        formOwnerAfterCancel = again->findChild<QLineEdit *>(u"pilotOwner"_s)->text();
                        formError = again->findChild<QLabel *>(u"dialogError"_s)->text();
                        shoot(again, u"conflict-cancelled-form-"_s + backend);
                        again->reject();
                    });
            });
            form->accept();
        });
        page->editSelected();
        QVERIFY(theirsSaved);
        QVERIFY(asked);
        if (button == u"cancel"_s) {
            QCOMPARE(formOwnerAfterCancel, u"Ana Ruiz"_s);
            QVERIFY2(formError.contains(u"after you opened it"_s), qPrintable(formError));
        }
        QCOMPARE(PilotRepository(mine.workspace()->database()).pilot(id)->owner, storedOwner);
        QCOMPARE(mine.undoStack()->count(), undoSteps);
        if (theirsWindow) {
            // Their window shows what is stored now, without a restart.
            auto *theirPage = qobject_cast<PilotPage *>(theirsWindow->page(PageId::Pilot));
            theirsWindow->showPage(PageId::Pilot);
            QTRY_COMPARE_WITH_TIMEOUT(theirPage->view()->model()->index(0, 0).isValid(), true, 10000);
        }
        shoot(&mine, u"conflict-after-"_s + QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'-'));
    }

    /// One window saving the same item twice in a row: its own first save is no conflict for the second, whether
    /// the second comes from a list that refreshed while saving (a checklist tick, then an untick), from a copy read
    /// before the first save, or from a list that did not refresh. Any conflict dialog is recorded and cancelled,
    /// so a regression fails here instead of waiting for a click.
    void sameWindowSavesTwiceWithoutAsking_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << u"sqlite"_s;
        QTest::newRow("postgresql") << u"postgresql"_s;
    }
    void sameWindowSavesTwiceWithoutAsking()
    {
        QFETCH(QString, backend);
        if (backend == u"postgresql"_s && m_adminUrl.isEmpty())
            QSKIP("UPTAKE_TEST_PG_URL is not set: no PostgreSQL server.");
        const QString location = freshLocation(backend);
        QVERIFY(!location.isEmpty());
        QVERIFY(Workspace::create(location, QTimeZone::utc()));

        MainWindow w;
        w.setInteractive(false);
        w.resize(1100, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY2(w.openWorkspace(location), qPrintable(w.lastError()));

        QStringList asked;
        QTimer watcher;
        watcher.setInterval(20);
        connect(&watcher, &QTimer::timeout, this, [&asked] {
            if (auto *d = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget())) {
                asked << d->headline()->text();
                QTest::mouseClick(d->cancelButton() ? d->cancelButton() : d->keepTheirsButton(), Qt::LeftButton);
            }
        });
        watcher.start();

        Pilot p;
        p.name = u"North"_s;
        qint64 pilotId = 0;
        QVERIFY(Editing::addPilot(*w.undoStack(), *w.workspace(), p, &pilotId));
        auto *diagnose = qobject_cast<DiagnosePage *>(w.page(PageId::Diagnose));
        QVERIFY(diagnose);
        w.showPage(PageId::Diagnose);
        QTRY_COMPARE(diagnose->pilotId(), pilotId);
        diagnose->applyTemplate();
        QVERIFY(diagnose->checklistModel()->rowCount() >= 1);
        JourneyRepository repo(w.workspace()->database());

        // A checklist item ticked in its list, then unticked, then ticked again: each save refreshes the list.
        const qint64 itemId = diagnose->checklistModel()->index(0, 0).data(IdRole).toLongLong();
        RecordList *list = diagnose->checklist();
        auto rowOfItem = [&] {
            for (int r = 0; r < list->proxy()->rowCount(); ++r)
                if (list->proxy()->index(r, 0).data(IdRole).toLongLong() == itemId)
                    return list->proxy()->index(r, ChecklistModel::Text);
            return QModelIndex();
        };
        for (const Qt::CheckState state : {Qt::Checked, Qt::Unchecked, Qt::Checked}) {
            QVERIFY(rowOfItem().isValid());
            QVERIFY2(list->proxy()->setData(rowOfItem(), state, Qt::CheckStateRole),
                     qPrintable(diagnose->checklistModel()->lastError()));
            QCOMPARE(qvariant_cast<ChecklistItem>(rowOfItem().data(ItemRole)).done, state == Qt::Checked);
        }
        QVERIFY(repo.checklist(pilotId)->first().done);

        // The same copy of an item saved twice: read once, changed, saved, changed again, saved again.
        ChecklistItem copy = repo.checklist(pilotId)->at(0);
        copy.owner = u"Ana Ruiz"_s;
        QVERIFY(Editing::editItem(*w.undoStack(), *w.workspace(), copy));
        copy.owner = u"Ben Okafor"_s;
        QVERIFY(Editing::editItem(*w.undoStack(), *w.workspace(), copy));
        QCOMPARE(repo.checklist(pilotId)->at(0).owner, u"Ben Okafor"_s);

        // A list that does not refresh (no page behind it) keeps the copy it saved; it saves that copy again.
        ChecklistModel detached;
        detached.setItems(*repo.checklist(pilotId));
        detached.setEditor(
            [&](const ChecklistItem &c) { return Editing::editItem(*w.undoStack(), *w.workspace(), c); });
        QVERIFY(detached.setData(detached.index(0, ChecklistModel::Owner), u"Chidi Eze"_s));
        QVERIFY(detached.setData(detached.index(0, ChecklistModel::Owner), u"Dana Ortiz"_s));
        QCOMPARE(repo.checklist(pilotId)->at(0).owner, u"Dana Ortiz"_s);

        // A pilot too, and deleting what this window itself changed last.
        Pilot pilot = PilotRepository(w.workspace()->database()).pilot(pilotId).value();
        pilot.owner = u"Ana Ruiz"_s;
        QVERIFY(Editing::editPilot(*w.undoStack(), *w.workspace(), pilot));
        pilot.owner = u"Ben Okafor"_s;
        QVERIFY(Editing::editPilot(*w.undoStack(), *w.workspace(), pilot));
        QCOMPARE(PilotRepository(w.workspace()->database()).pilot(pilotId)->owner, u"Ben Okafor"_s);
        QVERIFY(Editing::removeItem(*w.undoStack(), *w.workspace(), copy));
        QVERIFY(!repo.find(copy)->has_value());

        // Undo walks all of it back without asking either.
        while (w.undoStack()->canUndo())
            w.undoStack()->undo();
        QVERIFY(!PilotRepository(w.workspace()->database()).pilot(pilotId));
        watcher.stop();
        QVERIFY2(asked.isEmpty(), qPrintable(asked.join(u'\n')));
    }

    void undoOfWhatTheyChangedAsks()
    {
        const QString location = freshLocation(u"sqlite"_s);
        QVERIFY(Workspace::create(location, QTimeZone::utc()));
        MainWindow mine;
        mine.setInteractive(false);
        mine.resize(1100, 720);
        mine.show();
        QVERIFY(QTest::qWaitForWindowExposed(&mine));
        QVERIFY2(mine.openWorkspace(location), qPrintable(mine.lastError()));
        Pilot p;
        p.name = u"North"_s;
        qint64 id = 0;
        QVERIFY(Editing::addPilot(*mine.undoStack(), *mine.workspace(), p, &id));
        Pilot changed = PilotRepository(mine.workspace()->database()).pilot(id).value();
        changed.owner = u"Ana Ruiz"_s;
        QVERIFY(Editing::editPilot(*mine.undoStack(), *mine.workspace(), changed));
        QCOMPARE(mine.undoStack()->count(), 2);
        {
            auto other = Workspace::openConnection(location, u"other-editor"_s);
            Pilot t = PilotRepository(*other).pilot(id).value();
            t.owner = u"Ben Okafor"_s;
            QVERIFY(PilotRepository(*other).update(t));
        }
        Workspace::closeConnection(u"other-editor"_s);
        bool asked = false;
        whenModal<ConflictDialog>([&](ConflictDialog *d) {
            asked = true;
            QVERIFY(!d->cancelButton()); // undo offers no Cancel: a step cannot stay half undone
            shoot(d, u"conflict-dialog-undo"_s);
            QTest::mouseClick(d->keepTheirsButton(), Qt::LeftButton);
        });
        mine.undoStack()->undo();
        QVERIFY(asked);
        QCOMPARE(PilotRepository(mine.workspace()->database()).pilot(id)->owner, u"Ben Okafor"_s);
        // The edit step is gone; adding the pilot is still undoable.
        QCOMPARE(mine.undoStack()->count(), 1);
        QCOMPARE(mine.undoStack()->index(), 1);
    }

    void dialogReadsInLightAndDark_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void dialogReadsInLightAndDark()
    {
        QFETCH(bool, dark);
        const QPalette before = QApplication::palette();
        if (dark) {
            QPalette p;
            p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
            p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
            p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
            p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
            p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
            p.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
            p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
            QApplication::setPalette(p);
        }
        Conflict c;
        c.kind = Conflict::Kind::Changed;
        c.item = u"pilot “Customer Support onboarding”"_s;
        c.updatedBy = u"ben"_s;
        c.updatedAt = QDateTime(QDate(2026, 11, 29), QTime(8, 42), QTimeZone::utc());
        c.fields = {{u"Name"_s, u"Customer Support onboarding"_s, u"Customer Support onboarding"_s},
                    {u"Cohort"_s, u"New starters in Support"_s, u"New starters in Support"_s},
                    {u"Start date"_s, u"2026-09-21"_s, u"2026-09-28"_s},
                    {u"Duration (weeks)"_s, u"6"_s, u"8"_s},
                    {u"Status"_s, u"running"_s, u"running"_s},
                    {u"Owner"_s, u"Ben Okafor"_s, u"Ana Ruiz"_s}};
        ConflictDialog d(c, Workspace::ConflictContext::Edit);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(d.headline()->text().startsWith(u"ben changed"_s));
        // Differing rows stand out by weight, not colour alone.
        QCOMPARE(d.fields()->topLevelItemCount(), 6);
        int bold = 0;
        for (int i = 0; i < d.fields()->topLevelItemCount(); ++i)
            bold += d.fields()->topLevelItem(i)->font(0).bold() ? 1 : 0;
        QCOMPARE(bold, 3);
        QVERIFY(d.keepTheirsButton()->isDefault());
        shoot(&d, dark ? u"conflict-dialog-dark"_s : u"conflict-dialog-light"_s);
        QApplication::setPalette(before);
    }
};

QTEST_MAIN(TestConflictWindows)
#include "tst_conflictwindows.moc"
