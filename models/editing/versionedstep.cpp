#include "versionedstep.h"

#include "storage/dialect.h"
#include "storage/workspace.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Uptake::Editing {

VersionedStep::VersionedStep(Workspace &ws, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_ws(ws)
{}

void VersionedStep::run(bool forward)
{
    const QList<qint64> before = expectations();
    auto attempt = [&](bool force) {
        Dialect::Savepoint step(m_ws.database(), u"undo_step"_s);
        if (!step.isOpen())
            return Status::failure(step.error());
        Status s = apply(forward, force);
        if (s && !step.release())
            s = Status::failure(step.error());
        if (!s) {
            step.rollback();
            restore(before);
        }
        return s;
    };
    Status s = attempt(false);
    if (!s && s.isConflict()) {
        const ConflictChoice choice = m_ws.resolveConflict(s.conflict(), Workspace::ConflictContext::UndoRedo);
        if (choice == ConflictChoice::Overwrite) {
            s = attempt(true);
        } else {
            setObsolete(true);
            s = Status();
        }
    }
    if (!s) {
        // Nothing of the step was written: drop it, so the stack keeps describing the stored state.
        qWarning("Could not apply “%s” during undo/redo: %s", qPrintable(text()), qPrintable(s.error()));
        setObsolete(true);
    }
    m_hasRun = true;
    notify();
}

qint64 VersionedStep::expectedVersion(const QString &rowKey, qint64 stepExpects) const
{
    const qint64 seen = m_ws.seenVersion(rowKey, stepExpects);
    if (m_hasRun)
        return seen;
    return stepExpects == 0 ? 0 : std::max(seen, stepExpects);
}

qint64 ownVersion(const Workspace &ws, const QString &rowKey, qint64 readVersion)
{
    return readVersion > 0 ? std::max(readVersion, ws.seenVersion(rowKey, 0)) : readVersion;
}

Status keptForEditing(const Status &conflict)
{
    if (!conflict.isConflict())
        return conflict;
    return Status::conflictFailure(
        QCoreApplication::translate("Uptake::Editing", "%1 Nothing was saved; your changes are still here.")
            .arg(conflict.error()),
        conflict.conflict());
}

} // namespace Uptake::Editing
