#pragma once

#include "page.h"

#include "domain/journey.h"
#include "domain/pilot.h"
#include "editing/journeycommands.h"
#include "storage/journeyrepository.h"

#include "async.h"

#include <QAtomicInteger>
#include <QMessageBox>
#include <QtConcurrent>

class QComboBox;
class QFrame;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QVBoxLayout;

namespace Uptake {
class ChecklistModel;
class EmptyState;
class JourneyStepper;
class RecordList;

/// Which pilot the journey's pages show. One per workspace (a child of it), shared by every page, so
/// choosing a pilot on one page shows the same pilot on the others.
class PilotSelection final : public QObject
{
    Q_OBJECT
public:
    static PilotSelection *of(Workspace *workspace);
    qint64 pilotId() const { return m_pilotId; }
    void setPilotId(qint64 id);

Q_SIGNALS:
    void changed(qint64 pilotId);

private:
    using QObject::QObject;
    qint64 m_pilotId = 0;
};

/// A page of the guided journey for one phase: a header that shows where the chosen pilot is in the journey
/// (diagnose → design → pilot → govern) and what this phase still has open, a pilot selector when there are
/// several, and the phase's tabs (including its checklist). Pages reload from the workspace's signals.
class JourneyPage : public Page
{
    Q_OBJECT
public:
    JourneyPage(Phase phase, const QString &title, const QString &lead, QWidget *parent = nullptr);
    void setWorkspace(Workspace *workspace, QUndoStack *undoStack) override;

    qint64 pilotId() const { return m_pilot.id; }
    const Pilot &pilot() const { return m_pilot; }
    QTabWidget *tabs() const { return m_tabs; }
    RecordList *checklist() const { return m_checklistList; }
    ChecklistModel *checklistModel() const { return m_checklistModel; }
    QComboBox *pilotSelector() const { return m_pilotCombo; }
    QLabel *statusLabel() const { return m_status; }
    /// Starts the chosen pilot's journey from the method's templates (checklist, levers, 30/60/90 plan).
    void applyTemplate();

protected:
    /// Reads the phase's lists for pilot() (called after every journey, data or pilot change).
    virtual void reloadJourney() = 0;
    /// False for a page that is useful without any pilot (the Pilot page, which creates them).
    virtual bool needsPilot() const { return true; }
    void addChecklistTab();
    void selectPilot(qint64 id);
    QList<Pilot> pilots() const { return m_pilots; }

    bool writable() const;
    JourneyRepository repository() const;
    static QDate today() { return QDate::currentDate(); }
    /// Shows why an edit failed; true when it did not.
    bool report(const Status &status, const QString &title);

    template<typename T>
    Status add(const T &item, qint64 *newId = nullptr)
    {
        if (!workspace() || !undoStack())
            return Status::failure(tr("No workspace is open."));
        return Editing::addItem(*undoStack(), *workspace(), item, newId);
    }
    template<typename T>
    Status edit(const T &item)
    {
        if (!workspace() || !undoStack())
            return Status::failure(tr("No workspace is open."));
        return Editing::editItem(*undoStack(), *workspace(), item);
    }
    template<typename T>
    void remove(const T &item, const QString &title)
    {
        if (workspace() && undoStack())
            report(Editing::removeItem(*undoStack(), *workspace(), item), title);
    }

    /// Runs work(db) on a worker thread with its own read-only connection; done(result) runs here if the
    /// same workspace is still open and no newer request of the same key was made since.
    /// Waits until the page is shown (Page::whenShown).
    template<typename R, typename Work, typename Done>
    void inBackground(const QString &key, Work work, Done done)
    {
        if (!workspace())
            return;
        if (!isVisible()) {
            whenShown(key, [this, key, work, done] { inBackground<R>(key, work, done); });
            return;
        }
        const QString path = workspace()->path();
        const int generation = ++m_generations[key];
        const QString connection = nextConnectionName();
        auto future = QtConcurrent::run([path, connection, work]() -> R {
            R result = R::failure(QString());
            {
                auto db = Workspace::openConnection(path, connection, Workspace::Access::ReadOnly);
                if (!db)
                    result = R::failure(db.error());
                else
                    result = work(*db);
            }
            Workspace::closeConnection(connection);
            return result;
        });
        whenReady(future, this, [this, path, key, generation, done](const R &result) {
            if (!workspace() || workspace()->path() != path || m_generations.value(key) != generation)
                return;
            done(result);
        });
    }

    QVBoxLayout *headerLayout() const { return m_headerLayout; }
    /// A connection name no other background job uses, in this process.
    static QString nextConnectionName();

private:
    void reload();
    void updateHeader(const QList<ChecklistItem> &all);

    Phase m_phase;
    Pilot m_pilot;
    QList<Pilot> m_pilots;
    QVBoxLayout *m_headerLayout;
    JourneyStepper *m_stepper;
    QLabel *m_pilotLabel;
    QComboBox *m_pilotCombo;
    QLabel *m_status;
    QFrame *m_templateBanner;
    QPushButton *m_templateButton;
    QStackedWidget *m_body;
    QTabWidget *m_tabs;
    EmptyState *m_noPilot;
    ChecklistModel *m_checklistModel;
    RecordList *m_checklistList = nullptr;
    QHash<QString, int> m_generations;
    bool m_reloading = false;
};

} // namespace Uptake
