#include "summary.h"

#include "domain/records.h"
#include "storage/datawriter.h"
#include "storage/dialect.h"
#include "storage/pilotrepository.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Uptake {

namespace {

// From the aggregates the importer maintains (learner_day, learner_course_day), never from the event table:
// the summary is the first thing the dashboard shows, and a scan of millions of events took seconds.
constexpr auto Counts = R"sql(
SELECT (SELECT count(*) FROM learner),
       (SELECT count(*) FROM learner WHERE in_roster = 1),
       (SELECT count(*) FROM course),
       (SELECT coalesce(sum(events), 0) FROM learner_day),
       (SELECT count(*) FROM performance),
       (SELECT count(*) FROM import_batch),
       (SELECT count(*) FROM rejected_row),
       (SELECT min(day) FROM learner_day),
       (SELECT max(day) FROM learner_day),
       (SELECT coalesce(sum(failed_logins), 0) FROM learner_day),
       (SELECT count(DISTINCT learner_id) FROM learner_day WHERE active_events > 0),
       (SELECT value FROM meta WHERE key = 'timezone')
)sql";

// Per learner-course pair: did the learner complete it? Pairs exist only for events inside a course.
constexpr auto Completion = R"sql(
SELECT count(*), coalesce(sum(done), 0) FROM (
    SELECT max(completions > 0) AS done FROM learner_course_day GROUP BY learner_id, course_id
) AS pair
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
    s.events = q.value(3).toLongLong();
    s.performanceValues = q.value(4).toLongLong();
    s.imports = q.value(5).toLongLong();
    s.rejectedRows = q.value(6).toLongLong();
    if (!q.value(7).isNull()) {
        s.firstDay = dateFromDayNumber(q.value(7).toLongLong());
        s.lastDay = dateFromDayNumber(q.value(8).toLongLong());
    }
    s.failedLogins = q.value(9).toLongLong();
    s.activeLearners = q.value(10).toLongLong();
    s.timeZone = q.value(11).toString();

    if (!q.exec(QString::fromUtf8(Completion)) || !q.next())
        return fail(q);
    const qint64 pairs = q.value(0).toLongLong();
    s.completionRate = pairs > 0 ? q.value(1).toDouble() / double(pairs) : 0.0;

    if (s.lastDay.isValid()) {
        // The last complete ISO week: the data's last day is a Sunday, or the week before it.
        QDate sunday = s.lastDay.addDays(-(s.lastDay.dayOfWeek() % 7));
        s.lastWeekStart = sunday.addDays(-6);
        if (s.lastWeekStart < s.firstDay)
            s.lastWeekStart = s.firstDay;
        q.prepare(QString::fromUtf8(ActiveInRange));
        q.addBindValue(dayNumber(s.lastWeekStart));
        q.addBindValue(dayNumber(sunday));
        if (!q.exec() || !q.next())
            return fail(q);
        s.lastWeekActive = q.value(0).toLongLong();
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
