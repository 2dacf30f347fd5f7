#pragma once

// A believable, fully deterministic demo organisation: Northwind Logistics rolling out Moodle, with
// a roster, a course catalogue, four months of LMS events and a weekly performance KPI. It is built
// so that every dashboard metric has something honest to show: an under-engaged department or two,
// an SSO outage, a course with a clear drop-off point, and a pilot cohort that visibly improves.

#include "domain/pilot.h"
#include "domain/program.h"
#include "domain/records.h"
#include "domain/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Uptake::Demo {

/// The department whose learners form the pilot cohort.
inline constexpr char16_t PilotDepartment[] = u"Customer Support";

/// The long course whose middle module is the main drop-off point of the demo.
inline constexpr char16_t AdaptedCourse[] = u"Customer Service Excellence Programme";
/// The long module of AdaptedCourse where most learners give up before the adaptation.
inline constexpr char16_t AdaptedContent[] = u"Handling Escalations and Complaints";

/// Days after the pilot's start (two weeks in) on which the pilot team split AdaptedContent into short
/// lessons inside the same LMS content item, and invited those who had given up there back. Learners
/// working on that module from this day on drop out far less often, so the course's completion
/// visibly improves mid-pilot.
inline constexpr int AdaptationDayOffset = 14;

/// The KPI recorded for every learner every week (0–100, higher is better).
inline constexpr char16_t PerformanceKpi[] = u"Quality score";

/// Everything the demo consists of, as the importer would deliver it.
struct DemoData
{
    Program program;
    QList<Pilot> pilots; ///< one running pilot for the PilotDepartment cohort
    QList<LearnerRecord> roster;
    QList<CourseRecord> courses;
    QList<EventRecord> events;            ///< sorted by time; timestamps are UTC instants
    QList<PerformanceRecord> performance; ///< one PerformanceKpi value per learner per week (Monday)
    QDate firstDay;                       ///< first day with events, in timeZone
    QDate lastDay;                        ///< last day with events, in timeZone
    QString timeZone;                     ///< the workspace's IANA zone
};

/// What to generate: the same options always give the same data, to the byte.
struct Options
{
    quint32 seed = 20231;
    QDate lastDay = QDate(2026, 10, 30); ///< the last day of events
    int learners = 600;
    int days = 120; ///< length of the event history, lastDay included
};

/// Generates the demo. Fast (well under a second in a release build for the defaults).
DemoData generate(const Options &options = {});

/// Writes events.csv, roster.csv, performance.csv and courses.csv into folder (created if needed)
/// in the style of an LMS export: UTF-8, a header row, RFC 4180 quoting, ISO 8601 timestamps with
/// the workspace zone's offset. Each file is replaced atomically. Returns the four paths in that order.
Result<QStringList> writeCsv(const DemoData &data, const QString &folder);

/// The pilot's start for a history ending on lastDay: the Monday five weeks before lastDay's week,
/// so a six-week pilot is in its last week and its day-30 checkpoint has passed.
QDate pilotStartFor(const QDate &lastDay);

} // namespace Uptake::Demo
