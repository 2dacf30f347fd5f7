#include "summary.h"

#include "domain/records.h"
#include "storage/datawriter.h"
#include "storage/dialect.h"
#include "storage/pilotrepository.h"
#include "storage/rowscan.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Uptake {

namespace {

// From the aggregates the importer maintains (learner_day, learner_course_day), never from the event table:
// the summary is the first thing the dashboard shows, and a scan of millions of events took seconds.
constexpr auto Counts = R"sql(
SELECT (SELECT count(*) FROM learner),
       (SELECT count(*) FROM learner WHERE in_roster = 1),
       (SELECT count(*) FROM course),
       (SELECT count(*) FROM performance),
       (SELECT count(*) FROM import_batch),
       (SELECT count(*) FROM rejected_row),
       (SELECT min(day) FROM learner_day),
       (SELECT max(day) FROM learner_day),
       (SELECT value FROM meta WHERE key = 'timezone')
)sql";

// One pass each over the two aggregates, summed here: SQLite answers count(DISTINCT …) and GROUP BY
// learner_id, course_id by sorting every row into a temporary b-tree (the keys lead with the day), which took
// 0.6 s of the summary's 0.9 s on 5M events.
constexpr auto LearnerDays = R"sql(
SELECT learner_id, events, active_events, failed_logins FROM learner_day
)sql";

constexpr auto LearnerCourseDays = R"sql(
SELECT learner_id, course_id, completions, day FROM learner_course_day
)sql";

constexpr auto ActiveInRange = R"sql(
SELECT count(DISTINCT learner_id) FROM learner_day WHERE active_events > 0 AND day BETWEEN ? AND ?
)sql";

} // namespace

Result<WorkspaceSummary> readSummary(const QSqlDatabase &db)
{
    auto fail = [](const QSqlQuery &q) {
        return Result<WorkspaceSummary>::failure(
            QCoreApplication::translate("Uptake::Summary", "Cannot read the workspace summary: %1")
                .arg(Dialect::errorText(q.lastError())));
    };
    WorkspaceSummary s;
    PilotRepository repo(db);
    auto program = repo.program();
    if (!program)
        return Result<WorkspaceSummary>::failure(program.error());
    s.program = *program;
    auto pilots = repo.pilots();
    if (!pilots)
        return Result<WorkspaceSummary>::failure(pilots.error());
    s.pilots = *pilots;

    QSqlQuery q(db);
    s.schemaVersion = Dialect::schemaVersion(db);
    if (!q.exec(QString::fromUtf8(Counts)) || !q.next())
        return fail(q);
    s.learners = q.value(0).toLongLong();
    s.rosterLearners = q.value(1).toLongLong();
    s.courses = q.value(2).toLongLong();
    s.performanceValues = q.value(3).toLongLong();
    s.imports = q.value(4).toLongLong();
    s.rejectedRows = q.value(5).toLongLong();
    if (!q.value(6).isNull()) {
        s.firstDay = dateFromDayNumber(q.value(6).toLongLong());
        s.lastDay = dateFromDayNumber(q.value(7).toLongLong());
    }
    s.timeZone = q.value(8).toString();

    auto scanFailed = [](const RowScan &scan) {
        return Result<WorkspaceSummary>::failure(
            QCoreApplication::translate("Uptake::Summary", "Cannot read the workspace summary: %1").arg(scan.error()));
    };
    {
        RowScan days(db, QString::fromUtf8(LearnerDays));
        if (!days.isValid())
            return scanFailed(days);
        QSet<qint64> active;
        while (days.next()) {
            s.events += days.integer(1);
            s.failedLogins += days.integer(3);
            if (days.integer(2) > 0)
                active.insert(days.integer(0));
        }
        if (!days.error().isEmpty())
            return scanFailed(days);
        s.activeLearners = active.size();
    }
    {
        // Every (learner, course) pair with activity, and whether it has a completion on any day.
        RowScan pairs(db, QString::fromUtf8(LearnerCourseDays));
        if (!pairs.isValid())
            return scanFailed(pairs);
        // The last four weeks as the Overview counts them (MetricSet::recent): pairs with activity in those days,
        // less those completed before them, and of those the ones with a completion in them.
        const qint64 lastDay = s.lastDay.isValid() ? dayNumber(s.lastDay) : 0;
        const qint64 recentFrom = s.firstDay.isValid() ? std::max(dayNumber(s.firstDay), lastDay - 27) : 0;
        struct Recent
        {
            bool active = false, done = false, doneBefore = false;
        };
        QHash<quint64, bool> done;
        QHash<quint64, Recent> recent;
        while (pairs.next()) {
            const quint64 key = (quint64(pairs.integer(0)) << 32) | quint32(pairs.integer(1));
            const bool completion = pairs.integer(2) > 0;
            bool &completed = done[key];
            completed = completed || completion;
            const qint64 day = pairs.integer(3);
            if (day >= recentFrom) {
                Recent &r = recent[key];
                r.active = true;
                r.done = r.done || completion;
            } else if (completion) {
                recent[key].doneBefore = true;
            }
        }
        if (!pairs.error().isEmpty())
            return scanFailed(pairs);
        const qint64 completed = std::count(done.cbegin(), done.cend(), true);
        s.completionRate = done.isEmpty() ? 0.0 : double(completed) / double(done.size());
        qint64 recentDone = 0;
        for (const Recent &r : std::as_const(recent))
            if (r.active && !r.doneBefore) {
                ++s.recentCompletionPairs;
                recentDone += r.done ? 1 : 0;
            }
        if (s.lastDay.isValid()) {
            s.recentFrom = dateFromDayNumber(recentFrom);
            s.recentCompletionRate =
                s.recentCompletionPairs ? double(recentDone) / double(s.recentCompletionPairs) : 0.0;
        }
    }

    if (s.lastDay.isValid()) {
        // The last complete ISO week: the data's last day is a Sunday, or the week before it.
        QDate sunday = s.lastDay.addDays(-(s.lastDay.dayOfWeek() % 7));
        s.lastWeekStart = sunday.addDays(-6);
        s.lastWeekEnd = sunday;
        s.lastWeekComplete = s.lastWeekStart >= s.firstDay;
        if (s.lastWeekStart < s.firstDay)
            s.lastWeekStart = s.firstDay;
        s.lastSevenDaysFrom = std::max(s.firstDay, s.lastDay.addDays(-6));
        const auto activeIn = [&q](const QDate &from, const QDate &to) -> std::optional<qint64> {
            q.prepare(QString::fromUtf8(ActiveInRange));
            q.addBindValue(dayNumber(from));
            q.addBindValue(dayNumber(to));
            if (!q.exec() || !q.next())
                return std::nullopt;
            return q.value(0).toLongLong();
        };
        const auto week = activeIn(s.lastWeekStart, sunday);
        if (!week)
            return fail(q);
        s.lastWeekActive = *week;
        const auto seven = activeIn(s.lastSevenDaysFrom, s.lastDay);
        if (!seven)
            return fail(q);
        s.lastSevenDaysActive = *seven;
    }
    auto attributes = RosterRepository(db).cohortAttributes();
    if (!attributes)
        return Result<WorkspaceSummary>::failure(attributes.error());
    s.cohortAttributes = *attributes;
    return s;
}

Result<WorkspaceSummary> readSummaryFromFile(const QString &path)
{
    const QString name = u"summary-%1"_s.arg(quintptr(QThread::currentThreadId()), 0, 16);
    Result<WorkspaceSummary> result = Result<WorkspaceSummary>::failure({});
    {
        auto db = Workspace::openConnection(path, name, Workspace::Access::ReadOnly);
        if (!db)
            return Result<WorkspaceSummary>::failure(db.error());
        result = readSummary(*db);
    }
    Workspace::closeConnection(name);
    return result;
}

} // namespace Uptake
