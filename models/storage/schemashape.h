#pragma once

// What a workspace schema holds, read from an SQLite database, and the same written as plain data. Opening a
// workspace compares the file's shape with the one Uptake's migrations make (Workspace::schemaProblems). Running the
// migrations to learn that shape takes 40–50 ms (each ALTER TABLE re-parses the whole schema), so the build runs them
// once (uptake_schemagen, models/storage/schemagen/) and compiles the current version's shape in as data
// (expectedschema.h). This file builds into that generator too: it needs only Qt Core and SQLite.

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <span>

struct sqlite3;

namespace Uptake {

/// One table's column as PRAGMA table_info describes it.
struct SchemaColumn
{
    QString name;
    QString type; ///< upper case
    bool notNull = false;
    QString defaultValue; ///< the default's SQL text; null when there is none
    int primaryKey = 0;   ///< position in the primary key (1-based), 0 when not part of it
    friend bool operator==(const SchemaColumn &, const SchemaColumn &) = default;
};

/// What a schema holds: tables with their columns, indexes with their SQL, and everything else by type. SQLite's
/// own objects (sqlite_sequence, sqlite_stat1, automatic indexes) are left out.
struct SchemaShape
{
    QMap<QString, QList<SchemaColumn>> tables;
    QSet<QString> virtualTables;
    QMap<QString, QString> indexes; ///< name → SQL, whitespace simplified
    QStringList triggers;
    QStringList views;
    friend bool operator==(const SchemaShape &, const SchemaShape &) = default;
};

/// A SchemaShape as constant data, the form the generated source holds. Strings are UTF-8; a null defaultValue is a
/// column without a default.
struct SchemaShapeData
{
    struct Column
    {
        const char *table;
        const char *name;
        const char *type;
        bool notNull;
        const char *defaultValue;
        int primaryKey;
    };
    struct Index
    {
        const char *name;
        const char *sql;
    };
    int version = 0;
    std::span<const Column> columns; ///< table by table, each table's in column order
    std::span<const Index> indexes;
    std::span<const char *const> virtualTables;
    std::span<const char *const> triggers;
    std::span<const char *const> views;
};

/// Reads the shape of db's main schema. On a failed query, error (when given) receives SQLite's message and the
/// shape is incomplete.
SchemaShape readSchemaShape(sqlite3 *db, QString *error = nullptr);
/// The shape Uptake's migrations 1..version make, built by running them in an in-memory database (slow: see above).
SchemaShape migratedSchemaShape(int version, QString *error = nullptr);

SchemaShape schemaShapeFromData(const SchemaShapeData &data);
/// A C++ source file defining `const SchemaShapeData dataName` in namespace Uptake with shape as data, for version.
QByteArray schemaShapeSource(const SchemaShape &shape, int version, const QByteArray &dataName);
/// text as a C++ string literal ("…", with escapes) whose bytes are text in UTF-8.
QByteArray cppStringLiteral(const QString &text);

} // namespace Uptake
