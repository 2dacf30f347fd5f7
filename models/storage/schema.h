#pragma once

// The workspace schema, one forward-only migration per version. Migration N takes a workspace from
// user_version N-1 to N and runs inside one transaction together with the version bump.
// Never edit a released migration: add a new one.

#include <array>

namespace Uptake::Schema {

/// "UPTK" in the SQLite header's application_id field: how a file says it is an Uptake workspace.
inline constexpr int ApplicationId = 0x5550544B;

/// Version 1: the program, its pilots and workspace settings.
inline constexpr const char *Migration1 = R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE program (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    organisation TEXT NOT NULL DEFAULT '',
    lms_name     TEXT NOT NULL DEFAULT '',
    owner        TEXT NOT NULL DEFAULT ''
);
INSERT INTO program (id) VALUES (1);

CREATE TABLE pilot (
    id                 INTEGER PRIMARY KEY,
    name               TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    cohort_description TEXT NOT NULL DEFAULT '',
    cohort_filter      TEXT NOT NULL DEFAULT '',
    start_date         TEXT,
    duration_weeks     INTEGER NOT NULL DEFAULT 6 CHECK (duration_weeks BETWEEN 1 AND 104),
    status             TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'running', 'finished')),
    owner              TEXT NOT NULL DEFAULT ''
);
)sql";

/// Version 2: imported data. Learners, courses and content items are normalised to integer ids;
/// events keep epoch seconds (UTC) plus the local day number in the workspace time zone.
/// An event's identity is (fingerprint, occurrence) (indexed with ts first since version 5): identical rows within one
/// file get occurrences 1, 2, 3… so they all count, while the same rows arriving again in an overlapping file collide.
inline constexpr const char *Migration2 = R"sql(
CREATE TABLE import_batch (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('events', 'roster', 'performance')),
    file_name   TEXT NOT NULL,
    file_size   INTEGER NOT NULL DEFAULT 0,
    sha256      TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL,
    profile     TEXT NOT NULL DEFAULT '',
    encoding    TEXT NOT NULL DEFAULT '',
    delimiter   TEXT NOT NULL DEFAULT '',
    date_format TEXT NOT NULL DEFAULT '',
    rows_read   INTEGER NOT NULL DEFAULT 0,
    imported    INTEGER NOT NULL DEFAULT 0,
    rejected    INTEGER NOT NULL DEFAULT 0,
    duplicates  INTEGER NOT NULL DEFAULT 0,
    first_row_id INTEGER,
    last_row_id  INTEGER
);
CREATE INDEX import_batch_sha ON import_batch (sha256);

CREATE TABLE learner (
    id          INTEGER PRIMARY KEY,
    external_id TEXT,
    name        TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT '',
    department  TEXT NOT NULL DEFAULT '',
    team        TEXT NOT NULL DEFAULT '',
    country     TEXT NOT NULL DEFAULT '',
    timezone    TEXT NOT NULL DEFAULT '',
    manager     TEXT NOT NULL DEFAULT '',
    role        TEXT NOT NULL DEFAULT '',
    hire_date   TEXT NOT NULL DEFAULT '',
    attributes  TEXT NOT NULL DEFAULT '{}',
    in_roster   INTEGER NOT NULL DEFAULT 0,
    batch_id    INTEGER REFERENCES import_batch (id) ON DELETE SET NULL
);
CREATE UNIQUE INDEX learner_external_id ON learner (external_id) WHERE external_id IS NOT NULL;
CREATE INDEX learner_email ON learner (email COLLATE NOCASE) WHERE email <> '';
CREATE INDEX learner_name ON learner (name COLLATE NOCASE) WHERE name <> '';

CREATE TABLE course (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL UNIQUE,
    duration_minutes REAL
);

CREATE TABLE content (
    id        INTEGER PRIMARY KEY,
    course_id INTEGER NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    name      TEXT NOT NULL,
    position  INTEGER,
    UNIQUE (course_id, name)
);

-- kind: 0 other, 1 logged in, 2 failed login, 3 viewed, 4 started, 5 completed, 6 submitted,
--       7 scored, 8 logged out (see EventKind in models/domain/eventkind.h)
-- batch_id has no foreign key on purpose: a batch's events are the contiguous id range
-- import_batch.first_row_id..last_row_id, which is how a batch is undone without an index.
CREATE TABLE event (
    id          INTEGER PRIMARY KEY,
    batch_id    INTEGER NOT NULL,
    learner_id  INTEGER NOT NULL,
    ts          INTEGER NOT NULL,
    day         INTEGER NOT NULL,
    course_id   INTEGER,
    content_id  INTEGER,
    kind        INTEGER NOT NULL,
    verb        TEXT,
    duration    REAL,
    score       REAL,
    fingerprint INTEGER NOT NULL,
    occurrence  INTEGER NOT NULL
);
CREATE UNIQUE INDEX event_identity ON event (fingerprint, occurrence);

CREATE TABLE performance (
    id         INTEGER PRIMARY KEY,
    batch_id   INTEGER NOT NULL,
    learner_id INTEGER NOT NULL,
    day        INTEGER NOT NULL,
    kpi        TEXT NOT NULL,
    value      REAL NOT NULL,
    occurrence INTEGER NOT NULL DEFAULT 1
);
-- Like events: identical rows within one file all count, the same rows from an overlapping file do not.
CREATE UNIQUE INDEX performance_identity ON performance (learner_id, kpi, day, value, occurrence);

CREATE TABLE rejected_row (
    id          INTEGER PRIMARY KEY,
    batch_id    INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    line        INTEGER NOT NULL,
    column_name TEXT NOT NULL DEFAULT '',
    value       TEXT NOT NULL DEFAULT '',
    message     TEXT NOT NULL,
    raw         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX rejected_row_batch ON rejected_row (batch_id);
)sql";

/// Version 3: the aggregates the dashboard reads instead of raw events, and the pilot's targets and
/// chart annotations. The importer maintains the aggregates as it writes events (only events it really
/// inserted, never duplicates); undoing a batch rebuilds them for the learners it touched
/// (see models/storage/aggregates.h, which also holds the rebuild SQL that this migration runs).
///
/// learner_day: one row per learner and local day (workspace time zone, days since 1970-01-01).
///   events          all events; active_events: all but failed logins (kind 2)
///   completions     events of kind 5; failed_logins: events of kind 2
///   duration_events events with a duration; duration_minutes: their summed duration
///   gap_s_T         learning time estimated from event sequences: the sum, in seconds, of the gaps
///                   between a learner's consecutive events that are shorter than T minutes (the session
///                   timeout), T in 10, 15, 20, 30, 45, 60, 90. A gap is booked on the day of its later event.
///   first_ts, first_completion_ts  epoch seconds (UTC) of the day's first event and first completion
/// learner_course_day: one row per learner, course and local day, for events that name a course.
/// Both are keyed day first: a window of days is a range scan, and an import of a file in time order
/// appends to the tables instead of inserting all over them.
///   last_ts / last_content_id  the latest event of that day in that course (for drop-off points)
inline constexpr const char *Migration3 = R"sql(
CREATE TABLE learner_day (
    learner_id          INTEGER NOT NULL,
    day                 INTEGER NOT NULL,
    events              INTEGER NOT NULL DEFAULT 0,
    active_events       INTEGER NOT NULL DEFAULT 0,
    failed_logins       INTEGER NOT NULL DEFAULT 0,
    completions         INTEGER NOT NULL DEFAULT 0,
    duration_events     INTEGER NOT NULL DEFAULT 0,
    duration_minutes    REAL NOT NULL DEFAULT 0,
    gap_s_10            INTEGER NOT NULL DEFAULT 0,
    gap_s_15            INTEGER NOT NULL DEFAULT 0,
    gap_s_20            INTEGER NOT NULL DEFAULT 0,
    gap_s_30            INTEGER NOT NULL DEFAULT 0,
    gap_s_45            INTEGER NOT NULL DEFAULT 0,
    gap_s_60            INTEGER NOT NULL DEFAULT 0,
    gap_s_90            INTEGER NOT NULL DEFAULT 0,
    first_ts            INTEGER NOT NULL,
    first_completion_ts INTEGER,
    PRIMARY KEY (day, learner_id)
) WITHOUT ROWID;

CREATE TABLE learner_course_day (
    learner_id          INTEGER NOT NULL,
    course_id           INTEGER NOT NULL,
    day                 INTEGER NOT NULL,
    events              INTEGER NOT NULL DEFAULT 0,
    active_events       INTEGER NOT NULL DEFAULT 0,
    completions         INTEGER NOT NULL DEFAULT 0,
    first_ts            INTEGER NOT NULL,
    first_completion_ts INTEGER,
    last_ts             INTEGER NOT NULL,
    last_content_id     INTEGER,
    PRIMARY KEY (day, course_id, learner_id)
) WITHOUT ROWID;

-- Per pilot and KPI: the baseline (NULL = measured over the four weeks before the pilot's start) and the
-- targets for day 30, 60 and 90, absolute or relative to the baseline (0.25 = +25%).
CREATE TABLE pilot_kpi (
    id               INTEGER PRIMARY KEY,
    pilot_id         INTEGER NOT NULL REFERENCES pilot (id) ON DELETE CASCADE,
    kpi              TEXT NOT NULL,
    baseline         REAL,
    target_mode      TEXT NOT NULL DEFAULT 'absolute' CHECK (target_mode IN ('absolute', 'relative')),
    target_30        REAL,
    target_60        REAL,
    target_90        REAL,
    tolerance        REAL NOT NULL DEFAULT 0.1 CHECK (tolerance >= 0),
    UNIQUE (pilot_id, kpi)
);

-- Marks on the charts: the pilot start, adaptations, comms pushes, outages and the user's own notes.
-- pilot_id NULL: shown on every pilot's charts.
CREATE TABLE annotation (
    id       INTEGER PRIMARY KEY,
    pilot_id INTEGER REFERENCES pilot (id) ON DELETE CASCADE,
    date     TEXT NOT NULL,
    kind     TEXT NOT NULL DEFAULT 'note' CHECK (kind IN ('pilot_start', 'adaptation', 'comms', 'outage', 'note')),
    label    TEXT NOT NULL CHECK (length(trim(label)) > 0),
    details  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX annotation_pilot ON annotation (pilot_id);

-- Fill the aggregates from the events already in the workspace (a frozen copy of the rebuild in
-- models/storage/aggregates.cpp: later changes there must not change this migration).
INSERT INTO learner_day (learner_id, day, events, active_events, failed_logins, completions, duration_events,
                         duration_minutes, gap_s_10, gap_s_15, gap_s_20, gap_s_30, gap_s_45, gap_s_60, gap_s_90,
                         first_ts, first_completion_ts)
SELECT learner_id, day, count(*), sum(kind <> 2), sum(kind = 2), sum(kind = 5), count(duration),
       coalesce(sum(duration), 0),
       sum(CASE WHEN gap < 600 THEN gap ELSE 0 END), sum(CASE WHEN gap < 900 THEN gap ELSE 0 END),
       sum(CASE WHEN gap < 1200 THEN gap ELSE 0 END), sum(CASE WHEN gap < 1800 THEN gap ELSE 0 END),
       sum(CASE WHEN gap < 2700 THEN gap ELSE 0 END), sum(CASE WHEN gap < 3600 THEN gap ELSE 0 END),
       sum(CASE WHEN gap < 5400 THEN gap ELSE 0 END), min(ts), min(CASE WHEN kind = 5 THEN ts END)
FROM (SELECT learner_id, day, kind, duration, ts,
             CASE WHEN kind <> 2 THEN ts - lag(ts) OVER (PARTITION BY learner_id, kind = 2 ORDER BY ts) END AS gap
      FROM event)
GROUP BY learner_id, day;

INSERT INTO learner_course_day (learner_id, course_id, day, events, active_events, completions, first_ts,
                                first_completion_ts, last_ts, last_content_id)
SELECT learner_id, course_id, day, count(*), sum(kind <> 2), sum(kind = 5), min(ts),
       min(CASE WHEN kind = 5 THEN ts END), max(ts), max(last_content)
FROM (SELECT learner_id, course_id, day, kind, ts,
             first_value(content_id) OVER (PARTITION BY learner_id, course_id, day ORDER BY ts DESC, id DESC)
                 AS last_content
      FROM event WHERE course_id IS NOT NULL)
GROUP BY learner_id, course_id, day;
)sql";

/// Version 4: the guided journey (diagnose → design → pilot → govern). Pilot-scoped tables cascade with
/// their pilot; the governance board, release calendar, retirement rules and retirement decisions belong
/// to the whole program. Targets stay in pilot_kpi (version 3); levers and adaptations name a KPI by its key.
inline constexpr const char *Migration4 = R"sql(
-- A frozen copy of the figures at a date: figures is JSON text written once, never recomputed. (JSON is
-- checked by the repository: json_valid() may not run in a CHECK on connections with trusted_schema off.)
CREATE TABLE baseline_snapshot (
    id         INTEGER PRIMARY KEY,
    pilot_id   INTEGER NOT NULL REFERENCES pilot (id) ON DELETE CASCADE,
    as_of      TEXT NOT NULL,
    taken_at   TEXT NOT NULL,
    label      TEXT NOT NULL DEFAULT '',
    figures    TEXT NOT NULL DEFAULT '{}' CHECK (substr(figures, 1, 1) = '{')
);
CREATE INDEX baseline_snapshot_pilot ON baseline_snapshot (pilot_id);

CREATE TABLE interview (
    id       INTEGER PRIMARY KEY,
    pilot_id INTEGER NOT NULL REFERENCES pilot (id) ON DELETE CASCADE,
    name     TEXT NOT NULL CHECK (length(trim(name)) > 0),
    role     TEXT NOT NULL DEFAULT '',
    function TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    date     TEXT,
    notes    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX interview_pilot ON interview (pilot_id);

-- category: a built-in key (login_failures, unclear_paths, job_mismatch, lack_of_time, unclear_incentives,
-- relevance, poor_ux, no_mobile, time_zones) or a user-defined category's own name.
CREATE TABLE barrier (
    id          INTEGER PRIMARY KEY,
    pilot_id    INTEGER NOT NULL REFERENCES pilot (id) ON DELETE CASCADE,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    category    TEXT NOT NULL CHECK (length(trim(category)) > 0),
    severity    INTEGER NOT NULL DEFAULT 2 CHECK (severity BETWEEN 1 AND 4),
    evidence    TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX barrier_pilot ON barrier (pilot_id);

CREATE TABLE interview_barrier (
    interview_id INTEGER NOT NULL REFERENCES interview (id) ON DELETE CASCADE,
    barrier_id   INTEGER NOT NULL REFERENCES barrier (id) ON DELETE CASCADE,
    PRIMARY KEY (interview_id, barrier_id)
) WITHOUT ROWID;
CREATE INDEX interview_barrier_barrier ON interview_barrier (barrier_id);

CREATE TABLE checklist_item (
    id       INTEGER PRIMARY KEY,
    pilot_id INTEGER NOT NULL REFERENCES pilot (id) ON DELETE CASCADE,
    phase    TEXT NOT NULL DEFAULT 'diagnose' CHECK (phase IN ('diagnose', 'design', 'pilot', 'govern')),
    position INTEGER NOT NULL DEFAULT 0,
    text     TEXT NOT NULL CHECK (length(trim(text)) > 0),
    done     INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    owner    TEXT NOT NULL DEFAULT '',
    due_date TEXT
);
CREATE INDEX checklist_item_pilot ON checklist_item (pilot_id);

-- builtin: the key of a built-in lever (empty for the user's own); kpi: a pilot_kpi.kpi key or empty.
CREATE TABLE lever (
    id          INTEGER PRIMARY KEY,
    pilot_id    INTEGER NOT NULL REFERENCES pilot (id) ON DELETE CASCADE,
    pillar      TEXT NOT NULL CHECK (pillar IN ('content_relevance', 'habit_formation', 'recognition')),
    builtin     TEXT NOT NULL DEFAULT '',
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    description TEXT NOT NULL DEFAULT '',
    chosen      INTEGER NOT NULL DEFAULT 0 CHECK (chosen IN (0, 1)),
    kpi         TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX lever_pilot ON lever (pilot_id);

CREATE TABLE lever_barrier (
    lever_id   INTEGER NOT NULL REFERENCES lever (id) ON DELETE CASCADE,
    barrier_id INTEGER NOT NULL REFERENCES barrier (id) ON DELETE CASCADE,
    PRIMARY KEY (lever_id, barrier_id)
) WITHOUT ROWID;
CREATE INDEX lever_barrier_barrier ON lever_barrier (barrier_id);

-- The courses in a pilot's scope.
CREATE TABLE pilot_course (
    pilot_id  INTEGER NOT NULL REFERENCES pilot (id) ON DELETE CASCADE,
    course_id INTEGER NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    note      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (pilot_id, course_id)
) WITHOUT ROWID;

CREATE TABLE plan_cycle (
    id         INTEGER PRIMARY KEY,
    pilot_id   INTEGER NOT NULL REFERENCES pilot (id) ON DELETE CASCADE,
    number     INTEGER NOT NULL CHECK (number >= 1),
    start_date TEXT,
    end_date   TEXT,
    notes      TEXT NOT NULL DEFAULT '',
    UNIQUE (pilot_id, number),
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);

-- Pilot quickly: what was launched, to whom, when.
CREATE TABLE cycle_launch (
    id       INTEGER PRIMARY KEY,
    cycle_id INTEGER NOT NULL REFERENCES plan_cycle (id) ON DELETE CASCADE,
    what     TEXT NOT NULL CHECK (length(trim(what)) > 0),
    audience TEXT NOT NULL DEFAULT '',
    date     TEXT
);
CREATE INDEX cycle_launch_cycle ON cycle_launch (cycle_id);

-- Listen continuously.
CREATE TABLE feedback (
    id        INTEGER PRIMARY KEY,
    cycle_id  INTEGER NOT NULL REFERENCES plan_cycle (id) ON DELETE CASCADE,
    date      TEXT,
    source    TEXT NOT NULL DEFAULT 'survey'
              CHECK (source IN ('survey', 'interview', 'chat', 'help_desk', 'analytics')),
    sentiment TEXT NOT NULL DEFAULT 'neutral' CHECK (sentiment IN ('positive', 'neutral', 'negative')),
    theme     TEXT NOT NULL DEFAULT '',
    quote     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX feedback_cycle ON feedback (cycle_id);

-- Adapt content: kpi is 'course_completion', 'content_completion' or 'active_rate', measured over
-- window_days before and after date.
CREATE TABLE adaptation (
    id          INTEGER PRIMARY KEY,
    cycle_id    INTEGER NOT NULL REFERENCES plan_cycle (id) ON DELETE CASCADE,
    date        TEXT NOT NULL,
    course_id   INTEGER REFERENCES course (id) ON DELETE SET NULL,
    content_id  INTEGER REFERENCES content (id) ON DELETE SET NULL,
    feedback_id INTEGER REFERENCES feedback (id) ON DELETE SET NULL,
    description TEXT NOT NULL CHECK (length(trim(description)) > 0),
    kpi         TEXT NOT NULL DEFAULT 'course_completion'
                CHECK (kpi IN ('course_completion', 'content_completion', 'active_rate')),
    window_days INTEGER NOT NULL DEFAULT 14 CHECK (window_days BETWEEN 1 AND 182)
);
CREATE INDEX adaptation_cycle ON adaptation (cycle_id);

-- Normalize usage: what is scaled to which wider group, and when.
CREATE TABLE cycle_normalize (
    id       INTEGER PRIMARY KEY,
    cycle_id INTEGER NOT NULL REFERENCES plan_cycle (id) ON DELETE CASCADE,
    what     TEXT NOT NULL CHECK (length(trim(what)) > 0),
    target_group TEXT NOT NULL DEFAULT '',
    date     TEXT
);
CREATE INDEX cycle_normalize_cycle ON cycle_normalize (cycle_id);

CREATE TABLE board_member (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL CHECK (length(trim(name)) > 0),
    function TEXT NOT NULL DEFAULT 'ld' CHECK (function IN ('hr', 'managers', 'ld', 'it', 'business_unit')),
    role     TEXT NOT NULL DEFAULT ''
);

-- pilot_id NULL: a program-wide decision. evidence: a JSON array of {"kind", "ref", "label"}.
CREATE TABLE decision (
    id        INTEGER PRIMARY KEY,
    pilot_id  INTEGER REFERENCES pilot (id) ON DELETE CASCADE,
    date      TEXT NOT NULL,
    decision  TEXT NOT NULL CHECK (length(trim(decision)) > 0),
    rationale TEXT NOT NULL DEFAULT '',
    owner     TEXT NOT NULL DEFAULT '',
    evidence  TEXT NOT NULL DEFAULT '[]' CHECK (substr(evidence, 1, 1) = '['),
    status    TEXT NOT NULL DEFAULT 'proposed'
              CHECK (status IN ('proposed', 'approved', 'rejected', 'implemented'))
);
CREATE INDEX decision_pilot ON decision (pilot_id);

CREATE TABLE content_release (
    id           INTEGER PRIMARY KEY,
    planned_date TEXT NOT NULL,
    cadence      TEXT NOT NULL DEFAULT 'monthly' CHECK (cadence IN ('monthly', 'quarterly')),
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    content      TEXT NOT NULL DEFAULT '',
    released     INTEGER NOT NULL DEFAULT 0 CHECK (released IN (0, 1))
);

-- kind: not_accessed (threshold = days), completion_below (threshold = fraction 0..1),
-- older_than (threshold = months since the course was first used), superseded (no threshold).
CREATE TABLE retirement_rule (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL UNIQUE
              CHECK (kind IN ('not_accessed', 'completion_below', 'older_than', 'superseded')),
    threshold REAL NOT NULL DEFAULT 0 CHECK (threshold >= 0),
    enabled   INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1))
);

-- A course replaced by a newer one (what the 'superseded' rule looks at).
CREATE TABLE course_successor (
    course_id    INTEGER PRIMARY KEY REFERENCES course (id) ON DELETE CASCADE,
    successor_id INTEGER NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    CHECK (successor_id <> course_id)
);

-- The board's decision on a retirement candidate.
CREATE TABLE retirement_decision (
    course_id  INTEGER PRIMARY KEY REFERENCES course (id) ON DELETE CASCADE,
    verdict    TEXT NOT NULL DEFAULT 'pending' CHECK (verdict IN ('pending', 'keep', 'revise', 'retire')),
    decided_on TEXT,
    note       TEXT NOT NULL DEFAULT ''
);

-- The 30/60/90-day plan. bucket: 30, 60 or 90 days from the pilot's start.
CREATE TABLE plan_action (
    id         INTEGER PRIMARY KEY,
    pilot_id   INTEGER NOT NULL REFERENCES pilot (id) ON DELETE CASCADE,
    title      TEXT NOT NULL CHECK (length(trim(title)) > 0),
    bucket     INTEGER NOT NULL DEFAULT 30 CHECK (bucket IN (30, 60, 90)),
    phase      TEXT NOT NULL DEFAULT 'diagnose' CHECK (phase IN ('diagnose', 'design', 'pilot', 'govern')),
    owner      TEXT NOT NULL DEFAULT '',
    due_date   TEXT,
    status     TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
    lever_id   INTEGER REFERENCES lever (id) ON DELETE SET NULL,
    barrier_id INTEGER REFERENCES barrier (id) ON DELETE SET NULL,
    cohort     INTEGER NOT NULL DEFAULT 0 CHECK (cohort IN (0, 1)),
    position   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX plan_action_pilot ON plan_action (pilot_id);
)sql";

/// Version 5: an event's identity is looked up by (ts, fingerprint, occurrence). The fingerprint already
/// hashes the timestamp, so the rows that collide are the same as before; but LMS exports run in time order
/// (oldest or newest first), so an import appends to this index at one edge instead of inserting all over
/// it. Kept up to date row by row, it costs an import of a million events about a tenth of a second, where
/// the (fingerprint, occurrence) index, random by design, had to be dropped and rebuilt by a sort that took
/// a second or more.
inline constexpr const char *Migration5 = R"sql(
DROP INDEX event_identity;
CREATE UNIQUE INDEX event_identity ON event (ts, fingerprint, occurrence);
)sql";

/// Version 6: row versions, so that several people editing one team workspace (or two windows on one file) never
/// overwrite each other's edits unseen. Every row people edit gets row_version (1 when added, one more at every
/// change: a write names the version it read and is refused when the row has moved on), and who changed it last
/// and when (updated_by: the server role or the operating system's user name; updated_at: ISO 8601 UTC; both
/// empty until the first change after this version).
inline constexpr const char *Migration6 = R"sql(
ALTER TABLE pilot ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE pilot ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE pilot ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE pilot_kpi ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE pilot_kpi ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE pilot_kpi ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE annotation ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE annotation ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE annotation ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE baseline_snapshot ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE baseline_snapshot ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE baseline_snapshot ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE interview ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE interview ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE interview ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE barrier ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE barrier ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE barrier ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE checklist_item ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE checklist_item ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE checklist_item ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE lever ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE lever ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE lever ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE pilot_course ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE pilot_course ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE pilot_course ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE plan_cycle ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE plan_cycle ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE plan_cycle ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE cycle_launch ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE cycle_launch ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE cycle_launch ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE feedback ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE feedback ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE feedback ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE adaptation ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE adaptation ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE adaptation ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE cycle_normalize ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE cycle_normalize ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE cycle_normalize ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE board_member ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE board_member ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE board_member ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE decision ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE decision ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE decision ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE content_release ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE content_release ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE content_release ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE retirement_rule ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE retirement_rule ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE retirement_rule ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE course_successor ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE course_successor ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE course_successor ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE retirement_decision ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE retirement_decision ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE retirement_decision ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE plan_action ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE plan_action ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE plan_action ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
)sql";

inline constexpr std::array<const char *, 6> Migrations = {Migration1, Migration2, Migration3,
                                                           Migration4, Migration5, Migration6};
inline constexpr int CurrentVersion = int(Migrations.size());

} // namespace Uptake::Schema
