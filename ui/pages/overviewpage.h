#pragma once

#include "page.h"

#include "metrics/metrics.h"

#include <atomic>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStackedLayout;
class QTableWidget;

namespace Uptake {
class BarChart;
class ChartFrame;
class EmptyState;
class GridView;
class HistogramChart;
class KpiTile;
class ScatterChart;
class TrendChart;
struct WorkspaceSummary;

/// The dashboard: is the pilot working, and where is it not? KPI tiles against the 30/60/90-day targets and
/// the charts of every adoption metric, for a pilot, a cohort and a date window, computed off the UI thread.
class OverviewPage final : public Page
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);
    void setWorkspace(Workspace *workspace, QUndoStack *undoStack) override;

    /// True while figures are being computed in the background.
    bool isLoading() const { return m_loading; }
    /// The filter the charts show (for tests and exports).
    Metrics::Filter filter() const;
    const Metrics::MetricSet &metrics() const { return m_metrics; }
    /// For tests: choose a pilot by name ("" = all learners) and a cohort; recomputes.
    void choose(const QString &pilot, const QString &attribute = {}, const QString &value = {});
    QList<ChartFrame *> charts() const { return m_frames; }
    /// The comparison group's line on the trend chart (empty without a pilot).
    QList<Metrics::Week> comparisonLine() const { return m_comparisonLine; }

Q_SIGNALS:
    void summaryShown();
    void metricsShown();
    /// Figures are on the page: the first partsDone parts of the metric set (Metrics::PartCount: all).
    void figuresShown(int partsDone);
    /// Loading ended: every figure is shown, the workspace has no data to show, or an error is.
    void settled();

private:
    void refresh();
    void show(const WorkspaceSummary &summary);
    void fillFilters(const WorkspaceSummary &summary);
    void recompute();
    /// Shows the first partsDone parts of set (Metrics::Part order); the rest say they are being computed.
    void showMetrics(const Metrics::MetricSet &set, int partsDone);
    void showLearnersBehind(const QDate &week, const QString &course);
    void updateInterventionButtons();
    /// Asks for the details of an action (suggested title given) and adds it to the chosen pilot's plan.
    void planIntervention(const QString &suggestion);

    QLabel *m_title;
    QLabel *m_subtitle;
    QComboBox *m_pilot;
    QComboBox *m_attribute;
    QComboBox *m_value;
    QLabel *m_valueLabel = nullptr;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_activity;
    QLabel *m_status;
    KpiTile *m_learners;
    KpiTile *m_weekly;
    KpiTile *m_completion;
    KpiTile *m_firstCompletion;
    KpiTile *m_learningTime;
    KpiTile *m_correlation;
    QLabel *m_nextStep;
    TrendChart *m_trend;
    BarChart *m_byCourse;
    BarChart *m_dropOff;
    HistogramChart *m_histogram;
    ScatterChart *m_scatter;
    GridView *m_heatmap;
    GridView *m_retention;
    QTableWidget *m_underEngaged;
    QTableWidget *m_stopped;
    QPushButton *m_planGroup = nullptr;
    QPushButton *m_planWinBack = nullptr;
    QList<ChartFrame *> m_frames;
    EmptyState *m_empty;
    QStackedLayout *m_stack;
    QWidget *m_dashboard;
    Metrics::MetricSet m_metrics;
    QList<Metrics::Week> m_comparisonLine;
    QDate m_dataFirst, m_dataLast;
    bool m_loading = false;
    void finishLoading();
    bool m_filling = false;
    quint64 m_generation = 0;
    quint64 m_metricsGeneration = 0;
    std::shared_ptr<std::atomic_bool> m_cancelMetrics;
};

} // namespace Uptake
