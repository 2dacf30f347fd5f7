// The command line, run as users run it: the real binary, its exit codes, stdout and stderr.

#include "testutil.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run uptake(const QStringList &args, const QString &configHome = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!configHome.isEmpty())
        env.insert(u"XDG_CONFIG_HOME"_s, configHome); // the user's settings, where saved profiles live
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s); // subcommands must not need a display at all
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("UPTAKE_BINARY"), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("UPTAKE_BINARY")), "UPTAKE_BINARY must name the built uptake");
        QVERIFY(m_dir.isValid());
    }

    void helpAndVersion_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::addRow("--help") << QStringList{u"--help"_s} << u"uptake init WORKSPACE"_s;
        QTest::addRow("-h") << QStringList{u"-h"_s} << u"uptake info WORKSPACE"_s;
        QTest::addRow("--version") << QStringList{u"--version"_s} << u"Uptake " UPTAKE_VERSION ""_s;
        QTest::addRow("init --help") << QStringList{u"init"_s, u"--help"_s} << u"--timezone"_s;
        QTest::addRow("info --help") << QStringList{u"info"_s, u"--help"_s} << u"--json"_s;
        // A command's help names it as people type it, not the binary's path.
        QTest::addRow("import --help usage")
            << QStringList{u"import"_s, u"--help"_s} << u"Usage: uptake import [options] WORKSPACE FILE"_s;
        QTest::addRow("report --help usage")
            << QStringList{u"report"_s, u"--help"_s} << u"Usage: uptake report [options] WORKSPACE"_s;
    }

    void helpAndVersion()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run r = uptake(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(expected), qPrintable(r.out));
        QVERIFY(r.err.isEmpty());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::addRow("unknown option") << QStringList{u"--frobnicate"_s} << u"--frobnicate"_s;
        QTest::addRow("init without path") << QStringList{u"init"_s} << u"exactly one WORKSPACE"_s;
        QTest::addRow("info two paths") << QStringList{u"info"_s, u"a"_s, u"b"_s} << u"exactly one WORKSPACE"_s;
        QTest::addRow("bad timezone") << QStringList{u"init"_s, u"x.uptake"_s, u"--timezone"_s, u"Mars/Olympus"_s}
                                      << u"Mars/Olympus"_s;
        QTest::addRow("unknown init option") << QStringList{u"init"_s, u"x.uptake"_s, u"--colour"_s} << u"colour"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run r = uptake(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void initThenInfo()
    {
        const QString path = m_dir.filePath(u"plain.uptake"_s);
        Run r = uptake({u"init"_s, path, u"--timezone"_s, u"Europe/Berlin"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QDir::toNativeSeparators(path)));

        r = uptake({u"init"_s, path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"already exists"_s), qPrintable(r.err));
        r = uptake({u"init"_s, path, u"--force"_s, u"--timezone"_s, u"Europe/Berlin"_s});
        QCOMPARE(r.exitCode, 0);

        r = uptake({u"info"_s, path, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(u"timezone"_s).toString(), u"Europe/Berlin"_s);
        QVERIFY(o.value(u"schema_version"_s).toInt() >= 1);
        QCOMPARE(o.value(u"pilots"_s).toArray().size(), 0);
        QCOMPARE(o.value(u"counts"_s).toObject().value(u"events"_s).toInt(), 0);
        QVERIFY(o.value(u"first_day"_s).isNull());

        r = uptake({u"info"_s, path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"No usage data yet"_s), qPrintable(r.out));
    }

    void infoOnBadFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::addRow("csv") << QByteArray("a,b\n1,2\n") << u"not an Uptake workspace"_s;
        QTest::addRow("missing") << QByteArray() << u"does not exist"_s;
    }

    void infoOnBadFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(u"bad-%1.uptake"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        if (!content.isEmpty())
            QVERIFY(Uptake::Test::writeFile(path, content));
        const QByteArray before = Uptake::Test::fileHash(path);
        const Run r = uptake({u"info"_s, path, u"--json"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY2(r.err.contains(QDir::toNativeSeparators(path)), qPrintable(r.err));
        QVERIFY(r.out.isEmpty()); // stdout stays machine-readable
        QCOMPARE(Uptake::Test::fileHash(path), before);
    }

    void demoWorkspace()
    {
        const QString path = m_dir.filePath(u"demo.uptake"_s);
        Run r = uptake({u"init"_s, path, u"--demo"_s});
        QCOMPARE(r.exitCode, 0);
        r = uptake({u"info"_s, path, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject counts = o.value(u"counts"_s).toObject();
        QVERIFY(counts.value(u"learners"_s).toInt() >= 500);
        QVERIFY(counts.value(u"roster_learners"_s).toInt() >= 500);
        QVERIFY(counts.value(u"courses"_s).toInt() >= 30);
        QVERIFY(counts.value(u"events"_s).toInt() > 50000);
        QVERIFY(counts.value(u"performance_values"_s).toInt() > 1000);
        QVERIFY(counts.value(u"failed_logins"_s).toInt() > 0);
        QCOMPARE(counts.value(u"imports"_s).toInt(), 3);
        QCOMPARE(o.value(u"pilots"_s).toArray().size(), 1);
        QVERIFY(!o.value(u"program"_s).toObject().value(u"organisation"_s).toString().isEmpty());
        const double rate = o.value(u"completion_rate"_s).toDouble();
        QVERIFY(rate > 0.05 && rate < 0.95);
        QVERIFY(o.value(u"last_week"_s).toObject().value(u"active"_s).toInt() > 0);

        r = uptake({u"info"_s, path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Weekly active:"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"Completion:"_s));
        // The completion line names its window: the last four weeks (the targets' current value), then all the
        // data (the Overview's figure for all learners).
        QVERIFY2(r.out.contains(u"in the last four weeks"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"over all the data"_s));
        const QJsonObject recent = o.value(u"recent_completion"_s).toObject();
        QVERIFY(recent.value(u"pairs"_s).toInt() > 0);
        QCOMPARE(QDate::fromString(recent.value(u"from"_s).toString(), Qt::ISODate)
                     .daysTo(QDate::fromString(recent.value(u"to"_s).toString(), Qt::ISODate)),
                 27);
    }

    void infoWeeklyActiveWhenDataEndsMidWeek_data()
    {
        QTest::addColumn<QByteArray>("log");
        QTest::addColumn<QString>("sevenFrom");
        QTest::addColumn<int>("sevenActive");
        QTest::addColumn<bool>("complete");
        QTest::addColumn<QString>("weekStart");
        QTest::addColumn<int>("weekActive");
        QTest::addColumn<QString>("line"); // the second line of "Weekly active:"
        // January 2024 began on a Monday. The data ends on Friday the 19th: the last full week is 8-14 January
        // (a, b, c), the seven days to the last event 13-19 January (a on the 16th, d on the 18th and 19th).
        QTest::addRow("ends on a Friday")
            << QByteArray("learner,timestamp,event\n"
                          "a,2024-01-08T10:00:00Z,viewed\nb,2024-01-08T11:00:00Z,viewed\n"
                          "c,2024-01-10T10:00:00Z,viewed\na,2024-01-16T10:00:00Z,viewed\n"
                          "d,2024-01-18T10:00:00Z,viewed\nd,2024-01-19T10:00:00Z,viewed\n")
            << u"2024-01-13"_s << 2 << true << u"2024-01-08"_s << 3 << u"3 in the last full week, Monday "_s;
        // Wednesday to Friday of one week: no full week yet (the old figure: 0), two active in the data's days.
        QTest::addRow("no full week") << QByteArray("learner,timestamp,event\n"
                                                    "a,2024-01-17T10:00:00Z,viewed\nb,2024-01-19T10:00:00Z,viewed\n")
                                      << u"2024-01-17"_s << 2 << false << u"2024-01-17"_s << 0
                                      << u"no full week (Monday to Sunday) in the data yet"_s;
    }
    void infoWeeklyActiveWhenDataEndsMidWeek()
    {
        QFETCH(QByteArray, log);
        QFETCH(QString, sevenFrom);
        QFETCH(int, sevenActive);
        QFETCH(bool, complete);
        QFETCH(QString, weekStart);
        QFETCH(int, weekActive);
        QFETCH(QString, line);
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        const QString ws = m_dir.filePath(u"midweek-%1.uptake"_s.arg(tag));
        const QString csv = m_dir.filePath(u"midweek-%1.csv"_s.arg(tag));
        QVERIFY(Uptake::Test::writeFile(csv, log));
        QCOMPARE(uptake({u"init"_s, ws, u"--timezone"_s, u"UTC"_s}).exitCode, 0);
        QCOMPARE(uptake({u"import"_s, ws, csv, u"--kind"_s, u"events"_s}).exitCode, 0);
        Run r = uptake({u"info"_s, ws, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject seven = o.value(u"last_7_days"_s).toObject();
        QCOMPARE(seven.value(u"from"_s).toString(), sevenFrom);
        QCOMPARE(seven.value(u"to"_s).toString(), u"2024-01-19"_s);
        QCOMPARE(seven.value(u"active"_s).toInt(), sevenActive);
        const QJsonObject week = o.value(u"last_week"_s).toObject(); // the fields it always had, and two more
        QCOMPARE(week.value(u"start"_s).toString(), weekStart);
        QCOMPARE(week.value(u"end"_s).toString(), u"2024-01-14"_s);
        QCOMPARE(week.value(u"complete"_s).toBool(), complete);
        QCOMPARE(week.value(u"active"_s).toInt(), weekActive);
        // In words: the seven days first, then the last full week named by its days, or that there is none yet
        // (dates and shares as the user's locale writes them, so only their words are compared).
        r = uptake({u"info"_s, ws});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u'\n');
        const qsizetype at = lines.indexOf(QRegularExpression(
            u"^Weekly active:  %1 learners in the last 7 days, .* of learners seen\\)$"_s.arg(sevenActive)));
        QVERIFY2(at >= 0, qPrintable(r.out));
        QVERIFY2(lines.value(at + 1).startsWith(u"                "_s + line), qPrintable(r.out));
    }

    void savedProfiles()
    {
        // Profiles are kept in the user's settings: a scratch settings folder keeps the real ones untouched.
        const QString config = m_dir.filePath(u"config"_s);
        QVERIFY(QDir().mkpath(config));
        const QString ws1 = m_dir.filePath(u"profiles-1.uptake"_s);
        const QString ws2 = m_dir.filePath(u"profiles-2.uptake"_s);
        QCOMPARE(uptake({u"init"_s, ws1, u"--timezone"_s, u"UTC"_s}, config).exitCode, 0);
        QCOMPARE(uptake({u"init"_s, ws2, u"--timezone"_s, u"UTC"_s}, config).exitCode, 0);
        const QString january = m_dir.filePath(u"hr-january.csv"_s);
        const QString february = m_dir.filePath(u"hr-february.csv"_s);
        QVERIFY(Uptake::Test::writeFile(january, "Employee,When,What happened\n"
                                                 "E1,2024-01-05T10:00:00Z,done\n"
                                                 "E2,2024-01-06T10:00:00Z,open\n"));
        QVERIFY(Uptake::Test::writeFile(february, "Employee,When,What happened\n"
                                                  "E1,2024-02-05T10:00:00Z,open\n"
                                                  "E3,2024-02-06T10:00:00Z,done\n"));

        // Unknown profile: a usage error that says none are saved yet.
        Run r = uptake({u"import"_s, ws1, january, u"--profile"_s, u"HR log"_s}, config);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"no profiles are saved yet"_s), qPrintable(r.err));
        // A built-in format's name cannot be taken.
        r = uptake({u"import"_s, ws1, january, u"--kind"_s, u"events"_s, u"--save-profile"_s, u"roster"_s}, config);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"built-in"_s));

        r = uptake({u"import"_s, ws1, january, u"--kind"_s, u"events"_s, u"--map"_s, u"learner=Employee"_s, u"--map"_s,
                    u"timestamp=When"_s, u"--map"_s, u"event=What happened"_s, u"--const"_s,
                    u"course=Forklift basics"_s, u"--completion-values"_s, u"done"_s, u"--save-profile"_s, u"HR log"_s,
                    u"--json"_s},
                   config);
        QCOMPARE(r.exitCode, 0);
        QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(u"imported"_s).toInt(), 2);
        QCOMPARE(o.value(u"saved_profile"_s).toString(), u"HR log"_s);
        // The days the new events cover, and their completions ("done").
        QCOMPARE(o.value(u"first_day"_s).toString(), u"2024-01-05"_s);
        QCOMPARE(o.value(u"last_day"_s).toString(), u"2024-01-06"_s);
        QCOMPARE(o.value(u"completions"_s).toInt(), 1);

        // Listed after the built-in formats, in text and in JSON.
        r = uptake({u"presets"_s}, config);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"Saved profiles (use with --profile NAME):"_s));
        QVERIFY2(r.out.contains(u"learner=Employee"_s), qPrintable(r.out));
        r = uptake({u"presets"_s, u"--json"_s}, config);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QJsonObject saved;
        for (const QJsonValue &v : list)
            if (v.toObject().value(u"saved"_s).toBool())
                saved = v.toObject();
        QCOMPARE(saved.value(u"name"_s).toString(), u"HR log"_s);
        QCOMPARE(saved.value(u"kind"_s).toString(), u"events"_s);
        QCOMPARE(saved.value(u"mapping"_s).toObject().value(u"event"_s).toString(), u"What happened"_s);
        QCOMPARE(saved.value(u"constants"_s).toObject().value(u"course"_s).toString(), u"Forklift basics"_s);
        QCOMPARE(saved.value(u"completion_values"_s).toArray(), QJsonArray{u"done"_s});

        // Next month, into another workspace, with nothing but the profile's name.
        r = uptake({u"import"_s, ws2, february, u"--profile"_s, u"HR log"_s}, config);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"  new events from 2024-02-05 to 2024-02-06, 1 of them completions\n"_s),
                 qPrintable(r.out));
        r = uptake({u"info"_s, ws2, u"--json"_s}, config);
        const QJsonObject counts = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"counts"_s).toObject();
        QCOMPARE(counts.value(u"events"_s).toInt(), 2);
        QCOMPARE(counts.value(u"courses"_s).toInt(), 1);
        // Another kind than the profile's is refused.
        r = uptake({u"import"_s, ws2, february, u"--profile"_s, u"HR log"_s, u"--kind"_s, u"roster"_s}, config);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"for events data, not roster"_s));
    }

    /// `uptake imports`: the history newest first (text and JSON), one import's rejected rows as CSV, and the
    /// batch ids that undo-import takes.
    void importsListsHistoryAndRejectedRows()
    {
        const QString ws = m_dir.filePath(u"history.uptake"_s);
        QCOMPARE(uptake({u"init"_s, ws, u"--timezone"_s, u"UTC"_s}).exitCode, 0);
        Run r = uptake({u"imports"_s, ws});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"Nothing imported yet.\n"_s);
        const QString log = m_dir.filePath(u"history-log.csv"_s);
        QVERIFY(Uptake::Test::writeFile(log, "learner,timestamp,event\n"
                                             "ana,2024-03-01T10:00:00Z,viewed\n"
                                             "bo,=1+1,viewed\n"
                                             "cy,2024-03-02T10:00:00Z,completed\n"
                                             "ana,2024-03-03T10:00:00Z,viewed\n"
                                             "cy,2024-03-04T10:00:00Z,viewed\n"));
        QCOMPARE(uptake({u"import"_s, ws, log, u"--kind"_s, u"events"_s}).exitCode, 0);
        const QString roster = m_dir.filePath(u"history-roster.csv"_s);
        QVERIFY(Uptake::Test::writeFile(roster, "learner,name\nana,Ana\nbo,Bo\ncy,Cy\n"));
        QCOMPARE(uptake({u"import"_s, ws, roster, u"--kind"_s, u"roster"_s}).exitCode, 0);

        r = uptake({u"imports"_s, ws});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), u"2  history-roster.csv (Roster: Generic roster)"_s);
        QVERIFY2(lines.at(1).endsWith(u"; rows read 3, imported 3, rejected 0, already present 0"_s),
                 qPrintable(lines.at(1)));
        QCOMPARE(lines.at(2), u"1  history-log.csv (Learning events: Generic learning events)"_s);
        QVERIFY2(lines.at(3).endsWith(u"; rows read 5, imported 4, rejected 1, already present 0"_s),
                 qPrintable(lines.at(3)));

        r = uptake({u"imports"_s, ws, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"imports"_s).toArray();
        QCOMPARE(list.size(), 2);
        const QJsonObject events = list.at(1).toObject();
        QCOMPARE(events.value(u"batch_id"_s).toInt(), 1);
        QCOMPARE(events.value(u"kind"_s).toString(), u"events"_s);
        QCOMPARE(events.value(u"format"_s).toString(), u"Generic learning events"_s);
        QCOMPARE(events.value(u"rejected"_s).toInt(), 1);
        QCOMPARE(events.value(u"sha256"_s).toString(), QString::fromLatin1(Uptake::Test::fileHash(log).toHex()));
        QCOMPARE(events.value(u"profile"_s).toObject().value(u"mapping"_s).toObject().value(u"learner"_s).toArray(),
                 QJsonArray{u"learner"_s});

        // The rejected row as CSV, its formula-like value neutralised as in every export.
        r = uptake({u"imports"_s, ws, u"--rejected"_s, u"1"_s});
        QCOMPARE(r.exitCode, 0);
        const QStringList csv = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(csv.size(), 2);
        QCOMPARE(csv.at(0), u"line,column,value,reason,row"_s);
        QVERIFY2(csv.at(1).startsWith(u"3,timestamp,'=1+1,"_s), qPrintable(csv.at(1)));

        r = uptake({u"imports"_s, ws, u"--rejected"_s, u"7"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"There is no import 7; 'uptake imports' lists them."_s), qPrintable(r.err));
        QCOMPARE(uptake({u"imports"_s, ws, u"--rejected"_s, u"one"_s}).exitCode, 1);
        QCOMPARE(uptake({u"imports"_s, ws, u"--rejected"_s, u"1"_s, u"--json"_s}).exitCode, 1);
        QCOMPARE(uptake({u"imports"_s}).exitCode, 1);
    }

    // A roster whose learners match nobody the workspace knows is imported with a warning on stderr (and in
    // --json's "warnings"); the exit code stays that of a committed import.
    void importWarnsWhenLearnersMatchNobody()
    {
        const QString ws = m_dir.filePath(u"overlap.uptake"_s);
        QCOMPARE(uptake({u"init"_s, ws, u"--timezone"_s, u"UTC"_s}).exitCode, 0);
        const QString log = m_dir.filePath(u"overlap-log.csv"_s);
        const QString roster = m_dir.filePath(u"overlap-roster.csv"_s);
        QVERIFY(Uptake::Test::writeFile(log, "learner,timestamp,event\nu1,2024-01-05T10:00:00Z,viewed\n"
                                             "u2,2024-01-06T10:00:00Z,viewed\nu3,2024-01-06T11:00:00Z,viewed\n"));
        QVERIFY(Uptake::Test::writeFile(roster, "learner,name,email\nE1,Ana Lima,ana@example.org\n"
                                                "E2,Bo Berg,bo@example.org\n"));
        Run r = uptake({u"import"_s, ws, log, u"--kind"_s, u"events"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"warnings"_s).toArray(), QJsonArray());
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QString warning = u"None of the 2 learners in this roster match a learner already in the workspace "
                                "(0%); learners are matched by id, email or full name — check the Learner column "
                                "mapping."_s;
        r = uptake({u"import"_s, ws, roster, u"--kind"_s, u"roster"_s, u"--dry-run"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err.trimmed(), u"uptake: warning: "_s + warning);
        QVERIFY(!r.out.contains(warning));
        // A dry run says what it would do: it imported nothing.
        QVERIFY2(r.out.contains(u"rows read 2, would import 2, rejected 0, already present 0"_s), qPrintable(r.out));
        r = uptake({u"import"_s, ws, roster, u"--kind"_s, u"roster"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(o.value(u"committed"_s).toBool());
        QCOMPARE(o.value(u"warnings"_s).toArray(), QJsonArray{warning});
        QCOMPARE(r.err.trimmed(), u"uptake: warning: "_s + warning);
    }

    void planExportOfTheDemo()
    {
        const QString path = m_dir.filePath(u"plan-demo.uptake"_s);
        QCOMPARE(uptake({u"init"_s, path, u"--demo"_s}).exitCode, 0);
        const Run md = uptake({u"plan"_s, path, u"--markdown"_s, u"--today"_s, u"2026-10-30"_s});
        QCOMPARE(md.exitCode, 0);
        QVERIFY2(md.out.contains(u"# Adoption plan: Customer Support: learning in the flow of work"_s),
                 qPrintable(md.out));
        QVERIFY(md.out.contains(u"### Cycle 1 (2026-09-21"_s));
        QVERIFY(md.out.contains(u"### Cycle 2 ("_s));
        QVERIFY(md.out.contains(u"- Measured: +"_s));
        QVERIFY(md.out.contains(u"completion of the module (n = "_s));
        QVERIFY(md.out.contains(u"**overdue**"_s));

        const Run js = uptake({u"plan"_s, path, u"--json"_s, u"--today"_s, u"2026-10-30"_s});
        QCOMPARE(js.exitCode, 0);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(js.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        for (const QString &key : {u"pilot"_s, u"today"_s, u"current_phase"_s, u"checklist"_s, u"diagnose"_s,
                                   u"design"_s, u"cycles"_s, u"govern"_s, u"actions"_s, u"buckets"_s})
            QVERIFY2(o.contains(key), qPrintable(key));
        QCOMPARE(o.value(u"pilot"_s).toObject().value(u"name"_s).toString(),
                 u"Customer Support: learning in the flow of work"_s);
        const QJsonArray cycles = o.value(u"cycles"_s).toArray();
        QCOMPARE(cycles.size(), 2);
        const QJsonObject effect =
            cycles.at(0).toObject().value(u"adaptations"_s).toArray().at(0).toObject().value(u"effect"_s).toObject();
        QCOMPARE(effect.value(u"kpi"_s).toString(), u"content_completion"_s);
        QVERIFY(effect.value(u"after"_s).toObject().value(u"rate"_s).toDouble() >
                effect.value(u"before"_s).toObject().value(u"rate"_s).toDouble());
        const QJsonObject diagnose = o.value(u"diagnose"_s).toObject();
        QCOMPARE(diagnose.value(u"interviews"_s).toArray().size(), 7);
        int overdue = 0;
        for (const QJsonValue &a : o.value(u"actions"_s).toArray())
            overdue += a.toObject().value(u"overdue"_s).toBool();
        QCOMPARE(overdue, 1);

        QCOMPARE(uptake({u"plan"_s, path, u"--pilot"_s, u"Nobody"_s}).exitCode, 2);
        QCOMPARE(uptake({u"plan"_s, path, u"--json"_s, u"--markdown"_s}).exitCode, 1);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
