#pragma once

#include "journeypage.h"

#include "journey/analysis.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedLayout;
class QStandardItemModel;
class QTableView;

namespace Uptake {
class ActionsModel;
class AdaptationsModel;
class CyclesModel;
class EmptyState;
class FeedbackModel;
class PilotsModel;
class SprintTimeline;

/// The Pilot phase: the program's pilots (create, edit, delete — undoable) with the chosen pilot's details,
/// its sprint week by week, its PLAN cycles with their four steps (launch, listen, adapt with measured
/// effect, normalize) and the 30/60/90-day plan.
class PilotPage final : public JourneyPage
{
    Q_OBJECT
public:
    explicit PilotPage(QWidget *parent = nullptr);

    PilotsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    RecordList *cycleList() const { return m_cycleList; }
    RecordList *launchList() const { return m_launchList; }
    RecordList *feedbackList() const { return m_feedbackList; }
    RecordList *adaptationList() const { return m_adaptationList; }
    RecordList *normalizeList() const { return m_normalizeList; }
    RecordList *actionList() const { return m_actionList; }
    AdaptationsModel *adaptationsModel() const { return m_adaptations; }
    QLabel *themeLabel() const { return m_themes; }

public Q_SLOTS:
    void addPilot();
    void editSelected();
    void deleteSelected();
    /// Opens "Targets and annotations" for the selected pilot.
    void editTargets();

Q_SIGNALS:
    /// The measured effects of the shown cycle's adaptations arrived.
    void effectsMeasured();

protected:
    void reloadJourney() override;
    bool needsPilot() const override { return false; }

private:
    void reloadPilots();
    void updateDetails();
    void reloadCycle();
    qint64 selectedId() const;
    qint64 cycleId() const;
    void editCycle(const PlanCycle &cycle);
    void editLaunch(const LaunchItem &item);
    void editFeedback(const FeedbackItem &item);
    void editAdaptation(const Adaptation &item);
    void editNormalize(const NormalizeItem &item);
    void editAction(const Action &action);

    PilotsModel *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_targets;
    QLabel *m_details;
    EmptyState *m_empty;
    QStackedLayout *m_stack;
    QWidget *m_list;

    SprintTimeline *m_timeline;
    CyclesModel *m_cycles;
    RecordList *m_cycleList;
    QTabWidget *m_steps;
    QStandardItemModel *m_launchModel;
    RecordList *m_launchList;
    FeedbackModel *m_feedback;
    RecordList *m_feedbackList;
    QLabel *m_themes;
    AdaptationsModel *m_adaptations;
    RecordList *m_adaptationList;
    QStandardItemModel *m_normalizeModel;
    RecordList *m_normalizeList;
    ActionsModel *m_actions;
    RecordList *m_actionList;
    QList<QProgressBar *> m_buckets;
    QPushButton *m_templatePlan;

    QList<PlanCycle> m_cycleItems;
    QList<LaunchItem> m_launchItems;
    QList<NormalizeItem> m_normalizeItems;
    QList<Lever> m_levers;
    QList<Barrier> m_barriers;
    bool m_syncing = false;
};

} // namespace Uptake
