#pragma once

// Small helpers shared by the test executables.

#include <QCryptographicHash>
#include <QFile>
#include <QString>

namespace Uptake::Test {

/// SHA-256 of a file's bytes, or an empty array when it cannot be read.
inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline QString sharedData(const QString &relative)
{
    return qEnvironmentVariable("UPTAKE_SHARED_DATA") + u'/' + relative;
}

} // namespace Uptake::Test
