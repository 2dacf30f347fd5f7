#include "journeycommands.h"

#include "storage/dialect.h"
#include "storage/rowversions.h"
#include "versionedstep.h"

#include "journey/templates.h"
#include "storage/journeyrepository.h"
#include "storage/targetrepository.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace Uptake::Editing {

namespace {

constexpr auto TrySavepoint = "journey_try";

template<typename T>
constexpr bool HasId = requires(T t)
{
    t.id;
};

template<typename T>
qint64 idOf(const T &item)
{
    if constexpr (HasId<T>)
        return item.id;
    else
        return 0;
}

template<typename T>
void setId(T &item, qint64 id)
{
    if constexpr (HasId<T>) {
        item.id = id;
    } else {
        Q_UNUSED(item);
        Q_UNUSED(id);
    }
}

/// What people read in Edit ▸ Undo: "Add interview", "Delete barrier"…
template<typename T>
QString noun()
{
    if constexpr (std::is_same_v<T, BaselineSnapshot>)
        return QCoreApplication::translate("Uptake::Editing", "baseline snapshot");
    else if constexpr (std::is_same_v<T, Interview>)
        return QCoreApplication::translate("Uptake::Editing", "interview");
    else if constexpr (std::is_same_v<T, Barrier>)
        return QCoreApplication::translate("Uptake::Editing", "barrier");
    else if constexpr (std::is_same_v<T, ChecklistItem>)
        return QCoreApplication::translate("Uptake::Editing", "checklist item");
    else if constexpr (std::is_same_v<T, Lever>)
        return QCoreApplication::translate("Uptake::Editing", "lever");
    else if constexpr (std::is_same_v<T, ScopeCourse>)
        return QCoreApplication::translate("Uptake::Editing", "course in scope");
    else if constexpr (std::is_same_v<T, PlanCycle>)
        return QCoreApplication::translate("Uptake::Editing", "PLAN cycle");
    else if constexpr (std::is_same_v<T, LaunchItem>)
        return QCoreApplication::translate("Uptake::Editing", "launch");
    else if constexpr (std::is_same_v<T, FeedbackItem>)
        return QCoreApplication::translate("Uptake::Editing", "feedback");
    else if constexpr (std::is_same_v<T, Adaptation>)
        return QCoreApplication::translate("Uptake::Editing", "adaptation");
    else if constexpr (std::is_same_v<T, NormalizeItem>)
        return QCoreApplication::translate("Uptake::Editing", "scaling step");
    else if constexpr (std::is_same_v<T, BoardMember>)
        return QCoreApplication::translate("Uptake::Editing", "board member");
    else if constexpr (std::is_same_v<T, Decision>)
        return QCoreApplication::translate("Uptake::Editing", "decision");
    else if constexpr (std::is_same_v<T, Release>)
        return QCoreApplication::translate("Uptake::Editing", "release");
    else if constexpr (std::is_same_v<T, RetirementRule>)
        return QCoreApplication::translate("Uptake::Editing", "retirement rule");
    else if constexpr (std::is_same_v<T, CourseSuccessor>)
        return QCoreApplication::translate("Uptake::Editing", "superseded course");
    else if constexpr (std::is_same_v<T, RetirementDecision>)
        return QCoreApplication::translate("Uptake::Editing", "retirement decision");
    else if constexpr (std::is_same_v<T, PilotKpi>)
        return QCoreApplication::translate("Uptake::Editing", "KPI target");
    else if constexpr (std::is_same_v<T, AnnotationRecord>)
        return QCoreApplication::translate("Uptake::Editing", "annotation");
    else
        return QCoreApplication::translate("Uptake::Editing", "action");
}

/// Where each kind of item is stored, and who hears of a change: KPI targets and chart annotations live in
/// TargetRepository and tell the dashboard (targetsChanged); everything else is the journey's.
template<typename T>
constexpr bool IsTarget = std::is_same_v<T, PilotKpi> || std::is_same_v<T, AnnotationRecord>;

template<typename T>
Result<qint64> saveStored(const QSqlDatabase &db, const T &item)
{
    if constexpr (std::is_same_v<T, PilotKpi>)
        return TargetRepository(db).saveKpi(item);
    else if constexpr (std::is_same_v<T, AnnotationRecord>)
        return TargetRepository(db).saveAnnotation(item);
    else
        return JourneyRepository(db).save(item);
}

template<typename T>
Status removeStored(const QSqlDatabase &db, const T &item)
{
    if constexpr (std::is_same_v<T, PilotKpi>)
        return TargetRepository(db).removeKpi(item.id, item.rowVersion.value);
    else if constexpr (std::is_same_v<T, AnnotationRecord>)
        return TargetRepository(db).removeAnnotation(item.id, item.rowVersion.value);
    else
        return JourneyRepository(db).remove(item);
}

template<typename T>
Result<std::optional<T>> findStored(const QSqlDatabase &db, const T &key)
{
    if constexpr (std::is_same_v<T, PilotKpi>)
        return TargetRepository(db).findKpi(key.id);
    else if constexpr (std::is_same_v<T, AnnotationRecord>)
        return TargetRepository(db).findAnnotation(key.id);
    else
        return JourneyRepository(db).find(key);
}

template<typename T>
RowVersions::RowRef rowOf(const T &item)
{
    if constexpr (IsTarget<T>)
        return TargetRepository::rowOf(item);
    else
        return JourneyRepository::rowOf(item);
}

template<typename T>
void notifyChanged(Workspace &ws)
{
    if constexpr (IsTarget<T>)
        ws.notifyTargetsChanged();
    else
        ws.notifyJourneyChanged();
}

/// Takes the workspace from one stored state of an item to another: before/after nullopt means "not stored".
/// Each write names the version this step last saw stored (m_expected), so a change someone else made in between
/// is a conflict.
template<typename T>
class StoreCommand final : public VersionedStep
{
public:
    StoreCommand(Workspace &ws, std::optional<T> before, std::optional<T> after, const QString &text,
                 QUndoCommand *parent = nullptr)
        : VersionedStep(ws, text, parent)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_expected(m_before ? m_before->rowVersion.value : 0)
    {}
    qint64 storedId() const { return m_after ? idOf(*m_after) : 0; }

    Status apply(bool forward, bool force) override
    {
        std::optional<T> &target = forward ? m_after : m_before;
        const std::optional<T> &other = forward ? m_before : m_after;
        const QSqlDatabase db = m_ws.database();
        const QString key = RowVersions::keyOf(rowOf(target ? *target : *other));
        m_expected = expectedVersion(key, m_expected);
        if (target) {
            T item = *target;
            // Not stored as far as this step knows (an add, or undoing a delete): nobody may have stored it since.
            if (m_expected == 0 && !force && (!HasId<T> || idOf(item) != 0))
                if (auto s = RowVersions::expectAbsent(db, rowOf(item)); !s)
                    return s;
            item.rowVersion.value = force ? 0 : m_expected;
            auto id = saveStored(db, item);
            if (!id)
                return Status::failureOf(id);
            if (idOf(*target) == 0) {
                setId(*target, *id); // keep the id, so redo after undo recreates the same row
                setId(item, *id);
            }
            if (m_expected == 0 && m_gone > 0 && !force)
                if (auto s = RowVersions::restoreVersion(db, rowOf(item), m_gone); !s)
                    return s;
            auto version = RowVersions::storedVersion(db, rowOf(item));
            if (!version)
                return Status::failure(version.error());
            m_expected = *version;
            m_ws.setSeenVersion(RowVersions::keyOf(rowOf(item)), m_expected);
        } else if (other) {
            T item = *other;
            item.rowVersion.value = force ? 0 : m_expected;
            if (auto s = removeStored(db, item); !s)
                return s;
            m_gone = m_expected;
            m_expected = 0;
            m_ws.setSeenVersion(key, 0);
        }
        return {};
    }
    QList<qint64> expectations() const override
    {
        return {m_expected, m_after ? idOf(*m_after) : 0, m_before ? idOf(*m_before) : 0, m_gone};
    }
    void restore(const QList<qint64> &v) override
    {
        m_expected = v.value(0);
        m_gone = v.value(3);
        if (m_after)
            setId(*m_after, v.value(1));
        if (m_before)
            setId(*m_before, v.value(2));
    }

protected:
    void notify() override { notifyChanged<T>(m_ws); }

private:
    std::optional<T> m_before;
    std::optional<T> m_after;
    qint64 m_expected; ///< the version stored now as far as this step knows; 0: not stored
    qint64 m_gone = 0; ///< the version the item had when this step deleted it
};

/// An undo step made of several writes (its children), applied in one transaction both ways: a crash or
/// power cut in the middle leaves either all of it or none of it in the workspace, and a conflict in any of
/// them is a conflict of the whole step.
class AtomicCommand final : public VersionedStep
{
public:
    AtomicCommand(Workspace &ws, const QString &text)
        : VersionedStep(ws, text)
    {}
    Status apply(bool forward, bool force) override
    {
        const int n = childCount();
        for (int k = 0; k < n; ++k) {
            auto *step = dynamic_cast<VersionedStep *>(const_cast<QUndoCommand *>(child(forward ? k : n - 1 - k)));
            if (!step)
                continue;
            if (auto s = step->apply(forward, force); !s)
                return s;
        }
        return {};
    }
    QList<qint64> expectations() const override
    {
        QList<qint64> all;
        for (int k = 0; k < childCount(); ++k)
            if (auto *step = dynamic_cast<const VersionedStep *>(child(k))) {
                const QList<qint64> own = step->expectations();
                all.append(own.size());
                all.append(own);
            }
        return all;
    }
    void restore(const QList<qint64> &versions) override
    {
        qsizetype at = 0;
        for (int k = 0; k < childCount(); ++k)
            if (auto *step = dynamic_cast<VersionedStep *>(const_cast<QUndoCommand *>(child(k)))) {
                const qsizetype size = versions.value(at);
                step->restore(versions.mid(at + 1, size));
                at += 1 + size;
            }
    }

protected:
    void notify() override
    {
        m_ws.notifyJourneyChanged();
        m_ws.notifyTargetsChanged();
    }
};

Status writable(const Workspace &ws)
{
    return ws.isReadOnly()
               ? Status::failure(QCoreApplication::translate("Uptake::Editing", "The workspace is open read-only."))
               : Status();
}

/// Stores item inside a savepoint that is always rolled back: does the edit pass every rule?
template<typename T>
Status tryStore(Workspace &ws, const T &item)
{
    QSqlDatabase db = ws.database();
    Dialect::Savepoint trial(db, QString::fromUtf8(TrySavepoint));
    if (!trial.isOpen())
        return Status::failure(
            QCoreApplication::translate("Uptake::Editing", "Cannot check the edit: the workspace is busy."));
    auto id = saveStored(db, item);
    trial.rollback();
    return id ? Status() : Status::failureOf(id);
}

template<typename T>
Result<std::optional<T>> stored(Workspace &ws, const T &key)
{
    return findStored(ws.database(), key);
}

/// Adds to parent the steps that unlink everything pointing at item, before item itself goes.
template<typename T>
Status addUnlinkSteps(Workspace &, const T &, QUndoCommand *)
{
    return {};
}

template<typename Item, typename Change>
Status unlinkEach(Workspace &ws, const QList<Item> &items, QUndoCommand *parent, Change change)
{
    for (const Item &i : items) {
        Item changed = i;
        if (change(changed))
            new StoreCommand<Item>(ws, i, changed, QString(), parent);
    }
    return {};
}

template<>
Status addUnlinkSteps(Workspace &ws, const Barrier &b, QUndoCommand *parent)
{
    JourneyRepository repo(ws.database());
    auto interviews = repo.interviews(b.pilotId);
    auto levers = repo.levers(b.pilotId);
    auto actions = repo.actions(b.pilotId);
    if (!interviews || !levers || !actions)
        return Status::failure(!interviews ? interviews.error() : !levers ? levers.error() : actions.error());
    unlinkEach(ws, *interviews, parent, [&](Interview &i) { return i.barrierIds.removeAll(b.id) > 0; });
    unlinkEach(ws, *levers, parent, [&](Lever &l) { return l.barrierIds.removeAll(b.id) > 0; });
    unlinkEach(ws, *actions, parent, [&](Action &a) {
        if (a.barrierId != b.id)
            return false;
        a.barrierId = 0;
        return true;
    });
    return {};
}

template<>
Status addUnlinkSteps(Workspace &ws, const Lever &l, QUndoCommand *parent)
{
    auto actions = JourneyRepository(ws.database()).actions(l.pilotId);
    if (!actions)
        return Status::failure(actions.error());
    return unlinkEach(ws, *actions, parent, [&](Action &a) {
        if (a.leverId != l.id)
            return false;
        a.leverId = 0;
        return true;
    });
}

template<>
Status addUnlinkSteps(Workspace &ws, const FeedbackItem &f, QUndoCommand *parent)
{
    auto adaptations = JourneyRepository(ws.database()).adaptations(f.cycleId);
    if (!adaptations)
        return Status::failure(adaptations.error());
    return unlinkEach(ws, *adaptations, parent, [&](Adaptation &a) {
        if (a.feedbackId != f.id)
            return false;
        a.feedbackId = 0;
        return true;
    });
}

template<typename Item>
void removeEach(Workspace &ws, const QList<Item> &items, QUndoCommand *parent)
{
    for (const Item &i : items)
        new StoreCommand<Item>(ws, i, std::nullopt, QString(), parent);
}

template<>
Status addUnlinkSteps(Workspace &ws, const PlanCycle &c, QUndoCommand *parent)
{
    JourneyRepository repo(ws.database());
    auto launches = repo.launches(c.id);
    auto adaptations = repo.adaptations(c.id);
    auto feedback = repo.feedback(c.id);
    auto normalize = repo.normalizeItems(c.id);
    if (!launches || !adaptations || !feedback || !normalize)
        return Status::failure(QCoreApplication::translate("Uptake::Editing", "Cannot read the PLAN cycle's steps."));
    // Adaptations before the feedback they answer, so undo restores the feedback first.
    removeEach(ws, *launches, parent);
    removeEach(ws, *adaptations, parent);
    removeEach(ws, *feedback, parent);
    removeEach(ws, *normalize, parent);
    return {};
}

} // namespace

template<typename T>
Status addItem(QUndoStack &stack, Workspace &workspace, const T &item, qint64 *newId)
{
    if (auto s = writable(workspace); !s)
        return s;
    T copy = item;
    setId(copy, 0);
    if (auto s = tryStore(workspace, copy); !s)
        return s;
    auto *cmd = new StoreCommand<T>(workspace, std::nullopt, copy,
                                    QCoreApplication::translate("Uptake::Editing", "Add %1").arg(noun<T>()));
    stack.push(cmd);
    if (newId) {
        if constexpr (HasId<T>)
            *newId = cmd->storedId();
        else
            *newId = item.courseId;
    }
    return {};
}

template<typename T>
Status editItem(QUndoStack &stack, Workspace &workspace, const T &changed)
{
    if (auto s = writable(workspace); !s)
        return s;
    T after = changed;
    after.rowVersion.value = ownVersion(workspace, RowVersions::keyOf(rowOf(after)), after.rowVersion.value);
    bool recreate = false; // deleted meanwhile, and its editor chose to store theirs again
    for (;;) {
        auto before = stored(workspace, after);
        if (!before)
            return Status::failure(before.error());
        if (!before->has_value() && HasId<T> && after.rowVersion.value == 0 && !recreate)
            return Status::failure(
                QCoreApplication::translate("Uptake::Editing", "That %1 no longer exists.").arg(noun<T>()));
        if (before->has_value() && **before == after)
            return {};
        const Status tried = tryStore(workspace, after);
        if (tried) {
            if (!before->has_value())
                after.rowVersion.value = 0;
            stack.push(new StoreCommand<T>(workspace, *before, after,
                                           QCoreApplication::translate("Uptake::Editing", "Edit %1").arg(noun<T>())));
            return {};
        }
        if (!tried.isConflict())
            return tried;
        switch (workspace.resolveConflict(tried.conflict(), Workspace::ConflictContext::Edit)) {
        case ConflictChoice::KeepTheirs:
            notifyChanged<T>(workspace);
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

template<typename T>
Status removeItem(QUndoStack &stack, Workspace &workspace, const T &item)
{
    if (auto s = writable(workspace); !s)
        return s;
    auto before = stored(workspace, item);
    if (!before)
        return Status::failure(before.error());
    if (!before->has_value())
        return Status::failure(
            QCoreApplication::translate("Uptake::Editing", "That %1 no longer exists.").arg(noun<T>()));
    // Deleting what someone else changed since it was read is a conflict too.
    T read = item;
    read.rowVersion.value = ownVersion(workspace, RowVersions::keyOf(rowOf(read)), read.rowVersion.value);
    if (read.rowVersion.value > 0 && read.rowVersion.value != (*before)->rowVersion.value) {
        Status tried;
        {
            Dialect::Savepoint trial(workspace.database(), QString::fromUtf8(TrySavepoint));
            tried = removeStored(workspace.database(), read);
            trial.rollback();
        }
        if (tried.isConflict()) {
            switch (workspace.resolveConflict(tried.conflict(), Workspace::ConflictContext::Edit)) {
            case ConflictChoice::KeepTheirs:
                notifyChanged<T>(workspace);
                return {};
            case ConflictChoice::Cancel:
                return keptForEditing(tried);
            case ConflictChoice::Overwrite:
                break; // delete what is stored now
            }
        }
    }
    auto command = std::make_unique<AtomicCommand>(
        workspace, QCoreApplication::translate("Uptake::Editing", "Delete %1").arg(noun<T>()));
    if (auto s = addUnlinkSteps(workspace, **before, command.get()); !s)
        return s;
    new StoreCommand<T>(workspace, *before, std::nullopt, QString(), command.get());
    stack.push(command.release());
    return {};
}

#define UPTAKE_INSTANTIATE(T)                                                                                          \
    template Status addItem<T>(QUndoStack &, Workspace &, const T &, qint64 *);                                        \
    template Status editItem<T>(QUndoStack &, Workspace &, const T &);                                                 \
    template Status removeItem<T>(QUndoStack &, Workspace &, const T &);
UPTAKE_INSTANTIATE(BaselineSnapshot)
UPTAKE_INSTANTIATE(Interview)
UPTAKE_INSTANTIATE(Barrier)
UPTAKE_INSTANTIATE(ChecklistItem)
UPTAKE_INSTANTIATE(Lever)
UPTAKE_INSTANTIATE(ScopeCourse)
UPTAKE_INSTANTIATE(PlanCycle)
UPTAKE_INSTANTIATE(LaunchItem)
UPTAKE_INSTANTIATE(FeedbackItem)
UPTAKE_INSTANTIATE(Adaptation)
UPTAKE_INSTANTIATE(NormalizeItem)
UPTAKE_INSTANTIATE(BoardMember)
UPTAKE_INSTANTIATE(Decision)
UPTAKE_INSTANTIATE(Release)
UPTAKE_INSTANTIATE(RetirementRule)
UPTAKE_INSTANTIATE(CourseSuccessor)
UPTAKE_INSTANTIATE(RetirementDecision)
UPTAKE_INSTANTIATE(Action)
UPTAKE_INSTANTIATE(PilotKpi)
UPTAKE_INSTANTIATE(AnnotationRecord)
#undef UPTAKE_INSTANTIATE

Status applyJourneyTemplate(QUndoStack &stack, Workspace &workspace, const Pilot &pilot)
{
    if (auto s = writable(workspace); !s)
        return s;
    JourneyRepository repo(workspace.database());
    auto checklist = repo.checklist(pilot.id);
    auto levers = repo.levers(pilot.id);
    auto actions = repo.actions(pilot.id);
    if (!checklist || !levers || !actions)
        return Status::failure(!checklist ? checklist.error() : !levers ? levers.error() : actions.error());
    if (!checklist->isEmpty() || !levers->isEmpty() || !actions->isEmpty())
        return Status::failure(QCoreApplication::translate(
                                   "Uptake::Editing", "“%1” already has a plan; the template only starts a new one.")
                                   .arg(pilot.name));
    auto command = std::make_unique<AtomicCommand>(
        workspace,
        QCoreApplication::translate("Uptake::Editing", "Start the plan of “%1” from the template").arg(pilot.name));
    for (const ChecklistItem &c : Journey::defaultChecklist(pilot.id, pilot.startDate))
        new StoreCommand<ChecklistItem>(workspace, std::nullopt, c, QString(), command.get());
    for (const Lever &l : Journey::defaultLevers(pilot.id))
        new StoreCommand<Lever>(workspace, std::nullopt, l, QString(), command.get());
    for (const Action &a : Journey::templateActionPlan(pilot.id, pilot.startDate))
        new StoreCommand<Action>(workspace, std::nullopt, a, QString(), command.get());
    stack.push(command.release());
    return {};
}

} // namespace Uptake::Editing
