#pragma once

#include "domain/result.h"
#include "storage/targetrepository.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QTabWidget;
class QToolButton;
class QUndoStack;

namespace Uptake {
class AnnotationsModel;
class KpiTargetsModel;
class RecordList;
class Workspace;

/// "Targets and annotations" of a pilot: its KPI targets (baseline measured over the four weeks before the start
/// or entered, day-30/60/90 targets absolute or relative to the baseline, tolerance) and the marks on its charts
/// (comms pushes, outages, notes — program-wide or the pilot's own). Every change is one step on the undo stack;
/// a read-only workspace can be looked at, not edited. The measured baselines are computed off the UI thread.
class TargetsDialog final : public QDialog
{
    Q_OBJECT
public:
    enum Tab { KpiTargetsTab = 0, AnnotationsTab = 1 };

    /// pilotId 0: the first pilot of the workspace.
    TargetsDialog(Workspace &workspace, QUndoStack &undoStack, qint64 pilotId, QWidget *parent = nullptr);

    using QDialog::open;
    /// Opens the dialog window-modal on parent, without blocking, for pilotId (0: the first pilot) on tab
    /// (a Tab); it deletes itself when closed. What the Pilot page, the main window and the dashboard call.
    static TargetsDialog *open(QWidget *parent, Workspace &workspace, QUndoStack &undoStack, qint64 pilotId,
                               int tab = KpiTargetsTab);

    qint64 pilotId() const { return m_pilotId; }
    void setPilotId(qint64 pilotId);
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *pilotSelector() const { return m_pilot; }
    KpiTargetsModel *kpiModel() const { return m_kpis; }
    AnnotationsModel *annotationModel() const { return m_annotations; }
    RecordList *kpiList() const { return m_kpiList; }
    RecordList *annotationList() const { return m_annotationList; }

public Q_SLOTS:
    /// Open the form for a new target (or annotation), or for the selected one.
    void addKpi();
    void editSelectedKpi();
    void removeSelectedKpi();
    void addAnnotation();
    void editSelectedAnnotation();
    void removeSelectedAnnotation();

Q_SIGNALS:
    /// The measured baselines of the shown pilot arrived (or could not be measured).
    void baselinesMeasured();

private:
    bool writable() const;
    void reloadPilots();
    void reload();
    void measureBaselines();
    void editKpi(const PilotKpi &kpi);
    void editAnnotation(const AnnotationRecord &annotation);
    void report(const Status &status, const QString &title);

    QPointer<Workspace> m_workspace;
    QUndoStack &m_undoStack;
    qint64 m_pilotId = 0;
    QComboBox *m_pilot;
    QLabel *m_readOnly;
    QTabWidget *m_tabs;
    KpiTargetsModel *m_kpis;
    AnnotationsModel *m_annotations;
    RecordList *m_kpiList;
    RecordList *m_annotationList;
    QLabel *m_baselineNote;
    QToolButton *m_undo;
    QToolButton *m_redo;
    int m_generation = 0;
    bool m_filling = false;
};

} // namespace Uptake
