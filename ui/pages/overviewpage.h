#pragma once

#include "page.h"

class QLabel;
class QStackedLayout;
class QTableView;

namespace Uptake {
class EmptyState;
class KpiTile;
class PilotsModel;
struct WorkspaceSummary;

/// Where the program stands: headline figures, the pilots, and the next step of the journey.
class OverviewPage final : public Page
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);
    void setWorkspace(Workspace *workspace, QUndoStack *undoStack) override;

    /// True while figures are being computed in the background.
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void summaryShown();

private:
    void refresh();
    void show(const WorkspaceSummary &summary);

    QLabel *m_title;
    QLabel *m_subtitle;
    KpiTile *m_learners;
    KpiTile *m_weekly;
    KpiTile *m_completion;
    KpiTile *m_events;
    KpiTile *m_failedLogins;
    QLabel *m_nextStep;
    QTableView *m_pilots;
    PilotsModel *m_pilotsModel;
    EmptyState *m_empty;
    QStackedLayout *m_stack;
    QWidget *m_dashboard;
    bool m_loading = false;
    quint64 m_generation = 0;
};

} // namespace Uptake
