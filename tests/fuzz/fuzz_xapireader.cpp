// xAPI statements: one statement, an array, or JSON lines. Every statement read comes back either as an event
// or with an error, never both and never neither.

#include "fuzzsupport.h"

#include "import/xapireader.h"

using namespace Uptake::Import;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Uptake::Fuzz::bytesOf(data, size);
    (void)looksLikeXapi(bytes.left(64 * 1024));
    const auto items = readXapi(bytes, {u"completed"_s, u"passed"_s});
    if (items) {
        for (const XapiItem &item : *items) {
            UPTAKE_FUZZ_CHECK(item.line >= 1);
            if (item.error.isEmpty())
                UPTAKE_FUZZ_CHECK(!item.event.learnerId.isEmpty() && item.event.timestamp.isValid());
        }
    } else {
        UPTAKE_FUZZ_CHECK(!items.error().isEmpty());
    }
    // Durations come from result.duration; feed the raw text too.
    double minutes = 0;
    (void)parseIsoDuration(QString::fromUtf8(bytes.left(256)), &minutes);
    return 0;
}
