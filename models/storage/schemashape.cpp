#include "schemashape.h"

#include "schema.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Uptake {

namespace {

/// The rows of one query as text (NULL as a null QString). Stops at the first error, which goes to error.
QList<QStringList> queryRows(sqlite3 *db, const QString &sql, QString *error)
{
    QList<QStringList> rows;
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    int rc = sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &stmt, nullptr);
    if (rc == SQLITE_OK) {
        const int columns = sqlite3_column_count(stmt);
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            QStringList row;
            row.reserve(columns);
            for (int i = 0; i < columns; ++i) {
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, i));
                row.append(text ? QString::fromUtf8(text, sqlite3_column_bytes(stmt, i)) : QString());
            }
            rows.append(row);
        }
    }
    if (rc != SQLITE_DONE && error && error->isEmpty())
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(stmt);
    return rows;
}

QString text(const char *utf8)
{
    return utf8 ? QString::fromUtf8(utf8) : QString();
}

QByteArray literalOrNull(const QString &value)
{
    return value.isNull() ? "nullptr"_ba : cppStringLiteral(value);
}

} // namespace

SchemaShape readSchemaShape(sqlite3 *db, QString *error)
{
    SchemaShape shape;
    if (!db) {
        if (error)
            *error = u"no database connection"_s;
        return shape;
    }
    QString failure;
    for (const QStringList &row :
         queryRows(db, u"SELECT type, name, coalesce(sql, '') FROM sqlite_schema"_s, &failure)) {
        const QString &type = row.at(0);
        const QString &name = row.at(1);
        if (name.startsWith(u"sqlite_"_s))
            continue; // SQLite's own (sqlite_sequence, sqlite_stat1, autoindexes)
        if (type == u"table"_s) {
            if (row.at(2).startsWith(u"CREATE VIRTUAL TABLE"_s, Qt::CaseInsensitive)) {
                shape.virtualTables.insert(name);
                continue;
            }
            QList<SchemaColumn> columns;
            QString quoted = name;
            quoted.replace(u'"', u"\"\""_s);
            for (const QStringList &c : queryRows(db, u"PRAGMA table_info(\""_s + quoted + u"\")"_s, &failure))
                columns.append({c.at(1), c.at(2).toUpper(), c.at(3) == u"1"_s, c.at(4), c.at(5).toInt()});
            shape.tables.insert(name, columns);
        } else if (type == u"index"_s) {
            shape.indexes.insert(name, row.at(2).simplified());
        } else if (type == u"trigger"_s) {
            shape.triggers.append(name);
        } else if (type == u"view"_s) {
            shape.views.append(name);
        }
    }
    if (error)
        *error = failure;
    return shape;
}

SchemaShape migratedSchemaShape(int version, QString *error)
{
    sqlite3 *db = nullptr;
    QString failure;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK) {
        failure = QString::fromUtf8(sqlite3_errmsg(db));
    } else {
        for (int v = 1; v <= version && v <= Schema::CurrentVersion && failure.isEmpty(); ++v) {
            char *message = nullptr;
            if (sqlite3_exec(db, Schema::Migrations[size_t(v - 1)], nullptr, nullptr, &message) != SQLITE_OK)
                failure = u"migration %1: %2"_s.arg(v).arg(text(message));
            sqlite3_free(message);
        }
    }
    SchemaShape shape;
    if (failure.isEmpty())
        shape = readSchemaShape(db, &failure);
    sqlite3_close(db);
    if (error)
        *error = failure;
    return shape;
}

SchemaShape schemaShapeFromData(const SchemaShapeData &data)
{
    SchemaShape shape;
    // Columns come table by table, so each table's list is filled in one place of the map.
    QList<SchemaColumn> *table = nullptr;
    const char *tableName = nullptr;
    for (const SchemaShapeData::Column &c : data.columns) {
        if (!tableName || qstrcmp(tableName, c.table) != 0) {
            tableName = c.table;
            table = &shape.tables[text(c.table)];
        }
        table->append({text(c.name), text(c.type), c.notNull, text(c.defaultValue), c.primaryKey});
    }
    for (const SchemaShapeData::Index &index : data.indexes)
        shape.indexes.insert(text(index.name), text(index.sql));
    for (const char *name : data.virtualTables)
        shape.virtualTables.insert(text(name));
    for (const char *name : data.triggers)
        shape.triggers.append(text(name));
    for (const char *name : data.views)
        shape.views.append(text(name));
    return shape;
}

QByteArray cppStringLiteral(const QString &text)
{
    QByteArray out = "\"";
    for (const char ch : text.toUtf8()) {
        const auto byte = quint8(ch);
        switch (ch) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '?': // never the start of a trigraph
            out += "\\?";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (byte >= 0x20 && byte < 0x7F) {
                out += ch;
            } else {
                // Three octal digits always end the escape, whatever follows (a hex escape would run on).
                out += '\\';
                out += char('0' + (byte >> 6));
                out += char('0' + ((byte >> 3) & 7));
                out += char('0' + (byte & 7));
            }
        }
    }
    out += '"';
    return out;
}

QByteArray schemaShapeSource(const SchemaShape &shape, int version, const QByteArray &dataName)
{
    const QByteArray v = QByteArray::number(version);
    QByteArray out;
    out += "// Generated at build time by uptake_schemagen (models/storage/schemagen/) from the migrations in\n"
           "// models/storage/schema.h: the shape of workspace schema version " +
           v +
           ". Do not edit.\n\n"
           "#include \"storage/schema.h\"\n"
           "#include \"storage/schemashape.h\"\n\n"
           "static_assert(Uptake::Schema::CurrentVersion == " +
           v +
           ", \"generated for another schema version\");\n\n"
           "namespace Uptake {\n"
           "namespace {\n\n";
    // Arrays only for what is there: C++ has no empty arrays, and an empty span needs none.
    QByteArray columns = "{}", indexes = "{}", virtualTables = "{}", triggers = "{}", views = "{}";
    if (!shape.tables.isEmpty()) {
        out += "constexpr SchemaShapeData::Column columns[] = {\n";
        for (auto it = shape.tables.cbegin(); it != shape.tables.cend(); ++it)
            for (const SchemaColumn &c : *it)
                out += "    {" + cppStringLiteral(it.key()) + ", " + cppStringLiteral(c.name) + ", " +
                       cppStringLiteral(c.type) + ", " + (c.notNull ? "true" : "false") + ", " +
                       literalOrNull(c.defaultValue) + ", " + QByteArray::number(c.primaryKey) + "},\n";
        out += "};\n\n";
        columns = "columns";
    }
    if (!shape.indexes.isEmpty()) {
        out += "constexpr SchemaShapeData::Index indexes[] = {\n";
        for (auto it = shape.indexes.cbegin(); it != shape.indexes.cend(); ++it)
            out += "    {" + cppStringLiteral(it.key()) + ",\n     " + cppStringLiteral(*it) + "},\n";
        out += "};\n\n";
        indexes = "indexes";
    }
    auto names = [&out](const char *array, QStringList list, QByteArray &span) {
        if (list.isEmpty())
            return;
        out += "constexpr const char *" + QByteArray(array) + "[] = {\n";
        for (const QString &name : list)
            out += "    " + cppStringLiteral(name) + ",\n";
        out += "};\n\n";
        span = array;
    };
    QStringList virtualNames = shape.virtualTables.values();
    virtualNames.sort();
    names("virtualTables", virtualNames, virtualTables);
    names("triggers", shape.triggers, triggers);
    names("views", shape.views, views);
    out += "} // namespace\n\n"
           "extern const SchemaShapeData " +
           dataName + "{" + v + ", " + columns + ", " + indexes + ", " + virtualTables + ", " + triggers + ", " +
           views +
           "};\n\n"
           "} // namespace Uptake\n";
    return out;
}

} // namespace Uptake
