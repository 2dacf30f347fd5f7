// SQL metacharacters through every text field that reaches the workspace — the importer (CSV values and
// headers), the pilot editor and the journey repositories: each value comes back exactly as it went in and
// nothing else in the workspace changes.

#include "import/importer.h"
#include "storage/journeyrepository.h"
#include "storage/pilotrepository.h"
#include "storage/workspace.h"

#include "testutil.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Uptake;

namespace {

/// withNul adds values with NUL characters; long values (20,000 quotes) go only where no length limit applies
/// (the importer refuses learner ids over a few hundred characters, with a message, by design).
QStringList hostileStrings(bool withNul, bool withLong = true)
{
    QStringList list{
        u"'; DROP TABLE event; --"_s,      u"Robert'); DROP TABLE learner;--"_s,   u"\" OR \"1\"=\"1"_s,
        u"100% _done_ \\ ? :name @p $1"_s, u"*/ SELECT load_extension('x'); /*"_s, u"Zoë 🚀 «quoted» \t tab"_s,
    };
    if (withLong)
        list << QString(20000, u'\'');
    if (withNul)
        list << QStringLiteral("nul\0inside") << QString(1, QChar(0));
    return list;
}

/// Every table with its row count, and the schema's SQL: what "nothing else changed" compares.
QString fingerprint(const QSqlDatabase &db, const QStringList &skip = {})
{
    QSqlQuery q(db);
    QStringList parts;
    q.exec(u"SELECT name, sql FROM sqlite_schema ORDER BY name"_s);
    QStringList tables;
    while (q.next()) {
        parts << q.value(0).toString() + u'=' + q.value(1).toString();
        if (q.value(1).toString().startsWith(u"CREATE TABLE"_s))
            tables << q.value(0).toString();
    }
    for (const QString &t : tables) {
        if (skip.contains(t))
            continue;
        q.exec(u"SELECT count(*) FROM \""_s + t + u'"');
        q.next();
        parts << t + u':' + q.value(0).toString();
    }
    q.exec(u"SELECT organisation, lms_name, owner FROM program"_s);
    q.next();
    parts << q.value(0).toString() + q.value(1).toString() + q.value(2).toString();
    return parts.join(u'\n');
}

QByteArray csvField(const QString &value)
{
    QString v = value;
    return '"' + v.replace(u'"', u"\"\""_s).toUtf8() + '"';
}

} // namespace

class TestSqlMetachars final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_pilot = 0;

private Q_SLOTS:
    void initTestCase()
    {
        auto ws = Workspace::create(m_dir.filePath(u"meta.uptake"_s), QTimeZone::utc());
        QVERIFY2(ws, qPrintable(ws.error()));
        m_ws = std::move(*ws);
        Pilot p;
        p.name = u"Host pilot"_s;
        auto id = PilotRepository(m_ws->database()).insert(p);
        QVERIFY(id);
        m_pilot = *id;
    }

    void pilotFields()
    {
        PilotRepository repo(m_ws->database());
        int n = 0;
        for (const QString &s : hostileStrings(true)) {
            const QString before = fingerprint(m_ws->database(), {u"pilot"_s});
            Pilot p;
            p.name = u"P%1 "_s.arg(++n) + s;
            p.cohortDescription = s;
            p.owner = s;
            auto id = repo.insert(p);
            QVERIFY2(id, qPrintable(id.error()));
            p.id = *id;
            auto back = repo.pilot(*id);
            QVERIFY(back);
            QCOMPARE(back->name, p.name);
            QCOMPARE(back->cohortDescription, s);
            QCOMPARE(back->owner, s);
            QCOMPARE(fingerprint(m_ws->database(), {u"pilot"_s}), before);
        }
    }

    void journeyFields()
    {
        JourneyRepository repo(m_ws->database());
        for (const QString &s : hostileStrings(true)) {
            const QString before = fingerprint(m_ws->database(), {u"interview"_s, u"barrier"_s, u"decision"_s});
            Interview i;
            i.pilotId = m_pilot;
            i.name = u"I "_s + s;
            i.role = s;
            i.function = s;
            i.location = s;
            i.notes = s;
            i.date = QDate(2026, 3, 4);
            auto iid = repo.save(i);
            QVERIFY2(iid, qPrintable(iid.error()));
            i.id = *iid;
            QCOMPARE(repo.find(i)->value(), i);

            Barrier b;
            b.pilotId = m_pilot;
            b.title = u"B "_s + s;
            b.category = u"cat "_s + s; // a category must not be blank
            b.evidence = s;
            auto bid = repo.save(b);
            QVERIFY2(bid, qPrintable(bid.error()));
            b.id = *bid;
            QCOMPARE(repo.find(b)->value(), b);

            Decision d;
            d.pilotId = m_pilot;
            d.date = QDate(2026, 3, 5);
            d.decision = u"D "_s + s;
            d.rationale = s;
            d.owner = s;
            auto did = repo.save(d);
            QVERIFY2(did, qPrintable(did.error()));
            d.id = *did;
            QCOMPARE(repo.find(d)->value(), d);
            QCOMPARE(fingerprint(m_ws->database(), {u"interview"_s, u"barrier"_s, u"decision"_s}), before);
        }
    }

    void importedValuesAndHeaders()
    {
        const QStringList values = hostileStrings(false, false) << QString(200, u'\'');
        // The headers themselves are hostile too; the mapping names them.
        const QString learnerHeader = u"'; DROP TABLE learner; --"_s;
        const QString courseHeader = u"course\" OR 1=1 --"_s;
        QByteArray csv = csvField(learnerHeader) + ',' + csvField(courseHeader) + ",content,timestamp,event\n";
        int n = 0;
        for (const QString &s : values) {
            ++n;
            csv += csvField(u"L%1 "_s.arg(n) + s) + ',' + csvField(u"C%1 "_s.arg(n) + s) + ',' +
                   csvField(u"X%1 "_s.arg(n) + s) + ",2026-01-0" + QByteArray::number(n % 9 + 1) +
                   "T08:00:00Z,viewed\n";
        }
        const QString file = m_dir.filePath(u"hostile.csv"_s);
        QVERIFY(Test::writeFile(file, csv));
        Import::ImportProfile profile;
        profile.kind = Import::DataKind::Events;
        profile.mapping = {{u"learner"_s, {learnerHeader}},
                           {u"course"_s, {courseHeader}},
                           {u"content"_s, {u"content"_s}},
                           {u"timestamp"_s, {u"timestamp"_s}},
                           {u"event"_s, {u"event"_s}}};
        const QString before =
            fingerprint(m_ws->database(), {u"event"_s, u"learner"_s, u"course"_s, u"content"_s, u"import_batch"_s,
                                           u"learner_day"_s, u"learner_course_day"_s});
        const Import::ImportResult r = Import::importFile(m_ws->path(), file, profile);
        QVERIFY2(r.committed, qPrintable(r.error));
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.value(0).message + u" "_s + r.errors.value(0).column));
        QCOMPARE(r.imported, qint64(values.size()));
        QSqlQuery q(m_ws->database());
        auto all = [&q](const QString &sql) {
            QStringList out;
            q.exec(sql);
            while (q.next())
                out << q.value(0).toString();
            out.sort();
            return out;
        };
        QStringList learners, courses, contents;
        n = 0;
        for (const QString &s : values) {
            ++n;
            learners << u"L%1 "_s.arg(n) + s;
            courses << u"C%1 "_s.arg(n) + s;
            contents << u"X%1 "_s.arg(n) + s;
        }
        learners.sort();
        courses.sort();
        contents.sort();
        QCOMPARE(all(u"SELECT external_id FROM learner"_s), learners);
        QCOMPARE(all(u"SELECT name FROM course"_s), courses);
        QCOMPARE(all(u"SELECT name FROM content"_s), contents);
        QCOMPARE(fingerprint(m_ws->database(), {u"event"_s, u"learner"_s, u"course"_s, u"content"_s, u"import_batch"_s,
                                                u"learner_day"_s, u"learner_course_day"_s}),
                 before);
    }
};

QTEST_GUILESS_MAIN(TestSqlMetachars)
#include "tst_sqlmetachars.moc"
