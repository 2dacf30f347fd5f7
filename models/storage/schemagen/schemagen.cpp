// uptake_schemagen OUTPUT.cpp: runs the workspace migrations (models/storage/schema.h) in an in-memory database and
// writes the shape they make as a C++ source defining Uptake::generatedSchemaShape (see storage/expectedschema.h).
// The build runs it whenever schema.h or this tool changes. An unchanged result leaves OUTPUT untouched, so nothing
// that depends on it rebuilds.

#include "storage/schema.h"
#include "storage/schemashape.h"

#include <QFile>
#include <QSaveFile>
#include <QString>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: uptake_schemagen OUTPUT.cpp\n");
        return 1;
    }
    QString error;
    const Uptake::SchemaShape shape = Uptake::migratedSchemaShape(Uptake::Schema::CurrentVersion, &error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "uptake_schemagen: the migrations fail: %s\n", error.toLocal8Bit().constData());
        return 1;
    }
    const QByteArray source =
        Uptake::schemaShapeSource(shape, Uptake::Schema::CurrentVersion, QByteArrayLiteral("generatedSchemaShape"));
    const QString path = QFile::decodeName(argv[1]);
    QFile old(path);
    if (old.open(QIODevice::ReadOnly) && old.readAll() == source)
        return 0;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(source) != source.size() || !out.commit()) {
        std::fprintf(stderr, "uptake_schemagen: cannot write %s: %s\n", argv[1],
                     out.errorString().toLocal8Bit().constData());
        return 1;
    }
    return 0;
}
