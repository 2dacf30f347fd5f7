// A workspace file from elsewhere: the bytes are written to a .uptake file and opened through the real open path
// (Workspace::open, read-only and then read-write, which upgrades older schemas), then read through the
// repositories the way the program and journey pages do. A damaged or foreign file must be refused with a message,
// never crash.

#include "fuzzsupport.h"

#include "storage/importrepository.h"
#include "storage/journeyrepository.h"
#include "storage/pilotrepository.h"
#include "storage/workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Uptake;
using namespace Qt::StringLiterals;

namespace {

void readEverything(Workspace &ws)
{
    (void)ws.schemaVersion();
    (void)ws.quickCheck();
    (void)ws.timeZone();
    const QSqlDatabase db = ws.database();
    PilotRepository pilots(db);
    (void)pilots.program();
    JourneyRepository journey(db);
    if (auto list = pilots.pilots()) {
        for (const Pilot &p : *list) {
            (void)journey.checklist(p.id);
            (void)journey.barriers(p.id);
            (void)journey.interviews(p.id);
            (void)journey.decisions(p.id);
            (void)journey.actions(p.id);
            if (auto cycles = journey.cycles(p.id))
                for (const PlanCycle &c : *cycles)
                    (void)journey.feedback(c.id);
        }
    }
    ImportRepository imports(db);
    if (auto batches = imports.batches())
        for (const ImportBatch &b : *batches)
            (void)imports.rejectedRows(b.id);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(u"fuzz.uptake"_s);
    // Start clean: no file, journal or backup from the input before.
    for (const QString &name : QDir(dir.path()).entryList(QDir::Files))
        QFile::remove(dir.filePath(name));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            std::abort();
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    (void)Workspace::readHeader(path);
    for (Workspace::Access access : {Workspace::Access::ReadOnly, Workspace::Access::ReadWrite}) {
        auto ws = Workspace::open(path, access);
        if (ws)
            readEverything(**ws);
        else
            UPTAKE_FUZZ_CHECK(!ws.error().isEmpty());
    }
    return 0;
}
