#pragma once

#include "domain/pilot.h"
#include "domain/result.h"

#include <QUndoCommand>

namespace Uptake {
class Workspace;

/// Undoable edits of pilots. Each edit is validated first and written at once (there is no unsaved
/// state); undo and redo write again. Edits carry the row version the pilot was read at: when someone else
/// changed or deleted it meanwhile, the workspace's conflict resolver decides (Workspace::resolveConflict):
/// KeepTheirs returns success without writing, Cancel returns the conflict (the form keeps the edit),
/// Overwrite stores the edit over theirs. Undo and redo check versions too (see VersionedStep). Use the free functions:
/// they refuse an invalid edit with a message instead of pushing a command that cannot apply.
namespace Editing {

/// Adds a pilot; on success the new pilot's id is stored in *newId (when given).
Status addPilot(QUndoStack &stack, Workspace &workspace, const Pilot &pilot, qint64 *newId = nullptr);
Status editPilot(QUndoStack &stack, Workspace &workspace, const Pilot &changed);
/// readVersion: the version the pilot was read at (0: delete whatever is stored).
Status removePilot(QUndoStack &stack, Workspace &workspace, qint64 pilotId, qint64 readVersion = 0);

} // namespace Editing
} // namespace Uptake
