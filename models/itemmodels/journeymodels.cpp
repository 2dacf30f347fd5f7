#include "journeymodels.h"

#include "metrics/metrics.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Uptake {

namespace {

QVariant shortDate(const QDate &d, int role)
{
    if (role == Qt::EditRole)
        return d;
    if (role == Qt::DisplayRole)
        return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
    return {};
}

/// A display-only text column.
template<typename T, typename F>
typename RecordTableModel<T>::ColumnSpec text(const QString &header, F f)
{
    return {header, [f](const T &item, int role) -> QVariant {
                return role == Qt::DisplayRole || role == Qt::EditRole ? QVariant(f(item)) : QVariant();
            }};
}

/// An editable text column writing into member.
template<typename T>
typename RecordTableModel<T>::ColumnSpec editableText(const QString &header, QString T::*member)
{
    return {header,
            [member](const T &item, int role) -> QVariant {
                return role == Qt::DisplayRole || role == Qt::EditRole ? QVariant(item.*member) : QVariant();
            },
            [member](T &item, const QVariant &value, int role) {
                if (role != Qt::EditRole || item.*member == value.toString())
                    return false;
                item.*member = value.toString();
                return true;
            }};
}

template<typename T>
typename RecordTableModel<T>::ColumnSpec editableDate(const QString &header, QDate T::*member)
{
    return {header, [member](const T &item, int role) { return shortDate(item.*member, role); },
            [member](T &item, const QVariant &value, int role) {
                if (role != Qt::EditRole || item.*member == value.toDate())
                    return false;
                item.*member = value.toDate();
                return true;
            }};
}

QVariant number(qint64 n, int role)
{
    if (role == Qt::DisplayRole)
        return QLocale().toString(n);
    if (role == Qt::EditRole || role == CountRole)
        return n;
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace

// --- interviews -------------------------------------------------------------------------------------------------

InterviewsModel::InterviewsModel(QObject *parent)
    : RecordTableModel(parent)
{
    using T = Interview;
    setColumns({
        editableDate<T>(QCoreApplication::translate("Uptake::JourneyModels", "Date"), &T::date),
        editableText<T>(QCoreApplication::translate("Uptake::JourneyModels", "Name"), &T::name),
        editableText<T>(QCoreApplication::translate("Uptake::JourneyModels", "Role"), &T::role),
        editableText<T>(QCoreApplication::translate("Uptake::JourneyModels", "Function"), &T::function),
        editableText<T>(QCoreApplication::translate("Uptake::JourneyModels", "Location"), &T::location),
        {QCoreApplication::translate("Uptake::JourneyModels", "Barriers"),
         [this](const T &i, int role) -> QVariant {
             if (role == CountRole)
                 return i.barrierIds.size();
             if (role != Qt::DisplayRole)
                 return {};
             QStringList names;
             for (qint64 id : i.barrierIds)
                 names << m_titles.value(id);
             return names.join(u", "_s);
         }},
        editableText<T>(QCoreApplication::translate("Uptake::JourneyModels", "Notes"), &T::notes),
    });
}

void InterviewsModel::setBarrierTitles(const QHash<qint64, QString> &titles)
{
    beginResetModel();
    m_titles = titles;
    endResetModel();
}

// --- barriers ---------------------------------------------------------------------------------------------------

BarriersModel::BarriersModel(QObject *parent)
    : RecordTableModel(parent)
{
    using T = Barrier;
    setColumns({
        editableText<T>(QCoreApplication::translate("Uptake::JourneyModels", "Barrier"), &T::title),
        {QCoreApplication::translate("Uptake::JourneyModels", "Category"),
         [](const T &b, int role) -> QVariant {
             if (role == Qt::DisplayRole)
                 return barrierCategoryLabel(b.category);
             if (role == Qt::EditRole || role == GroupRole)
                 return b.category;
             return {};
         },
         [](T &b, const QVariant &v, int role) {
             if (role != Qt::EditRole || v.toString().trimmed().isEmpty() || v.toString() == b.category)
                 return false;
             b.category = v.toString();
             return true;
         }},
        {QCoreApplication::translate("Uptake::JourneyModels", "Severity"),
         [](const T &b, int role) -> QVariant {
             if (role == Qt::DisplayRole)
                 return severityLabel(b.severity);
             if (role == Qt::EditRole)
                 return int(b.severity);
             return {};
         },
         [](T &b, const QVariant &v, int role) {
             const int s = v.toInt();
             if (role != Qt::EditRole || s < 1 || s > 4 || s == int(b.severity))
                 return false;
             b.severity = Uptake::Severity(s);
             return true;
         }},
        {QCoreApplication::translate("Uptake::JourneyModels", "Interviews"),
         [this](const T &b, int role) { return number(m_counts.value(b.id), role); }},
        {QCoreApplication::translate("Uptake::JourneyModels", "Addressed"),
         [this](const T &b, int role) -> QVariant {
             const bool addressed = m_addressed.contains(b.id);
             if (role == Qt::DisplayRole)
                 return addressed ? QCoreApplication::translate("Uptake::JourneyModels", "Yes")
                                  : QCoreApplication::translate("Uptake::JourneyModels", "No lever yet");
             if (role == Qt::EditRole)
                 return addressed;
             return {};
         }},
        editableText<T>(QCoreApplication::translate("Uptake::JourneyModels", "Evidence"), &T::evidence),
    });
}

void BarriersModel::setBarriers(const QList<Barrier> &barriers, const QHash<qint64, int> &interviewCounts,
                                const QList<Lever> &levers)
{
    m_counts = interviewCounts;
    m_addressed.clear();
    for (const Lever &l : levers)
        if (l.chosen)
            for (qint64 id : l.barrierIds)
                m_addressed.insert(id);
    setItems(barriers);
}

// --- checklist --------------------------------------------------------------------------------------------------

ChecklistModel::ChecklistModel(QObject *parent)
    : RecordTableModel(parent)
{
    using T = ChecklistItem;
    ColumnSpec textColumn = editableText<T>(QCoreApplication::translate("Uptake::JourneyModels", "Item"), &T::text);
    auto display = textColumn.data;
    auto setText = textColumn.set;
    textColumn.data = [display, this](const T &c, int role) -> QVariant {
        if (role == Qt::CheckStateRole)
            return c.done ? Qt::Checked : Qt::Unchecked;
        if (role == OverdueRole)
            return c.isOverdue(m_today);
        if (role == GroupRole)
            return phaseKey(c.phase);
        return display(c, role);
    };
    textColumn.set = [setText](T &c, const QVariant &v, int role) {
        if (role == Qt::CheckStateRole) {
            const bool done = v.toInt() == Qt::Checked;
            if (done == c.done)
                return false;
            c.done = done;
            return true;
        }
        return setText(c, v, role);
    };
    textColumn.extraFlags = Qt::ItemIsUserCheckable | Qt::ItemIsEditable;
    setColumns({
        textColumn,
        text<T>(QCoreApplication::translate("Uptake::JourneyModels", "Phase"),
                [](const T &c) { return phaseLabel(c.phase); }),
        editableText<T>(QCoreApplication::translate("Uptake::JourneyModels", "Owner"), &T::owner),
        editableDate<T>(QCoreApplication::translate("Uptake::JourneyModels", "Due"), &T::dueDate),
    });
}

// --- levers -----------------------------------------------------------------------------------------------------

LeversModel::LeversModel(QObject *parent)
    : RecordTableModel(parent)
{
    using T = Lever;
    ColumnSpec name = editableText<T>(QCoreApplication::translate("Uptake::JourneyModels", "Lever"), &T::name);
    auto display = name.data;
    auto setName = name.set;
    name.data = [display](const T &l, int role) -> QVariant {
        if (role == Qt::CheckStateRole)
            return l.chosen ? Qt::Checked : Qt::Unchecked;
        if (role == GroupRole)
            return pillarKey(l.pillar);
        if (role == Qt::ToolTipRole)
            return l.description;
        return display(l, role);
    };
    name.set = [setName](T &l, const QVariant &v, int role) {
        if (role == Qt::CheckStateRole) {
            const bool chosen = v.toInt() == Qt::Checked;
            if (chosen == l.chosen)
                return false;
            l.chosen = chosen;
            return true;
        }
        return setName(l, v, role);
    };
    name.extraFlags = Qt::ItemIsUserCheckable | Qt::ItemIsEditable;
    setColumns({
        name,
        text<T>(QCoreApplication::translate("Uptake::JourneyModels", "Pillar"),
                [](const T &l) { return pillarLabel(l.pillar); }),
        {QCoreApplication::translate("Uptake::JourneyModels", "Barriers"),
         [](const T &l, int role) { return number(l.barrierIds.size(), role); }},
        // A KPI Uptake measures shows by its name; edited by name, it is stored by its key, as the dialog does.
        {QCoreApplication::translate("Uptake::JourneyModels", "KPI"),
         [](const T &l, int role) -> QVariant {
             if (role == Qt::EditRole)
                 return l.kpi;
             if (role != Qt::DisplayRole)
                 return {};
             const auto info = Metrics::targetKpiInfo(l.kpi);
             return info ? info->label : l.kpi;
         },
         [](T &l, const QVariant &value, int role) {
             if (role != Qt::EditRole)
                 return false;
             QString kpi = value.toString().trimmed();
             for (const auto &known : Metrics::targetKpis())
                 if (known.second.compare(kpi, Qt::CaseInsensitive) == 0)
                     kpi = known.first;
             if (l.kpi == kpi)
                 return false;
             l.kpi = kpi;
             return true;
         }},
        editableText<T>(QCoreApplication::translate("Uptake::JourneyModels", "Description"), &T::description),
    });
}

void LeversModel::setLevers(const QList<Lever> &levers)
{
    QList<Lever> sorted = levers;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Lever &a, const Lever &b) { return a.pillar < b.pillar; });
    setItems(sorted);
}

// --- cycles, feedback, adaptations ------------------------------------------------------------------------------

CyclesModel::CyclesModel(QObject *parent)
    : RecordTableModel(parent)
{
    using T = PlanCycle;
    setColumns({
        text<T>(
            QCoreApplication::translate("Uptake::JourneyModels", "Cycle"),
            [](const T &c) { return QCoreApplication::translate("Uptake::JourneyModels", "Cycle %1").arg(c.number); }),
        editableDate<T>(QCoreApplication::translate("Uptake::JourneyModels", "Start"), &T::startDate),
        editableDate<T>(QCoreApplication::translate("Uptake::JourneyModels", "End"), &T::endDate),
        {QCoreApplication::translate("Uptake::JourneyModels", "Feedback"),
         [this](const T &c, int role) { return number(m_feedback.value(c.id), role); }},
        {QCoreApplication::translate("Uptake::JourneyModels", "Adaptations"),
         [this](const T &c, int role) { return number(m_adaptations.value(c.id), role); }},
        editableText<T>(QCoreApplication::translate("Uptake::JourneyModels", "Notes"), &T::notes),
    });
}

void CyclesModel::setCycles(const QList<PlanCycle> &cycles, const QHash<qint64, int> &feedbackCounts,
                            const QHash<qint64, int> &adaptationCounts)
{
    m_feedback = feedbackCounts;
    m_adaptations = adaptationCounts;
    setItems(cycles);
}

FeedbackModel::FeedbackModel(QObject *parent)
    : RecordTableModel(parent)
{
    using T = FeedbackItem;
    setColumns({
        editableDate<T>(QCoreApplication::translate("Uptake::JourneyModels", "Date"), &T::date),
        text<T>(QCoreApplication::translate("Uptake::JourneyModels", "Source"),
                [](const T &f) { return feedbackSourceLabel(f.source); }),
        {QCoreApplication::translate("Uptake::JourneyModels", "Sentiment"),
         [](const T &f, int role) -> QVariant {
             if (role == Qt::DisplayRole)
                 return sentimentLabel(f.sentiment);
             if (role == GroupRole || role == Qt::EditRole)
                 return sentimentKey(f.sentiment);
             return {};
         }},
        editableText<T>(QCoreApplication::translate("Uptake::JourneyModels", "Theme"), &T::theme),
        editableText<T>(QCoreApplication::translate("Uptake::JourneyModels", "Quote"), &T::quote),
    });
}

AdaptationsModel::AdaptationsModel(QObject *parent)
    : RecordTableModel(parent)
{
    using T = Adaptation;
    setColumns({
        editableDate<T>(QCoreApplication::translate("Uptake::JourneyModels", "Date"), &T::date),
        editableText<T>(QCoreApplication::translate("Uptake::JourneyModels", "Change"), &T::description),
        text<T>(QCoreApplication::translate("Uptake::JourneyModels", "Course or content"),
                [this](const T &a) { return m_targets.value(a.id); }),
        {QCoreApplication::translate("Uptake::JourneyModels", "Effect"),
         [this](const T &a, int role) -> QVariant {
             const auto it = m_effects.constFind(a.id);
             if (it == m_effects.cend())
                 return role == Qt::DisplayRole ? QCoreApplication::translate("Uptake::JourneyModels", "Not measured")
                                                : QVariant();
             if (role == Qt::DisplayRole)
                 return it->label();
             if (role == Qt::ToolTipRole)
                 return it->detail();
             if (role == Qt::EditRole)
                 return it->pointChange() ? QVariant(*it->pointChange()) : QVariant(); // sorts as shown
             return {};
         }},
    });
}

void AdaptationsModel::setAdaptations(const QList<Adaptation> &adaptations,
                                      const QHash<qint64, Journey::AdaptationEffect> &effects,
                                      const QHash<qint64, QString> &targetNames)
{
    m_effects = effects;
    m_targets = targetNames;
    setItems(adaptations);
}

// --- govern -----------------------------------------------------------------------------------------------------

BoardModel::BoardModel(QObject *parent)
    : RecordTableModel(parent)
{
    using T = BoardMember;
    setColumns({
        editableText<T>(QCoreApplication::translate("Uptake::JourneyModels", "Name"), &T::name),
        {QCoreApplication::translate("Uptake::JourneyModels", "Function"),
         [](const T &m, int role) -> QVariant {
             if (role == Qt::DisplayRole)
                 return boardFunctionLabel(m.function);
             if (role == GroupRole || role == Qt::EditRole)
                 return boardFunctionKey(m.function);
             return {};
         }},
        editableText<T>(QCoreApplication::translate("Uptake::JourneyModels", "Role"), &T::role),
    });
}

DecisionsModel::DecisionsModel(QObject *parent)
    : RecordTableModel(parent)
{
    using T = Uptake::Decision;
    setColumns({
        editableDate<T>(QCoreApplication::translate("Uptake::JourneyModels", "Date"), &T::date),
        editableText<T>(QCoreApplication::translate("Uptake::JourneyModels", "Decision"), &T::decision),
        editableText<T>(QCoreApplication::translate("Uptake::JourneyModels", "Rationale"), &T::rationale),
        editableText<T>(QCoreApplication::translate("Uptake::JourneyModels", "Owner"), &T::owner),
        {QCoreApplication::translate("Uptake::JourneyModels", "Evidence"),
         [](const T &d, int role) -> QVariant {
             if (role == CountRole)
                 return d.evidence.size();
             if (role != Qt::DisplayRole)
                 return {};
             QStringList labels;
             for (const EvidenceLink &e : d.evidence)
                 labels << e.label;
             return labels.join(u"; "_s);
         }},
        {QCoreApplication::translate("Uptake::JourneyModels", "Status"),
         [](const T &d, int role) -> QVariant {
             if (role == Qt::DisplayRole)
                 return decisionStatusLabel(d.status);
             if (role == Qt::EditRole)
                 return int(d.status);
             return {};
         },
         [](T &d, const QVariant &v, int role) {
             const int s = v.toInt();
             if (role != Qt::EditRole || s < 0 || s > int(DecisionStatus::Implemented) || s == int(d.status))
                 return false;
             d.status = DecisionStatus(s);
             return true;
         }},
    });
}

ReleasesModel::ReleasesModel(QObject *parent)
    : RecordTableModel(parent)
{
    using T = Release;
    ColumnSpec title = editableText<T>(QCoreApplication::translate("Uptake::JourneyModels", "Release"), &T::title);
    auto display = title.data;
    auto setTitle = title.set;
    title.data = [display](const T &r, int role) -> QVariant {
        if (role == Qt::CheckStateRole)
            return r.released ? Qt::Checked : Qt::Unchecked;
        return display(r, role);
    };
    title.set = [setTitle](T &r, const QVariant &v, int role) {
        if (role == Qt::CheckStateRole) {
            const bool released = v.toInt() == Qt::Checked;
            if (released == r.released)
                return false;
            r.released = released;
            return true;
        }
        return setTitle(r, v, role);
    };
    title.extraFlags = Qt::ItemIsUserCheckable | Qt::ItemIsEditable;
    setColumns({
        editableDate<T>(QCoreApplication::translate("Uptake::JourneyModels", "Planned"), &T::plannedDate),
        text<T>(QCoreApplication::translate("Uptake::JourneyModels", "Cadence"),
                [](const T &r) { return releaseCadenceLabel(r.cadence); }),
        title,
        editableText<T>(QCoreApplication::translate("Uptake::JourneyModels", "Content"), &T::content),
    });
}

RetirementModel::RetirementModel(QObject *parent)
    : RecordTableModel(parent)
{
    using T = Journey::RetirementCandidate;
    setColumns({
        text<T>(QCoreApplication::translate("Uptake::JourneyModels", "Course"),
                [](const T &c) { return c.usage.name; }),
        text<T>(QCoreApplication::translate("Uptake::JourneyModels", "Why"),
                [](const T &c) { return c.reasons.join(u"; "_s); }),
        {QCoreApplication::translate("Uptake::JourneyModels", "Last access"),
         [](const T &c, int role) { return shortDate(c.usage.lastAccess, role); }},
        {QCoreApplication::translate("Uptake::JourneyModels", "Completion"),
         [](const T &c, int role) -> QVariant {
             const auto rate = c.usage.completionRate();
             if (role == Qt::DisplayRole)
                 return rate ? QLocale().toString(*rate * 100, 'f', 0) + QLocale().percent()
                             : QCoreApplication::translate("Uptake::JourneyModels", "–");
             if (role == Qt::EditRole)
                 return rate ? QVariant(*rate) : QVariant();
             return {};
         }},
        {QCoreApplication::translate("Uptake::JourneyModels", "Decision"),
         [](const T &c, int role) -> QVariant {
             if (role == Qt::DisplayRole)
                 return retirementVerdictLabel(c.decision.verdict);
             if (role == Qt::EditRole)
                 return int(c.decision.verdict);
             return {};
         },
         [](T &c, const QVariant &v, int role) {
             const int verdict = v.toInt();
             if (role != Qt::EditRole || verdict < 0 || verdict > int(RetirementVerdict::Retire) ||
                 verdict == int(c.decision.verdict))
                 return false;
             c.decision.verdict = RetirementVerdict(verdict);
             return true;
         }},
    });
}

// --- actions ----------------------------------------------------------------------------------------------------

ActionsModel::ActionsModel(QObject *parent)
    : RecordTableModel(parent)
{
    using T = Action;
    ColumnSpec title = editableText<T>(QCoreApplication::translate("Uptake::JourneyModels", "Action"), &T::title);
    auto display = title.data;
    auto setTitle = title.set;
    title.data = [display, this](const T &a, int role) -> QVariant {
        if (role == Qt::CheckStateRole)
            return a.status == ActionStatus::Done ? Qt::Checked : Qt::Unchecked;
        if (role == OverdueRole)
            return a.isOverdue(m_today);
        if (role == GroupRole)
            return a.bucket;
        return display(a, role);
    };
    title.set = [setTitle](T &a, const QVariant &v, int role) {
        if (role == Qt::CheckStateRole) {
            const ActionStatus s = v.toInt() == Qt::Checked ? ActionStatus::Done : ActionStatus::Open;
            if (s == a.status)
                return false;
            a.status = s;
            return true;
        }
        return setTitle(a, v, role);
    };
    title.extraFlags = Qt::ItemIsUserCheckable | Qt::ItemIsEditable;
    auto overdue = [this](const T &a, int role) -> QVariant {
        if (role == OverdueRole)
            return a.isOverdue(m_today);
        if (role == GroupRole)
            return a.bucket;
        return {};
    };
    ColumnSpec due = editableDate<T>(QCoreApplication::translate("Uptake::JourneyModels", "Due"), &T::dueDate);
    auto dueDisplay = due.data;
    due.data = [dueDisplay, overdue](const T &a, int role) {
        const QVariant v = overdue(a, role);
        return v.isValid() ? v : dueDisplay(a, role);
    };
    setColumns({
        title,
        {QCoreApplication::translate("Uptake::JourneyModels", "Bucket"),
         [overdue](const T &a, int role) -> QVariant {
             if (role == Qt::DisplayRole)
                 return QCoreApplication::translate("Uptake::JourneyModels", "Day %1").arg(a.bucket);
             if (role == Qt::EditRole)
                 return a.bucket;
             return overdue(a, role);
         }},
        text<T>(QCoreApplication::translate("Uptake::JourneyModels", "Phase"),
                [](const T &a) { return phaseLabel(a.phase); }),
        editableText<T>(QCoreApplication::translate("Uptake::JourneyModels", "Owner"), &T::owner),
        due,
        {QCoreApplication::translate("Uptake::JourneyModels", "Status"),
         [overdue](const T &a, int role) -> QVariant {
             if (role == Qt::DisplayRole)
                 return actionStatusLabel(a.status);
             if (role == Qt::EditRole)
                 return int(a.status);
             return overdue(a, role);
         },
         [](T &a, const QVariant &v, int role) {
             const int s = v.toInt();
             if (role != Qt::EditRole || s < 0 || s > int(ActionStatus::Dropped) || s == int(a.status))
                 return false;
             a.status = ActionStatus(s);
             return true;
         }},
    });
}

void ActionsModel::setActions(const QList<Action> &actions, const QDate &today)
{
    m_today = today;
    QList<Action> sorted = actions;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Action &a, const Action &b) { return a.bucket < b.bucket; });
    setItems(sorted);
}

} // namespace Uptake
