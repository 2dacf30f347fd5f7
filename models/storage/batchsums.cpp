#include "batchsums.h"

#include <algorithm>
#include <tuple>

namespace Uptake::Aggregates {

void BatchSums::bookGap(qint64 learner, qint64 day, qint64 gap, int sign)
{
    if (gap <= 0 || gap >= qint64(SessionTimeouts[std::size(SessionTimeouts) - 1]) * 60)
        return;
    DaySums &target = m_days[DayKey{learner, day}];
    for (size_t i = 0; i < std::size(SessionTimeouts); ++i) {
        if (gap < qint64(SessionTimeouts[i]) * 60)
            target.gaps[i] += sign * gap;
    }
}

BatchSums::LearnerState &BatchSums::learner(qint64 id)
{
    if (id < 0 || id >= PagedLearners)
        return m_farLearners[id];
    const size_t page = size_t(id) / LearnerPage;
    if (page >= m_learnerPages.size())
        m_learnerPages.resize(page + 1);
    if (!m_learnerPages[page])
        m_learnerPages[page] = std::make_unique<std::array<quint32, LearnerPage>>(); // value-initialised: zeros
    quint32 &index = (*m_learnerPages[page])[size_t(id) % LearnerPage];
    if (index == 0) {
        if (m_stateIds.size() % StateBlock == 0)
            m_stateBlocks.push_back(std::make_unique<std::array<LearnerState, StateBlock>>());
        m_stateIds.push_back(id);
        index = quint32(m_stateIds.size());
    }
    const size_t i = index - 1;
    return (*m_stateBlocks[i / StateBlock])[i % StateBlock];
}

void BatchSums::orderGap(qint64 learner, LearnerState &state, const Event &e, bool inserted)
{
    QVarLengthArray<Recent, 4> &v = state.recent;
    if (!v.empty() && ((e.ts < v.front().ts && state.truncatedLow) || (e.ts > v.back().ts && state.truncatedHigh))) {
        // Its neighbour in time was dropped from the list: recompute this learner from events at the end.
        state.rebuild = true;
        v = {};
        return;
    }
    // After any entries with the same time: ties make zero gaps, so their order does not matter.
    const auto pos = std::upper_bound(v.begin(), v.end(), e.ts, [](qint64 ts, const Recent &r) { return ts < r.ts; });
    const Recent *before = pos != v.begin() ? &*(pos - 1) : nullptr;
    const Recent *after = pos != v.end() ? &*pos : nullptr;
    if (before && after) {
        if (!before->inserted && !after->inserted) {
            // Between two events of an earlier batch, whose gap that batch booked (or not, if others
            // lay between them): only the events know.
            state.rebuild = true;
            v = {};
            return;
        }
        // A late row splits a gap this batch booked: take it back, book the two halves below.
        bookGap(learner, after->day, after->ts - before->ts, -1);
    }
    // A gap is booked on the day of its later event; one between two old events was booked before.
    if (before && (inserted || before->inserted))
        bookGap(learner, e.day, e.ts - before->ts, +1);
    if (after && (inserted || after->inserted))
        bookGap(learner, after->day, after->ts - e.ts, +1);
    if (!v.empty()) {
        if (!after)
            ++state.forward;
        else if (!before)
            ++state.backward;
    }
    v.insert(pos, Recent{e.ts, e.day, inserted});
    // Keep the entries nearest the frontier the file moves towards (oldest first, or newest first as
    // Moodle writes its logs), and one beyond the horizon: the neighbour of a row up to a day late, however
    // long the learner was away before. A row behind the dropped ones is rare and takes the rebuild above.
    if (state.backward > state.forward) {
        const qint64 frontier = v.front().ts;
        qsizetype keep = v.size();
        while (keep > 1 && (keep > RecentLimit || v[keep - 2].ts > frontier + RecentHorizon))
            --keep;
        if (keep < v.size()) {
            v.erase(v.begin() + keep, v.end());
            state.truncatedHigh = true;
        }
    } else {
        const qint64 frontier = v.back().ts;
        qsizetype drop = 0;
        while (v.size() - drop > 1 && (v.size() - drop > RecentLimit || v[drop + 1].ts < frontier - RecentHorizon))
            ++drop;
        if (drop > 0) {
            v.erase(v.begin(), v.begin() + drop);
            state.truncatedLow = true;
        }
    }
}

void BatchSums::add(const Event &e, bool inserted)
{
    m_currentDay = e.day;
    const bool failed = e.kind == 2;
    const bool completed = e.kind == 5;
    if (!failed) {
        LearnerState &state = learner(e.learner);
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
        state.sawStored = state.sawStored || !inserted;
        if (!state.rebuild)
            orderGap(e.learner, state, e, inserted);
    }
    if (!inserted)
        return;
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

bool BatchSums::writeAll(bool all, qsizetype limit) const
{
    if (all)
        return true;
    qsizetype heldKeys = 0;
    for (auto it = m_days.cbegin(); it != m_days.cend(); ++it)
        heldKeys += held(it.key().day, false) ? 1 : 0;
    for (auto it = m_courses.cbegin(); it != m_courses.cend(); ++it)
        heldKeys += held(it.key().day, false) ? 1 : 0;
    return heldKeys * 2 > limit;
}

std::vector<std::pair<BatchSums::DayKey, const BatchSums::DaySums *>> BatchSums::sortedDays(bool all) const
{
    std::vector<std::pair<DayKey, const DaySums *>> rows;
    rows.reserve(size_t(m_days.size()));
    for (auto it = m_days.cbegin(); it != m_days.cend(); ++it)
        if (!held(it.key().day, all))
            rows.emplace_back(it.key(), &it.value());
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return std::tie(a.first.day, a.first.learner) < std::tie(b.first.day, b.first.learner);
    });
    return rows;
}

std::vector<std::pair<BatchSums::CourseKey, const BatchSums::CourseSums *>> BatchSums::sortedCourses(bool all) const
{
    std::vector<std::pair<CourseKey, const CourseSums *>> rows;
    rows.reserve(size_t(m_courses.size()));
    for (auto it = m_courses.cbegin(); it != m_courses.cend(); ++it)
        if (!held(it.key().day, all))
            rows.emplace_back(it.key(), &it.value());
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return std::tie(a.first.day, a.first.course, a.first.learner) <
               std::tie(b.first.day, b.first.course, b.first.learner);
    });
    return rows;
}

void BatchSums::dropWritten(bool all)
{
    if (all) {
        m_days.clear();
        m_courses.clear();
        return;
    }
    m_days.removeIf([this](QHash<DayKey, DaySums>::iterator it) { return !held(it.key().day, false); });
    m_courses.removeIf([this](QHash<CourseKey, CourseSums>::iterator it) { return !held(it.key().day, false); });
}

} // namespace Uptake::Aggregates
