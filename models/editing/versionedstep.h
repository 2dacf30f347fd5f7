#pragma once

#include "domain/result.h"

#include <QList>
#include <QUndoCommand>

namespace Uptake {
class Workspace;

namespace Editing {

/// An undo step whose writes name the row versions they expect, so that undoing or redoing an item someone else
/// changed (or deleted, or added) meanwhile is a conflict and never a silent overwrite. A step is applied in one
/// transaction; on a conflict it is rolled back and the workspace's resolver decides: Overwrite applies it again
/// over what is stored now, KeepTheirs leaves the stored state alone and drops the step from the stack
/// (QUndoCommand::setObsolete), since it no longer describes how the workspace got where it is.
class VersionedStep : public QUndoCommand
{
public:
    VersionedStep(Workspace &ws, const QString &text, QUndoCommand *parent = nullptr);
    void redo() final { run(true); }
    void undo() final { run(false); }

    /// Writes the step forward (redo) or backward (undo). force: over whatever is stored, without checks.
    virtual Status apply(bool forward, bool force) = 0;
    /// The versions the step expects to find stored, to put back when an attempt is rolled back.
    virtual QList<qint64> expectations() const = 0;
    virtual void restore(const QList<qint64> &versions) = 0;

protected:
    /// Tells the views what changed.
    virtual void notify() = 0;
    /// False during the step's first redo (its push): that write must check against the version the edit was
    /// checked against (possibly the one its editor chose to overwrite), not the one this window last wrote.
    bool hasRun() const { return m_hasRun; }
    /// The version a write of rowKey must find stored. Once the step has run: the one this window last wrote.
    /// On its first run: the one the edit was checked against, or this window's own later write if newer (row
    /// versions only grow); never the window's older write over a version its editor chose to overwrite.
    qint64 expectedVersion(const QString &rowKey, qint64 stepExpects) const;
    Workspace &m_ws;

private:
    void run(bool forward);
    bool m_hasRun = false;
};

/// The version an edit of rowKey, read at readVersion, is checked against: this window's own last write of the
/// row when that is newer. A window's saves never conflict with each other (a list still holding the copy it
/// saved a moment ago, a form filled before the window's previous save of the same item); anyone else's write
/// since moved the stored version past the window's own and still conflicts. 0 (a write that checks nothing)
/// stays 0.
qint64 ownVersion(const Workspace &ws, const QString &rowKey, qint64 readVersion);

/// The conflict of an edit its editor chose to cancel: the message says that nothing was saved and the edit is
/// still there (to save again, which asks again, or to drop).
Status keptForEditing(const Status &conflict);

} // namespace Editing
} // namespace Uptake
