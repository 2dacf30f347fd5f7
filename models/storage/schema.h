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
/// An event's identity is (fingerprint, occurrence): identical rows within one file get occurrences
/// 1, 2, 3… so they all count, while the same rows arriving again in an overlapping file collide.
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

inline constexpr std::array<const char *, 2> Migrations = {Migration1, Migration2};
inline constexpr int CurrentVersion = int(Migrations.size());

} // namespace Uptake::Schema
