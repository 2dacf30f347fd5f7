#include "demoworkspace.h"

#include "demo/demojourney.h"
#include "storage/datawriter.h"
#include "storage/pilotrepository.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Uptake::Demo {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Uptake::Demo", text);
}

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
    report(100);
    if (data.events.isEmpty())
        return Status::failure(tr("The demo generator produced no events."));
    workspace.notifyProgramChanged();
    workspace.notifyPilotsChanged();
    workspace.notifyDataChanged();
    return {};
}

Status createDemoWorkspace(const QString &path, bool overwrite, const Options &options,
                           const std::function<void(int)> &progress)
{
    const QFileInfo info(path);
    if (info.exists() && !overwrite)
        return Status::failure(
            tr("Cannot create “%1”: a file with that name already exists.").arg(QDir::toNativeSeparators(path)));
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
    // Closing the last connection checkpointed the WAL into the main file.
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(info.absoluteFilePath() + suffix);
    if (!QFile::rename(temp, info.absoluteFilePath())) {
        QFile::remove(temp);
        return Status::failure(
            tr("Cannot create “%1”: the file could not be moved into place.").arg(QDir::toNativeSeparators(path)));
    }
    return {};
}

} // namespace Uptake::Demo
