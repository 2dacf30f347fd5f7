// Shared by every fuzz target: a QCoreApplication (SQL drivers and translations need one), quiet Qt messages,
// and a check that aborts, so libFuzzer (or the corpus replay in ctest) reports a broken invariant as a crash.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace Uptake::Fuzz {

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

[[noreturn]] inline void fail(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: invariant broken: %s\n", file, line, what);
    std::abort();
}

} // namespace Uptake::Fuzz

#define UPTAKE_FUZZ_CHECK(cond)                                                                                        \
    do {                                                                                                               \
        if (!(cond))                                                                                                   \
            ::Uptake::Fuzz::fail(#cond, __FILE__, __LINE__);                                                           \
    } while (false)

// One per executable: each fuzz target includes this header from exactly one source file.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static int qtArgc = 1;
    static char name[] = "uptake-fuzz";
    static char *qtArgv[] = {name, nullptr};
    Q_UNUSED(argc);
    Q_UNUSED(argv);
    qputenv("QT_LOGGING_RULES", "*.debug=false;*.warning=false");
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    static QCoreApplication app(qtArgc, qtArgv);
    return 0;
}
