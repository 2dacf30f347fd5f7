#pragma once

// The method's starting material: the diagnostic checklist, the built-in levers of the three pillars and a
// 30/60/90-day action plan that walks diagnose → design → pilot → govern. All text is translated.

#include "domain/journey.h"

#include <QDate>
#include <QList>

namespace Uptake::Journey {

/// A built-in lever: key (stable, stored in lever.builtin), pillar, name, a one-line description, and the KPI
/// key it usually moves.
struct LeverTemplate
{
    QString key;
    Pillar pillar;
    QString name;
    QString description;
    QString kpi;
};

/// The ten built-in levers, by pillar.
QList<LeverTemplate> builtInLevers();
/// The built-in lever with that key, or nullptr-like: an empty key when unknown.
LeverTemplate builtInLever(const QString &key);

/// The default checklist for a pilot starting on start (due dates relative to it; none when start is
/// invalid): what each phase needs done, in order.
QList<ChecklistItem> defaultChecklist(qint64 pilotId, const QDate &start);
/// The built-in levers as the pilot's unchosen levers.
QList<Lever> defaultLevers(qint64 pilotId);
/// The template 30/60/90-day plan for a pilot starting on start: diagnose and design in the first 30 days,
/// the pilot and its first PLAN cycles up to day 60, governance and scaling up to day 90. Due dates are
/// start + N days; owners are left for the user.
QList<Action> templateActionPlan(qint64 pilotId, const QDate &start);

/// The bucket (30, 60 or 90) a date falls in for a pilot starting on start: up to day 30 → 30, etc.;
/// later dates → 90, earlier → 30.
int bucketFor(const QDate &start, const QDate &date);

} // namespace Uptake::Journey
