#pragma once

#include "domain/pilot.h"
#include "domain/result.h"

#include <QUndoCommand>

namespace Uptake {
class Workspace;

/// Undoable edits of pilots. Each edit is validated first and written at once (there is no unsaved
/// state); undo and redo write again. Use the free functions: they refuse an invalid edit with a message
/// instead of pushing a command that cannot apply.
namespace Editing {

/// Adds a pilot; on success the new pilot's id is stored in *newId (when given).
Status addPilot(QUndoStack &stack, Workspace &workspace, const Pilot &pilot, qint64 *newId = nullptr);
Status editPilot(QUndoStack &stack, Workspace &workspace, const Pilot &changed);
Status removePilot(QUndoStack &stack, Workspace &workspace, qint64 pilotId);

} // namespace Editing
} // namespace Uptake
