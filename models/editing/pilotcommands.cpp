#include "pilotcommands.h"

#include "storage/pilotrepository.h"
#include "storage/workspace.h"

#include <QCoreApplication>

namespace Uptake::Editing {

namespace {

/// Puts a pilot in the workspace (insert) or takes it out (remove); undo does the opposite.
/// The pilot keeps its id across undo/redo so later commands on the stack still refer to it.
class InsertRemovePilot final : public QUndoCommand
{
public:
    InsertRemovePilot(Workspace &ws, Pilot pilot, bool insert, const QString &text)
        : QUndoCommand(text)
        , m_ws(ws)
        , m_pilot(std::move(pilot))
        , m_insert(insert)
    {}
    void redo() override { apply(m_insert); }
    void undo() override { apply(!m_insert); }

private:
    void apply(bool insert)
    {
        PilotRepository repo(m_ws.database());
        if (insert) {
            if (auto id = repo.insert(m_pilot))
                m_pilot.id = *id;
            else
                qWarning("Could not insert a pilot during undo/redo: %s", qPrintable(id.error()));
        } else if (auto s = repo.remove(m_pilot.id); !s) {
            qWarning("Could not remove a pilot during undo/redo: %s", qPrintable(s.error()));
        }
        m_ws.notifyPilotsChanged();
    }
    Workspace &m_ws;
    Pilot m_pilot;
    bool m_insert;
};

class UpdatePilot final : public QUndoCommand
{
public:
    UpdatePilot(Workspace &ws, Pilot before, Pilot after)
        : QUndoCommand(QCoreApplication::translate("Uptake::Editing", "Edit pilot “%1”").arg(after.name))
        , m_ws(ws)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}
    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

private:
    void apply(const Pilot &p)
    {
        if (auto s = PilotRepository(m_ws.database()).update(p); !s)
            qWarning("Could not update a pilot during undo/redo: %s", qPrintable(s.error()));
        m_ws.notifyPilotsChanged();
    }
    Workspace &m_ws;
    Pilot m_before;
    Pilot m_after;
};

} // namespace

Status addPilot(QUndoStack &stack, Workspace &workspace, const Pilot &pilot, qint64 *newId)
{
    if (workspace.isReadOnly())
        return Status::failure(QCoreApplication::translate("Uptake::Editing", "The workspace is open read-only."));
    Pilot p = pilot;
    p.id = 0;
    p.name = p.name.trimmed();
    if (auto s = PilotRepository(workspace.database()).validate(p); !s)
        return s;
    auto *cmd = new InsertRemovePilot(workspace, p, true,
                                      QCoreApplication::translate("Uptake::Editing", "Add pilot “%1”").arg(p.name));
    stack.push(cmd);
    if (newId) {
        auto stored = PilotRepository(workspace.database()).pilotByName(p.name);
        *newId = stored ? stored->id : 0;
    }
    return {};
}

Status editPilot(QUndoStack &stack, Workspace &workspace, const Pilot &changed)
{
    if (workspace.isReadOnly())
        return Status::failure(QCoreApplication::translate("Uptake::Editing", "The workspace is open read-only."));
    PilotRepository repo(workspace.database());
    auto before = repo.pilot(changed.id);
    if (!before)
        return Status::failure(before.error());
    Pilot after = changed;
    after.name = after.name.trimmed();
    if (after == *before)
        return {};
    if (auto s = repo.validate(after); !s)
        return s;
    stack.push(new UpdatePilot(workspace, *before, after));
    return {};
}

Status removePilot(QUndoStack &stack, Workspace &workspace, qint64 pilotId)
{
    if (workspace.isReadOnly())
        return Status::failure(QCoreApplication::translate("Uptake::Editing", "The workspace is open read-only."));
    auto pilot = PilotRepository(workspace.database()).pilot(pilotId);
    if (!pilot)
        return Status::failure(pilot.error());
    stack.push(
        new InsertRemovePilot(workspace, *pilot, false,
                              QCoreApplication::translate("Uptake::Editing", "Delete pilot “%1”").arg(pilot->name)));
    return {};
}

} // namespace Uptake::Editing
