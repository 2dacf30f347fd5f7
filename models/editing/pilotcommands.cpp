#include "pilotcommands.h"

#include "versionedstep.h"

#include "storage/dialect.h"
#include "storage/pilotrepository.h"
#include "storage/rowversions.h"
#include "storage/workspace.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Uptake::Editing {

namespace {

qint64 storedVersion(const QSqlDatabase &db, const Pilot &p)
{
    auto v = RowVersions::storedVersion(db, PilotRepository::rowOf(p));
    return v ? *v : 0;
}

/// Stores p (under its id) whatever is stored there now: an update, or an insert when the row is gone.
Status overwrite(const QSqlDatabase &db, Pilot p)
{
    PilotRepository repo(db);
    p.rowVersion.value = 0;
    if (p.id != 0 && storedVersion(db, p) > 0)
        return repo.update(p);
    auto id = repo.insert(p);
    return id ? Status() : Status::failureOf(id);
}

/// Puts a pilot in the workspace (insert) or takes it out (remove); undo does the opposite.
/// The pilot keeps its id across undo/redo so later commands on the stack still refer to it.
class InsertRemovePilot final : public VersionedStep
{
public:
    InsertRemovePilot(Workspace &ws, Pilot pilot, bool insert, const QString &text)
        : VersionedStep(ws, text)
        , m_pilot(std::move(pilot))
        , m_insert(insert)
        , m_expected(insert ? 0 : m_pilot.rowVersion.value)
    {}
    Status apply(bool forward, bool force) override
    {
        const QSqlDatabase db = m_ws.database();
        PilotRepository repo(db);
        m_expected = expectedVersion(RowVersions::keyOf(PilotRepository::rowOf(m_pilot)), m_expected);
        if (forward == m_insert) {
            if (force) {
                if (auto s = overwrite(db, m_pilot); !s)
                    return s;
            } else {
                // Undoing a delete: nobody may have put a pilot under that id meanwhile.
                if (m_pilot.id != 0)
                    if (auto s = RowVersions::expectAbsent(db, PilotRepository::rowOf(m_pilot)); !s)
                        return s;
                Pilot p = m_pilot;
                p.rowVersion.value = 0;
                auto id = repo.insert(p);
                if (!id)
                    return Status::failureOf(id);
                m_pilot.id = *id;
                if (m_gone > 0)
                    if (auto s = RowVersions::restoreVersion(db, PilotRepository::rowOf(m_pilot), m_gone); !s)
                        return s;
            }
            m_expected = storedVersion(db, m_pilot);
        } else {
            if (auto s = repo.remove(m_pilot.id, force ? 0 : m_expected); !s)
                return s;
            m_gone = m_expected;
            m_expected = 0;
        }
        m_ws.setSeenVersion(RowVersions::keyOf(PilotRepository::rowOf(m_pilot)), m_expected);
        return {};
    }
    QList<qint64> expectations() const override { return {m_expected, m_pilot.id, m_gone}; }
    void restore(const QList<qint64> &v) override
    {
        m_expected = v.value(0);
        m_pilot.id = v.value(1);
        m_gone = v.value(2);
    }

protected:
    void notify() override { m_ws.notifyPilotsChanged(); }

private:
    Pilot m_pilot;
    bool m_insert;
    qint64 m_expected; ///< the version stored now as far as this step knows; 0: not stored
    qint64 m_gone = 0; ///< the version the pilot had when this step deleted it
};

class UpdatePilot final : public VersionedStep
{
public:
    UpdatePilot(Workspace &ws, Pilot before, Pilot after)
        : VersionedStep(ws, QCoreApplication::translate("Uptake::Editing", "Edit pilot “%1”").arg(after.name))
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_expected(m_before.rowVersion.value)
    {}
    Status apply(bool forward, bool force) override
    {
        const QSqlDatabase db = m_ws.database();
        Pilot p = forward ? m_after : m_before;
        m_expected = expectedVersion(RowVersions::keyOf(PilotRepository::rowOf(p)), m_expected);
        if (force) {
            if (auto s = overwrite(db, p); !s)
                return s;
        } else {
            p.rowVersion.value = m_expected;
            if (auto s = PilotRepository(db).update(p); !s)
                return s;
        }
        m_expected = storedVersion(db, p);
        m_ws.setSeenVersion(RowVersions::keyOf(PilotRepository::rowOf(p)), m_expected);
        return {};
    }
    QList<qint64> expectations() const override { return {m_expected}; }
    void restore(const QList<qint64> &v) override { m_expected = v.value(0); }

protected:
    void notify() override { m_ws.notifyPilotsChanged(); }

private:
    Pilot m_before;
    Pilot m_after;
    qint64 m_expected;
};

Status readOnly()
{
    return Status::failure(QCoreApplication::translate("Uptake::Editing", "The workspace is open read-only."));
}

/// Runs write inside a savepoint that is always rolled back: would it pass every rule and version check?
template<typename Write>
Status trial(Workspace &ws, Write write)
{
    Dialect::Savepoint savepoint(ws.database(), u"pilot_try"_s);
    if (!savepoint.isOpen())
        return Status::failure(
            QCoreApplication::translate("Uptake::Editing", "Cannot check the edit: the workspace is busy."));
    Status s = write();
    savepoint.rollback();
    return s;
}

} // namespace

Status addPilot(QUndoStack &stack, Workspace &workspace, const Pilot &pilot, qint64 *newId)
{
    if (workspace.isReadOnly())
        return readOnly();
    Pilot p = pilot;
    p.id = 0;
    p.rowVersion.value = 0;
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
        return readOnly();
    PilotRepository repo(workspace.database());
    Pilot after = changed;
    after.name = after.name.trimmed();
    after.rowVersion.value =
        ownVersion(workspace, RowVersions::keyOf(PilotRepository::rowOf(after)), after.rowVersion.value);
    bool recreate = false; // the pilot was deleted meanwhile and its editor chose to store theirs again
    for (;;) {
        auto before = repo.pilot(after.id);
        if (before && after == *before)
            return {};
        if (auto s = repo.validate(after); !s)
            return s;
        if (!before && recreate) {
            stack.push(new InsertRemovePilot(
                workspace, after, true,
                QCoreApplication::translate("Uptake::Editing", "Edit pilot “%1”").arg(after.name)));
            return {};
        }
        const Status tried = trial(workspace, [&] { return repo.update(after); });
        if (tried && before) {
            stack.push(new UpdatePilot(workspace, *before, after));
            return {};
        }
        if (!tried.isConflict())
            return tried ? Status::failure(before.error()) : tried;
        switch (workspace.resolveConflict(tried.conflict(), Workspace::ConflictContext::Edit)) {
        case ConflictChoice::KeepTheirs:
            workspace.notifyPilotsChanged();
            return {};
        case ConflictChoice::Cancel:
            return keptForEditing(tried);
        case ConflictChoice::Overwrite:
            after.rowVersion.value = tried.conflict().storedVersion;
            recreate = tried.conflict().kind == Conflict::Kind::Deleted;
            break;
        }
    }
}

Status removePilot(QUndoStack &stack, Workspace &workspace, qint64 pilotId, qint64 readVersion)
{
    if (workspace.isReadOnly())
        return readOnly();
    PilotRepository repo(workspace.database());
    auto pilot = repo.pilot(pilotId);
    if (!pilot)
        return Status::failure(pilot.error());
    readVersion = ownVersion(workspace, RowVersions::keyOf(PilotRepository::rowOf(*pilot)), readVersion);
    if (readVersion > 0 && readVersion != pilot->rowVersion.value) {
        const Status tried = trial(workspace, [&] { return repo.remove(pilotId, readVersion); });
        if (tried.isConflict()) {
            switch (workspace.resolveConflict(tried.conflict(), Workspace::ConflictContext::Edit)) {
            case ConflictChoice::KeepTheirs:
                workspace.notifyPilotsChanged();
                return {};
            case ConflictChoice::Cancel:
                return keptForEditing(tried);
            case ConflictChoice::Overwrite:
                break; // delete what is stored now
            }
        }
    }
    stack.push(
        new InsertRemovePilot(workspace, *pilot, false,
                              QCoreApplication::translate("Uptake::Editing", "Delete pilot “%1”").arg(pilot->name)));
    return {};
}

} // namespace Uptake::Editing
