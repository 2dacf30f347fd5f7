// The import history's item models: ImportsModel (the Data page's history table and the details of an import:
// SHA-256, the format, the columns behind each field) and RejectedRowsModel, both under QAbstractItemModelTester.

#include "import/importer.h"
#include "import/importprofile.h"
#include "import/presets.h"
#include "itemmodels/importsmodel.h"
#include "itemmodels/rejectedrowsmodel.h"
#include "storage/importrepository.h"
#include "storage/workspace.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Uptake;

namespace {

QString json(const Import::ImportProfile &profile)
{
    return QString::fromUtf8(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact));
}

ImportBatch batch(qint64 id, const QString &profile)
{
    ImportBatch b;
    b.id = id;
    b.kind = u"events"_s;
    b.fileName = u"log %1.csv"_s.arg(id);
    b.fileSize = 859065;
    b.sha256 = u"ab"_s.repeated(32);
    b.importedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 30), QTimeZone::utc());
    b.encoding = u"UTF-8"_s;
    b.delimiter = u";"_s;
    b.dateFormat = u"epoch"_s;
    b.rowsRead = 1200;
    b.imported = 1190;
    b.rejected = 4;
    b.duplicates = 6;
    b.profile = profile;
    return b;
}

} // namespace

class TestImportModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(m_dir.isValid());
    }

    void importsModelUnderTester()
    {
        ImportsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setBatches({batch(2, {}), batch(1, {})});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ImportsModel::ColumnCount));
        for (int c = 0; c < model.columnCount(); ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
        QCOMPARE(model.index(1, 0).data(ImportsModel::BatchIdRole).toLongLong(), 1);
        model.setBatches({});
        QCOMPARE(model.rowCount(), 0);
    }

    void columns_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("rightAligned");
        QTest::newRow("file") << int(ImportsModel::File) << u"log 1.csv"_s << false;
        QTest::newRow("kind") << int(ImportsModel::Kind) << u"Learning events"_s << false;
        QTest::newRow("format") << int(ImportsModel::Format) << u"Moodle logstore_standard_log table"_s << false;
        QTest::newRow("when") << int(ImportsModel::ImportedAt)
                              << QLocale().toString(
                                     QDateTime(QDate(2026, 11, 2), QTime(9, 30), QTimeZone::utc()).toLocalTime(),
                                     QLocale::ShortFormat)
                              << false;
        QTest::newRow("size") << int(ImportsModel::Size) << QLocale().formattedDataSize(859065) << true;
        QTest::newRow("read") << int(ImportsModel::Read) << u"1,200"_s << true;
        QTest::newRow("imported") << int(ImportsModel::Imported) << u"1,190"_s << true;
        QTest::newRow("rejected") << int(ImportsModel::Rejected) << u"4"_s << true;
        QTest::newRow("duplicates") << int(ImportsModel::Duplicates) << u"6"_s << true;
    }

    void columns()
    {
        QFETCH(int, column);
        QFETCH(QString, text);
        QFETCH(bool, rightAligned);
        ImportsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBatches({batch(1, json(Import::findPreset(u"moodle-logstore"_s)->profile))});
        const QModelIndex index = model.index(0, column);
        QCOMPARE(index.data().toString(), text);
        QCOMPARE(index.data(Qt::TextAlignmentRole).isValid(), rightAligned);
    }

    /// Which format the history names, and the columns its tooltip lists, for what an import recorded.
    void format_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("mapping");

        const Import::ImportProfile logstore = Import::findPreset(u"moodle-logstore"_s)->profile;
        QTest::newRow("preset as it comes")
            << json(logstore) << u"Moodle logstore_standard_log table"_s
            << u"Learner ← userid · Time ← timecreated · Course ← courseid · Content item ← contextinstanceid · "
               "Event ← eventname"_s;

        Import::ImportProfile adjusted = logstore;
        adjusted.mapping[u"content"_s] = {u"objectid"_s};
        QTest::newRow("preset with a column changed")
            << json(adjusted) << u"Moodle logstore_standard_log table (mapping adjusted)"_s
            << u"Learner ← userid · Time ← timecreated · Course ← courseid · Content item ← objectid · "
               "Event ← eventname"_s;

        // What every import through these presets records: not an adjustment.
        Import::ImportProfile generic = Import::findPreset(u"events"_s)->profile;
        generic.mapping = {{u"learner"_s, {u"User"_s}}, {u"timestamp"_s, {u"When"_s}}, {u"event"_s, {u"What"_s}}};
        QTest::newRow("generic preset, columns found in the header")
            << json(generic) << u"Generic learning events"_s << u"Learner ← User · Time ← When · Event ← What"_s;
        Import::ImportProfile gradebook = Import::findPreset(u"moodle-gradebook"_s)->profile;
        gradebook.mapping.remove(u"department"_s);
        QTest::newRow("preset whose column the file lacks")
            << json(gradebook) << u"Moodle gradebook export (participants)"_s
            << u"Learner ← Email address · Name ← First name + Surname · Email ← Email address"_s;
        Import::ImportProfile fixed = logstore;
        fixed.mapping.remove(u"course"_s);
        fixed.constants = {{u"course"_s, u"Safety 101"_s}};
        QTest::newRow("preset with a fixed value instead of a column")
            << json(fixed) << u"Moodle logstore_standard_log table (mapping adjusted)"_s
            << u"Learner ← userid · Time ← timecreated · Course = “Safety 101” · Content item ← contextinstanceid · "
               "Event ← eventname"_s;

        Import::ImportProfile custom;
        custom.mapping = {
            {u"learner"_s, {u"First name"_s, u"Surname"_s}}, {u"timestamp"_s, {u"When"_s}}, {u"event"_s, {u"What"_s}}};
        custom.constants = {{u"course"_s, u"Safety 101"_s}};
        QTest::newRow("custom, with a composed field and a fixed one")
            << json(custom) << u"Custom mapping"_s
            << u"Learner ← First name + Surname · Time ← When · Course = “Safety 101” · Event ← What"_s;

        QTest::newRow("the demo's own batches") << u"{\"preset\":\"demo\"}"_s << u"Demo data"_s << QString();
        QTest::newRow("a preset of a newer Uptake")
            << u"{\"preset\":\"canvas-2031\"}"_s << u"canvas-2031"_s << QString();
        QTest::newRow("nothing recorded") << QString() << QString() << QString();
        QTest::newRow("unreadable") << u"{\"preset\":"_s << QString() << QString();
    }

    void format()
    {
        QFETCH(QString, profile);
        QFETCH(QString, format);
        QFETCH(QString, mapping);
        ImportsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBatches({batch(1, profile)});
        const QModelIndex index = model.index(0, ImportsModel::Format);
        QCOMPARE(index.data().toString(), format);
        QCOMPARE(index.data(Qt::ToolTipRole).toString(), mapping);
        const QString details = index.data(ImportsModel::DetailsRole).toString();
        if (!format.isEmpty())
            QVERIFY2(details.contains(u"Format: "_s + format + u';'), qPrintable(details));
        if (!mapping.isEmpty())
            QVERIFY2(details.contains(u"Columns: "_s + mapping), qPrintable(details));
        // What the file itself told us is there whatever the profile.
        QVERIFY2(details.contains(u"SHA-256: "_s + u"ab"_s.repeated(32)), qPrintable(details));
        QVERIFY2(details.contains(u"UTF-8, semicolon-separated, dates like "_s), qPrintable(details));
    }

    void delimiters_data()
    {
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<QString>("label");
        QTest::newRow("comma") << u","_s << u"comma-separated"_s;
        QTest::newRow("semicolon") << u";"_s << u"semicolon-separated"_s;
        QTest::newRow("tab") << u"\t"_s << u"tab-separated"_s;
        QTest::newRow("pipe") << u"|"_s << u"pipe-separated"_s;
        QTest::newRow("other") << u"#"_s << u"separated by “#”"_s;
    }

    void delimiters()
    {
        QFETCH(QString, delimiter);
        QFETCH(QString, label);
        QCOMPARE(ImportsModel::delimiterLabel(delimiter), label);
    }

    void detailsOfABatchWithoutAFile()
    {
        ImportBatch b = batch(1, u"{\"preset\":\"demo\"}"_s);
        b.fileSize = 0;
        b.sha256.clear();
        b.delimiter.clear();
        b.dateFormat.clear();
        ImportsModel model;
        model.setBatches({b});
        QCOMPARE(model.index(0, ImportsModel::Size).data().toString(), u"–"_s);
        const QStringList lines = model.index(0, 0).data(ImportsModel::DetailsRole).toString().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith(u"log 1.csv — Learning events, imported "_s), qPrintable(lines.at(0)));
        QCOMPARE(lines.at(1), u"Format: Demo data; read as UTF-8"_s);
    }

    /// End to end: a real Moodle log table dump imported, then read back from the workspace's history.
    void historyOfARealImport()
    {
        const QString file = Test::sharedData(u"real/moodle_logstore_raw/logs_moodle.csv"_s);
        if (!QFileInfo::exists(file))
            QSKIP("the shared data is not here (UPTAKE_SHARED_DATA)");
        const QString ws = m_dir.filePath(u"history.uptake"_s);
        QVERIFY(Workspace::create(ws, QTimeZone("Europe/London")));
        Import::ImportProfile profile;
        profile.kind = Import::DataKind::Events;
        const Import::ImportResult result = Import::importFile(ws, file, profile);
        QVERIFY2(result.committed, qPrintable(result.error));

        auto workspace = Workspace::open(ws);
        QVERIFY(workspace);
        const auto batches = ImportRepository((*workspace)->database()).batches();
        QVERIFY(batches);
        QCOMPARE(batches->size(), 1);
        ImportsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBatches(*batches);
        QCOMPARE(model.index(0, ImportsModel::Format).data().toString(), u"Moodle logstore_standard_log table"_s);
        const QStringList lines = model.index(0, 0).data(ImportsModel::DetailsRole).toString().split(u'\n');
        QCOMPARE(lines.value(1), u"SHA-256: "_s + QString::fromLatin1(Test::fileHash(file).toHex()));
        QVERIFY2(lines.value(2).startsWith(u"Format: Moodle logstore_standard_log table; read as UTF-8, "_s),
                 qPrintable(lines.value(2)));
        QVERIFY2(lines.value(2).endsWith(u"comma-separated, dates like 1691418240"_s), qPrintable(lines.value(2)));
        QVERIFY2(lines.value(3).startsWith(u"Columns: Learner ← userid · Time ← timecreated"_s),
                 qPrintable(lines.value(3)));
        QCOMPARE(
            lines.value(4),
            u"Counted as completed: \\core\\event\\course_completed, \\core\\event\\course_module_completion_updated"_s);
    }

    /// A file in no particular format, imported with what Uptake detects: the generic preset, not "adjusted".
    void historyOfAGenericImport()
    {
        const QString ws = m_dir.filePath(u"generic.uptake"_s);
        QVERIFY(Workspace::create(ws, QTimeZone("Europe/London")));
        const QString file = m_dir.filePath(u"hr-log.csv"_s);
        QVERIFY(Test::writeFile(file, "learner,timestamp,event\nana,2024-03-01T10:00:00Z,viewed\n"));
        Import::ImportProfile profile;
        profile.kind = Import::DataKind::Events;
        const Import::ImportResult result = Import::importFile(ws, file, profile);
        QVERIFY2(result.committed, qPrintable(result.error));
        auto workspace = Workspace::open(ws);
        QVERIFY(workspace);
        const auto batches = ImportRepository((*workspace)->database()).batches();
        QVERIFY(batches && batches->size() == 1);
        QCOMPARE(ImportsModel::formatLabel(batches->first()), u"Generic learning events"_s);
    }

    void rejectedRowsModelUnderTester()
    {
        RejectedRowsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({{12345, u"Time"_s, u"yesterday"_s, u"expected a date like 7/08/23, 14:24"_s, u"a,b"_s},
                       {7, u"Learner"_s, QString(), u"required"_s, u"x"_s}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(RejectedRowsModel::ColumnCount));
        QCOMPARE(model.index(0, RejectedRowsModel::Line).data().toString(), u"12,345"_s);
        QCOMPARE(model.index(0, RejectedRowsModel::ColumnName).data().toString(), u"Time"_s);
        QCOMPARE(model.index(0, RejectedRowsModel::Value).data().toString(), u"yesterday"_s);
        QCOMPARE(model.index(1, RejectedRowsModel::Message).data().toString(), u"required"_s);
        for (int c = 0; c < model.columnCount(); ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestImportModels)
#include "tst_importmodels.moc"
