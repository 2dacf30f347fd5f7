// The demo data: deterministic, of the promised size, and with every story the dashboard tells checked
// independently here (pilot uplift, flat rest, SSO outage, drop-off, adaptation, performance correlation).

#include "demo/demogenerator.h"

#include "testutil.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;
using namespace Uptake;

namespace {

/// A small RFC 4180 reader: quoted cells, doubled quotes, CRLF or LF. Good enough to check our own output.
QList<QStringList> readCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(f.readAll());
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << cell;
            cell.clear();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            row << cell;
            cell.clear();
            rows << row;
            row.clear();
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row << cell;
        rows << row;
    }
    return rows;
}

double pearson(const QList<double> &x, const QList<double> &y)
{
    const qsizetype n = x.size();
    double mx = 0, my = 0;
    for (qsizetype i = 0; i < n; ++i) {
        mx += x.at(i);
        my += y.at(i);
    }
    mx /= double(n);
    my /= double(n);
    double sxy = 0, sxx = 0, syy = 0;
    for (qsizetype i = 0; i < n; ++i) {
        sxy += (x.at(i) - mx) * (y.at(i) - my);
        sxx += (x.at(i) - mx) * (x.at(i) - mx);
        syy += (y.at(i) - my) * (y.at(i) - my);
    }
    return sxy / std::sqrt(sxx * syy);
}

bool isLearning(EventKind kind)
{
    return kind != EventKind::FailedLogin;
}

QDate mondayOf(const QDate &d)
{
    return d.addDays(1 - d.dayOfWeek());
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

    Demo::Options m_options;
    Demo::DemoData m_data;
    QList<QDate> m_eventDays; ///< each event's day in the workspace zone
    QHash<QString, QString> m_departments;

    /// Mean weekly active rate of a group over full work weeks (Monday–Friday inside the data) in [from, to).
    double weeklyActiveRate(const QSet<QString> &group, const QDate &from, const QDate &to) const
    {
        QHash<QDate, QSet<QString>> active;
        for (qsizetype i = 0; i < m_data.events.size(); ++i) {
            const EventRecord &e = m_data.events.at(i);
            if (isLearning(e.kind) && group.contains(e.learnerId))
                active[mondayOf(m_eventDays.at(i))].insert(e.learnerId);
        }
        double sum = 0;
        int weeks = 0;
        for (QDate monday = mondayOf(from); monday < to; monday = monday.addDays(7)) {
            if (monday < from || monday < m_data.firstDay || monday.addDays(4) > m_data.lastDay)
                continue;
            sum += double(active.value(monday).size()) / double(group.size());
            ++weeks;
        }
        return weeks ? sum / weeks : -1;
    }

    QSet<QString> learnersWhere(const std::function<bool(const LearnerRecord &)> &predicate) const
    {
        QSet<QString> ids;
        for (const LearnerRecord &l : m_data.roster)
            if (predicate(l))
                ids.insert(l.externalId);
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QElapsedTimer timer;
        timer.start();
        // UPTAKE_DEMO_SEED checks the same stories for another seed (they are meant to hold for any).
        if (qEnvironmentVariableIsSet("UPTAKE_DEMO_SEED"))
            m_options.seed = quint32(qEnvironmentVariableIntValue("UPTAKE_DEMO_SEED"));
        m_data = Demo::generate(m_options);
        qInfo("generate(): %lld ms, %lld learners, %lld courses, %lld events, %lld performance values",
              qint64(timer.elapsed()), qint64(m_data.roster.size()), qint64(m_data.courses.size()),
              qint64(m_data.events.size()), qint64(m_data.performance.size()));
        const QTimeZone zone(m_data.timeZone.toUtf8());
        QVERIFY(zone.isValid());
        m_eventDays.reserve(m_data.events.size());
        for (const EventRecord &e : std::as_const(m_data.events))
            m_eventDays << e.timestamp.toTimeZone(zone).date();
        for (const LearnerRecord &l : std::as_const(m_data.roster))
            m_departments.insert(l.externalId, l.department);
    }

    void deterministic()
    {
        const Demo::DemoData again = Demo::generate(m_options);
        QCOMPARE(again.program, m_data.program);
        QCOMPARE(again.pilots, m_data.pilots);
        QCOMPARE(again.roster, m_data.roster);
        QCOMPARE(again.courses, m_data.courses);
        QCOMPARE(again.events.size(), m_data.events.size());
        QVERIFY(again.events == m_data.events);
        QVERIFY(again.performance == m_data.performance);
        QCOMPARE(again.firstDay, m_data.firstDay);
        QCOMPARE(again.lastDay, m_data.lastDay);

        Demo::Options other;
        other.seed = m_options.seed + 1;
        const Demo::DemoData different = Demo::generate(other);
        QVERIFY(different.roster != m_data.roster);
        QVERIFY(different.events != m_data.events);
        QVERIFY(different.performance != m_data.performance);
        QCOMPARE(different.courses, m_data.courses); // the catalogue is the company's, not chance's
    }

    void sizes_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("learners");
        QTest::addColumn<int>("days");
        QTest::addColumn<qint64>("minEvents");
        QTest::addColumn<qint64>("maxEvents");
        QTest::addRow("default") << 20231u << 600 << 120 << qint64(150'000) << qint64(400'000);
        QTest::addRow("other seed") << 99u << 600 << 120 << qint64(150'000) << qint64(400'000);
        QTest::addRow("small") << 20231u << 120 << 60 << qint64(10'000) << qint64(60'000);
        QTest::addRow("tiny") << 1u << 8 << 7 << qint64(0) << qint64(5'000);
        QTest::addRow("empty") << 1u << 0 << 30 << qint64(0) << qint64(0);
    }
    void sizes()
    {
        QFETCH(quint32, seed);
        QFETCH(int, learners);
        QFETCH(int, days);
        QFETCH(qint64, minEvents);
        QFETCH(qint64, maxEvents);
        Demo::Options o;
        o.seed = seed;
        o.learners = learners;
        o.days = days;
        const Demo::DemoData d = Demo::generate(o);
        QCOMPARE(d.roster.size(), learners);
        QVERIFY(d.courses.size() >= 35 && d.courses.size() <= 45);
        QVERIFY2(d.events.size() >= minEvents && d.events.size() <= maxEvents,
                 qPrintable(QString::number(d.events.size())));
        QCOMPARE(d.pilots.size(), 1);
        if (d.events.size() > 1000) {
            QCOMPARE(d.lastDay, o.lastDay);
            QCOMPARE(d.firstDay, o.lastDay.addDays(-(days - 1)));
        }
        // Roughly one value per learner per week (new joiners start later).
        const qint64 weeks = days / 7;
        QVERIFY(d.performance.size() >= qint64(learners) * (weeks - 1) * 9 / 10);
        QVERIFY(d.performance.size() <= qint64(learners) * (weeks + 1));
    }

    void everyTablePopulated()
    {
        QCOMPARE(m_data.program.organisation, u"Northwind Logistics"_s);
        QVERIFY(!m_data.program.lmsName.isEmpty());
        QVERIFY(!m_data.program.owner.isEmpty());
        QCOMPARE(m_data.pilots.size(), 1);
        const Pilot &p = m_data.pilots.first();
        QCOMPARE(p.status, Pilot::Status::Running);
        QCOMPARE(p.cohortFilter, u"department=Customer Support"_s);
        QCOMPARE(p.durationWeeks, 6);
        QCOMPARE(p.startDate.dayOfWeek(), 1);
        QVERIFY(!p.name.isEmpty() && !p.owner.isEmpty() && !p.cohortDescription.isEmpty());
        QVERIFY(p.startDate.addDays(30) < m_data.lastDay); // the day-30 checkpoint has passed
        QVERIFY(p.endDate() >= m_data.lastDay);
        QVERIFY(!m_data.roster.isEmpty());
        QVERIFY(!m_data.courses.isEmpty());
        QVERIFY(!m_data.events.isEmpty());
        QVERIFY(!m_data.performance.isEmpty());
        QCOMPARE(m_data.timeZone, u"Europe/London"_s);
    }

    void rosterIsBelievable()
    {
        QSet<QString> ids, emails, departments, countries, teams;
        const QRegularExpression email(u"^[a-z]+\\.[a-z]+[0-9]*@northwind\\.example$"_s);
        for (const LearnerRecord &l : std::as_const(m_data.roster)) {
            ids.insert(l.externalId);
            emails.insert(l.email);
            departments.insert(l.department);
            countries.insert(l.country);
            teams.insert(l.department + u'/' + l.team);
            QVERIFY2(email.match(l.email).hasMatch(), qPrintable(l.email));
            QVERIFY(QTimeZone(l.timezone.toUtf8()).isValid());
            QVERIFY(!l.name.isEmpty() && !l.manager.isEmpty() && !l.role.isEmpty() && !l.team.isEmpty());
            QVERIFY(l.hireDate.isValid() && l.hireDate <= m_data.lastDay);
        }
        QCOMPARE(ids.size(), m_data.roster.size());
        QCOMPARE(emails.size(), m_data.roster.size());
        QCOMPARE(departments.size(), 8);
        QCOMPARE(countries.size(), 5);
        QVERIFY(teams.size() >= 16);
        // Managers are people in the roster (apart from the heads of department's own manager).
        QSet<QString> names;
        for (const LearnerRecord &l : std::as_const(m_data.roster))
            names.insert(l.name);
        int external = 0;
        for (const LearnerRecord &l : std::as_const(m_data.roster))
            external += names.contains(l.manager) ? 0 : 1;
        QCOMPARE(external, 8);
    }

    void coursesAreVaried()
    {
        QSet<QString> names;
        double shortest = 1e9, longest = 0;
        for (const CourseRecord &c : std::as_const(m_data.courses)) {
            names.insert(c.name);
            QVERIFY2(c.contents.size() >= 3 && c.contents.size() <= 12, qPrintable(c.name));
            QCOMPARE(QSet<QString>(c.contents.begin(), c.contents.end()).size(), c.contents.size());
            shortest = std::min(shortest, c.durationMinutes);
            longest = std::max(longest, c.durationMinutes);
        }
        QCOMPARE(names.size(), m_data.courses.size());
        QCOMPARE(shortest, 15.0);
        QCOMPARE(longest, 240.0);
        QVERIFY(names.contains(QStringView(Demo::AdaptedCourse).toString()));
    }

    void eventsAreConsistent()
    {
        QHash<QString, QSet<QString>> contents;
        for (const CourseRecord &c : std::as_const(m_data.courses))
            contents.insert(c.name, QSet<QString>(c.contents.begin(), c.contents.end()));
        QHash<QString, const LearnerRecord *> roster;
        for (const LearnerRecord &l : std::as_const(m_data.roster))
            roster.insert(l.externalId, &l);
        const QHash<EventKind, QString> verbs{{EventKind::LoggedIn, u"logged in"_s},
                                              {EventKind::FailedLogin, u"failed login"_s},
                                              {EventKind::Viewed, u"viewed"_s},
                                              {EventKind::Started, u"started"_s},
                                              {EventKind::Completed, u"completed"_s}};
        QHash<QString, QTimeZone> zones;
        int withDuration = 0, viewsWithoutDuration = 0, scored = 0;
        for (qsizetype i = 0; i < m_data.events.size(); ++i) {
            const EventRecord &e = m_data.events.at(i);
            if (i > 0)
                QVERIFY(m_data.events.at(i - 1).timestamp <= e.timestamp);
            QVERIFY(m_eventDays.at(i) >= m_data.firstDay && m_eventDays.at(i) <= m_data.lastDay);
            const LearnerRecord *l = roster.value(e.learnerId);
            QVERIFY(l);
            QVERIFY(m_eventDays.at(i) >= l->hireDate.addDays(-1));
            QCOMPARE(e.verb, verbs.value(e.kind));
            const bool inCourse =
                e.kind == EventKind::Viewed || e.kind == EventKind::Started || e.kind == EventKind::Completed;
            QCOMPARE(!e.course.isEmpty(), inCourse);
            if (!e.course.isEmpty())
                QVERIFY(contents.contains(e.course));
            if (!e.content.isEmpty())
                QVERIFY(contents.value(e.course).contains(e.content));
            QVERIFY(!e.durationMinutes || (e.kind == EventKind::Viewed && !e.content.isEmpty()));
            QVERIFY(!e.score || e.kind == EventKind::Completed);
            withDuration += e.durationMinutes ? 1 : 0;
            viewsWithoutDuration += e.kind == EventKind::Viewed && !e.content.isEmpty() && !e.durationMinutes;
            scored += e.score ? 1 : 0;
            if (e.score)
                QVERIFY(*e.score >= 0 && *e.score <= 100);
            // In the learner's own working hours.
            auto zone = zones.find(l->timezone);
            if (zone == zones.end())
                zone = zones.insert(l->timezone, QTimeZone(l->timezone.toUtf8()));
            const QTime local = e.timestamp.toTimeZone(*zone).time();
            QVERIFY2(local >= QTime(7, 0) && local <= QTime(19, 30), qPrintable(local.toString()));
        }
        QVERIFY(withDuration > 1000);
        QVERIFY(viewsWithoutDuration > 1000); // some courses report no time: the estimate has work to do
        QVERIFY(scored > 100);
    }

    void everyKindAppears_data()
    {
        QTest::addColumn<EventKind>("kind");
        QTest::addRow("logged in") << EventKind::LoggedIn;
        QTest::addRow("failed login") << EventKind::FailedLogin;
        QTest::addRow("viewed") << EventKind::Viewed;
        QTest::addRow("started") << EventKind::Started;
        QTest::addRow("completed") << EventKind::Completed;
    }
    void everyKindAppears()
    {
        QFETCH(EventKind, kind);
        const auto n = std::count_if(m_data.events.cbegin(), m_data.events.cend(),
                                     [kind](const EventRecord &e) { return e.kind == kind; });
        QVERIFY(n > 50);
    }

    void pilotCohortImproves()
    {
        const Pilot &pilot = m_data.pilots.first();
        const QSet<QString> cohort =
            learnersWhere([](const LearnerRecord &l) { return l.department == QStringView(Demo::PilotDepartment); });
        const QSet<QString> rest =
            learnersWhere([](const LearnerRecord &l) { return l.department != QStringView(Demo::PilotDepartment); });
        QVERIFY(cohort.size() >= 60 && cohort.size() <= 90);
        const QDate end = m_data.lastDay.addDays(1);
        const double cohortBefore = weeklyActiveRate(cohort, m_data.firstDay, pilot.startDate);
        const double cohortAfter = weeklyActiveRate(cohort, pilot.startDate, end);
        const double restBefore = weeklyActiveRate(rest, m_data.firstDay, pilot.startDate);
        const double restAfter = weeklyActiveRate(rest, pilot.startDate, end);
        qInfo("weekly active: cohort (%lld) %.1f%% -> %.1f%%, rest (%lld) %.1f%% -> %.1f%%, pilot from %s",
              qint64(cohort.size()), 100 * cohortBefore, 100 * cohortAfter, qint64(rest.size()), 100 * restBefore,
              100 * restAfter, qPrintable(pilot.startDate.toString(Qt::ISODate)));
        QVERIFY(cohortBefore > 0.15 && cohortBefore < 0.35);
        QVERIFY(cohortAfter >= 0.55);
        QVERIFY(restBefore > 0.15 && restBefore < 0.35);
        QVERIFY(std::abs(restAfter - restBefore) < 0.04);

        // Completions per cohort member and week go up too.
        auto completionsPerWeek = [&](const QDate &from, const QDate &to) {
            qint64 n = 0;
            for (qsizetype i = 0; i < m_data.events.size(); ++i) {
                const EventRecord &e = m_data.events.at(i);
                n += e.kind == EventKind::Completed && cohort.contains(e.learnerId) && m_eventDays.at(i) >= from &&
                     m_eventDays.at(i) < to;
            }
            return double(n) / (double(from.daysTo(to)) / 7);
        };
        const double before = completionsPerWeek(m_data.firstDay, pilot.startDate);
        const double after = completionsPerWeek(pilot.startDate, end);
        qInfo("cohort completions per week: %.1f -> %.1f", before, after);
        QVERIFY(after > 1.5 * before);
    }

    void engagementVaries()
    {
        // Some never take part; some took part and went quiet in the last two weeks.
        QHash<QString, QSet<QDate>> weeks;
        QSet<QString> lateActive;
        const QDate lastTwoWeeks = m_data.lastDay.addDays(-13);
        for (qsizetype i = 0; i < m_data.events.size(); ++i) {
            const EventRecord &e = m_data.events.at(i);
            if (!isLearning(e.kind))
                continue;
            weeks[e.learnerId].insert(mondayOf(m_eventDays.at(i)));
            if (m_eventDays.at(i) >= lastTwoWeeks)
                lateActive.insert(e.learnerId);
        }
        int never = 0, stopped = 0, occasional = 0;
        for (const LearnerRecord &l : std::as_const(m_data.roster)) {
            const qsizetype n = weeks.value(l.externalId).size();
            never += n == 0;
            stopped += n >= 5 && !lateActive.contains(l.externalId);
            occasional += n > 0 && n < 8;
        }
        qInfo("never active %d, went quiet %d, active in under 8 weeks %d", never, stopped, occasional);
        QVERIFY(never >= 20 && never <= 150);
        QVERIFY(stopped >= 10);
        QVERIFY(occasional >= 100);

        // Two departments clearly lag the company.
        const QSet<QString> all = learnersWhere([](const LearnerRecord &) { return true; });
        const double company = weeklyActiveRate(all, m_data.firstDay, m_data.pilots.first().startDate);
        int lagging = 0;
        QSet<QString> departments(m_departments.cbegin(), m_departments.cend());
        for (const QString &department : std::as_const(departments)) {
            const double rate =
                weeklyActiveRate(learnersWhere([&](const LearnerRecord &l) { return l.department == department; }),
                                 m_data.firstDay, m_data.pilots.first().startDate);
            qInfo("  %s: %.1f%%", qPrintable(department), 100 * rate);
            lagging += rate < 0.6 * company;
        }
        QCOMPARE(lagging, 2);
    }

    void failedLoginsAreClustered()
    {
        QHash<QDate, int> perWeek;
        QHash<QString, int> perLearner;
        for (qsizetype i = 0; i < m_data.events.size(); ++i) {
            const EventRecord &e = m_data.events.at(i);
            if (e.kind != EventKind::FailedLogin)
                continue;
            ++perWeek[mondayOf(m_eventDays.at(i))];
            ++perLearner[e.learnerId];
        }
        QList<int> counts = perWeek.values();
        std::sort(counts.begin(), counts.end());
        qInfo("failed logins: busiest week %d, median week %d, learners with 10+ failures %lld", counts.last(),
              counts.at(counts.size() / 2),
              qint64(std::count_if(perLearner.cbegin(), perLearner.cend(), [](int n) { return n >= 10; })));
        QVERIFY(counts.last() >= 5 * counts.at(counts.size() / 2)); // the SSO outage
        QVERIFY(std::count_if(perLearner.cbegin(), perLearner.cend(), [](int n) { return n >= 10; }) >= 3);
    }

    void dropOffAtTheLongModule()
    {
        const QString courseName = QStringView(Demo::AdaptedCourse).toString();
        const auto course = std::find_if(m_data.courses.cbegin(), m_data.courses.cend(),
                                         [&](const CourseRecord &c) { return c.name == courseName; });
        QVERIFY(course != m_data.courses.cend());
        const qsizetype longModule = course->contents.indexOf(QStringView(Demo::AdaptedContent).toString());
        QVERIFY(longModule > 0 && longModule < course->contents.size() - 1);

        QHash<QString, qsizetype> furthest;
        QSet<QString> started, completed;
        for (const EventRecord &e : std::as_const(m_data.events)) {
            if (e.course != courseName)
                continue;
            if (e.kind == EventKind::Started)
                started.insert(e.learnerId);
            if (e.kind == EventKind::Completed)
                completed.insert(e.learnerId);
            if (e.kind == EventKind::Viewed && !e.content.isEmpty())
                furthest[e.learnerId] = std::max(furthest.value(e.learnerId, -1), course->contents.indexOf(e.content));
        }
        QList<int> reached(course->contents.size(), 0);
        for (qsizetype f : std::as_const(furthest))
            for (qsizetype k = 0; k <= f; ++k)
                ++reached[k];
        qsizetype worst = 0;
        for (qsizetype k = 0; k + 1 < reached.size(); ++k)
            if (reached.at(k) - reached.at(k + 1) > reached.at(worst) - reached.at(worst + 1))
                worst = k;
        QString funnel;
        for (int n : std::as_const(reached))
            funnel += QString::number(n) + u' ';
        qInfo("%s funnel: %s(started %lld, completed %lld)", qPrintable(courseName), qPrintable(funnel),
              qint64(started.size()), qint64(completed.size()));
        QCOMPARE(worst, longModule);
        QVERIFY(completed.size() < started.size() * 3 / 4);
    }

    void adaptationImprovesCompletion()
    {
        const QString courseName = QStringView(Demo::AdaptedCourse).toString();
        const QString module = QStringView(Demo::AdaptedContent).toString();
        const QDate adaptation = m_data.pilots.first().startDate.addDays(Demo::AdaptationDayOffset);
        QVERIFY(adaptation < m_data.lastDay.addDays(-7));
        const auto course = std::find_if(m_data.courses.cbegin(), m_data.courses.cend(),
                                         [&](const CourseRecord &c) { return c.name == courseName; });
        const QString next = course->contents.at(course->contents.indexOf(module) + 1);
        // Per learner: first day at the module, first day at the item after it, and the first day at the
        // module on or after the adaptation (those who gave up are invited back).
        QHash<QString, QDate> firstAtModule, firstPast, atModuleAfter;
        for (qsizetype i = 0; i < m_data.events.size(); ++i) {
            const EventRecord &e = m_data.events.at(i);
            if (e.course != courseName || e.kind != EventKind::Viewed)
                continue;
            const QDate day = m_eventDays.at(i);
            if (e.content == module) {
                if (!firstAtModule.contains(e.learnerId))
                    firstAtModule.insert(e.learnerId, day);
                if (day >= adaptation && !atModuleAfter.contains(e.learnerId))
                    atModuleAfter.insert(e.learnerId, day);
            }
            if (e.content == next && !firstPast.contains(e.learnerId))
                firstPast.insert(e.learnerId, day);
        }
        // Before: reached it at least a week before the adaptation; got past before the adaptation?
        // After: worked on it after the adaptation, not yet past it, at least a week before the end; got past?
        int before = 0, beforePast = 0, after = 0, afterPast = 0;
        for (auto it = firstAtModule.cbegin(); it != firstAtModule.cend(); ++it) {
            const QDate past = firstPast.value(it.key());
            if (it.value() <= adaptation.addDays(-7)) {
                ++before;
                beforePast += past.isValid() && past < adaptation;
            }
            const QDate again = atModuleAfter.value(it.key());
            if (again.isValid() && again <= m_data.lastDay.addDays(-7) && !(past.isValid() && past < adaptation)) {
                ++after;
                afterPast += past.isValid();
            }
        }
        qInfo("got past the long module: %d/%d before the adaptation, %d/%d after", beforePast, before, afterPast,
              after);
        QVERIFY(before >= 20 && after >= 8);
        QVERIFY(double(afterPast) / after > double(beforePast) / before + 0.2);
    }

    void performanceCorrelatesWithLearning()
    {
        QHash<QString, double> learning;
        for (const EventRecord &e : std::as_const(m_data.events))
            if (e.kind == EventKind::Viewed || e.kind == EventKind::Started || e.kind == EventKind::Completed)
                learning[e.learnerId] += 1;
        QHash<QString, QPair<double, int>> kpi;
        for (const PerformanceRecord &p : std::as_const(m_data.performance)) {
            QCOMPARE(p.kpi, QStringView(Demo::PerformanceKpi).toString());
            QCOMPARE(p.period.dayOfWeek(), 1);
            QVERIFY(p.value >= 0 && p.value <= 100);
            auto &[sum, n] = kpi[p.learnerId];
            sum += p.value;
            ++n;
        }
        QList<double> x, y;
        for (auto it = kpi.cbegin(); it != kpi.cend(); ++it) {
            x << learning.value(it.key());
            y << it.value().first / it.value().second;
        }
        const double r = pearson(x, y);
        qInfo("performance: r = %.2f between learning events and mean %s over %lld learners", r,
              qPrintable(QStringView(Demo::PerformanceKpi).toString()), qint64(x.size()));
        QVERIFY(r >= 0.3 && r <= 0.55);
    }

    void csvRoundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(u"export"_s); // created by writeCsv
        QElapsedTimer timer;
        timer.start();
        const auto files = Demo::writeCsv(m_data, folder);
        QVERIFY2(files, qPrintable(files.error()));
        qInfo("writeCsv(): %lld ms", qint64(timer.elapsed()));
        QCOMPARE(files->size(), 4);
        QCOMPARE(QFileInfo(files->at(0)).fileName(), u"events.csv"_s);
        QCOMPARE(QFileInfo(files->at(1)).fileName(), u"roster.csv"_s);
        QCOMPARE(QFileInfo(files->at(2)).fileName(), u"performance.csv"_s);
        QCOMPARE(QFileInfo(files->at(3)).fileName(), u"courses.csv"_s);

        const QList<QStringList> events = readCsv(files->at(0));
        QCOMPARE(events.size(), m_data.events.size() + 1);
        QCOMPARE(events.first(), (QStringList{u"learner_id"_s, u"timestamp"_s, u"course"_s, u"content"_s, u"event"_s,
                                              u"duration_minutes"_s, u"score"_s}));
        const QRegularExpression iso(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d$"_s);
        for (qsizetype i = 0; i < m_data.events.size(); ++i) {
            const QStringList &row = events.at(i + 1);
            const EventRecord &e = m_data.events.at(i);
            QCOMPARE(row.size(), 7);
            QCOMPARE(row.at(0), e.learnerId);
            QVERIFY2(iso.match(row.at(1)).hasMatch(), qPrintable(row.at(1)));
            QCOMPARE(QDateTime::fromString(row.at(1), Qt::ISODate), e.timestamp);
            QCOMPARE(row.at(2), e.course);
            QCOMPARE(row.at(3), e.content);
            QCOMPARE(row.at(4), e.verb);
            QCOMPARE(row.at(5).isEmpty(), !e.durationMinutes);
            if (e.durationMinutes)
                QCOMPARE(row.at(5).toDouble(), *e.durationMinutes);
            QCOMPARE(row.at(6).isEmpty(), !e.score);
            if (e.score)
                QCOMPARE(row.at(6).toDouble(), *e.score);
        }
        // The offset is the workspace zone's on that day: summer time, then winter time after 25 October 2026.
        QVERIFY(events.at(1).at(1).endsWith(u"+01:00"_s));
        QVERIFY(events.last().at(1).endsWith(u"+00:00"_s));

        const QList<QStringList> roster = readCsv(files->at(1));
        QCOMPARE(roster.size(), m_data.roster.size() + 1);
        QCOMPARE(roster.first().join(u','), u"learner_id,name,email,department,team,country,timezone,manager,role,"
                                            "hire_date"_s);
        for (qsizetype i = 0; i < m_data.roster.size(); ++i) {
            const LearnerRecord &l = m_data.roster.at(i);
            QCOMPARE(roster.at(i + 1), (QStringList{l.externalId, l.name, l.email, l.department, l.team, l.country,
                                                    l.timezone, l.manager, l.role, l.hireDate.toString(Qt::ISODate)}));
        }

        const QList<QStringList> performance = readCsv(files->at(2));
        QCOMPARE(performance.size(), m_data.performance.size() + 1);
        QCOMPARE(performance.first().join(u','), u"learner_id,week,kpi,value"_s);
        for (qsizetype i = 0; i < m_data.performance.size(); ++i) {
            const PerformanceRecord &p = m_data.performance.at(i);
            const QStringList &row = performance.at(i + 1);
            QCOMPARE(row.at(0), p.learnerId);
            QCOMPARE(QDate::fromString(row.at(1), Qt::ISODate), p.period);
            QCOMPARE(row.at(2), p.kpi);
            QCOMPARE(row.at(3).toDouble(), p.value);
        }

        const QList<QStringList> courses = readCsv(files->at(3));
        qsizetype items = 0;
        for (const CourseRecord &c : std::as_const(m_data.courses))
            items += c.contents.size();
        QCOMPARE(courses.size(), items + 1);
        QCOMPARE(courses.first().join(u','), u"course,duration_minutes,position,content"_s);
        // A course name with a comma comes back whole.
        QVERIFY(std::any_of(courses.cbegin(), courses.cend(),
                            [](const QStringList &row) { return row.at(0).contains(u','); }));
    }

    void csvIsByteIdentical()
    {
        QTemporaryDir a, b, c;
        const auto first = Demo::writeCsv(m_data, a.path());
        const auto second = Demo::writeCsv(Demo::generate(m_options), b.path());
        Demo::Options other;
        other.seed = m_options.seed + 1;
        const auto third = Demo::writeCsv(Demo::generate(other), c.path());
        QVERIFY(first && second && third);
        for (qsizetype i = 0; i < first->size(); ++i) {
            const QByteArray hash = Test::fileHash(first->at(i));
            QVERIFY(!hash.isEmpty());
            qInfo("%s sha256 %s", qPrintable(QFileInfo(first->at(i)).fileName()), hash.toHex().left(16).constData());
            QCOMPARE(Test::fileHash(second->at(i)), hash);
            if (!first->at(i).endsWith(u"courses.csv"_s))
                QVERIFY(Test::fileHash(third->at(i)) != hash);
        }
    }

    void csvQuoting()
    {
        Demo::DemoData d;
        d.timeZone = u"Asia/Kolkata"_s;
        LearnerRecord l;
        l.externalId = u"X1"_s;
        l.name = u"Zoë \"Zed\" O'Neill, Jr."_s;
        l.email = u"zoe@northwind.example"_s;
        l.department = u"R&D\nLab"_s;
        l.hireDate = QDate(2020, 2, 29);
        d.roster << l;
        EventRecord e;
        e.learnerId = l.externalId;
        e.timestamp = QDateTime(QDate(2026, 1, 5), QTime(23, 59, 59), Qt::UTC);
        e.course = u"Safety, \"first\""_s;
        e.kind = EventKind::Viewed;
        e.verb = u"viewed"_s;
        e.durationMinutes = 2.5;
        d.events << e;
        QTemporaryDir dir;
        const auto files = Demo::writeCsv(d, dir.path());
        QVERIFY2(files, qPrintable(files.error()));
        const QList<QStringList> events = readCsv(files->at(0));
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(1), (QStringList{u"X1"_s, u"2026-01-06T05:29:59+05:30"_s, e.course, QString(), u"viewed"_s,
                                            u"2.5"_s, QString()}));
        const QList<QStringList> roster = readCsv(files->at(1));
        QCOMPARE(roster.size(), 2);
        QCOMPARE(roster.at(1).at(1), l.name);
        QCOMPARE(roster.at(1).at(3), l.department);
        QFile raw(files->at(1));
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(raw.readAll().contains("\"Zo\xc3\xab \"\"Zed\"\" O'Neill, Jr.\""));
    }

    void writeCsvReportsErrors()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"not-a-folder"_s);
        QVERIFY(Test::writeFile(file, "x"));
        const auto result = Demo::writeCsv(m_data, file + u"/sub"_s);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(u"not-a-folder"_s), qPrintable(result.error()));
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
