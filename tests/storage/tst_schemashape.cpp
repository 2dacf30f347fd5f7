// The expected workspace schema: the shape the build generated (uptake_schemagen) is the one the migrations make, the
// generator's C++ literals mean the bytes they were made from, and a file at an older version is still checked
// against that version's own shape.

#include "rawsql.h"
#include "storage/expectedschema.h"
#include "storage/schema.h"
#include "storage/schemashape.h"
#include "storage/workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace Uptake;

namespace {

/// The first difference between two shapes, named for a failure message; empty when they are equal.
QString firstDifference(const SchemaShape &a, const SchemaShape &b)
{
    const QStringList aTables = a.tables.keys(), bTables = b.tables.keys();
    if (aTables != bTables)
        return u"tables %1 / %2"_s.arg(aTables.join(u','), bTables.join(u','));
    for (auto it = a.tables.cbegin(); it != a.tables.cend(); ++it) {
        const QList<SchemaColumn> &other = b.tables.value(it.key());
        if (it->size() != other.size())
            return u"table %1 has %2 / %3 columns"_s.arg(it.key()).arg(it->size()).arg(other.size());
        for (qsizetype i = 0; i < it->size(); ++i) {
            const SchemaColumn &x = it->at(i), &y = other.at(i);
            if (!(x == y))
                return u"%1 column %2: %3 %4 %5 %6 %7 / %8 %9 %10 %11 %12"_s.arg(it.key())
                    .arg(i)
                    .arg(x.name, x.type)
                    .arg(x.notNull)
                    .arg(x.defaultValue)
                    .arg(x.primaryKey)
                    .arg(y.name, y.type)
                    .arg(y.notNull)
                    .arg(y.defaultValue)
                    .arg(y.primaryKey);
        }
    }
    for (auto it = a.indexes.cbegin(); it != a.indexes.cend(); ++it)
        if (b.indexes.value(it.key()) != *it)
            return u"index %1: %2 / %3"_s.arg(it.key(), *it, b.indexes.value(it.key()));
    if (a.indexes.keys() != b.indexes.keys())
        return u"indexes %1 / %2"_s.arg(a.indexes.keys().join(u','), b.indexes.keys().join(u','));
    if (a.triggers != b.triggers || a.views != b.views || a.virtualTables != b.virtualTables)
        return u"triggers, views or virtual tables"_s;
    return {};
}

using Uptake::Test::rawExec;

} // namespace

class TestSchemaShape : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The guard against a generator that writes something else than it read: the build regenerates the data whenever
    // schema.h changes, so the two can only differ through the generator itself.
    void generatedShapeIsWhatTheMigrationsMake()
    {
        QString error;
        const SchemaShape migrated = migratedSchemaShape(Schema::CurrentVersion, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const SchemaShape &generated = expectedSchemaShape(Schema::CurrentVersion);
        QVERIFY2(generated == migrated, qPrintable(firstDifference(generated, migrated)));
    }

    // Spot checks read off schema.h by hand, so an empty or half-read shape cannot pass for a good one.
    void generatedShapeHoldsSchemaH_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("notNull");
        QTest::addColumn<QString>("defaultValue");
        QTest::addColumn<int>("primaryKey");

        QTest::addRow("pilot.id") << u"pilot"_s << u"id"_s << u"INTEGER"_s << false << QString() << 1;
        QTest::addRow("pilot.name") << u"pilot"_s << u"name"_s << u"TEXT"_s << true << QString() << 0;
        QTest::addRow("pilot.duration_weeks")
            << u"pilot"_s << u"duration_weeks"_s << u"INTEGER"_s << true << u"6"_s << 0;
        QTest::addRow("pilot.status") << u"pilot"_s << u"status"_s << u"TEXT"_s << true << u"'planned'"_s << 0;
        QTest::addRow("pilot.start_date") << u"pilot"_s << u"start_date"_s << u"TEXT"_s << false << QString() << 0;
        // Added by migration 6 with ALTER TABLE: last in the table.
        QTest::addRow("pilot.row_version") << u"pilot"_s << u"row_version"_s << u"INTEGER"_s << true << u"1"_s << 0;
        QTest::addRow("plan_action.updated_at")
            << u"plan_action"_s << u"updated_at"_s << u"TEXT"_s << true << u"''"_s << 0;
        QTest::addRow("import_batch.file_size")
            << u"import_batch"_s << u"file_size"_s << u"INTEGER"_s << true << u"0"_s << 0;
    }

    void generatedShapeHoldsSchemaH()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        QFETCH(QString, type);
        QFETCH(bool, notNull);
        QFETCH(QString, defaultValue);
        QFETCH(int, primaryKey);
        const SchemaShape &shape = expectedSchemaShape(Schema::CurrentVersion);
        QVERIFY(shape.tables.contains(table));
        const QList<SchemaColumn> columns = shape.tables.value(table);
        const auto found =
            std::find_if(columns.cbegin(), columns.cend(), [&](const SchemaColumn &c) { return c.name == column; });
        QVERIFY(found != columns.cend());
        QCOMPARE(found->type, type);
        QCOMPARE(found->notNull, notNull);
        QCOMPARE(found->defaultValue, defaultValue);
        QCOMPARE(found->defaultValue.isNull(), defaultValue.isNull());
        QCOMPARE(found->primaryKey, primaryKey);
    }

    void generatedShapeHasNoCode()
    {
        const SchemaShape &shape = expectedSchemaShape(Schema::CurrentVersion);
        // Version 5 made the event identity time first.
        QCOMPARE(shape.indexes.value(u"event_identity"_s),
                 u"CREATE UNIQUE INDEX event_identity ON event (ts, fingerprint, occurrence)"_s);
        QCOMPARE(shape.tables.value(u"pilot"_s).size(), 11); // 8 from migration 1, 3 from migration 6
        QVERIFY(shape.triggers.isEmpty());
        QVERIFY(shape.views.isEmpty());
        QVERIFY(shape.virtualTables.isEmpty());
    }

    void olderVersionsHaveTheirOwnShape()
    {
        const SchemaShape &v5 = expectedSchemaShape(5);
        QCOMPARE(v5, migratedSchemaShape(5));
        QCOMPARE(v5.tables.value(u"pilot"_s).size(), 8); // no row versions before version 6
        QCOMPARE(expectedSchemaShape(4).indexes.value(u"event_identity"_s),
                 u"CREATE UNIQUE INDEX event_identity ON event (fingerprint, occurrence)"_s);
    }

    // open() checks a file at an older version against that version's shape before upgrading it.
    void olderDamagedFileIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString intact = dir.filePath(u"v4.uptake"_s);
        QVERIFY(Workspace::createAtVersion(intact, 4, QTimeZone::utc()));
        {
            auto db = Workspace::openConnection(intact, u"intact"_s, Workspace::Access::ReadOnly);
            QVERIFY(db);
            const QStringList problems = Workspace::schemaProblems(*db, 4);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
        }
        Workspace::closeConnection(u"intact"_s);
        const QString damaged = dir.filePath(u"v4-damaged.uptake"_s);
        QVERIFY(Workspace::createAtVersion(damaged, 4, QTimeZone::utc()));
        QVERIFY(rawExec(damaged, "DROP INDEX event_identity;"));
        auto ws = Workspace::open(damaged);
        QVERIFY(!ws);
        QVERIFY2(ws.error().contains(u"indexes are missing (event_identity)"_s), qPrintable(ws.error()));
    }

    void shapeFromData()
    {
        static constexpr SchemaShapeData::Column columns[] = {
            {"a", "x", "INTEGER", false, nullptr, 1},
            {"a", "y", "TEXT", true, "''", 0},
            {"b", "z", "REAL", true, "0.5", 0},
        };
        static constexpr SchemaShapeData::Index indexes[] = {{"a_y", "CREATE INDEX a_y ON a (y)"}};
        static constexpr const char *views[] = {"v1", "v0"};
        const SchemaShape shape = schemaShapeFromData({7, columns, indexes, {}, {}, views});
        SchemaShape expected;
        expected.tables.insert(u"a"_s,
                               {{u"x"_s, u"INTEGER"_s, false, QString(), 1}, {u"y"_s, u"TEXT"_s, true, u"''"_s, 0}});
        expected.tables.insert(u"b"_s, {{u"z"_s, u"REAL"_s, true, u"0.5"_s, 0}});
        expected.indexes.insert(u"a_y"_s, u"CREATE INDEX a_y ON a (y)"_s);
        expected.views = {u"v1"_s, u"v0"_s};
        QVERIFY2(shape == expected, qPrintable(firstDifference(shape, expected)));
        QVERIFY(shape.tables.value(u"a"_s).at(0).defaultValue.isNull());
    }

    void cppLiterals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("literal"); // what the generated source says, quotes and backslashes included

        QTest::addRow("plain") << u"CREATE INDEX i ON t (a, b)"_s << QByteArray("\"CREATE INDEX i ON t (a, b)\"");
        QTest::addRow("empty") << u""_s << QByteArray("\"\"");
        QTest::addRow("quotes") << u"it's \"x\""_s << QByteArray("\"it's \\\"x\\\"\"");
        QTest::addRow("backslash") << u"a\\b"_s << QByteArray("\"a\\\\b\"");
        QTest::addRow("trigraph") << u"?\?="_s << QByteArray("\"\\?\\?=\"");
        QTest::addRow("line and tab") << u"a\n\tb"_s << QByteArray("\"a\\n\\tb\"");
        QTest::addRow("control byte before a digit") << u"\u00017"_s << QByteArray("\"\\0017\"");
        QTest::addRow("non-ASCII as UTF-8 bytes") << u"é€"_s << QByteArray("\"\\303\\251\\342\\202\\254\"");
    }

    void cppLiterals()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, literal);
        QCOMPARE(cppStringLiteral(text), literal);
    }

    void generatedSource()
    {
        SchemaShape shape;
        shape.tables.insert(u"t"_s,
                            {{u"id"_s, u"INTEGER"_s, false, QString(), 1}, {u"n"_s, u"TEXT"_s, true, u"''"_s, 0}});
        const QByteArray source = schemaShapeSource(shape, 3, "data");
        QVERIFY(source.contains("static_assert(Uptake::Schema::CurrentVersion == 3,"));
        QVERIFY(source.contains("    {\"t\", \"id\", \"INTEGER\", false, nullptr, 1},\n"
                                "    {\"t\", \"n\", \"TEXT\", true, \"''\", 0},\n"));
        // No indexes, triggers, views or virtual tables: empty spans, not empty arrays (which C++ does not have).
        QVERIFY(source.contains("extern const SchemaShapeData data{3, columns, {}, {}, {}, {}};"));
        QVERIFY(!source.contains("indexes[]"));
    }
};

QTEST_GUILESS_MAIN(TestSchemaShape)
#include "tst_schemashape.moc"
