#pragma once

// The list models of the "Targets and annotations" editor: a pilot's KPI targets (with the baselines the
// metrics engine measures, handed in as a snapshot) and the marks on its charts.

#include "itemmodels/recordtablemodel.h"
#include "metrics/metrics.h"
#include "storage/targetrepository.h"

#include <QHash>

#include <optional>

Q_DECLARE_METATYPE(Uptake::PilotKpi)
Q_DECLARE_METATYPE(Uptake::AnnotationRecord)

namespace Uptake {

/// How target figures read: rates in percent ("45 %"), other KPIs in their unit ("12.5 learners"), relative
/// targets as a signed change from the baseline ("+20 %"), all through the current QLocale.
namespace TargetFormat {
/// An absolute value of the KPI (a rate as a fraction: 0.45 reads "45 %").
QString value(const Metrics::TargetKpiInfo &kpi, double v);
/// A relative target or change (0.2 reads "+20 %").
QString change(double fraction);
/// A number as people type it into the editor: a rate in percent without the sign ("45"), others as they are.
QString editable(double v, bool percent);
} // namespace TargetFormat

/// A pilot's KPI targets, one row per stored PilotKpi, in the order they were added. The measured baselines
/// come from Metrics::measuredBaselines() (computed off the UI thread) and are shown where a target has no
/// baseline of its own.
class KpiTargetsModel final : public RecordTableModel<PilotKpi>
{
public:
    enum Column { Kpi, Baseline, Mode, Day30, Day60, Day90, Tolerance, ColumnCount };

    explicit KpiTargetsModel(QObject *parent = nullptr);

    /// The measured baselines by KPI key; measuring: they are being computed (the cells say so).
    void setMeasuredBaselines(const QHash<QString, std::optional<double>> &baselines, bool measuring = false);
    bool isMeasuring() const { return m_measuring; }
    /// The measured baseline of kpi; nullopt while measuring or when there was nothing to measure.
    std::optional<double> measuredBaseline(const QString &kpi) const;
    /// The baseline a target is judged from: the entered one, else the measured one.
    std::optional<double> effectiveBaseline(const PilotKpi &kpi) const;
    /// The row of the target of kpi, -1 when the pilot has none.
    int rowOfKpi(const QString &kpi) const;

private:
    QString baselineText(const PilotKpi &k) const;
    QString targetText(const PilotKpi &k, int day) const;

    QHash<QString, std::optional<double>> m_measured;
    bool m_measuring = false;
};

/// The marks on a pilot's charts: its own and the program-wide ones, by date.
class AnnotationsModel final : public RecordTableModel<AnnotationRecord>
{
public:
    enum Column { Date, Kind, Label, Scope, Details, ColumnCount };

    explicit AnnotationsModel(QObject *parent = nullptr);
};

} // namespace Uptake
