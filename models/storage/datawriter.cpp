#include "datawriter.h"

#include "aggregates.h"
#include "dialect.h"
#include "pgdatawriter.h"
#include "sqliteutil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Uptake {

namespace {

constexpr auto InsertBatch = R"sql(
INSERT INTO import_batch (kind, file_name, file_size, sha256, imported_at, profile, encoding, delimiter, date_format)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
)sql";
constexpr auto FinishBatch = R"sql(
UPDATE import_batch SET rows_read = ?, imported = ?, rejected = ?, duplicates = ?, first_row_id = ?, last_row_id = ?,
                        sha256 = ?
WHERE id = ?
)sql";
constexpr auto SelectAllLearners = R"sql(SELECT id, external_id, email, name, in_roster FROM learner)sql";
constexpr auto SelectLearnerBaseline = R"sql(SELECT id, in_roster FROM learner)sql";
constexpr auto InsertBareLearner =
    R"sql(INSERT INTO learner (external_id, name, email, batch_id) VALUES (?, ?, ?, ?))sql";
constexpr auto InsertLearner = R"sql(
INSERT INTO learner (external_id, name, email, department, team, country, timezone, manager, role, hire_date,
                     attributes, in_roster, batch_id)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)
)sql";
constexpr auto UpdateLearner = R"sql(
UPDATE learner SET external_id = ?, name = ?, email = ?, department = ?, team = ?, country = ?, timezone = ?,
                   manager = ?, role = ?, hire_date = ?, attributes = ?, in_roster = 1, batch_id = ?
WHERE id = ?
)sql";
constexpr auto SelectCourse = R"sql(SELECT id FROM course WHERE name = ?)sql";
constexpr auto InsertCourse = R"sql(INSERT INTO course (name, duration_minutes) VALUES (?, ?))sql";
constexpr auto SelectContent = R"sql(SELECT id FROM content WHERE course_id = ? AND name = ?)sql";
constexpr auto InsertContent = R"sql(INSERT INTO content (course_id, name, position) VALUES (?, ?, ?))sql";
constexpr auto InsertEvent = R"sql(
INSERT OR IGNORE INTO event (batch_id, learner_id, ts, day, course_id, content_id, kind, verb, duration, score,
                             fingerprint, occurrence)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
)sql";
// The same for several rows at once (see DataWriter::begin()).
constexpr auto InsertEventsInto = R"sql(
INSERT OR IGNORE INTO event (batch_id, learner_id, ts, day, course_id, content_id, kind, verb, duration, score,
                             fingerprint, occurrence)
VALUES )sql";
constexpr int EventColumns = 12;
constexpr int EventsPerInsert = 64;
constexpr auto InsertPerformance = R"sql(
INSERT OR IGNORE INTO performance (batch_id, learner_id, day, kpi, value, occurrence) VALUES (?, ?, ?, ?, ?, ?)
)sql";
constexpr auto InsertRejected = R"sql(
INSERT INTO rejected_row (batch_id, line, column_name, value, message, raw) VALUES (?, ?, ?, ?, ?, ?)
)sql";

void bindText(sqlite3_stmt *s, int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(s, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void bindOptional(sqlite3_stmt *s, int index, const std::optional<double> &v)
{
    if (v)
        sqlite3_bind_double(s, index, *v);
    else
        sqlite3_bind_null(s, index);
}

quint64 fnv1a(quint64 hash, QStringView text)
{
    const auto *p = reinterpret_cast<const uchar *>(text.constData());
    const qsizetype n = text.size() * qsizetype(sizeof(QChar));
    for (qsizetype i = 0; i < n; ++i) {
        hash ^= p[i];
        hash *= 0x100000001b3ULL;
    }
    // A separator so that ("ab", "c") and ("a", "bc") differ.
    hash ^= 0xff;
    hash *= 0x100000001b3ULL;
    return hash;
}

quint64 fnv1a(quint64 hash, qint64 value)
{
    for (int i = 0; i < 8; ++i) {
        hash ^= quint64(value >> (i * 8)) & 0xff;
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

} // namespace

DataWriter::DataWriter(QSqlDatabase db, QTimeZone workspaceZone)
    : m_db(std::move(db))
    , m_handle(Sqlite::handle(m_db))
    , m_zone(std::move(workspaceZone))
{
    if (Dialect::isPostgres(m_db))
        m_pg = std::make_unique<PgDataWriter>(m_db, m_zone);
}

qint64 DataWriter::batchId() const
{
    return m_pg ? m_pg->batchId() : m_batchId;
}

BatchCounts DataWriter::committedCounts(const BatchCounts &counts) const
{
    if (m_pg)
        return m_pg->counts();
    return withIgnored(counts);
}

std::optional<StoredSpan> DataWriter::committedSpan() const
{
    return m_pg ? m_pg->storedSpan() : std::nullopt;
}

BatchCounts DataWriter::withIgnored(BatchCounts counts) const
{
    counts.imported -= m_ignoredPending;
    counts.duplicates += m_ignoredPending;
    return counts;
}

DataWriter::~DataWriter()
{
    if (m_open)
        rollback();
    for (sqlite3_stmt *s : std::as_const(m_statements))
        sqlite3_finalize(s);
    restoreLog();
}

QString DataWriter::lastError() const
{
    return m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle))
                    : QCoreApplication::translate("Uptake::DataWriter", "no database connection");
}

/// A statement prepared on first use and kept (see m_statements), reset and cleared for the next use.
static sqlite3_stmt *reuse(sqlite3_stmt *s)
{
    if (s) {
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
    }
    return s;
}

sqlite3_stmt *DataWriter::prepare(const char *sql)
{
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v3(m_handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, nullptr) != SQLITE_OK)
        return nullptr;
    m_statements.append(s);
    return s;
}

quint64 DataWriter::fingerprint(const EventRecord &e)
{
    return fingerprint(e.learnerId, e.timestamp.toMSecsSinceEpoch(), e.course, e.content, e.kind, e.verb,
                       e.durationMinutes, e.score);
}

quint64 DataWriter::fingerprint(QStringView learner, qint64 msecs, QStringView course, QStringView content,
                                EventKind kind, QStringView verb, std::optional<double> durationMinutes,
                                std::optional<double> score)
{
    quint64 h = 0xcbf29ce484222325ULL;
    h = fnv1a(h, learner);
    h = fnv1a(h, msecs);
    h = fnv1a(h, course);
    h = fnv1a(h, content);
    h = fnv1a(h, qint64(kind));
    h = fnv1a(h, verb);
    h = fnv1a(h, durationMinutes ? qint64(*durationMinutes * 1000) : -1);
    h = fnv1a(h, score ? qint64(*score * 1000) : -1);
    // SQLite integers are signed; keep the top bit clear so the value round-trips unchanged.
    return h & 0x7fffffffffffffffULL;
}

qint64 DataWriter::localDay(qint64 secs)
{
    // Zone offsets change at most a few times a year, always on a quarter hour: cache per quarter hour.
    const qint64 hour = secs >= 0 ? secs / 900 : (secs - 899) / 900;
    if (hour != m_cachedHour) {
        m_cachedHour = hour;
        m_cachedOffset = m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(hour * 900, QTimeZone::utc()));
    }
    const qint64 local = secs + m_cachedOffset;
    return local >= 0 ? local / 86400 : (local - 86399) / 86400;
}

void DataWriter::setBulkMode(bool on)
{
    if (m_pg)
        return;
    Sqlite::exec(m_handle, on ? "PRAGMA cache_size = -32768" : "PRAGMA cache_size = -2000");
}

namespace {

/// The journal mode a "PRAGMA journal_mode …" statement reports, in lower case; empty when it failed.
QByteArray journalMode(sqlite3 *db, const char *pragma)
{
    sqlite3_stmt *s = nullptr;
    QByteArray mode;
    if (sqlite3_prepare_v2(db, pragma, -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
        mode = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(s, 0))).toLower();
    sqlite3_finalize(s);
    return mode;
}

} // namespace

bool DataWriter::takeWholeFile()
{
    if (m_pg || !m_handle || m_open || m_wholeFile)
        return m_wholeFile;
    // Leaving WAL mode needs an exclusive lock: SQLite answers "wal" (or fails) while another connection, in this
    // process or another, has the file open.
    if (journalMode(m_handle, "PRAGMA journal_mode = DELETE") != "delete")
        return false;
    m_wholeFile = true;
    if (auto s = Sqlite::exec(m_handle, "PRAGMA synchronous = FULL"); !s) {
        restoreLog();
        return false;
    }
    return true;
}

void DataWriter::restoreLog()
{
    if (!m_wholeFile)
        return;
    m_wholeFile = false;
    // If a reader opened the file meanwhile this fails, harmlessly: the next Uptake that opens the workspace for
    // editing switches it back (Workspace::open), and every mode reads the same data.
    journalMode(m_handle, "PRAGMA journal_mode = WAL");
    Sqlite::exec(m_handle, "PRAGMA synchronous = NORMAL");
}

Status DataWriter::begin(const BatchInfo &batch)
{
    if (m_pg) {
        if (auto s = m_pg->begin(batch); !s)
            return s;
        if (auto s = loadLearnerBaseline(); !s) {
            m_pg->rollback();
            return s;
        }
        return {};
    }
    if (!m_handle)
        return Status::failure(
            QCoreApplication::translate("Uptake::DataWriter", "The workspace connection is not open."));
    if (auto s = Sqlite::exec(m_handle, "BEGIN IMMEDIATE"); !s)
        return Status::failure(
            QCoreApplication::translate("Uptake::DataWriter", "Cannot start writing: %1").arg(s.error()));
    m_open = true;
    m_sha256 = batch.sha256;
    sqlite3_stmt *s = prepare(InsertBatch);
    if (!s) {
        rollback();
        return Status::failure(lastError());
    }
    bindText(s, 1, batch.kind);
    bindText(s, 2, batch.fileName);
    sqlite3_bind_int64(s, 3, batch.fileSize);
    bindText(s, 4, batch.sha256);
    bindText(s, 5, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    bindText(s, 6, batch.profile);
    bindText(s, 7, batch.encoding);
    bindText(s, 8, batch.delimiter);
    bindText(s, 9, batch.dateFormat);
    if (sqlite3_step(s) != SQLITE_DONE) {
        const QString why = lastError();
        rollback();
        return Status::failure(
            QCoreApplication::translate("Uptake::DataWriter", "Cannot record the import: %1").arg(why));
    }
    m_batchId = sqlite3_last_insert_rowid(m_handle);
    if (auto loaded = loadLearners(); !loaded) {
        rollback();
        return loaded;
    }
    if (batch.kind == u"events"_s) {
        // An event's identity includes its time, so a row outside the time span the workspace already holds
        // cannot collide with anything stored (nor with another row of this batch: the importer numbers
        // repeated rows). Such rows, all of a first import and most of next month's export, go in
        // EventsPerInsert to a plain INSERT; the others one by one, so a duplicate is recognised.
        sqlite3_stmt *span = prepare("SELECT min(ts), max(ts) FROM event");
        if (span && sqlite3_step(span) == SQLITE_ROW && sqlite3_column_type(span, 0) != SQLITE_NULL) {
            m_storedFrom = sqlite3_column_int64(span, 0);
            m_storedTo = sqlite3_column_int64(span, 1);
        }
        if (span)
            sqlite3_reset(span);
    }
    m_aggregates = std::make_unique<Aggregates::Builder>(m_handle);
    m_aggregates->setStoredSpan(m_storedFrom, m_storedTo);
    m_insertEvent = prepare(InsertEvent);
    m_insertPerformance = prepare(InsertPerformance);
    if (!m_insertEvent || !m_insertPerformance) {
        const QString why = lastError();
        rollback();
        return Status::failure(why);
    }
    if (auto loaded = loadLearnerBaseline(); !loaded) {
        rollback();
        return loaded;
    }
    return {};
}

Status DataWriter::loadLearnerBaseline()
{
    // Through Qt's driver, so that it reads a team workspace as well as a file.
    m_learnersBefore.clear();
    m_rosterBefore.clear();
    m_namedLearners.clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QString::fromUtf8(SelectLearnerBaseline)))
        return Status::failure(QCoreApplication::translate("Uptake::DataWriter", "Cannot read the learners: %1")
                                   .arg(q.lastError().text()));
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        m_learnersBefore.insert(id);
        if (q.value(1).toLongLong() != 0)
            m_rosterBefore.insert(id);
    }
    return {};
}

LearnerOverlap DataWriter::learnerOverlap() const
{
    LearnerOverlap o;
    o.named = m_namedLearners.size();
    o.knownBefore = m_learnersBefore.size();
    o.rosterBefore = m_rosterBefore.size();
    for (const qint64 id : m_namedLearners) {
        o.known += m_learnersBefore.contains(id) ? 1 : 0;
        o.inRoster += m_rosterBefore.contains(id) ? 1 : 0;
    }
    return o;
}

Status DataWriter::loadLearners()
{
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(m_handle, SelectAllLearners, -1, &s, nullptr) != SQLITE_OK)
        return Status::failure(lastError());
    while (sqlite3_step(s) == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(s, 0);
        auto text = [s](int col) {
            return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, col)),
                                     sqlite3_column_bytes(s, col));
        };
        if (sqlite3_column_type(s, 1) != SQLITE_NULL)
            m_learners.insert(text(1), id);
        if (const QString email = text(2).toLower(); !email.isEmpty())
            m_byEmail.insert(email, id);
        if (const QString name = text(3).toLower(); !name.isEmpty())
            m_byName.insert(name, id);
        if (sqlite3_column_int(s, 4) != 0)
            m_rosterIds.insert(id, text(1));
    }
    sqlite3_finalize(s);
    return {};
}

qint64 DataWriter::findLearner(const QString &key) const
{
    if (auto it = m_learners.constFind(key); it != m_learners.cend())
        return *it;
    const QString folded = key.trimmed().toLower();
    if (folded.contains(u'@')) {
        if (auto it = m_byEmail.constFind(folded); it != m_byEmail.cend())
            return *it;
    }
    if (auto it = m_byName.constFind(folded); it != m_byName.cend())
        return *it;
    return 0;
}

Result<qint64> DataWriter::upsertLearner(const LearnerRecord &l)
{
    auto id = m_pg ? m_pg->upsertLearner(l) : storeLearner(l);
    if (id)
        m_namedLearners.insert(*id);
    return id;
}

Result<qint64> DataWriter::storeLearner(const LearnerRecord &l)
{
    // The same person may already be known by id, by email or (from a log that only names people) by name.
    // Only by id is a roster member ever updated: two people in a roster may share a name (or, rarely, an
    // address), and neither may overwrite the other. Email and name only adopt someone seen in a log.
    auto adoptable = [this, &l](qint64 candidate) {
        const auto roster = m_rosterIds.constFind(candidate);
        return roster == m_rosterIds.cend() || *roster == l.externalId;
    };
    qint64 id = m_learners.value(l.externalId);
    if (id == 0 && !l.email.isEmpty()) {
        const qint64 byEmail = m_byEmail.value(l.email.trimmed().toLower());
        id = byEmail && adoptable(byEmail) ? byEmail : 0;
    }
    if (id == 0 && !l.name.isEmpty()) {
        const qint64 byName = m_byName.value(l.name.trimmed().toLower());
        id = byName && adoptable(byName) ? byName : 0;
    }
    if (id == 0) {
        // A log may have named this person by their id before any roster: adopt that learner.
        const qint64 byKey = findLearner(l.externalId);
        id = byKey && adoptable(byKey) ? byKey : 0;
    }
    sqlite3_stmt *s = prepare(id ? UpdateLearner : InsertLearner);
    if (!s)
        return Result<qint64>::failure(lastError());
    bindText(s, 1, l.externalId);
    bindText(s, 2, l.name);
    bindText(s, 3, l.email);
    bindText(s, 4, l.department);
    bindText(s, 5, l.team);
    bindText(s, 6, l.country);
    bindText(s, 7, l.timezone);
    bindText(s, 8, l.manager);
    bindText(s, 9, l.role);
    bindText(s, 10, l.hireDate.isValid() ? l.hireDate.toString(Qt::ISODate) : QString());
    bindText(s, 11, l.attributes.isEmpty() ? u"{}"_s : l.attributes);
    sqlite3_bind_int64(s, 12, m_batchId);
    if (id)
        sqlite3_bind_int64(s, 13, id);
    const int rc = sqlite3_step(s);
    sqlite3_finalize(s);
    m_statements.removeOne(s);
    if (rc != SQLITE_DONE)
        return Result<qint64>::failure(
            QCoreApplication::translate("Uptake::DataWriter", "Cannot store learner “%1”: %2")
                .arg(l.externalId, lastError()));
    if (!id)
        id = sqlite3_last_insert_rowid(m_handle);
    m_learners.insert(l.externalId, id);
    m_rosterIds.insert(id, l.externalId);
    if (!l.email.isEmpty())
        m_byEmail.insert(l.email.trimmed().toLower(), id);
    if (!l.name.isEmpty())
        m_byName.insert(l.name.trimmed().toLower(), id);
    return id;
}

Result<qint64> DataWriter::learnerId(const QString &key)
{
    auto id = m_pg ? m_pg->learnerId(key) : resolveLearner(key);
    if (id)
        m_namedLearners.insert(*id);
    return id;
}

Result<qint64> DataWriter::resolveLearner(const QString &key)
{
    if (const qint64 known = findLearner(key))
        return known;
    if (!m_insertBareLearner)
        m_insertBareLearner = prepare(InsertBareLearner);
    sqlite3_stmt *insert = reuse(m_insertBareLearner);
    if (!insert)
        return Result<qint64>::failure(lastError());
    bindText(insert, 1, key);
    // A key that looks like an address or a name is kept as such, so a later roster can match it.
    bindText(insert, 2, key.contains(u'@') ? QString() : key);
    bindText(insert, 3, key.contains(u'@') ? key : QString());
    sqlite3_bind_int64(insert, 4, m_batchId);
    const int rc = sqlite3_step(insert);
    sqlite3_reset(insert);
    if (rc != SQLITE_DONE)
        return Result<qint64>::failure(
            QCoreApplication::translate("Uptake::DataWriter", "Cannot store learner “%1”: %2").arg(key, lastError()));
    const qint64 id = sqlite3_last_insert_rowid(m_handle);
    m_learners.insert(key, id);
    return id;
}

Result<qint64> DataWriter::courseId(const QString &name, double durationMinutes)
{
    if (m_pg)
        return m_pg->courseId(name, durationMinutes);
    if (auto it = m_courses.constFind(name); it != m_courses.cend())
        return *it;
    if (!m_selectCourse)
        m_selectCourse = prepare(SelectCourse);
    sqlite3_stmt *select = reuse(m_selectCourse);
    if (!select)
        return Result<qint64>::failure(lastError());
    bindText(select, 1, name);
    qint64 id = 0;
    if (sqlite3_step(select) == SQLITE_ROW)
        id = sqlite3_column_int64(select, 0);
    sqlite3_reset(select);
    if (id == 0) {
        if (!m_insertCourse)
            m_insertCourse = prepare(InsertCourse);
        sqlite3_stmt *insert = reuse(m_insertCourse);
        if (!insert)
            return Result<qint64>::failure(lastError());
        bindText(insert, 1, name);
        if (durationMinutes > 0)
            sqlite3_bind_double(insert, 2, durationMinutes);
        else
            sqlite3_bind_null(insert, 2);
        const int rc = sqlite3_step(insert);
        sqlite3_reset(insert);
        if (rc != SQLITE_DONE)
            return Result<qint64>::failure(
                QCoreApplication::translate("Uptake::DataWriter", "Cannot store course “%1”: %2")
                    .arg(name, lastError()));
        id = sqlite3_last_insert_rowid(m_handle);
    }
    m_courses.insert(name, id);
    return id;
}

Result<qint64> DataWriter::contentId(qint64 course, const QString &name, int position)
{
    if (m_pg)
        return m_pg->contentId(course, name, position);
    const auto key = qMakePair(course, name);
    if (auto it = m_contents.constFind(key); it != m_contents.cend())
        return *it;
    if (!m_selectContent)
        m_selectContent = prepare(SelectContent);
    sqlite3_stmt *select = reuse(m_selectContent);
    if (!select)
        return Result<qint64>::failure(lastError());
    sqlite3_bind_int64(select, 1, course);
    bindText(select, 2, name);
    qint64 id = 0;
    if (sqlite3_step(select) == SQLITE_ROW)
        id = sqlite3_column_int64(select, 0);
    sqlite3_reset(select);
    if (id == 0) {
        if (!m_insertContent)
            m_insertContent = prepare(InsertContent);
        sqlite3_stmt *insert = reuse(m_insertContent);
        if (!insert)
            return Result<qint64>::failure(lastError());
        sqlite3_bind_int64(insert, 1, course);
        bindText(insert, 2, name);
        if (position >= 0)
            sqlite3_bind_int(insert, 3, position);
        else
            sqlite3_bind_null(insert, 3);
        const int rc = sqlite3_step(insert);
        sqlite3_reset(insert);
        if (rc != SQLITE_DONE)
            return Result<qint64>::failure(
                QCoreApplication::translate("Uptake::DataWriter", "Cannot store content “%1”: %2")
                    .arg(name, lastError()));
        id = sqlite3_last_insert_rowid(m_handle);
    }
    m_contents.insert(key, id);
    return id;
}

Result<bool> DataWriter::addEvent(const EventRecord &e, int occurrence)
{
    return addEvent(e, occurrence, fingerprint(e));
}

Result<bool> DataWriter::addEvent(const EventRecord &e, int occurrence, quint64 fingerprint)
{
    if (m_pg)
        return m_pg->addEvent(e, occurrence, fingerprint);
    EventIds ids;
    const auto learner = learnerId(e.learnerId);
    if (!learner)
        return Result<bool>::failure(learner.error());
    ids.learner = *learner;
    if (!e.course.isEmpty()) {
        const auto c = courseId(e.course);
        if (!c)
            return Result<bool>::failure(c.error());
        ids.course = *c;
        if (!e.content.isEmpty()) {
            const auto ct = contentId(ids.course, e.content);
            if (!ct)
                return Result<bool>::failure(ct.error());
            ids.content = *ct;
        }
    }
    return addEvent(e, occurrence, fingerprint, ids);
}

QByteArray DataWriter::verbUtf8(const EventRecord &e, const EventIds &ids)
{
    if (ids.verbUtf8)
        return *ids.verbUtf8;
    // A log has a handful of distinct verbs: their UTF-8 is kept (converting each row's took ~300
    // instructions, copying it into SQLite ~700 more: the verb is bound without a copy).
    auto verb = std::find_if(m_verbs.cbegin(), m_verbs.cend(), [&e](const auto &v) { return v.first == e.verb; });
    if (verb != m_verbs.cend())
        return verb->second;
    QByteArray utf8 = e.verb.toUtf8();
    if (m_verbs.size() < MaxCachedVerbs)
        m_verbs.push_back({e.verb, utf8});
    return utf8;
}

void DataWriter::bindEvent(sqlite3_stmt *s, int p, const PendingEvent &e) const
{
    sqlite3_bind_int64(s, p, m_batchId);
    sqlite3_bind_int64(s, p + 1, e.learner);
    sqlite3_bind_int64(s, p + 2, e.ts);
    sqlite3_bind_int64(s, p + 3, e.day);
    if (e.course)
        sqlite3_bind_int64(s, p + 4, e.course);
    else
        sqlite3_bind_null(s, p + 4);
    if (e.content)
        sqlite3_bind_int64(s, p + 5, e.content);
    else
        sqlite3_bind_null(s, p + 5);
    sqlite3_bind_int(s, p + 6, e.kind);
    if (e.verb.isEmpty())
        sqlite3_bind_null(s, p + 7);
    else // the caller keeps e alive until the statement has run
        sqlite3_bind_text(s, p + 7, e.verb.constData(), int(e.verb.size()), SQLITE_STATIC);
    bindOptional(s, p + 8, e.duration);
    bindOptional(s, p + 9, e.score);
    sqlite3_bind_int64(s, p + 10, e.fingerprint);
    sqlite3_bind_int(s, p + 11, e.occurrence);
}

Status DataWriter::writePending()
{
    if (m_pending.empty())
        return {};
    const qsizetype count = qsizetype(m_pending.size());
    if (!m_insertEvents && count >= EventsPerInsert) {
        QByteArray sql = InsertEventsInto;
        for (int r = 0; r < EventsPerInsert; ++r)
            sql += r ? ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" : "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        m_insertEvents = prepare(sql.constData());
        if (!m_insertEvents)
            return Status::failure(lastError());
    }
    auto failed = [this] {
        return Status::failure(
            QCoreApplication::translate("Uptake::DataWriter", "Cannot store an event: %1").arg(lastError()));
    };
    // inserted[i]: whether m_pending[i] became a row. Pending rows cannot collide with what was stored
    // before the batch, only (rarely) with a row of this batch given the same identity, which the
    // statement ignores.
    std::vector<char> inserted(size_t(count), 1);
    auto stored = [this](qint64 last, int changes) {
        // The rows one statement inserts get consecutive ids, in the order of its VALUES.
        if (changes == 0)
            return;
        if (m_firstRow == 0)
            m_firstRow = last - changes + 1;
        m_lastRow = last;
    };
    qsizetype row = 0;
    for (; count - row >= EventsPerInsert; row += EventsPerInsert) {
        sqlite3_reset(m_insertEvents);
        for (int r = 0; r < EventsPerInsert; ++r)
            bindEvent(m_insertEvents, r * EventColumns + 1, m_pending[size_t(row + r)]);
        if (sqlite3_step(m_insertEvents) != SQLITE_DONE)
            return failed();
        const int changes = sqlite3_changes(m_handle);
        const qint64 last = sqlite3_last_insert_rowid(m_handle);
        stored(last, changes);
        if (changes != EventsPerInsert) {
            if (auto s = markIgnored(row, last - changes, inserted); !s)
                return s;
        }
    }
    for (; row < count; ++row) {
        sqlite3_reset(m_insertEvent);
        bindEvent(m_insertEvent, 1, m_pending[size_t(row)]);
        if (sqlite3_step(m_insertEvent) != SQLITE_DONE)
            return failed();
        const int changes = sqlite3_changes(m_handle);
        inserted[size_t(row)] = changes == 1;
        stored(sqlite3_last_insert_rowid(m_handle), changes);
    }
    sqlite3_reset(m_insertEvents);
    sqlite3_reset(m_insertEvent);
    // The aggregates see the rows in file order, each with whether it was stored.
    for (qsizetype i = 0; i < count; ++i) {
        const PendingEvent &e = m_pending[size_t(i)];
        if (!inserted[size_t(i)])
            ++m_ignoredPending;
        if (auto a = m_aggregates->add({e.learner, e.day, e.ts, e.course, e.content, e.kind, e.duration},
                                       inserted[size_t(i)] != 0);
            !a)
            return a;
    }
    m_pending.clear();
    return {};
}

Status DataWriter::markIgnored(qsizetype first, qint64 idsAbove, std::vector<char> &inserted)
{
    // Which rows of the statement were ignored: a row whose identity is stored under an id the statement
    // handed out, and no earlier row of it claimed, is the one that went in.
    if (!m_selectIdentity)
        m_selectIdentity = prepare("SELECT id FROM event WHERE ts = ? AND fingerprint = ? AND occurrence = ?");
    if (!m_selectIdentity)
        return Status::failure(lastError());
    QSet<qint64> claimed;
    for (int r = 0; r < EventsPerInsert; ++r) {
        const PendingEvent &e = m_pending[size_t(first + r)];
        sqlite3_stmt *q = reuse(m_selectIdentity);
        sqlite3_bind_int64(q, 1, e.ts);
        sqlite3_bind_int64(q, 2, e.fingerprint);
        sqlite3_bind_int(q, 3, e.occurrence);
        const qint64 id = sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int64(q, 0) : 0;
        sqlite3_reset(q);
        const bool mine = id > idsAbove && !claimed.contains(id);
        if (mine)
            claimed.insert(id);
        inserted[size_t(first + r)] = mine;
    }
    return {};
}

void DataWriter::setSha256(const QString &sha256)
{
    m_sha256 = sha256;
    if (m_pg)
        m_pg->setSha256(sha256);
}

Result<bool> DataWriter::addEvent(const EventRecord &e, int occurrence, quint64 fingerprint, const EventIds &ids)
{
    if (m_pg)
        return m_pg->addEvent(e, occurrence, fingerprint, ids);
    const qint64 seconds = e.timestamp.toSecsSinceEpoch();
    PendingEvent row{ids.learner,
                     seconds,
                     localDay(seconds),
                     ids.course,
                     ids.content,
                     int(e.kind),
                     ids.verbUtf8       ? *ids.verbUtf8
                     : e.verb.isEmpty() ? QByteArray()
                                        : verbUtf8(e, ids),
                     e.durationMinutes,
                     e.score,
                     qint64(fingerprint),
                     occurrence};
    if (seconds < m_storedFrom || seconds > m_storedTo) {
        // Nothing stored before this batch can have this identity: rows are written EventsPerInsert to a
        // statement, which saves each one a statement's start and end, and reach the aggregates then.
        m_pending.push_back(std::move(row));
        if (m_pending.size() >= size_t(EventsPerInsert) * 64) {
            if (auto w = writePending(); !w)
                return Result<bool>::failure(w.error());
        }
        return true; // or, rarely, a duplicate within the batch: see committedCounts()
    }
    // Rows keep file order (a batch's ids are one contiguous range, in file order).
    if (auto w = writePending(); !w)
        return Result<bool>::failure(w.error());
    sqlite3_reset(m_insertEvent);
    bindEvent(m_insertEvent, 1, row);
    if (sqlite3_step(m_insertEvent) != SQLITE_DONE)
        return Result<bool>::failure(
            QCoreApplication::translate("Uptake::DataWriter", "Cannot store an event: %1").arg(lastError()));
    const bool inserted = sqlite3_changes(m_handle) != 0;
    if (inserted) {
        const qint64 id = sqlite3_last_insert_rowid(m_handle);
        if (m_firstRow == 0)
            m_firstRow = id;
        m_lastRow = id;
    }
    sqlite3_reset(m_insertEvent); // SQLITE_STATIC: the verb's bytes may go
    if (auto a = m_aggregates->add({row.learner, row.day, row.ts, row.course, row.content, row.kind, row.duration},
                                   inserted);
        !a)
        return Result<bool>::failure(a.error());
    return inserted;
}

Result<bool> DataWriter::addPerformance(const PerformanceRecord &r, int occurrence)
{
    if (m_pg) {
        // The server writer resolves the learner itself; asking first only notes who the batch names.
        if (const auto learner = learnerId(r.learnerId); !learner)
            return Result<bool>::failure(learner.error());
        return m_pg->addPerformance(r, occurrence);
    }
    const auto learner = learnerId(r.learnerId);
    if (!learner)
        return Result<bool>::failure(learner.error());
    sqlite3_stmt *s = m_insertPerformance;
    sqlite3_reset(s);
    sqlite3_bind_int64(s, 1, m_batchId);
    sqlite3_bind_int64(s, 2, *learner);
    sqlite3_bind_int64(s, 3, dayNumber(r.period));
    bindText(s, 4, r.kpi);
    sqlite3_bind_double(s, 5, r.value);
    sqlite3_bind_int(s, 6, occurrence);
    if (sqlite3_step(s) != SQLITE_DONE)
        return Result<bool>::failure(
            QCoreApplication::translate("Uptake::DataWriter", "Cannot store a performance value: %1").arg(lastError()));
    if (sqlite3_changes(m_handle) == 0)
        return false;
    const qint64 row = sqlite3_last_insert_rowid(m_handle);
    if (m_firstRow == 0)
        m_firstRow = row;
    m_lastRow = row;
    return true;
}

Status DataWriter::addRejected(qint64 line, const QString &column, const QString &value, const QString &message,
                               const QString &raw)
{
    if (m_pg)
        return m_pg->addRejected(line, column, value, message, raw);
    sqlite3_stmt *s = nullptr;
    sqlite3_prepare_v2(m_handle, InsertRejected, -1, &s, nullptr);
    sqlite3_bind_int64(s, 1, m_batchId);
    sqlite3_bind_int64(s, 2, line);
    bindText(s, 3, column);
    bindText(s, 4, value);
    bindText(s, 5, message);
    bindText(s, 6, raw);
    const int rc = sqlite3_step(s);
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE)
        return Status::failure(
            QCoreApplication::translate("Uptake::DataWriter", "Cannot record a rejected row: %1").arg(lastError()));
    return {};
}

Status DataWriter::settleDryRun(const BatchCounts &counts)
{
    if (m_pg)
        return m_pg->settleDryRun(counts);
    if (!m_open)
        return Status::failure(QCoreApplication::translate("Uptake::DataWriter", "Nothing to commit."));
    return writePending();
}

Status DataWriter::commit(const BatchCounts &reported)
{
    if (m_pg)
        return m_pg->commit(reported);
    if (!m_open)
        return Status::failure(QCoreApplication::translate("Uptake::DataWriter", "Nothing to commit."));
    if (auto w = writePending(); !w) {
        rollback();
        return w;
    }
    if (m_aggregates) {
        if (auto a = m_aggregates->finish(); !a) {
            rollback();
            return a;
        }
    }
    sqlite3_stmt *s = prepare(FinishBatch);
    if (!s) {
        const QString why = lastError();
        rollback();
        return Status::failure(why);
    }
    const BatchCounts counts = withIgnored(reported);
    sqlite3_bind_int64(s, 1, counts.rowsRead);
    sqlite3_bind_int64(s, 2, counts.imported);
    sqlite3_bind_int64(s, 3, counts.rejected);
    sqlite3_bind_int64(s, 4, counts.duplicates);
    if (m_firstRow) {
        sqlite3_bind_int64(s, 5, m_firstRow);
        sqlite3_bind_int64(s, 6, m_lastRow);
    }
    bindText(s, 7, m_sha256);
    sqlite3_bind_int64(s, 8, m_batchId);
    if (sqlite3_step(s) != SQLITE_DONE) {
        const QString why = lastError();
        rollback();
        return Status::failure(
            QCoreApplication::translate("Uptake::DataWriter", "Cannot finish the import: %1").arg(why));
    }
    if (auto c = Sqlite::exec(m_handle, "COMMIT"); !c) {
        rollback();
        return Status::failure(
            QCoreApplication::translate("Uptake::DataWriter", "Cannot finish the import: %1").arg(c.error()));
    }
    m_open = false;
    restoreLog();
    return {};
}

void DataWriter::rollback()
{
    if (m_pg)
        return m_pg->rollback();
    if (m_open)
        Sqlite::exec(m_handle, "ROLLBACK");
    m_open = false;
    restoreLog();
}

} // namespace Uptake
