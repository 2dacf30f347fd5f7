-- Reference metrics: the core of issue 4's metric set computed the plain way, by SQL over the raw `event`
-- table of a workspace (no aggregates, no indexes beyond the schema's). metrics-benchmark.sh times this with
-- the sqlite3 shell against `uptake metrics --json`, which must be at least 10× faster; the results also
-- serve as an independent cross-check of Uptake's numbers.
--
-- Conventions (issue 4): one window = all data, one cohort = everyone. `event.day` is already the local day
-- in the workspace time zone (days since 1970-01-01, a Thursday), so an ISO week's Monday is
-- day - (day + 3) % 7 and its ISO year and number are those of its Thursday. A learner is active in a period
-- with at least one event other than a failed login (kind 2); kind 4 is started, kind 5 completed.
-- Each statement is preceded by a "-- metric:" line naming it (the benchmark labels its timings so).
-- Plain SQL (SQLite 3.25+ for window functions): it runs in the sqlite3 shell or any SQLite client.

-- metric: weekly_active_users
-- Distinct active learners per ISO week; active rate = WAU ÷ cohort size (roster members, or without a roster
-- the learners seen in the data).
WITH cohort AS (
    SELECT CASE WHEN (SELECT count(*) FROM learner WHERE in_roster = 1) > 0
                THEN (SELECT count(*) FROM learner WHERE in_roster = 1)
                ELSE (SELECT count(DISTINCT learner_id) FROM event) END AS size
),
weekly AS (
    SELECT day - (day + 3) % 7 AS monday, count(DISTINCT learner_id) AS active
    FROM event
    WHERE kind <> 2
    GROUP BY monday
)
SELECT printf('%s-W%02d', strftime('%Y', (monday + 3) * 86400, 'unixepoch'),
              (CAST(strftime('%j', (monday + 3) * 86400, 'unixepoch') AS INTEGER) - 1) / 7 + 1) AS week,
       date(monday * 86400, 'unixepoch') AS start,
       active,
       round(1.0 * active / cohort.size, 4) AS active_rate
FROM weekly, cohort
ORDER BY monday;

-- metric: completion_by_course
-- Per course: learners with any event in it, those of them with a completion event in it, and the rate.
SELECT c.name AS course,
       count(*) AS learners,
       sum(p.completed) AS completed,
       round(1.0 * sum(p.completed) / count(*), 4) AS rate
FROM (SELECT learner_id, course_id, max(kind = 5) AS completed
      FROM event
      WHERE course_id IS NOT NULL
      GROUP BY learner_id, course_id) AS p
JOIN course AS c ON c.id = p.course_id
GROUP BY p.course_id
ORDER BY c.name;

-- metric: completion_overall
-- Over all learner–course pairs.
SELECT count(*) AS pairs,
       sum(completed) AS completed,
       round(1.0 * sum(completed) / count(*), 4) AS overall_rate
FROM (SELECT learner_id, course_id, max(kind = 5) AS completed
      FROM event
      WHERE course_id IS NOT NULL
      GROUP BY learner_id, course_id);

-- metric: heatmap
-- Course × ISO week: distinct active learners per cell (empty cells are absent).
SELECT c.name AS course,
       date(h.monday * 86400, 'unixepoch') AS week_start,
       h.learners
FROM (SELECT course_id, day - (day + 3) % 7 AS monday, count(DISTINCT learner_id) AS learners
      FROM event
      WHERE course_id IS NOT NULL AND kind <> 2
      GROUP BY course_id, monday) AS h
JOIN course AS c ON c.id = h.course_id
ORDER BY c.name, h.monday;

-- metric: time_to_first_completion
-- Per learner who completed anything: days (fractional, from the UTC timestamps) from their first event of any
-- kind to their first completion. Kept in a temporary table for the summary that follows.
CREATE TEMP TABLE ttfc AS
SELECT learner_id, (first_completion - first_ts) / 86400.0 AS days
FROM (SELECT learner_id, min(ts) AS first_ts, min(CASE WHEN kind = 5 THEN ts END) AS first_completion
      FROM event
      GROUP BY learner_id)
WHERE first_completion IS NOT NULL;

-- metric: time_to_first_completion_per_learner
SELECT l.external_id AS learner, round(t.days, 4) AS days
FROM ttfc AS t
JOIN learner AS l ON l.id = t.learner_id
ORDER BY t.days, l.external_id;

-- metric: time_to_first_completion_summary
-- Quartiles with linear interpolation between the closest ranks (the median of an even n is the mean of the
-- middle two).
WITH ordered AS (
    SELECT days, row_number() OVER (ORDER BY days) - 1 AS i FROM ttfc
),
q(name, p) AS (VALUES ('p25', 0.25), ('median', 0.5), ('p75', 0.75)),
pos AS (
    SELECT q.name, q.p, (n.n - 1) * q.p AS x, CAST((n.n - 1) * q.p AS INTEGER) AS lo, n.n
    FROM q, (SELECT count(*) AS n FROM ttfc) AS n
)
SELECT pos.name AS statistic,
       round(a.days + (pos.x - pos.lo) * (coalesce(b.days, a.days) - a.days), 4) AS days,
       pos.n AS n
FROM pos
JOIN ordered AS a ON a.i = pos.lo
LEFT JOIN ordered AS b ON b.i = pos.lo + 1
ORDER BY pos.p;

-- metric: drop_off
-- For each learner–course pair with a started event and no completion: the content item of the pair's last
-- event. Ranked per course, with counts and shares of the course's drop-outs. With max() as its only min/max
-- aggregate, SQLite takes the bare column content_id from the row holding max(ts) (a documented SQLite rule;
-- between events of the very same second it picks one). The portable form, row_number() OVER (PARTITION BY
-- learner_id, course_id ORDER BY ts DESC, id DESC), gives the same answer here but takes about five times as
-- long, which would flatter Uptake's ratio.
SELECT c.name AS course,
       coalesce(ct.name, '(no content item)') AS content,
       ct.position AS position,
       count(*) AS learners,
       round(1.0 * count(*) / sum(count(*)) OVER (PARTITION BY p.course_id), 4) AS share
FROM (SELECT learner_id, course_id, content_id, max(ts) AS last_ts,
             sum(kind = 4) AS starts, sum(kind = 5) AS completions
      FROM event
      WHERE course_id IS NOT NULL
      GROUP BY learner_id, course_id) AS p
JOIN course AS c ON c.id = p.course_id
LEFT JOIN content AS ct ON ct.id = p.content_id
WHERE p.starts > 0 AND p.completions = 0
GROUP BY p.course_id, p.content_id
ORDER BY c.name, learners DESC, ct.position;
