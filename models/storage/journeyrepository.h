#pragma once

#include "domain/journey.h"
#include "domain/result.h"
#include "storage/rowversions.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace Uptake {

/// A course of the catalogue, as the journey's pickers and guards need it.
struct CatalogueCourse
{
    qint64 id = 0;
    QString name;
    std::optional<double> durationMinutes;
    int contentItems = 0;
    friend bool operator==(const CatalogueCourse &, const CatalogueCourse &) = default;
};

/// A content item of the catalogue.
struct CatalogueContent
{
    qint64 id = 0;
    qint64 courseId = 0;
    QString name;
    int position = 0;
    friend bool operator==(const CatalogueContent &, const CatalogueContent &) = default;
};

/// Reads and writes everything of the guided journey (schema version 4). Every statement is prepared
/// and bound; lists come back in a stable order (position or date, then id).
///
/// save() stores a new item (id 0: a new id is returned) or replaces the stored one with the same id
/// (or the same natural key for items without an id), links included, in one savepoint. remove() deletes
/// by that identity; child rows go with their parent (ON DELETE CASCADE). find() reads the stored version
/// of an item by its identity, nullopt when there is none: what undo commands remember.
///
/// Row versions: an item read from here carries its row's version. save() and remove() of an item with a
/// version write only when the stored row still has it, and otherwise fail with a conflict (Status::isConflict,
/// Conflict::Changed or ::Deleted) carrying what is stored now and what would have been; an item with version 0
/// is written unchecked. Either way a stored row's version moves on.
class JourneyRepository
{
public:
    explicit JourneyRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // --- lists ---------------------------------------------------------------------------------------------
    Result<QList<BaselineSnapshot>> snapshots(qint64 pilotId) const; ///< oldest first
    Result<QList<Interview>> interviews(qint64 pilotId) const;       ///< by date, then name
    Result<QList<Barrier>> barriers(qint64 pilotId) const;           ///< by position, then id
    /// For each barrier of the pilot that interviews mention: how many interviews tag it.
    Result<QHash<qint64, int>> interviewCounts(qint64 pilotId) const;
    /// The built-in categories followed by the user-defined ones in use anywhere, alphabetically.
    Result<QStringList> barrierCategories() const;
    Result<QList<ChecklistItem>> checklist(qint64 pilotId) const; ///< by phase, position, id
    Result<QList<Lever>> levers(qint64 pilotId) const;            ///< by pillar, position, id
    Result<QList<ScopeCourse>> scope(qint64 pilotId) const;       ///< by course name
    Result<QList<PlanCycle>> cycles(qint64 pilotId) const;        ///< by number
    Result<QList<LaunchItem>> launches(qint64 cycleId) const;
    Result<QList<FeedbackItem>> feedback(qint64 cycleId) const;
    Result<QList<Adaptation>> adaptations(qint64 cycleId) const;
    /// Every adaptation of the pilot's cycles, by date (what the dashboard marks on its charts).
    Result<QList<Adaptation>> adaptationsOfPilot(qint64 pilotId) const;
    Result<QList<NormalizeItem>> normalizeItems(qint64 cycleId) const;
    Result<QList<BoardMember>> board() const;
    /// The pilot's decisions and the program-wide ones (pilotId 0: only program-wide), newest first.
    Result<QList<Decision>> decisions(qint64 pilotId) const;
    Result<QList<Release>> releases() const; ///< by planned date
    Result<QList<RetirementRule>> retirementRules() const;
    Result<QList<CourseSuccessor>> successors() const;
    Result<QList<RetirementDecision>> retirementDecisions() const;
    Result<QList<Action>> actions(qint64 pilotId) const; ///< by bucket, due date, position, id

    /// The KPI keys the pilot has targets for (table pilot_kpi), alphabetically.
    Result<QStringList> pilotKpis(qint64 pilotId) const;
    Result<QList<CatalogueCourse>> catalogue() const;                ///< by name
    Result<QList<CatalogueContent>> contents(qint64 courseId) const; ///< by position

    // --- find / save / remove, one overload per entity ----------------------------------------------------------
#define UPTAKE_JOURNEY_ENTITY(T)                                                                                       \
    Result<std::optional<T>> find(const T &key) const;                                                                 \
    Result<qint64> save(const T &item);                                                                                \
    Status remove(const T &item);                                                                                      \
    /** Where item is stored, for RowVersions. */                                                                      \
    static RowVersions::RowRef rowOf(const T &item);
    UPTAKE_JOURNEY_ENTITY(BaselineSnapshot)
    UPTAKE_JOURNEY_ENTITY(Interview)
    UPTAKE_JOURNEY_ENTITY(Barrier)
    UPTAKE_JOURNEY_ENTITY(ChecklistItem)
    UPTAKE_JOURNEY_ENTITY(Lever)
    UPTAKE_JOURNEY_ENTITY(ScopeCourse)
    UPTAKE_JOURNEY_ENTITY(PlanCycle)
    UPTAKE_JOURNEY_ENTITY(LaunchItem)
    UPTAKE_JOURNEY_ENTITY(FeedbackItem)
    UPTAKE_JOURNEY_ENTITY(Adaptation)
    UPTAKE_JOURNEY_ENTITY(NormalizeItem)
    UPTAKE_JOURNEY_ENTITY(BoardMember)
    UPTAKE_JOURNEY_ENTITY(Decision)
    UPTAKE_JOURNEY_ENTITY(Release)
    UPTAKE_JOURNEY_ENTITY(RetirementRule)
    UPTAKE_JOURNEY_ENTITY(CourseSuccessor)
    UPTAKE_JOURNEY_ENTITY(RetirementDecision)
    UPTAKE_JOURNEY_ENTITY(Action)
#undef UPTAKE_JOURNEY_ENTITY

private:
    // What save() and remove() do once the row's version is claimed (see RowVersions).
#define UPTAKE_JOURNEY_ENTITY(T)                                                                                       \
    Result<qint64> saveRow(const T &item);                                                                             \
    Status removeRow(const T &item);
    UPTAKE_JOURNEY_ENTITY(BaselineSnapshot)
    UPTAKE_JOURNEY_ENTITY(Interview)
    UPTAKE_JOURNEY_ENTITY(Barrier)
    UPTAKE_JOURNEY_ENTITY(ChecklistItem)
    UPTAKE_JOURNEY_ENTITY(Lever)
    UPTAKE_JOURNEY_ENTITY(ScopeCourse)
    UPTAKE_JOURNEY_ENTITY(PlanCycle)
    UPTAKE_JOURNEY_ENTITY(LaunchItem)
    UPTAKE_JOURNEY_ENTITY(FeedbackItem)
    UPTAKE_JOURNEY_ENTITY(Adaptation)
    UPTAKE_JOURNEY_ENTITY(NormalizeItem)
    UPTAKE_JOURNEY_ENTITY(BoardMember)
    UPTAKE_JOURNEY_ENTITY(Decision)
    UPTAKE_JOURNEY_ENTITY(Release)
    UPTAKE_JOURNEY_ENTITY(RetirementRule)
    UPTAKE_JOURNEY_ENTITY(CourseSuccessor)
    UPTAKE_JOURNEY_ENTITY(RetirementDecision)
    UPTAKE_JOURNEY_ENTITY(Action)
#undef UPTAKE_JOURNEY_ENTITY

    QSqlDatabase m_db;
};

} // namespace Uptake
