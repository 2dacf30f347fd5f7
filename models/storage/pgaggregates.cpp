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

void PgAggregateDeltas::bookGap(qint64 learner, qint64 day, qint64 gap, int sign)
{
    if (gap <= 0 || gap >= qint64(Timeouts[std::size(Timeouts) - 1]) * 60)
        return;
    DaySums &target = m_days[DayKey{learner, day}];
    for (size_t i = 0; i < std::size(Timeouts); ++i) {
        if (gap < qint64(Timeouts[i]) * 60)
            target.gaps[i] += sign * gap;
    }
}

void PgAggregateDeltas::orderGap(qint64 learner, LearnerState &state, const Event &e)
{
    std::vector<Recent> &v = state.recent;
    if (!v.empty() && ((e.ts < v.front().ts && state.truncatedLow) || (e.ts > v.back().ts && state.truncatedHigh))) {
        // Its neighbour in time was dropped from the list: the learner is recomputed from events at the end.
        state.rebuild = true;
        v = {};
        return;
    }
    // After any entries with the same time: ties make zero gaps, so their order does not matter.
    const auto pos = std::upper_bound(v.begin(), v.end(), e.ts, [](qint64 ts, const Recent &r) { return ts < r.ts; });
    const Recent *before = pos != v.begin() ? &*(pos - 1) : nullptr;
    const Recent *after = pos != v.end() ? &*pos : nullptr;
    // A gap is booked on the day of its later event; a late row splits a gap booked before.
    if (before && after)
        bookGap(learner, after->day, after->ts - before->ts, -1);
    if (before)
        bookGap(learner, e.day, e.ts - before->ts, +1);
    if (after)
        bookGap(learner, after->day, after->ts - e.ts, +1);
    if (!v.empty()) {
        if (!after)
            ++state.forward;
        else if (!before)
            ++state.backward;
    }
    v.insert(pos, Recent{e.ts, e.day});
    // Keep the entries nearest the frontier the file moves towards, and one beyond the horizon.
    if (state.backward > state.forward) {
        const qint64 frontier = v.front().ts;
        size_t keep = v.size();
        while (keep > 1 && (keep > RecentLimit || v[keep - 2].ts > frontier + RecentHorizon))
            --keep;
        if (keep < v.size()) {
            v.erase(v.begin() + qsizetype(keep), v.end());
            state.truncatedHigh = true;
        }
    } else {
        const qint64 frontier = v.back().ts;
        size_t drop = 0;
        while (v.size() - drop > 1 && (v.size() - drop > RecentLimit || v[drop + 1].ts < frontier - RecentHorizon))
            ++drop;
        if (drop > 0) {
            v.erase(v.begin(), v.begin() + qsizetype(drop));
            state.truncatedLow = true;
        }
    }
}

void PgAggregateDeltas::add(const Event &e)
{
    m_currentDay = e.day;
    const bool failed = e.kind == 2;
    const bool completed = e.kind == 5;
    if (!failed) {
        LearnerState &state = m_learners[e.learner];
        if (!state.rebuild)
            orderGap(e.learner, state, e);
        if (e.ts < state.minTs) {
            state.minTs = e.ts;
            state.minDay = e.day;
        }
        if (e.ts > state.maxTs) {
            state.maxTs = e.ts;
            state.maxDay = e.day;
        }
        if (m_spanKnown) {
            state.before = state.before || e.ts < m_storedFrom;
            state.after = state.after || e.ts > m_storedTo;
        }
    }
    DaySums &d = m_days[DayKey{e.learner, e.day}];
    if (d.events == 0 || e.ts < d.firstTs)
        d.firstTs = e.ts;
    ++d.events;
    d.active += failed ? 0 : 1;
    d.failed += failed ? 1 : 0;
    if (completed) {
        ++d.completions;
        if (d.firstCompletionTs == 0 || e.ts < d.firstCompletionTs)
            d.firstCompletionTs = e.ts;
    }
    if (e.durationMinutes) {
        ++d.durationEvents;
        d.durationMinutes += *e.durationMinutes;
    }
    if (e.course) {
        CourseSums &c = m_courses[CourseKey{e.learner, e.course, e.day}];
        if (c.events == 0 || e.ts < c.firstTs)
            c.firstTs = e.ts;
        if (c.events == 0 || e.ts >= c.lastTs) {
            c.lastTs = e.ts;
            c.lastContent = e.content;
        }
        ++c.events;
        c.active += failed ? 0 : 1;
        if (completed) {
            ++c.completions;
            if (c.firstCompletionTs == 0 || e.ts < c.firstCompletionTs)
                c.firstCompletionTs = e.ts;
        }
    }
}

void PgAggregateDeltas::take(bool all, QByteArray &directDays, QByteArray &directCourses, QByteArray &mergeDays,
                             QByteArray &mergeCourses)
{
    ++m_parts;
    // The days next to the current one are still growing: written now, their rows would be written twice.
    auto held = [this, &all](qint64 day) { return !all && day >= m_currentDay - 1 && day <= m_currentDay + 1; };
    if (!all) {
        qsizetype heldKeys = 0;
        for (auto it = m_days.cbegin(); it != m_days.cend(); ++it)
            heldKeys += held(it.key().day) ? 1 : 0;
        for (auto it = m_courses.cbegin(); it != m_courses.cend(); ++it)
            heldKeys += held(it.key().day) ? 1 : 0;
        all = heldKeys * 2 > FlushLimit;
    }
    auto fresh = [this](qint64 day) { return day < m_newBelow || day > m_newAbove; };
    // In key order (the tables are keyed day first): appending to a B-tree is several times faster than
    // inserting all over it.
    std::vector<std::pair<DayKey, const DaySums *>> dayRows;
    dayRows.reserve(size_t(m_days.size()));
    for (auto it = m_days.cbegin(); it != m_days.cend(); ++it)
        if (!held(it.key().day))
            dayRows.emplace_back(it.key(), &it.value());
    std::sort(dayRows.begin(), dayRows.end(), [](const auto &a, const auto &b) {
        return std::tie(a.first.day, a.first.learner) < std::tie(b.first.day, b.first.learner);
    });
    for (const auto &[key, sums] : dayRows) {
        const DaySums &d = *sums;
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
    std::vector<std::pair<CourseKey, const CourseSums *>> courseRows;
    courseRows.reserve(size_t(m_courses.size()));
    for (auto it = m_courses.cbegin(); it != m_courses.cend(); ++it)
        if (!held(it.key().day))
            courseRows.emplace_back(it.key(), &it.value());
    std::sort(courseRows.begin(), courseRows.end(), [](const auto &a, const auto &b) {
        return std::tie(a.first.day, a.first.course, a.first.learner) <
               std::tie(b.first.day, b.first.course, b.first.learner);
    });
    for (const auto &[key, sums] : courseRows) {
        const CourseSums &c = *sums;
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
    if (all) {
        m_days.clear();
        m_courses.clear();
    } else {
        m_days.removeIf([&held](QHash<DayKey, DaySums>::iterator it) { return !held(it.key().day); });
        m_courses.removeIf([&held](QHash<CourseKey, CourseSums>::iterator it) { return !held(it.key().day); });
    }
}

QSet<qint64> PgAggregateDeltas::rebuild() const
{
    QSet<qint64> learners;
    for (auto it = m_learners.cbegin(); it != m_learners.cend(); ++it)
        if (it->rebuild || (it->before && it->after))
            learners.insert(it.key());
    return learners;
}

QByteArray PgAggregateDeltas::edges() const
{
    QByteArray rows;
    if (!m_spanKnown)
        return rows;
    for (auto it = m_learners.cbegin(); it != m_learners.cend(); ++it) {
        const LearnerState &s = it.value();
        if (s.before == s.after) // none, or both sides: rebuilt
            continue;
        number(rows, it.key());
        number(rows, s.after ? 1 : -1);
        number(rows, s.after ? s.minTs : s.maxTs);
        rows += QByteArray::number(s.after ? s.minDay : s.maxDay);
        rows += '\n';
    }
    return rows;
}

} // namespace Uptake
