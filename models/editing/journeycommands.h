#pragma once

#include "domain/journey.h"
#include "domain/pilot.h"
#include "domain/result.h"
#include "storage/targetrepository.h"

#include <QUndoCommand>

namespace Uptake {
class Workspace;

/// Undoable edits of everything in the guided journey. Like the pilot commands: each edit is checked by
/// storing it inside a savepoint that is rolled back (so the schema's constraints and the repository's rules
/// both speak before anything is pushed), then pushed, which writes it at once. Undo and redo write the stored
/// state back; items keep their ids across undo/redo so later commands on the stack still refer to them.
///
/// T is any entity JourneyRepository stores: BaselineSnapshot, Interview, Barrier, ChecklistItem, Lever,
/// ScopeCourse, PlanCycle, LaunchItem, FeedbackItem, Adaptation, NormalizeItem, BoardMember, Decision, Release,
/// RetirementRule, CourseSuccessor, RetirementDecision, Action — and the two TargetRepository stores, PilotKpi
/// and AnnotationRecord, whose edits emit Workspace::targetsChanged instead of journeyChanged.
///
/// Removing an item that others point to is one undo step together with unlinking them, so undo restores
/// the links as well: a barrier (interviews, levers and actions that name it), a lever (actions), a piece of
/// feedback (adaptations answering it), a PLAN cycle (its launches, feedback, adaptations and scaled items).
namespace Editing {

/// Adds item (any id it carries is ignored); the stored id (for ScopeCourse/CourseSuccessor/
/// RetirementDecision: the course id) goes to *newId when given.
template<typename T>
Status addItem(QUndoStack &stack, Workspace &workspace, const T &item, qint64 *newId = nullptr);
/// Replaces the stored item with the same identity by changed; nothing is pushed when nothing changed.
/// For items keyed by course (ScopeCourse, CourseSuccessor, RetirementDecision, RetirementRule by id) a
/// missing item is added instead.
template<typename T>
Status editItem(QUndoStack &stack, Workspace &workspace, const T &changed);
template<typename T>
Status removeItem(QUndoStack &stack, Workspace &workspace, const T &item);

/// Starts a pilot's journey from the method's templates (journey/templates.h) as one undo step: the default
/// checklist, the built-in levers of every pillar (none chosen yet) and the 30/60/90-day action plan dated
/// from the pilot's start. Refused when the pilot already has a checklist, levers or actions.
Status applyJourneyTemplate(QUndoStack &stack, Workspace &workspace, const Pilot &pilot);

} // namespace Editing
} // namespace Uptake
