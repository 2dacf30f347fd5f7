// The whole import path short of writing: the bytes become a file that Import::importFile reads as a dry run into
// a real workspace (detection of xAPI or delimited text, sniffing, the preset and mapping, every value parsed and
// validated). Whatever the input, the result is either a clean refusal with a message or a count of rows, and the
// workspace is untouched.

#include "fuzzsupport.h"

#include "import/importer.h"
#include "storage/workspace.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Uptake;
using namespace Uptake::Import;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    static const QString workspace = [] {
        const QString path = dir.filePath(u"fuzz.uptake"_s);
        if (!Workspace::create(path, QTimeZone("Europe/Berlin"), true))
            std::abort();
        return path;
    }();
    const QString file = dir.filePath(u"input.csv"_s);
    {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    ImportOptions options;
    options.dryRun = true;
    const ImportResult r = importFile(workspace, file, ImportProfile{}, options);
    UPTAKE_FUZZ_CHECK(!r.committed);
    UPTAKE_FUZZ_CHECK(r.batchId == 0);
    UPTAKE_FUZZ_CHECK(r.errors.size() <= 50);
    // The preview reads the same file the wizard's way.
    const FilePreview preview = previewFile(file, ImportProfile{});
    UPTAKE_FUZZ_CHECK(preview.rows.size() <= 20);
    return 0;
}
