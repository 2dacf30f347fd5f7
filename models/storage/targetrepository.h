#pragma once

// The pilot's KPI targets (table pilot_kpi) and the marks on the charts (table annotation), schema version 3.

#include "domain/result.h"
#include "storage/rowversions.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Uptake {

/// One KPI of a pilot with its baseline and its day-30/60/90 targets.
struct PilotKpi
{
    enum class Mode { Absolute, Relative };

    qint64 id = 0;
    qint64 pilotId = 0;
    QString kpi;                    ///< a metric key: active_rate, weekly_active_users, completion_rate, …
    std::optional<double> baseline; ///< nullopt: measured over the four weeks before the pilot's start
    Mode mode = Mode::Absolute;     ///< Relative: a target of 0.25 means baseline × 1.25
    std::optional<double> target30, target60, target90;
    double tolerance = 0.1; ///< share of the gap from baseline to target a miss may have and stay "at risk"

    std::optional<double> target(int day) const
    {
        return day == 30 ? target30 : day == 60 ? target60 : day == 90 ? target90 : std::nullopt;
    }
    RowVersion rowVersion = {}; ///< the stored row's version when read (see domain/conflict.h)

    friend bool operator==(const PilotKpi &, const PilotKpi &) = default;
};

/// A mark on the charts: the pilot's start, an adaptation, a comms push, an outage or a note of the user's own.
struct AnnotationRecord
{
    qint64 id = 0;
    qint64 pilotId = 0; ///< 0: shown on every pilot's charts
    QDate date;
    QString kind = QStringLiteral("note"); ///< pilot_start, adaptation, comms, outage, note
    QString label;
    QString details;
    RowVersion rowVersion = {}; ///< the stored row's version when read (see domain/conflict.h)

    friend bool operator==(const AnnotationRecord &, const AnnotationRecord &) = default;
};

/// Reads and writes pilot_kpi and annotation. Every statement is prepared and bound.
class TargetRepository
{
public:
    explicit TargetRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    /// The annotation kinds the schema accepts, in the order menus show them.
    static QStringList annotationKinds();
    /// A kind's name for people, translated.
    static QString annotationKindLabel(const QString &kind);

    // --- KPI targets ---------------------------------------------------------------------------------------
    Result<QList<PilotKpi>> kpis(qint64 pilotId) const; ///< in the order they were added
    Result<PilotKpi> kpi(qint64 id) const;
    /// The stored KPI with that id; nullopt when there is none (what undo commands remember).
    Result<std::optional<PilotKpi>> findKpi(qint64 id) const;
    /// Stores a new KPI (id 0: the new id is returned) or stores it under its id, replacing the stored one
    /// (or recreating it when it was deleted: undo keeps ids).
    /// Checks the row version like JourneyRepository::save() (a KPI with a version conflicts when the stored one
    /// moved on).
    Result<qint64> saveKpi(const PilotKpi &kpi);
    /// readVersion: the version the KPI was read at (0: delete whatever is stored).
    Status removeKpi(qint64 id, qint64 readVersion = 0);
    /// Where a KPI or annotation is stored, for RowVersions.
    static RowVersions::RowRef rowOf(const PilotKpi &kpi);
    static RowVersions::RowRef rowOf(const AnnotationRecord &annotation);
    /// A KPI needs a pilot and a key unique within the pilot; targets and baseline are finite numbers, relative
    /// targets above −100%, the tolerance not negative.
    Status validate(const PilotKpi &kpi) const;

    // --- annotations ---------------------------------------------------------------------------------------
    /// The marks of a pilot's charts (its own and the program-wide ones; pilotId 0: program-wide only) in
    /// [from, to] (an invalid date leaves that end open), by date then id.
    Result<QList<AnnotationRecord>> annotations(qint64 pilotId, const QDate &from = {}, const QDate &to = {}) const;
    Result<AnnotationRecord> annotation(qint64 id) const;
    Result<std::optional<AnnotationRecord>> findAnnotation(qint64 id) const;
    /// Like saveKpi(): id 0 adds, an id stores under that id.
    Result<qint64> saveAnnotation(const AnnotationRecord &annotation);
    Status removeAnnotation(qint64 id, qint64 readVersion = 0);
    Status validate(const AnnotationRecord &annotation) const;

private:
    Result<qint64> writeKpi(const PilotKpi &kpi);
    Result<qint64> writeAnnotation(const AnnotationRecord &annotation);
    QSqlDatabase m_db;
};

} // namespace Uptake
