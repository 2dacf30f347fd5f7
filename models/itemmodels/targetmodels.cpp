#include "targetmodels.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Uptake {

namespace {

QString trt(const char *text)
{
    return QCoreApplication::translate("Uptake::TargetModels", text);
}

/// Whole numbers without decimals, others with one (two below 1), as people write them.
QString number(double v)
{
    const double rounded = std::round(v);
    if (std::abs(v - rounded) < 1e-9)
        return QLocale().toString(rounded, 'f', 0);
    return QLocale().toString(v, 'f', std::abs(v) < 1 ? 2 : 1);
}

/// A display-only column. (Built here rather than braced in place: GCC 12 trips over ColumnSpec's default member
/// initialisers inside a braced list.)
template<typename T>
typename RecordTableModel<T>::ColumnSpec column(const QString &header, std::function<QVariant(const T &, int)> data)
{
    return {header, std::move(data)};
}

std::optional<Metrics::TargetKpiInfo> infoOf(const QString &key)
{
    return Metrics::targetKpiInfo(key);
}

} // namespace

namespace TargetFormat {

QString value(const Metrics::TargetKpiInfo &kpi, double v)
{
    if (kpi.isRate)
        return number(v * 100.0) + QLocale().percent();
    return kpi.unit.isEmpty() ? number(v) : trt("%1 %2").arg(number(v), kpi.unit);
}

QString change(double fraction)
{
    const QLocale l;
    const QString n = number(std::abs(fraction) * 100.0) + l.percent();
    return (fraction < 0 ? l.negativeSign() : l.positiveSign()) + n;
}

QString editable(double v, bool percent)
{
    const double x = percent ? v * 100.0 : v;
    // Enough decimals to give back what was stored, no trailing zeros, no group separators.
    QLocale l;
    l.setNumberOptions(QLocale::OmitGroupSeparator);
    return l.toString(x, 'g', 12);
}

} // namespace TargetFormat

KpiTargetsModel::KpiTargetsModel(QObject *parent)
    : RecordTableModel<PilotKpi>(parent)
{
    setColumns({
        column<PilotKpi>(trt("KPI"),
                         [](const PilotKpi &k, int role) -> QVariant {
                             if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
                                 return {};
                             const auto info = infoOf(k.kpi);
                             if (!info)
                                 return role == Qt::DisplayRole ? k.kpi : trt("Uptake cannot measure “%1”.").arg(k.kpi);
                             if (role == Qt::ToolTipRole)
                                 return info->higherIsBetter ? trt("%1 — higher is better").arg(info->label)
                                                             : trt("%1 — lower is better").arg(info->label);
                             return info->label;
                         }),
        column<PilotKpi>(trt("Baseline"),
                         [this](const PilotKpi &k, int role) -> QVariant {
                             if (role == Qt::DisplayRole)
                                 return baselineText(k);
                             if (role == Qt::ToolTipRole)
                                 return k.baseline ? trt("Entered by hand; the measured baseline is not used.")
                                                   : trt("Measured over the four weeks before the pilot's start.");
                             return {};
                         }),
        column<PilotKpi>(trt("Targets are"),
                         [](const PilotKpi &k, int role) -> QVariant {
                             if (role != Qt::DisplayRole)
                                 return {};
                             return k.mode == PilotKpi::Mode::Relative ? trt("Relative to baseline") : trt("Absolute");
                         }),
        column<PilotKpi>(trt("Day 30"),
                         [this](const PilotKpi &k, int role) -> QVariant {
                             return role == Qt::DisplayRole ? QVariant(targetText(k, 30)) : QVariant();
                         }),
        column<PilotKpi>(trt("Day 60"),
                         [this](const PilotKpi &k, int role) -> QVariant {
                             return role == Qt::DisplayRole ? QVariant(targetText(k, 60)) : QVariant();
                         }),
        column<PilotKpi>(trt("Day 90"),
                         [this](const PilotKpi &k, int role) -> QVariant {
                             return role == Qt::DisplayRole ? QVariant(targetText(k, 90)) : QVariant();
                         }),
        column<PilotKpi>(
            trt("Tolerance"),
            [](const PilotKpi &k, int role) -> QVariant {
                if (role == Qt::DisplayRole)
                    return trt("%1 of the gap").arg(number(k.tolerance * 100.0) + QLocale().percent());
                if (role == Qt::ToolTipRole)
                    return trt("A checkpoint missed by no more than this share of the gap from baseline to target is "
                               "“at risk”; a bigger miss is “off track”.");
                return {};
            }),
    });
}

void KpiTargetsModel::setMeasuredBaselines(const QHash<QString, std::optional<double>> &baselines, bool measuring)
{
    m_measured = baselines;
    m_measuring = measuring;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

std::optional<double> KpiTargetsModel::measuredBaseline(const QString &kpi) const
{
    return m_measuring ? std::nullopt : m_measured.value(kpi);
}

std::optional<double> KpiTargetsModel::effectiveBaseline(const PilotKpi &kpi) const
{
    return kpi.baseline ? kpi.baseline : measuredBaseline(kpi.kpi);
}

int KpiTargetsModel::rowOfKpi(const QString &kpi) const
{
    for (qsizetype i = 0; i < items().size(); ++i)
        if (items().at(i).kpi == kpi)
            return int(i);
    return -1;
}

QString KpiTargetsModel::baselineText(const PilotKpi &k) const
{
    const auto info = infoOf(k.kpi);
    if (!info)
        return k.baseline ? number(*k.baseline) : QString();
    if (k.baseline)
        return trt("%1 (entered)").arg(TargetFormat::value(*info, *k.baseline));
    if (m_measuring)
        return trt("measuring…");
    const auto measured = m_measured.value(k.kpi);
    return measured ? trt("%1 (measured)").arg(TargetFormat::value(*info, *measured)) : trt("no data to measure");
}

QString KpiTargetsModel::targetText(const PilotKpi &k, int day) const
{
    const auto target = k.target(day);
    if (!target)
        return trt("—");
    const auto info = infoOf(k.kpi);
    if (!info)
        return number(*target);
    if (k.mode == PilotKpi::Mode::Absolute)
        return TargetFormat::value(*info, *target);
    const auto base = effectiveBaseline(k);
    if (!base)
        return TargetFormat::change(*target);
    return trt("%1 → %2").arg(TargetFormat::change(*target), TargetFormat::value(*info, *base * (1.0 + *target)));
}

AnnotationsModel::AnnotationsModel(QObject *parent)
    : RecordTableModel<AnnotationRecord>(parent)
{
    setColumns({
        column<AnnotationRecord>(trt("Date"),
                                 [](const AnnotationRecord &a, int role) -> QVariant {
                                     if (role == Qt::DisplayRole)
                                         return QLocale().toString(a.date, QLocale::ShortFormat);
                                     if (role == Qt::ToolTipRole)
                                         return QLocale().toString(a.date, QLocale::LongFormat);
                                     return {};
                                 }),
        column<AnnotationRecord>(trt("Kind"),
                                 [](const AnnotationRecord &a, int role) -> QVariant {
                                     return role == Qt::DisplayRole
                                                ? QVariant(TargetRepository::annotationKindLabel(a.kind))
                                                : QVariant();
                                 }),
        column<AnnotationRecord>(trt("Label"),
                                 [](const AnnotationRecord &a, int role) -> QVariant {
                                     return role == Qt::DisplayRole ? QVariant(a.label) : QVariant();
                                 }),
        column<AnnotationRecord>(trt("Shown on"),
                                 [](const AnnotationRecord &a, int role) -> QVariant {
                                     if (role != Qt::DisplayRole)
                                         return {};
                                     return a.pilotId ? trt("This pilot") : trt("Every pilot");
                                 }),
        column<AnnotationRecord>(trt("Details"),
                                 [](const AnnotationRecord &a, int role) -> QVariant {
                                     if (role == Qt::DisplayRole)
                                         return QString(a.details).replace(u'\n', u' ');
                                     if (role == Qt::ToolTipRole)
                                         return a.details;
                                     return {};
                                 }),
    });
}

} // namespace Uptake
