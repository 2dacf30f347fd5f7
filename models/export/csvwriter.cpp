#include "csvwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Uptake {

QString csvCell(const QString &value)
{
    QString v = value;
    if (!v.isEmpty()) {
        const QChar first = v.front();
        // A number like -3 or +4 is data, not a formula; keep it as it is.
        bool numeric = false;
        v.toDouble(&numeric);
        if (!numeric &&
            (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r'))
            v.prepend(u'\'');
    }
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r') || v.contains(u';'))
        v = u'"' + v.replace(u'"', u"\"\""_s) + u'"';
    return v;
}

Status writeCsvFile(const QString &path, const QStringList &header, const QList<QStringList> &rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(QCoreApplication::translate("Uptake::Export", "Cannot write “%1”: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    auto line = [](const QStringList &cells) {
        QStringList out;
        out.reserve(cells.size());
        for (const QString &c : cells)
            out << csvCell(c);
        return (out.join(u',') + u"\r\n"_s).toUtf8();
    };
    file.write("\xEF\xBB\xBF");
    file.write(line(header));
    for (const QStringList &row : rows)
        file.write(line(row));
    if (!file.commit())
        return Status::failure(QCoreApplication::translate("Uptake::Export", "Cannot write “%1”: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace Uptake
