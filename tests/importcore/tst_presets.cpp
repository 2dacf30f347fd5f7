// Presets recognise real export headers and fill in a mapping; event words map to kinds.

#include "domain/records.h"
#include "import/presets.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Uptake;
using namespace Uptake::Import;

class TestPresets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detection_data()
    {
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<bool>("hasHeader");
        QTest::addColumn<int>("columns");
        QTest::addColumn<QString>("preset");
        QTest::addRow("moodle log")
            << QStringList{u""_s,          u"Time"_s,       u"User full name"_s, u"Affected user"_s, u"Event context"_s,
                           u"Component"_s, u"Event name"_s, u"Description"_s,    u"Origin"_s,        u"IP address"_s}
            << true << 10 << u"moodle-log"_s;
        QTest::addRow("moodle log, French") << QStringList{u"Heure"_s, u"Nom complet de l'utilisateur"_s,
                                                           u"Contexte de l'événement"_s, u"Nom de l'événement"_s}
                                            << true << 4 << u"moodle-log"_s;
        QTest::addRow("logstore dump") << QStringList{} << false << 21 << u"moodle-logstore"_s;
        QTest::addRow("oulad studentVle")
            << QStringList{u"code_module"_s, u"code_presentation"_s, u"id_student"_s, u"id_site"_s,
                           u"date"_s,        u"sum_click"_s}
            << true << 6 << u"oulad-studentvle"_s;
        QTest::addRow("oulad studentInfo") << QStringList{u"code_module"_s,
                                                          u"code_presentation"_s,
                                                          u"id_student"_s,
                                                          u"gender"_s,
                                                          u"region"_s,
                                                          u"highest_education"_s,
                                                          u"imd_band"_s,
                                                          u"age_band"_s,
                                                          u"num_of_prev_attempts"_s,
                                                          u"studied_credits"_s,
                                                          u"disability"_s,
                                                          u"final_result"_s}
                                           << true << 12 << u"oulad-studentinfo"_s;
        QTest::addRow("oulad studentAssessment")
            << QStringList{u"id_assessment"_s, u"id_student"_s, u"date_submitted"_s, u"is_banked"_s, u"score"_s} << true
            << 5 << u"oulad-studentassessment"_s;
        QTest::addRow("gradebook") << QStringList{u"First name"_s, u"Surname"_s, u"Email address"_s} << true << 3
                                   << u"moodle-gradebook"_s;
        QTest::addRow("anything else") << QStringList{u"who"_s, u"when"_s} << true << 2 << u"events"_s;
    }

    void detection()
    {
        QFETCH(QStringList, header);
        QFETCH(bool, hasHeader);
        QFETCH(int, columns);
        QFETCH(QString, preset);
        const Preset *p = detectPreset(header, hasHeader, columns);
        QVERIFY(p);
        QCOMPARE(p->name, preset);
    }

    void kindHintRestricts()
    {
        const DataKind roster = DataKind::Roster;
        const Preset *p = detectPreset({u"who"_s}, true, 1, &roster);
        QCOMPARE(p->name, u"roster"_s);
    }

    void suggestsMappingByAliases()
    {
        ImportProfile profile;
        profile.kind = DataKind::Events;
        const QStringList unmapped = suggestMapping(
            profile, {u"User_ID"_s, u"Event Time"_s, u"Course Name"_s, u"Activity"_s, u"Verb"_s, u"Comment"_s});
        QCOMPARE(profile.mapping.value(u"learner"_s), QStringList{u"User_ID"_s});
        QCOMPARE(profile.mapping.value(u"timestamp"_s), QStringList{u"Event Time"_s});
        QCOMPARE(profile.mapping.value(u"course"_s), QStringList{u"Course Name"_s});
        QCOMPARE(profile.mapping.value(u"content"_s), QStringList{u"Activity"_s});
        QCOMPARE(profile.mapping.value(u"event"_s), QStringList{u"Verb"_s});
        QCOMPARE(unmapped, (QStringList{u"duration"_s, u"score"_s}));
    }

    void profileRoundTripsThroughJson()
    {
        ImportProfile p = findPreset(u"oulad-studentvle"_s)->profile;
        p.relativeBase = QDate(2013, 10, 1);
        p.timeZone = u"Europe/London"_s;
        const QByteArray json = QJsonDocument(p.toJson()).toJson();
        QCOMPARE(ImportProfile::fromJson(QJsonDocument::fromJson(json).object()), p);
    }

    /// A file in no known format: what its header says it holds (the wizard opens it as that kind).
    void guessedKind_data()
    {
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<int>("kind");
        const int events = int(DataKind::Events), roster = int(DataKind::Roster), perf = int(DataKind::Performance);
        QTest::newRow("learner and name: a roster") << QStringList{u"learner"_s, u"name"_s} << roster;
        QTest::newRow("HR export") << QStringList{u"Employee ID"_s, u"Full name"_s, u"Email"_s, u"Department"_s,
                                                  u"Start date"_s}
                                   << roster;
        QTest::newRow("events") << QStringList{u"learner"_s, u"timestamp"_s, u"event"_s} << events;
        QTest::newRow("events without an event column") << QStringList{u"user"_s, u"date"_s, u"course"_s} << events;
        QTest::newRow("performance") << QStringList{u"learner"_s, u"period"_s, u"kpi"_s, u"value"_s} << perf;
        QTest::newRow("performance by week")
            << QStringList{u"employee_id"_s, u"week"_s, u"metric"_s, u"amount"_s} << perf;
        QTest::newRow("only a learner column") << QStringList{u"learner"_s} << events;
        QTest::newRow("nothing known") << QStringList{u"a"_s, u"b"_s} << events;
        QTest::newRow("no header") << QStringList{} << events;
    }
    void guessedKind()
    {
        QFETCH(QStringList, header);
        QFETCH(int, kind);
        QCOMPARE(int(guessKind(header)), kind);
    }

    void moodleCourseIds_data()
    {
        QTest::addColumn<QString>("courseIds");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("course");
        QTest::addRow("system context") << u"moodle"_s << u"0"_s << QString();
        QTest::addRow("site home (SITEID)") << u"moodle"_s << u"1"_s << u"Site home"_s;
        QTest::addRow("a course") << u"moodle"_s << u"12"_s << u"Course 12"_s;
        QTest::addRow("a name already") << u"moodle"_s << u"Forklift basics"_s << u"Forklift basics"_s;
        QTest::addRow("empty") << u"moodle"_s << QString() << QString();
        QTest::addRow("other formats keep ids") << QString() << u"12"_s << u"12"_s;
    }

    void moodleCourseIds()
    {
        QFETCH(QString, courseIds);
        QFETCH(QString, value);
        QFETCH(QString, course);
        ImportProfile p;
        p.courseIds = courseIds;
        QCOMPARE(courseName(value, p), course);
    }

    void logstorePresetNamesCourses()
    {
        // The logstore dump holds course ids; the preset says so, and a saved profile keeps it.
        const ImportProfile p = findPreset(u"moodle-logstore"_s)->profile;
        QCOMPARE(p.courseIds, u"moodle"_s);
        QCOMPARE(ImportProfile::fromJson(p.toJson()).courseIds, u"moodle"_s);
        QVERIFY(findPreset(u"moodle-log"_s)->profile.courseIds.isEmpty());
    }

    void eventWords_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("kind");
        QTest::addRow("moodle failed login") << u"User login failed"_s << int(EventKind::FailedLogin);
        QTest::addRow("logstore login") << u"\\core\\event\\user_loggedin"_s << int(EventKind::LoggedIn);
        QTest::addRow("course viewed") << u"Course viewed"_s << int(EventKind::Viewed);
        QTest::addRow("module viewed, logstore")
            << u"\\mod_page\\event\\course_module_viewed"_s << int(EventKind::Viewed);
        QTest::addRow("completion (profile)") << u"Course activity completion updated"_s << int(EventKind::Completed);
        QTest::addRow("plain completed") << u"COMPLETED"_s << int(EventKind::Completed);
        QTest::addRow("unknown") << u"Badge awarded"_s << int(EventKind::Other);
    }

    void eventWords()
    {
        QFETCH(QString, value);
        QFETCH(int, kind);
        QCOMPARE(classifyEvent(value, findPreset(u"moodle-log"_s)->profile), kind);
    }
};

QTEST_GUILESS_MAIN(TestPresets)
#include "tst_presets.moc"
