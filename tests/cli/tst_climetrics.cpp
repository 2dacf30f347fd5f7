// `uptake metrics` as users run it on the demo workspace: the JSON shape the README documents, the same numbers
// as the library computes, the pilot's targets and comparison, CSV and text output, and its usage errors. On both
// back ends (tests/support/backendfixture.h): the CLI takes a team workspace's URL where it takes a file.

#include "backendfixture.h"
#include "demo/demoworkspace.h"
#include "metrics/metrics.h"
#include "storage/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Uptake;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run uptake(const QStringList &args, const QList<std::pair<QString, QString>> &extraEnv = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : extraEnv)
        env.insert(name, value);
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s); // the command must not need a display
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("UPTAKE_BINARY"), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

/// Every key path of a JSON value ("a/b/[]/c"), to compare the shape of two documents.
void collectKeys(const QJsonValue &v, const QString &path, QStringList *keys)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            keys->append(path + u'/' + it.key());
            collectKeys(it.value(), path + u'/' + it.key(), keys);
        }
    } else if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            collectKeys(item, path + u"/[]"_s, keys);
    }
}

QJsonObject json(const Run &r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << error.errorString() << r.out.left(200);
    return doc.object();
}

} // namespace

class TestCliMetrics : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Test::BackendFixture m_backend;
    QString m_demo; ///< a file, or a team workspace's URL (tests/support/backendfixture.h)

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("UPTAKE_BINARY")), "UPTAKE_BINARY must name the built uptake");
        QVERIFY(m_dir.isValid());
        UPTAKE_INIT_BACKEND(m_backend);
        m_demo = m_backend.location(u"demo"_s);
        auto created = Demo::createDemoWorkspace(m_demo, true);
        QVERIFY2(created, qPrintable(created.error()));
    }

    void init() { m_backend.init(); }
    void cleanupTestCase() { m_backend.tearDown(); }

    void jsonShape()
    {
        const Run r = uptake({u"metrics"_s, m_demo, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QJsonObject o = json(r);
        for (const char *key : {"window", "learners", "weekly_active_users", "completion",
                                "time_to_first_completion_days", "drop_off", "learning_time", "learning_performance",
                                "heatmap", "retention", "under_engaged", "stopped_engaging", "annotations"})
            QVERIFY2(o.contains(QLatin1StringView(key)), key);
        QVERIFY(!o.contains(u"targets"_s)); // only with --pilot
        const QJsonObject window = o.value(u"window"_s).toObject();
        QCOMPARE(window.value(u"timezone"_s).toString(), u"Europe/London"_s);
        QVERIFY(QDate::fromString(window.value(u"from"_s).toString(), Qt::ISODate).isValid());
        QCOMPARE(o.value(u"learners"_s).toInt(), 600);

        const QJsonArray weeks = o.value(u"weekly_active_users"_s).toArray();
        QVERIFY(weeks.size() >= 10);
        const QRegularExpression isoWeek(u"^\\d{4}-W\\d{2}$"_s);
        for (const QJsonValue &v : weeks) {
            const QJsonObject w = v.toObject();
            QVERIFY(isoWeek.match(w.value(u"week"_s).toString()).hasMatch());
            const QDate start = QDate::fromString(w.value(u"start"_s).toString(), Qt::ISODate);
            QCOMPARE(start.dayOfWeek(), 1); // Monday
            int year = 0;
            const int number = start.weekNumber(&year);
            QCOMPARE(w.value(u"week"_s).toString(), u"%1-W%2"_s.arg(year).arg(number, 2, 10, QLatin1Char('0')));
            QCOMPARE(w.value(u"active_rate"_s).toDouble(), w.value(u"active"_s).toDouble() / 600.0);
        }
        const QJsonObject completion = o.value(u"completion"_s).toObject();
        QVERIFY(completion.value(u"overall_rate"_s).toDouble() > 0);
        const QJsonObject course = completion.value(u"by_course"_s).toArray().first().toObject();
        for (const char *key : {"course", "learners", "completed", "rate"})
            QVERIFY2(course.contains(QLatin1StringView(key)), key);
        const QJsonObject ttfc = o.value(u"time_to_first_completion_days"_s).toObject();
        QVERIFY(ttfc.value(u"p25"_s).toDouble() <= ttfc.value(u"median"_s).toDouble());
        QVERIFY(ttfc.value(u"median"_s).toDouble() <= ttfc.value(u"p75"_s).toDouble());
        QVERIFY(ttfc.value(u"n"_s).toInt() > 0);
        const QJsonObject lp = o.value(u"learning_performance"_s).toObject();
        for (const char *key : {"kpi", "activity", "pearson_r", "ci_low", "ci_high", "spearman_rho", "n"})
            QVERIFY2(lp.contains(QLatin1StringView(key)), key);
        QCOMPARE(lp.value(u"activity"_s).toString(), u"minutes"_s);
        QVERIFY(lp.value(u"ci_low"_s).toDouble() < lp.value(u"pearson_r"_s).toDouble());
        QVERIFY(lp.value(u"pearson_r"_s).toDouble() < lp.value(u"ci_high"_s).toDouble());
        // The demo's learning-to-performance story: a moderate positive correlation over all 600 roster members
        // (those who learned nothing count with 0 minutes): r ≈ 0.44 for minutes, 0.47 for events.
        QCOMPARE(lp.value(u"n"_s).toInt(), 600);
        QVERIFY2(qAbs(lp.value(u"pearson_r"_s).toDouble() - 0.44) < 0.05,
                 qPrintable(QString::number(lp.value(u"pearson_r"_s).toDouble())));

        // The same numbers as the library computes for the same (empty) filter.
        auto ws = Workspace::open(m_demo, Workspace::Access::ReadOnly);
        QVERIFY(ws);
        auto set = Metrics::compute((*ws)->database(), {});
        QVERIFY(set);
        QCOMPARE(r.out, QString::fromUtf8(QJsonDocument(Metrics::toJson(*set)).toJson(QJsonDocument::Indented)));
    }

    void germanTextSameJson()
    {
        // The language follows the system's locale: the text comes out in German, the JSON is the same document.
        const QList<std::pair<QString, QString>> german{
            {u"LANGUAGE"_s, u"de"_s}, {u"LANG"_s, u"de_DE.UTF-8"_s}, {u"LC_ALL"_s, u"de_DE.UTF-8"_s}};
        const QList<std::pair<QString, QString>> english{
            {u"LANGUAGE"_s, u"en"_s}, {u"LANG"_s, u"en_US.UTF-8"_s}, {u"LC_ALL"_s, u"en_US.UTF-8"_s}};
        const Run text = uptake({u"metrics"_s, m_demo}, german);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(u"Wöchentlich aktive Nutzer"_s), qPrintable(text.out.left(400)));
        QVERIFY(!text.out.contains(u"Weekly active users"_s));
        const Run definitions = uptake({u"metrics"_s, u"--definitions"_s}, german);
        QCOMPARE(definitions.exitCode, 0);
        QVERIFY2(definitions.out.contains(u"Abschlussquote"_s), qPrintable(definitions.out.left(400)));

        const Run de = uptake({u"metrics"_s, m_demo, u"--json"_s}, german);
        const Run en = uptake({u"metrics"_s, m_demo, u"--json"_s}, english);
        QCOMPARE(de.exitCode, 0);
        QCOMPARE(en.exitCode, 0);
        QStringList deKeys, enKeys;
        collectKeys(json(de), QString(), &deKeys);
        collectKeys(json(en), QString(), &enKeys);
        QVERIFY(enKeys.contains(u"/weekly_active_users/[]/active_rate"_s));
        QCOMPARE(deKeys, enKeys);
        // Numbers and dates do not follow the locale either (labels meant for people may be translated).
        QCOMPARE(json(de).value(u"weekly_active_users"_s), json(en).value(u"weekly_active_users"_s));
        QCOMPARE(json(de).value(u"window"_s), json(en).value(u"window"_s));
    }

    void pilotTargetsAndComparison()
    {
        const Run r = uptake(
            {u"metrics"_s, m_demo, u"--pilot"_s, u"customer support: learning in the flow of work"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = json(r);
        QVERIFY(o.value(u"learners"_s).toInt() < 600);
        const QJsonArray targets = o.value(u"targets"_s).toArray();
        QVERIFY(!targets.isEmpty());
        const QJsonObject rate = targets.first().toObject();
        QCOMPARE(rate.value(u"kpi"_s).toString(), u"active_rate"_s);
        const QJsonArray checkpoints = rate.value(u"checkpoints"_s).toArray();
        QCOMPARE(checkpoints.size(), 3);
        for (const QJsonValue &c : checkpoints) {
            const QString status = c.toObject().value(u"status"_s).toString();
            QVERIFY2(QStringList({u"not_due"_s, u"on_track"_s, u"at_risk"_s, u"off_track"_s}).contains(status),
                     qPrintable(status));
        }
        // The demo's story: the pilot cohort's active rate from ~23% to ~65%, the rest stays ~24%.
        const QJsonObject vs = o.value(u"pilot_vs_rest"_s).toObject();
        const QJsonObject pilot = vs.value(u"pilot"_s).toObject();
        const QJsonObject rest = vs.value(u"rest"_s).toObject();
        QVERIFY(qAbs(pilot.value(u"baseline_active_rate"_s).toDouble() - 0.23) < 0.05);
        QVERIFY(qAbs(pilot.value(u"active_rate"_s).toDouble() - 0.65) < 0.05);
        QVERIFY(qAbs(rest.value(u"active_rate"_s).toDouble() - 0.24) < 0.05);
        QVERIFY(qAbs(rest.value(u"baseline_active_rate"_s).toDouble() - 0.24) < 0.05);
        QVERIFY(vs.value(u"active_rate_did"_s).toDouble() > 0.3);
        QCOMPARE(vs.value(u"kpis"_s).toArray().size(), 5);
    }

    void filtersAndFormats()
    {
        // A cohort and a window narrow the set; events as the activity measure.
        Run r = uptake({u"metrics"_s, m_demo, u"--cohort"_s, u"department=Customer Support"_s, u"--from"_s,
                        u"2026-09-21"_s, u"--to"_s, u"2026-10-18"_s, u"--activity"_s, u"events"_s,
                        u"--session-timeout"_s, u"15"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QJsonObject o = json(r);
        QCOMPARE(o.value(u"window"_s).toObject().value(u"from"_s).toString(), u"2026-09-21"_s);
        QCOMPARE(o.value(u"weekly_active_users"_s).toArray().size(), 4);
        QVERIFY(o.value(u"learners"_s).toInt() < 600);
        QCOMPARE(o.value(u"learning_performance"_s).toObject().value(u"activity"_s).toString(), u"events"_s);
        QCOMPARE(o.value(u"learning_time"_s).toObject().value(u"session_timeout_minutes"_s).toInt(), 15);

        r = uptake({u"metrics"_s, m_demo, u"--csv"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(u"week,start,active,cohort,active_rate,learning_minutes\n"_s));

        r = uptake({u"metrics"_s, u"--definitions"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"Weekly active users and active rate\n"_s));
        QVERIFY(r.out.contains(u"Time to first completion\n"_s));

        r = uptake({u"metrics"_s, m_demo, u"--pilot"_s, u"customer support: learning in the flow of work"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"diff. in diff."_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"pace line"_s));

        r = uptake({u"metrics"_s, m_demo});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Weekly active users"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"Correlation is not causation."_s));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::addRow("no workspace") << QStringList{} << 1 << u"exactly one WORKSPACE"_s;
        QTest::addRow("json and csv") << QStringList{u"--json"_s, u"--csv"_s} << 1 << u"--json"_s;
        QTest::addRow("bad activity") << QStringList{u"--activity"_s, u"hours"_s} << 1 << u"minutes or events"_s;
        QTest::addRow("bad timeout") << QStringList{u"--session-timeout"_s, u"25"_s} << 1 << u"--session-timeout"_s;
        QTest::addRow("bad date") << QStringList{u"--from"_s, u"21/09/2026"_s} << 1 << u"--from"_s;
        QTest::addRow("bad cohort") << QStringList{u"--cohort"_s, u"Support"_s} << 1 << u"ATTRIBUTE=VALUE"_s;
        QTest::addRow("unknown pilot") << QStringList{u"--pilot"_s, u"Nope"_s} << 2 << u"Nope"_s;
        QTest::addRow("window backwards")
            << QStringList{u"--from"_s, u"2026-10-01"_s, u"--to"_s, u"2026-09-01"_s} << 2 << u"2026-09-01"_s;
    }

    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QStringList all{u"metrics"_s};
        if (QTest::currentDataTag() != QByteArray("no workspace"))
            all << m_demo;
        const Run r = uptake(all + args + QStringList{u"--json"_s});
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        if (QTest::currentDataTag() != QByteArray("json and csv"))
            QVERIFY(r.out.isEmpty()); // --json keeps stdout clean on errors
    }
};

QTEST_GUILESS_MAIN(TestCliMetrics)
#include "tst_climetrics.moc"
