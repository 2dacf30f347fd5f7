#include "pgaggregates.h"

#include <algorithm>
#include <tuple>

namespace Uptake {

namespace {

void number(QByteArray &row, qint64 v)
{
    row += QByteArray::number(v);
    row += '\t';
}

/// 0 stands for none (a timestamp or an id): \N.
void optional(QByteArray &row, qint64 v)
{
    if (v)
        row += QByteArray::number(v);
    else
        row += "\\N";
    row += '\t';
}

} // namespace

void PgAggregateDeltas::take(bool all, QByteArray &directDays, QByteArray &directCourses, QByteArray &mergeDays,
                             QByteArray &mergeCourses)
{
    ++m_parts;
    all = m_sums.writeAll(all, FlushLimit);
    auto fresh = [this](qint64 day) { return day < m_newBelow || day > m_newAbove; };
    const auto dayRows = m_sums.sortedDays(all);
    for (const auto &[key, sums] : dayRows) {
        const Aggregates::BatchSums::DaySums &d = *sums;
        const bool direct = fresh(key.day) && !m_writtenDays.contains(key);
        m_writtenDays.insert(key);
        QByteArray &days = direct ? directDays : mergeDays;
        number(days, key.learner);
        number(days, key.day);
        for (qint64 v : {d.events, d.active, d.failed, d.completions, d.durationEvents})
            number(days, v);
        days += QByteArray::number(d.durationMinutes, 'g', 17);
        days += '\t';
        for (qint64 g : d.gaps)
            number(days, g);
        // A row of gaps only (its day's events were written out before): no first event of its own.
        optional(days, d.events ? d.firstTs : 0);
        if (d.firstCompletionTs)
            days += QByteArray::number(d.firstCompletionTs);
        else
            days += "\\N";
        days += '\n';
    }
    const auto courseRows = m_sums.sortedCourses(all);
    for (const auto &[key, sums] : courseRows) {
        const Aggregates::BatchSums::CourseSums &c = *sums;
        const bool direct = fresh(key.day) && !m_writtenCourses.contains(key);
        m_writtenCourses.insert(key);
        QByteArray &courses = direct ? directCourses : mergeCourses;
        number(courses, key.learner);
        number(courses, key.course);
        number(courses, key.day);
        number(courses, c.events);
        number(courses, c.active);
        number(courses, c.completions);
        number(courses, c.firstTs);
        optional(courses, c.firstCompletionTs);
        number(courses, c.lastTs);
        if (direct) {
            if (c.lastContent)
                courses += QByteArray::number(c.lastContent);
            else
                courses += "\\N";
        } else {
            optional(courses, c.lastContent);
            courses += QByteArray::number(m_parts);
        }
        courses += '\n';
    }
    m_sums.dropWritten(all);
}

QSet<qint64> PgAggregateDeltas::rebuild() const
{
    QSet<qint64> learners;
    m_sums.forEachLearner([&learners](qint64 learner, const Aggregates::BatchSums::LearnerState &s) {
        if (s.rebuild || (s.before && s.after))
            learners.insert(learner);
    });
    return learners;
}

QByteArray PgAggregateDeltas::edges() const
{
    QByteArray rows;
    if (!m_spanKnown)
        return rows;
    m_sums.forEachLearner([&rows](qint64 learner, const Aggregates::BatchSums::LearnerState &s) {
        if (s.before == s.after) // none, or both sides: rebuilt
            return;
        number(rows, learner);
        number(rows, s.after ? 1 : -1);
        number(rows, s.after ? s.minTs : s.maxTs);
        rows += QByteArray::number(s.after ? s.minDay : s.maxDay);
        rows += '\n';
    });
    return rows;
}

} // namespace Uptake
