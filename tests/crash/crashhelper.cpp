// A small child process for tst_killtest: does one kind of write to a workspace, then prints "done".
// The test kills it with SIGKILL at a random moment and checks what is left on disk.
//
//   uptake_crashhelper template WORKSPACE PILOT_ID ROUNDS   start a pilot's plan from the template as one
//                                                          undo step, then undo and redo it ROUNDS times
//   uptake_crashhelper saveas WORKSPACE TARGET             Save a Copy As
//   uptake_crashhelper hotjournal WORKSPACE                write with SQLite's rollback journal, as a big
//                                                          command-line import does, until pages reach the file,
//                                                          then end without committing: a hot journal is left
//   uptake_crashhelper holdjournal WORKSPACE               the same, then wait (holding the file) to be killed

#include "domain/pilot.h"
#include "editing/journeycommands.h"
#include "storage/pilotrepository.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QUndoStack>

#include <cstdio>
#include <cstdlib>

using namespace Uptake;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && (args.at(1) == QLatin1String("hotjournal") || args.at(1) == QLatin1String("holdjournal"))) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hot"));
        db.setDatabaseName(args.at(2));
        if (!db.open())
            return 2;
        QSqlQuery q(db);
        // A page cache of a few pages: the transaction's pages go to the file early, the journal first.
        for (const char *sql : {"PRAGMA journal_mode = DELETE", "PRAGMA cache_size = 5", "BEGIN IMMEDIATE"})
            if (!q.exec(QString::fromLatin1(sql)))
                return 2;
        for (int i = 0; i < 2000; ++i)
            if (!q.exec(
                    QStringLiteral("INSERT INTO meta (key, value) VALUES ('crash-%1', hex(randomblob(200)))").arg(i)))
                return 2;
        std::printf("done\n");
        std::fflush(stdout);
        if (args.at(1) == QLatin1String("holdjournal"))
            QThread::sleep(60);
        std::_Exit(0); // no commit, no rollback, no close: as if killed
    }
    if (args.size() < 4)
        return 1;
    auto ws = Workspace::open(args.at(2));
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.error()));
        return 2;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    if (args.at(1) == QLatin1String("template") && args.size() == 5) {
        auto pilot = PilotRepository((*ws)->database()).pilot(args.at(3).toLongLong());
        if (!pilot)
            return 2;
        QUndoStack stack;
        if (auto s = Editing::applyJourneyTemplate(stack, **ws, *pilot); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error()));
            return 2;
        }
        const int rounds = args.at(4).toInt();
        for (int i = 0; i < rounds; ++i) {
            stack.undo();
            stack.redo();
        }
    } else if (args.at(1) == QLatin1String("saveas")) {
        if (auto s = (*ws)->saveAs(args.at(3)); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error()));
            return 2;
        }
    } else {
        return 1;
    }
    std::printf("done\n");
    return 0;
}
