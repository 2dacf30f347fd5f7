#include "demoworkspace.h"

#include "demo/demogenerator.h"
#include "demo/demojourney.h"
#include "storage/datawriter.h"
#include "storage/dialect.h"
#include "storage/pilotrepository.h"
#include "storage/sqliteutil.h"
#include "storage/workspace.h"
#include "storage/workspacelock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Uptake::Demo {

namespace {

BatchInfo demoBatch(const QString &kind, const QString &file)
{
    BatchInfo b;
    b.kind = kind;
    b.fileName = file;
    b.profile = u"{\"preset\":\"demo\"}"_s;
    b.encoding = u"UTF-8"_s;
    b.delimiter = u","_s;
    b.dateFormat = u"ISO 8601"_s;
    return b;
}

} // namespace

/// The pilot's 30/60/90-day targets and the marks on its charts: the comms push in week one, the module split
/// on AdaptationDayOffset, and the SSO outage (the week with the most failed logins).
Status populateTargets(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT id, start_date FROM pilot ORDER BY id LIMIT 1"_s) || !q.next())
        return Status::failure(q.lastError().text());
    const qint64 pilot = q.value(0).toLongLong();
    const QDate start = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    struct Target
    {
        const char16_t *kpi;
        const char16_t *mode;
        double t30, t60, t90;
    };
    const Target targets[] = {
        {u"active_rate", u"absolute", 0.45, 0.55, 0.65},
        {u"completion_rate", u"relative", 0.05, 0.10, 0.15},
    };
    for (const Target &t : targets) {
        q.prepare(u"INSERT INTO pilot_kpi (pilot_id, kpi, target_mode, target_30, target_60, target_90) "
                  "VALUES (?, ?, ?, ?, ?, ?)"_s);
        for (const QVariant &v :
             QVariantList{pilot, QString::fromUtf16(t.kpi), QString::fromUtf16(t.mode), t.t30, t.t60, t.t90})
            q.addBindValue(v);
        if (!q.exec())
            return Status::failure(q.lastError().text());
    }
    QDate outage;
    if (q.exec(u"SELECT min(day) FROM event WHERE kind = 2 GROUP BY (day + 3) / 7 ORDER BY count(*) DESC LIMIT 1"_s) &&
        q.next())
        outage = dateFromDayNumber(q.value(0).toLongLong());
    struct Mark
    {
        QDate date;
        const char16_t *kind;
        QString label;
    };
    const Mark marks[] = {
        {start.addDays(2), u"comms",
         QCoreApplication::translate("Uptake::Demo", "Team leads announce the pilot in their huddles")},
        {outage, u"outage", QCoreApplication::translate("Uptake::Demo", "Single sign-on outage")},
    };
    for (const Mark &m : marks) {
        if (!m.date.isValid())
            continue;
        q.prepare(u"INSERT INTO annotation (pilot_id, date, kind, label) VALUES (?, ?, ?, ?)"_s);
        q.addBindValue(QString::fromUtf16(m.kind) == u"outage"_s ? QVariant() : QVariant(pilot));
        q.addBindValue(m.date.toString(Qt::ISODate));
        q.addBindValue(QString::fromUtf16(m.kind));
        q.addBindValue(m.label);
        if (!q.exec())
            return Status::failure(q.lastError().text());
    }
    return {};
}

Status populate(Workspace &workspace, const DemoData &data, const std::function<void(int)> &progress)
{
    auto report = [&](int percent) {
        if (progress)
            progress(percent);
    };
    QSqlDatabase db = workspace.database();
    if (auto s = workspace.setTimeZone(QTimeZone(data.timeZone.toUtf8())); !s)
        return s;
    PilotRepository pilots(db);
    if (auto s = pilots.saveProgram(data.program); !s)
        return s;
    for (const Pilot &p : data.pilots) {
        Pilot copy = p;
        copy.id = 0;
        if (auto id = pilots.insert(copy); !id)
            return Status::failure(id.error());
    }
    report(2);

    {
        DataWriter w(db, workspace.timeZone());
        if (auto s = w.begin(demoBatch(u"roster"_s, u"roster.csv"_s)); !s)
            return s;
        for (const LearnerRecord &l : data.roster)
            if (auto id = w.upsertLearner(l); !id)
                return Status::failure(id.error());
        const qint64 n = data.roster.size();
        if (auto s = w.commit({n, n, 0, 0}); !s)
            return s;
    }
    report(5);

    {
        DataWriter w(db, workspace.timeZone());
        if (auto s = w.begin(demoBatch(u"events"_s, u"events.csv"_s)); !s)
            return s;
        for (const CourseRecord &c : data.courses) {
            auto course = w.courseId(c.name, c.durationMinutes);
            if (!course)
                return Status::failure(course.error());
            for (int i = 0; i < c.contents.size(); ++i)
                if (auto ct = w.contentId(*course, c.contents.at(i), i + 1); !ct)
                    return Status::failure(ct.error());
        }
        // Identical rows are separate events; number them so each one counts.
        QHash<quint64, int> seen;
        BatchCounts counts;
        const qsizetype total = data.events.size();
        for (qsizetype i = 0; i < total; ++i) {
            const EventRecord &e = data.events.at(i);
            const int occurrence = ++seen[DataWriter::fingerprint(e)];
            auto added = w.addEvent(e, occurrence);
            if (!added)
                return Status::failure(added.error());
            ++counts.rowsRead;
            ++(*added ? counts.imported : counts.duplicates);
            if (i % 20000 == 0)
                report(5 + int(85 * i / qMax<qsizetype>(1, total)));
        }
        if (auto s = w.commit(counts); !s)
            return s;
    }
    report(90);

    {
        DataWriter w(db, workspace.timeZone());
        if (auto s = w.begin(demoBatch(u"performance"_s, u"performance.csv"_s)); !s)
            return s;
        BatchCounts counts;
        for (const PerformanceRecord &r : data.performance) {
            auto added = w.addPerformance(r);
            if (!added)
                return Status::failure(added.error());
            ++counts.rowsRead;
            ++(*added ? counts.imported : counts.duplicates);
        }
        if (auto s = w.commit(counts); !s)
            return s;
    }
    if (auto s = populateJourney(db, data); !s)
        return s;
    if (auto s = populateTargets(db); !s)
        return s;
    report(100);
    if (data.events.isEmpty())
        return Status::failure(QCoreApplication::translate("Uptake::Demo", "The demo generator produced no events."));
    workspace.notifyProgramChanged();
    workspace.notifyPilotsChanged();
    workspace.notifyDataChanged();
    return {};
}

Status createDemoWorkspace(const QString &path, bool overwrite, const Options &options,
                           const std::function<void(int)> &progress)
{
    if (Dialect::isServerUrl(path)) {
        // A team workspace: created in its (empty) database, then filled there; the server keeps it.
        const DemoData data = generate(options);
        auto ws = Workspace::create(path, QTimeZone(data.timeZone.toUtf8()));
        if (!ws)
            return Status::failure(ws.error());
        return populate(**ws, data, progress);
    }
    const QFileInfo info(path);
    if (info.exists() && !overwrite)
        return Status::failure(
            QCoreApplication::translate("Uptake::Demo", "Cannot create “%1”: a file with that name already exists.")
                .arg(QDir::toNativeSeparators(path)));
    if (info.exists())
        if (const auto owner = WorkspaceLock::owner(path))
            return Status::failure(WorkspaceLock::lockedMessage(path, *owner));
    const QString temp = info.absoluteFilePath() + u".demo"_s;
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(temp + suffix);
    const DemoData data = generate(options);
    {
        auto ws = Workspace::create(temp, QTimeZone(data.timeZone.toUtf8()), true);
        if (!ws)
            return Status::failure(ws.error());
        if (auto s = populate(**ws, data, progress); !s) {
            ws->reset();
            QFile::remove(temp);
            return s;
        }
    }
    // Closing the last connection checkpointed the WAL into the main file. Flush it, then replace the
    // target in one rename, so a crash leaves the old file or the whole demo.
    Sqlite::syncPath(temp);
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s})
        QFile::remove(info.absoluteFilePath() + suffix);
    if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(info.absoluteFilePath()).constData()) != 0) {
        QFile::remove(temp);
        return Status::failure(
            QCoreApplication::translate("Uptake::Demo", "Cannot create “%1”: the file could not be moved into place.")
                .arg(QDir::toNativeSeparators(path)));
    }
    Sqlite::syncPath(info.absolutePath());
    return {};
}

} // namespace Uptake::Demo
