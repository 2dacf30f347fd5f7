#include "expectedschema.h"

#include "schema.h"

#include <QMutex>

namespace Uptake {

/// Defined in the source uptake_schemagen writes into the build folder (models/CMakeLists.txt).
extern const SchemaShapeData generatedSchemaShape;

const SchemaShape &expectedSchemaShape(int version)
{
    if (version == Schema::CurrentVersion) {
        static const SchemaShape current = schemaShapeFromData(generatedSchemaShape);
        return current;
    }
    static QMap<int, SchemaShape> older;
    static QMutex mutex;
    QMutexLocker locker(&mutex);
    auto it = older.find(version);
    if (it == older.end())
        it = older.insert(version, migratedSchemaShape(version));
    return *it;
}

} // namespace Uptake
