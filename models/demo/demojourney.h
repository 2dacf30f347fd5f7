#pragma once

#include "demo/demogenerator.h"
#include "domain/result.h"

#include <QSqlDatabase>

namespace Uptake::Demo {

/// Fills in the demo pilot's journey: a baseline frozen the day before the start, seven stakeholder
/// interviews, the barrier register with evidence, chosen levers, the content scope, two PLAN cycles whose
/// adaptations line up with the generator's (AdaptationDayOffset), the governance board, decisions, a release
/// calendar, retirement rules with decisions, and the 30/60/90-day plan with progress (one action overdue as of
/// the data's last day). Deterministic: nothing depends on the clock. Needs the data already written.
Status populateJourney(const QSqlDatabase &db, const DemoData &data);

} // namespace Uptake::Demo
