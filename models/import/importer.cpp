#include "importer.h"

#include "importsource.h"
#include "presets.h"
#include "sha256.h"
#include "valueparser.h"
#include "xapireader.h"

#include "storage/datawriter.h"
#include "storage/importrepository.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <bit>
#include <condition_variable>
#include <deque>
#include <future>
#include <limits>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

using namespace Qt::StringLiterals;

namespace Uptake::Import {

namespace {

constexpr int MaxReportedErrors = 50;
constexpr qint64 CancelCheckRows = 2048;

Result<QString> sha256Of(const QString &path, const std::atomic_bool *cancel, const std::atomic_bool *stop)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<QString>::failure(
            QCoreApplication::translate("Uptake::Import", "Cannot read “%1”: %2").arg(path, f.errorString()));
    Sha256 hash;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    while (true) {
        const qint64 n = f.read(buffer.data(), buffer.size());
        if (n < 0)
            return Result<QString>::failure(
                QCoreApplication::translate("Uptake::Import", "Cannot read “%1”: %2").arg(path, f.errorString()));
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        if ((cancel && cancel->load()) || stop->load())
            return Result<QString>::failure(QString());
    }
    return QString::fromLatin1(hash.result().toHex());
}

/// Where each canonical field comes from in a row: columns to join, or a constant.
/// Names, ids and event values longer than this are not names: the row is rejected.
constexpr qsizetype MaxNameChars = 1000;

struct FieldSource
{
    QList<int> columns;
    QString constant;
    bool isConstant = false;
    bool present() const { return isConstant || !columns.isEmpty(); }
};

bool isMissing(QStringView v)
{
    const QStringView t = v.trimmed();
    return t.isEmpty() || t == u"-" || t == u"NULL" || t == u"null" || t == u"\\N" || t == u"?" || t == u"NaN";
}

/// The file's column names for a message: each cut to 40 characters, at most 40 of them.
QString columnList(const QStringList &header)
{
    QStringList names;
    for (const QString &name : header.mid(0, 40))
        names << (name.size() > 40 ? name.left(39) + u'…' : name);
    // The count goes through a variable: lupdate 6.4 never finishes on a numerus argument like int(a.size() - 40).
    if (const int more = int(header.size()) - 40; more > 0)
        names << QCoreApplication::translate("Uptake::Import", "… (%n more)", nullptr, more);
    return names.join(u", "_s);
}

/// Where one field of the profile comes from, its column names looked up in the file's header
/// (case-insensitively, index: lower-cased name → column).
Result<FieldSource> resolveField(const ImportProfile &profile, const QString &field, const QHash<QString, int> &index,
                                 const QStringList &header)
{
    FieldSource src;
    if (profile.constants.contains(field)) {
        src.isConstant = true;
        src.constant = profile.constants.value(field);
        return src;
    }
    for (const QString &column : profile.mapping.value(field)) {
        const auto it = index.constFind(column.trimmed().toLower());
        if (it == index.cend())
            return Result<FieldSource>::failure(
                QCoreApplication::translate("Uptake::Import",
                                            "The file has no column “%1” (for %2). Its columns are: %3.")
                    .arg(column, fieldLabel(field), columnList(header)));
        src.columns << *it;
    }
    return src;
}

QHash<QString, int> headerIndex(const QStringList &header)
{
    QHash<QString, int> index;
    for (int i = 0; i < header.size(); ++i)
        index.insert(header.at(i).trimmed().toLower(), i);
    return index;
}

/// Resolves the profile's column names against the file's header (case-insensitively).
Result<QHash<QString, FieldSource>> resolveFields(const ImportProfile &profile, const QStringList &header)
{
    using R = Result<QHash<QString, FieldSource>>;
    const QHash<QString, int> index = headerIndex(header);
    QHash<QString, FieldSource> fields;
    for (const QString &field : canonicalFields(profile.kind)) {
        auto src = resolveField(profile, field, index, header);
        if (!src)
            return R::failure(src.error());
        fields.insert(field, *src);
    }
    QStringList missing;
    for (const QString &field : requiredFields(profile.kind))
        if (!fields.value(field).present())
            missing << field;
    if (!missing.isEmpty())
        return R::failure(QCoreApplication::translate(
                              "Uptake::Import",
                              "No column is mapped to the required field(s) %1. Use --map FIELD=COLUMN (or --const "
                              "FIELD=VALUE); the file's columns are: %2.")
                              .arg(missing.join(u", "_s), columnList(header)));
    return fields;
}

/// A row's cells as the source hands them: copied into strings (Item::fields) or as views into the reader's buffer
/// (Item::cells, the events path).
class Cells
{
public:
    explicit Cells(const TableSource::Item &item)
        : m_fields(item.fields)
        , m_row(item.cells)
    {}
    explicit Cells(const QStringList &fields)
        : m_fields(fields)
        , m_row(nullptr)
    {}
    qsizetype size() const { return m_row ? m_row->size() : m_fields.size(); }
    QStringView at(qsizetype i) const { return m_row ? m_row->at(i) : QStringView(m_fields.at(i)); }
    /// The cell at i, or an empty view past the last.
    QStringView value(qsizetype i) const { return i >= 0 && i < size() ? at(i) : QStringView(); }
    /// The row as written, for a rejected row.
    QString raw() const
    {
        QString out;
        for (qsizetype i = 0; i < size(); ++i) {
            if (i > 0)
                out += u',';
            out += at(i);
        }
        return out;
    }

private:
    const QStringList &m_fields;
    const CsvRow *m_row;
};

/// A field's value in a row as valueOf() gives it, without copying a single column's cell; a value joined from several
/// columns is built in scratch, which must outlive the view.
QStringView viewOf(const FieldSource &src, const Cells &row, QString &scratch)
{
    if (src.isConstant)
        return src.constant;
    if (src.columns.size() == 1) {
        const int c = src.columns.first();
        return c < row.size() && !isMissing(row.at(c)) ? row.at(c).trimmed() : QStringView();
    }
    scratch.clear();
    for (int c : src.columns) {
        if (c < row.size() && !isMissing(row.at(c))) {
            if (!scratch.isEmpty())
                scratch += u' ';
            scratch += row.at(c).trimmed();
        }
    }
    return scratch;
}

/// A field's value in a row: its column's cell trimmed (empty when missing), its columns' cells joined by spaces, or
/// its fixed value.
QString valueOf(const FieldSource &src, const QStringList &row)
{
    QString scratch;
    return viewOf(src, Cells(row), scratch).toString();
}

QString columnName(const FieldSource &src, const QStringList &header, const QString &field)
{
    if (src.isConstant || src.columns.isEmpty())
        return field;
    QStringList names;
    for (int c : src.columns)
        names << header.value(c);
    return names.join(u'+');
}

/// Numbers identical rows within one file: the first is occurrence 1, the next 2, and so on, so that all of them
/// count while the same rows arriving again in another file collide with them. Identical rows share their
/// time, so only rows near the file's time frontier need remembering: entries more than a week of event time
/// behind it are dropped, which keeps memory flat whatever the file's size. Files may run oldest or newest
/// first (Moodle), and a few late rows are normal; a row more than a week behind the frontier continues the
/// count of its twin if that is still remembered, else it is numbered among such late rows only (and should
/// that give an identity the batch already used, the writer keeps the row as a duplicate, never fails).
class OccurrenceCounter
{
public:
    int next(quint64 fingerprint, qint64 time)
    {
        if (!m_seen) {
            m_seen = true;
            m_max = m_min = time;
        }
        if (time > m_max) {
            m_max = time;
            ++m_forward;
        } else if (time < m_min) {
            m_min = time;
            ++m_backward;
        }
        const bool newestFirst = m_backward > m_forward;
        const bool late = newestFirst ? time > m_min + Horizon : time < m_max - Horizon;
        if (late) {
            // A twin of a row still remembered continues its count; one of a forgotten row starts a count
            // of its own, and if it meets that row's identity the writer keeps it as a duplicate.
            if (Window *w = window(time, false))
                if (Entry *known = w->counts.lookup(fingerprint))
                    return int(++known->count);
            return ++m_late[fingerprint];
        }
        if (++m_rows % 65536 == 0)
            evict(newestFirst);
        Window *w = window(time, true);
        Entry &e = w->counts.find(fingerprint);
        e.offset = quint32(time - w->start);
        return int(++e.count);
    }

private:
    static constexpr qint64 Horizon = 7 * 86400;
    /// Twins share their time (it is part of the fingerprint), so entries are kept per hour of event time: a row's
    /// lookup searches the small table of its hour, which for a file in time order is the one in use, in cache.
    /// One table of all entries (a week of a big log: ~100k) cost a cache miss per row, a tenth of the reading
    /// thread's time.
    static constexpr qint64 WindowSeconds = 3600;
    struct Entry
    {
        quint64 key = 0;    ///< the fingerprint plus one; 0: a free slot
        quint32 offset = 0; ///< the entry's time, in seconds after its window's start
        quint32 count = 0;
    };
    /// Entries by fingerprint in one flat array (open addressing, linear probing).
    class Table
    {
    public:
        Table() { m_slots.resize(16); }
        /// The entry of fingerprint, added with a count of 0 if it is new.
        Entry &find(quint64 fingerprint)
        {
            const quint64 key = fingerprint + 1; // fingerprints are below 2^63: never 0, never wrapping
            const size_t mask = m_slots.size() - 1;
            for (size_t i = index(key);; i = (i + 1) & mask) {
                Entry &e = m_slots[i];
                if (e.key == key)
                    return e;
                if (e.key == 0) {
                    if ((m_size + 1) * 4 > m_slots.size() * 3) {
                        grow();
                        return find(fingerprint);
                    }
                    ++m_size;
                    e.key = key;
                    return e;
                }
            }
        }
        /// The entry of fingerprint, or nullptr.
        Entry *lookup(quint64 fingerprint)
        {
            const quint64 key = fingerprint + 1;
            const size_t mask = m_slots.size() - 1;
            for (size_t i = index(key);; i = (i + 1) & mask) {
                Entry &e = m_slots[i];
                if (e.key == key)
                    return &e;
                if (e.key == 0)
                    return nullptr;
            }
        }

        /// Keeps only the entries keep() accepts; returns whether any are left.
        template<typename Keep>
        bool retain(Keep keep)
        {
            rebuild(m_slots.size(), keep);
            return m_size > 0;
        }

    private:
        size_t index(quint64 key) const
        {
            // Fibonacci hashing: the top bits of the product mix every bit of the key.
            return size_t((key * 0x9e3779b97f4a7c15ULL) >> (64 - std::countr_zero(m_slots.size())));
        }
        void grow()
        {
            rebuild(m_slots.size() * 2, [](const Entry &) { return true; });
        }
        template<typename Keep>
        void rebuild(size_t capacity, Keep keep)
        {
            std::vector<Entry> old(capacity);
            old.swap(m_slots);
            m_size = 0;
            const size_t mask = m_slots.size() - 1;
            for (const Entry &e : old) {
                if (e.key == 0 || !keep(e))
                    continue;
                ++m_size;
                size_t i = index(e.key);
                while (m_slots[i].key != 0)
                    i = (i + 1) & mask;
                m_slots[i] = e;
            }
        }
        std::vector<Entry> m_slots; ///< a power of two in size, at most three quarters full (16 bytes a slot)
        size_t m_size = 0;
    };
    struct Window
    {
        qint64 start = 0; ///< a multiple of WindowSeconds
        Table counts;
    };

    /// The window of time, made if create; the windows stay in time order.
    Window *window(qint64 time, bool create)
    {
        const qint64 start = (time >= 0 ? time : time - (WindowSeconds - 1)) / WindowSeconds * WindowSeconds;
        if (m_current < m_windows.size() && m_windows[m_current].start == start)
            return &m_windows[m_current];
        const auto it = std::lower_bound(m_windows.begin(), m_windows.end(), start,
                                         [](const Window &w, qint64 s) { return w.start < s; });
        if (it != m_windows.end() && it->start == start) {
            m_current = size_t(it - m_windows.begin());
            return &*it;
        }
        if (!create)
            return nullptr;
        const auto made = m_windows.insert(it, Window{start, {}});
        m_current = size_t(made - m_windows.begin());
        return &*made;
    }
    /// Forgets the entries behind the frontier by more than the horizon: whole windows, and in a window the horizon
    /// cuts, the entries behind it (so that a late row finds exactly what it always found).
    void evict(bool newestFirst)
    {
        auto behind = [&](qint64 time) { return newestFirst ? time > m_min + Horizon : time < m_max - Horizon; };
        std::erase_if(m_windows, [&](Window &w) {
            const bool first = behind(w.start), last = behind(w.start + WindowSeconds - 1);
            if (first && last)
                return true;
            if (!first && !last)
                return false;
            return !w.counts.retain([&](const Entry &e) { return !behind(w.start + qint64(e.offset)); });
        });
        m_current = m_windows.size();
    }

    std::deque<Window> m_windows; ///< in time order
    size_t m_current = 0;         ///< the window used last
    QHash<quint64, int> m_late;
    qint64 m_max = 0, m_min = 0;
    qint64 m_forward = 0, m_backward = 0, m_rows = 0;
    bool m_seen = false;
};

/// One row of an events file as the reading thread hands it to the writing thread: an event ready to store,
/// or a rejected row with its reason, or the end of the rows (with the reader's error, if it stopped on one).
struct ParsedRow
{
    enum class Kind { Event, Reject, End, ReadError };
    Kind kind = Kind::Event;
    qint64 line = 0;
    qint64 bytesRead = 0; ///< of the file, after reading this row (for progress)
    EventRecord event;
    quint64 fingerprint = 0;
    int occurrence = 1;
    /// The event's learner, course and content item numbered by the reader in order of first appearance
    /// (-1: none), so that the writer finds their ids by index instead of hashing names on its thread.
    int learnerSlot = -1, courseSlot = -1, contentSlot = -1, verbSlot = -1;
    QString column, value, message, raw; ///< a rejected row; message also holds a read error
};

/// Hashes a QString and a QStringView alike, so that maps keyed by names are searched with views of a row's cells.
struct ViewHash
{
    using is_transparent = void;
    size_t operator()(QStringView v) const noexcept { return qHash(v); }
};
struct ViewEqual
{
    using is_transparent = void;
    bool operator()(QStringView a, QStringView b) const noexcept { return a == b; }
};
template<typename Value>
using NameMap = std::unordered_map<QString, Value, ViewHash, ViewEqual>;

/// The reader's side of the slots in ParsedRow: names are looked up as views of the row's cells, and only a name seen
/// for the first time is copied, into the row that carries it to the writer.
class SlotNumbers
{
public:
    explicit SlotNumbers(const ImportProfile &profile)
        : m_profile(profile)
    {}

    /// The kind of event a verb names, classified once per distinct verb.
    EventKind kind(QStringView verb) { return verbInfo(verb).kind; }

    /// Numbers an event's learner, course, content item and verb (a course as read: with ImportProfile::courseIds,
    /// the course it names is looked up once). The row gets the names the writer has not seen yet (it resolves each
    /// once, SlotIds); the rest of row.event is left as it is.
    void number(ParsedRow &row, QStringView learner, QStringView course, QStringView content, QStringView verb)
    {
        EventRecord &e = row.event;
        row.learnerSlot = slot(m_learners, learner, m_learnerCount);
        if (row.learnerSlot == m_learnerCount - 1)
            e.learnerId = learner.toString();
        if (!verb.isEmpty()) {
            VerbInfo &v = verbInfo(verb);
            const bool fresh = v.slot < 0;
            if (fresh)
                v.slot = m_verbCount++;
            if (fresh)
                e.verb = verb.toString();
            row.verbSlot = v.slot;
        }
        e.course.clear();
        e.content.clear();
        if (course.isEmpty())
            return;
        auto it = m_courses.find(course);
        const bool freshCourse = it == m_courses.end();
        if (freshCourse) {
            // A course value that names no course (a logstore's site level) gets no slot, and its row no course.
            QString name = courseName(course.toString(), m_profile);
            const int number = name.isEmpty() ? -1 : int(m_courseNames.size());
            if (number >= 0) {
                m_courseNames.push_back(std::move(name));
                m_contents.emplace_back();
            }
            it = m_courses.emplace(course.toString(), number).first;
        }
        row.courseSlot = it->second;
        if (row.courseSlot < 0)
            return;
        if (freshCourse)
            e.course = m_courseNames[size_t(row.courseSlot)];
        if (content.isEmpty())
            return;
        row.contentSlot = slot(m_contents[size_t(row.courseSlot)], content, m_contentCount);
        if (row.contentSlot == m_contentCount - 1)
            e.content = content.toString();
    }

private:
    struct VerbInfo
    {
        EventKind kind = EventKind::Other;
        int slot = -1; ///< numbered when a row that is kept first names it
    };
    VerbInfo &verbInfo(QStringView verb)
    {
        auto it = m_verbs.find(verb);
        if (it == m_verbs.end()) {
            const QString name = verb.toString();
            it = m_verbs.emplace(name, VerbInfo{EventKind(classifyEvent(name, m_profile)), -1}).first;
        }
        return it->second;
    }
    /// The slot of name in numbers; a new name gets the next number of count.
    static int slot(NameMap<int> &numbers, QStringView name, int &count)
    {
        auto it = numbers.find(name);
        if (it == numbers.end())
            it = numbers.emplace(name.toString(), count++).first;
        return it->second;
    }

    const ImportProfile &m_profile;
    NameMap<int> m_learners;
    NameMap<int> m_courses;               ///< a course value as read → slot, or -1 for no course
    std::vector<QString> m_courseNames;   ///< by slot
    std::vector<NameMap<int>> m_contents; ///< by course slot: content item → slot
    NameMap<VerbInfo> m_verbs;
    int m_learnerCount = 0, m_contentCount = 0, m_verbCount = 0;
};

/// The writer's side: the workspace ids of the slots, resolved on first use.
class SlotIds
{
public:
    explicit SlotIds(DataWriter &writer)
        : m_writer(writer)
    {}

    Result<EventIds> ids(const ParsedRow &row)
    {
        const EventRecord &e = row.event;
        EventIds ids;
        auto learner = resolve(m_learners, row.learnerSlot, [&] { return m_writer.learnerId(e.learnerId); });
        if (!learner)
            return Result<EventIds>::failure(learner.error());
        ids.learner = *learner;
        if (row.courseSlot >= 0) {
            auto course = resolve(m_courses, row.courseSlot, [&] { return m_writer.courseId(e.course); });
            if (!course)
                return Result<EventIds>::failure(course.error());
            ids.course = *course;
            if (row.contentSlot >= 0) {
                auto content =
                    resolve(m_contents, row.contentSlot, [&] { return m_writer.contentId(ids.course, e.content); });
                if (!content)
                    return Result<EventIds>::failure(content.error());
                ids.content = *content;
            }
        }
        if (row.verbSlot >= 0) {
            if (size_t(row.verbSlot) >= m_verbs.size())
                m_verbs.resize(size_t(row.verbSlot) + 1);
            QByteArray &verb = m_verbs[size_t(row.verbSlot)];
            if (verb.isNull())
                verb = e.verb.toUtf8();
            ids.verbUtf8 = &verb;
        }
        return ids;
    }

private:
    template<typename Lookup>
    static Result<qint64> resolve(std::vector<qint64> &ids, int slot, Lookup lookup)
    {
        if (size_t(slot) < ids.size() && ids[size_t(slot)] != 0)
            return ids[size_t(slot)];
        auto id = lookup();
        if (!id)
            return id;
        if (size_t(slot) >= ids.size())
            ids.resize(size_t(slot) + 1, 0);
        ids[size_t(slot)] = *id;
        return id;
    }
    DataWriter &m_writer;
    std::vector<qint64> m_learners, m_courses, m_contents;
    std::vector<QByteArray> m_verbs; ///< as UTF-8 (stable: a reallocation moves the byte arrays, not their data)
};

/// A bounded queue of chunks of rows from the reading thread to the writing one: a few chunks in flight keep
/// both cores busy while memory stays flat. close() wakes and stops both sides.
class RowPipe
{
public:
    static constexpr qsizetype ChunkRows = 2048;

    bool push(std::vector<ParsedRow> &&chunk)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_closed || m_chunks.size() < MaxChunks; });
        if (m_closed)
            return false;
        m_chunks.push_back(std::move(chunk));
        if (m_chunks.size() == 1) // the writer may be waiting for a chunk
            m_changed.notify_all();
        return true;
    }
    /// The next chunk; false once closed with nothing left.
    bool pop(std::vector<ParsedRow> &chunk)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_closed || !m_chunks.empty(); });
        if (m_chunks.empty())
            return false;
        chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        if (m_chunks.size() == MaxChunks - 1) // the reader may be waiting for room
            m_changed.notify_all();
        return true;
    }
    /// Gives a chunk the writer is done with back to the reader, which frees its rows: the reader made them,
    /// and freeing them cost the writer (the import's critical path) about 3% of its time.
    void recycle(std::vector<ParsedRow> &&chunk)
    {
        std::lock_guard lock(m_mutex);
        m_spent.push_back(std::move(chunk));
    }
    /// For the reader: frees the rows of the chunks given back and returns an empty one with room for a chunk.
    std::vector<ParsedRow> freshChunk()
    {
        std::deque<std::vector<ParsedRow>> spent;
        {
            std::lock_guard lock(m_mutex);
            spent.swap(m_spent);
        }
        std::vector<ParsedRow> chunk;
        if (!spent.empty()) {
            chunk = std::move(spent.front());
            chunk.clear();
        }
        chunk.reserve(ChunkRows);
        return chunk;
    }
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }

private:
    static constexpr size_t MaxChunks = 4; // at most ~10,000 rows in flight: a few MB
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<ParsedRow>> m_chunks;
    std::deque<std::vector<ParsedRow>> m_spent;
    bool m_closed = false;
};

struct Run
{
    ImportResult result;
    const std::atomic_bool *cancel = nullptr;
    ProgressFunction progress;

    void reject(DataWriter *writer, qint64 line, const QString &column, const QString &value, const QString &message,
                const QString &raw)
    {
        ++result.rejected;
        if (result.errors.size() < MaxReportedErrors)
            result.errors.append({line, column, value, message});
        if (writer)
            writer->addRejected(line, column, value.left(1000), message, raw.left(4000));
    }
    bool cancelled() const { return cancel && cancel->load(); }
};

QString rawRow(const QStringList &row)
{
    return row.join(u',');
}

/// A warning when the learners of a file match (next to) nobody they should: a roster or performance file
/// against the learners the workspace already knows, an events file against its roster. Learners are matched
/// as the writer matches them (by id, email or full name). Low overlap is fine one way round (a roster of
/// everyone next to a log of a few, a log of everyone next to a small pilot roster): it warns only when few
/// of the file's learners are known and few of the known ones are in the file.
QStringList overlapWarnings(DataKind kind, const LearnerOverlap &o)
{
    const bool events = kind == DataKind::Events;
    const qint64 before = events ? o.rosterBefore : o.knownBefore;
    const qint64 matched = events ? o.inRoster : o.known;
    if (before == 0 || o.named == 0 || matched * 10 >= o.named || matched * 10 >= before)
        return {};
    const int named = int(std::min<qint64>(o.named, std::numeric_limits<int>::max()));
    const QString advice = QCoreApplication::translate(
        "Uptake::Import", "learners are matched by id, email or full name — check the Learner column mapping.");
    QString text;
    if (matched == 0) {
        text = kind == DataKind::Roster
                   ? QCoreApplication::translate("Uptake::Import",
                                                 "None of the %Ln learners in this roster match a learner already in "
                                                 "the workspace (0%);",
                                                 nullptr, named)
               : kind == DataKind::Performance
                   ? QCoreApplication::translate("Uptake::Import",
                                                 "None of the %Ln learners in this performance file match a learner "
                                                 "already in the workspace (0%);",
                                                 nullptr, named)
                   : QCoreApplication::translate(
                         "Uptake::Import",
                         "None of the %Ln learners in this file match a learner in the workspace's roster (0%);",
                         nullptr, named);
    } else {
        const QLocale l;
        const QString share = l.toString(100.0 * double(matched) / double(o.named), 'f', 1);
        text = (kind == DataKind::Roster
                    ? QCoreApplication::translate("Uptake::Import",
                                                  "Only %1 of the %Ln learners in this roster (%2%) match a learner "
                                                  "already in the workspace;",
                                                  nullptr, named)
                : kind == DataKind::Performance
                    ? QCoreApplication::translate("Uptake::Import",
                                                  "Only %1 of the %Ln learners in this performance file (%2%) match a "
                                                  "learner already in the workspace;",
                                                  nullptr, named)
                    : QCoreApplication::translate("Uptake::Import",
                                                  "Only %1 of the %Ln learners in this file (%2%) match a learner in "
                                                  "the workspace's roster;",
                                                  nullptr, named))
                   .arg(l.toString(matched), share);
    }
    return {text + u' ' + advice};
}

/// One pass over the file, in one transaction.
ImportResult importOnce(const QString &workspacePath, const QString &file, const ImportProfile &requested,
                        const ImportOptions &options, const ProgressFunction &progress, const std::atomic_bool *cancel)
{
    Run run;
    run.cancel = cancel;
    run.progress = progress;
    ImportResult &r = run.result;
    const QFileInfo info(file);
    if (!info.exists()) {
        r.error =
            QCoreApplication::translate("Uptake::Import", "Cannot import “%1”: the file does not exist.").arg(file);
        return r;
    }
    if (!info.isFile()) {
        r.error = QCoreApplication::translate("Uptake::Import", "Cannot import “%1”: it is not a file.").arg(file);
        return r;
    }
    if (info.size() == 0) {
        r.error = QCoreApplication::translate("Uptake::Import", "Cannot import “%1”: the file is empty.").arg(file);
        return r;
    }

    // The file's SHA-256 is computed on another thread while the rows are read and written (it used to
    // delay the start of every import). It is waited for up front only when a batch of the same kind and
    // size exists, the only way the file can be one imported before: a re-import is still refused before
    // anything is read. Declared in this order so that leaving early stops the hashing, then joins it.
    std::atomic_bool stopHashing = false;
    std::future<Result<QString>> hashing =
        std::async(std::launch::async, [&file, cancel, &stopHashing] { return sha256Of(file, cancel, &stopHashing); });
    const auto stopHashingOnReturn = qScopeGuard([&stopHashing] { stopHashing = true; });
    auto fileHash = [&]() -> bool {
        auto sha = hashing.get();
        if (!sha) {
            r.cancelled = run.cancelled();
            r.error = r.cancelled ? QCoreApplication::translate("Uptake::Import",
                                                                "The import was cancelled; nothing was written.")
                                  : sha.error();
            return false;
        }
        r.sha256 = *sha;
        return true;
    };

    // The source: xAPI statements or a delimited text table.
    auto source = openSource(file, requested);
    if (!source) {
        r.error = QCoreApplication::translate("Uptake::Import", "Cannot import “%1”: %2")
                      .arg(info.fileName(), source.error());
        return r;
    }
    TableSource &table = **source;
    r.profile = table.profile();
    r.preset = r.profile.preset;
    r.encoding = table.encoding();
    r.delimiter = table.delimiter();
    r.dateFormat = table.dateFormatName();

    const QString connection = u"import-%1"_s.arg(quintptr(QThread::currentThreadId()), 0, 16);
    auto db = Workspace::openConnection(workspacePath, connection);
    if (!db) {
        r.error = db.error();
        return r;
    }
    {
        QSqlDatabase database = *db;
        db = Result<QSqlDatabase>::failure({}); // one handle only, so the connection can be removed at the end
        // No ImportRepository outlives these lines: it holds a handle, and the early returns remove the connection.
        const QString kindKey = dataKindKey(r.profile.kind);
        bool sameSize = false;
        if (const auto all = ImportRepository(database).batches(); all) {
            for (const ImportBatch &b : *all)
                sameSize = sameSize || (b.kind == kindKey && b.fileSize == info.size());
        }
        if (sameSize && !fileHash()) {
            database = {};
            Workspace::closeConnection(connection);
            return r;
        }
        if (auto earlier = sameSize ? ImportRepository(database).findBySha256(r.sha256, kindKey)
                                    : Result<ImportBatch>(ImportBatch{});
            earlier && earlier->id != 0) {
            r.previousBatchId = earlier->id;
            if (!options.allowSameFile) {
                r.error = QCoreApplication::translate(
                              "Uptake::Import",
                              "“%1” was already imported (batch %2, %3 rows); nothing was written. Import it again "
                              "only if you mean to (--again): its rows would all count as duplicates.")
                              .arg(info.fileName())
                              .arg(earlier->id)
                              .arg(QLocale().toString(earlier->imported));
                database = {};
                Workspace::closeConnection(connection);
                return r;
            }
        }
        QTimeZone zone = QTimeZone::systemTimeZone();
        {
            QSqlQuery q(database);
            if (q.exec(u"SELECT value FROM meta WHERE key = 'timezone'"_s) && q.next())
                zone = QTimeZone(q.value(0).toString().toUtf8());
        }
        table.setWorkspaceZone(zone);

        DataWriter writer(database, zone);
        if (options.wholeFile && !options.dryRun)
            writer.takeWholeFile();
        BatchInfo batch;
        batch.kind = kindKey;
        batch.fileName = info.fileName();
        batch.fileSize = info.size();
        batch.sha256 = r.sha256;
        batch.profile = QString::fromUtf8(QJsonDocument(r.profile.toJson()).toJson(QJsonDocument::Compact));
        batch.encoding = r.encoding;
        batch.delimiter = r.delimiter;
        batch.dateFormat = r.dateFormat;
        if (auto s = writer.begin(batch); !s) {
            r.error = s.error();
        } else {
            writer.setBulkMode(true);
            const QStringList header = table.header();
            auto fields = resolveFields(r.profile, header);
            if (!fields && !table.isXapi()) {
                r.error = fields.error();
            } else {
                OccurrenceCounter occurrences;
                auto occurrence = [&](quint64 key, qint64 time) { return occurrences.next(key, time); };
                // Looked up once: the per-row path must not hash field names.
                const QHash<QString, FieldSource> fieldMap = fields ? *fields : QHash<QString, FieldSource>();
                const FieldSource fLearner = fieldMap.value(u"learner"_s);
                const FieldSource fTimestamp = fieldMap.value(u"timestamp"_s);
                const FieldSource fCourse = fieldMap.value(u"course"_s);
                const FieldSource fContent = fieldMap.value(u"content"_s);
                const FieldSource fEvent = fieldMap.value(u"event"_s);
                const FieldSource fDuration = fieldMap.value(u"duration"_s);
                const FieldSource fScore = fieldMap.value(u"score"_s);
                qint64 line = 0;
                QString readError;
                const qint64 total = table.totalBytes();
                if (r.profile.kind == DataKind::Events || table.isXapi()) {
                    // Events, the big files, on two cores: this thread writes (it owns the connection) while
                    // another reads, decodes, parses, checks and numbers the rows, a few chunks ahead. The rows
                    // arrive in file order, so counts, progress, cancel and errors are exactly as in one thread.
                    const ImportProfile profile = r.profile;
                    SlotNumbers slotNumbers(profile); // used by the reading thread only
                    SlotIds slotIds(writer);          // used by this thread only
                    // The reader hands each row's cells as views into its buffer: names are hashed and checked
                    // where they lie, and only those seen for the first time are copied (see SlotNumbers).
                    table.setCellViews(true);
                    const int presentation = table.presentationColumn();
                    QString scratch[5]; // values joined from several columns: learner, time, course, content, event
                    auto parse = [&](TableSource::Item &item, ParsedRow &row) {
                        auto reject = [&row](const QString &column, const QString &value, const QString &message,
                                             const QString &raw) {
                            row.kind = ParsedRow::Kind::Reject;
                            row.column = column;
                            row.value = value;
                            row.message = message;
                            row.raw = raw;
                        };
                        if (!item.error.isEmpty()) {
                            reject(item.errorColumn, item.errorValue, item.error, item.raw);
                            return;
                        }
                        if (table.isXapi()) {
                            const EventRecord read = std::move(item.event);
                            row.fingerprint = DataWriter::fingerprint(read);
                            row.occurrence = occurrence(row.fingerprint, read.timestamp.toSecsSinceEpoch());
                            row.event.timestamp = read.timestamp;
                            row.event.kind = read.kind;
                            row.event.durationMinutes = read.durationMinutes;
                            row.event.score = read.score;
                            slotNumbers.number(row, read.learnerId, read.course, read.content, read.verb);
                            return;
                        }
                        const Cells cells(item);
                        const QStringView learner = viewOf(fLearner, cells, scratch[0]);
                        if (learner.isEmpty()) {
                            reject(columnName(fLearner, header, u"learner"_s), {},
                                   QCoreApplication::translate(
                                       "Uptake::Import",
                                       "no learner: expected an id, email or name (a guest or system action?)"),
                                   cells.raw());
                            return;
                        }
                        if (learner.size() > MaxNameChars) {
                            reject(columnName(fLearner, header, u"learner"_s), learner.left(60).toString(),
                                   QCoreApplication::translate(
                                       "Uptake::Import",
                                       "the learner is %L1 characters long; expected an id, email or name")
                                       .arg(learner.size()),
                                   cells.raw().left(4000));
                            return;
                        }
                        const QStringView when = viewOf(fTimestamp, cells, scratch[1]);
                        QString why;
                        const std::optional<qint64> secs = table.parseTime(when, cells.value(presentation), &why);
                        if (!secs) {
                            reject(columnName(fTimestamp, header, u"timestamp"_s), when.toString(), why, cells.raw());
                            return;
                        }
                        // As read: with ImportProfile::courseIds the course stored is named after this value, while
                        // the event's identity keeps the value itself, so that workspaces that stored the ids as
                        // names recognise the same rows.
                        const QStringView course = viewOf(fCourse, cells, scratch[2]);
                        const QStringView content = viewOf(fContent, cells, scratch[3]);
                        const QStringView verb = viewOf(fEvent, cells, scratch[4]);
                        if (verb.isEmpty() && !fEvent.isConstant) {
                            reject(
                                columnName(fEvent, header, u"event"_s), {},
                                QCoreApplication::translate(
                                    "Uptake::Import", "no event: expected what the learner did (viewed, completed, …)"),
                                cells.raw());
                            return;
                        }
                        if (course.size() > MaxNameChars || content.size() > MaxNameChars ||
                            verb.size() > MaxNameChars) {
                            const bool isCourse = course.size() > MaxNameChars;
                            const bool isContent = !isCourse && content.size() > MaxNameChars;
                            const FieldSource &src = isCourse ? fCourse : isContent ? fContent : fEvent;
                            const QString name = isCourse ? u"course"_s : isContent ? u"content"_s : u"event"_s;
                            const QStringView value = isCourse ? course : isContent ? content : verb;
                            reject(columnName(src, header, name), value.left(60).toString(),
                                   QCoreApplication::translate("Uptake::Import",
                                                               "the value is %L1 characters long; expected a name")
                                       .arg(value.size()),
                                   cells.raw().left(4000));
                            return;
                        }
                        EventRecord &e = row.event;
                        e.kind = slotNumbers.kind(verb);
                        QString number; // a value joined from several columns
                        for (const bool duration : {true, false}) {
                            const FieldSource &src = duration ? fDuration : fScore;
                            if (!src.present())
                                continue;
                            const QStringView text = viewOf(src, cells, number);
                            if (text.isEmpty())
                                continue;
                            const std::optional<double> v = table.parseNumber(text, duration);
                            if (!v) {
                                reject(columnName(src, header, duration ? u"duration"_s : u"score"_s), text.toString(),
                                       duration
                                           ? QCoreApplication::translate(
                                                 "Uptake::Import", "expected a duration (minutes, HH:MM:SS or PT…)")
                                           : QCoreApplication::translate("Uptake::Import", "expected a number"),
                                       cells.raw());
                                return;
                            }
                            if (duration && *v > MaxEventDurationMinutes) {
                                reject(columnName(src, header, u"duration"_s), text.toString(),
                                       QCoreApplication::translate("Uptake::Import",
                                                                   "the duration is longer than a day: expected the "
                                                                   "time spent on this one activity"),
                                       cells.raw());
                                return;
                            }
                            (duration ? e.durationMinutes : e.score) = *v;
                        }
                        // Qt::UTC, not a QTimeZone: a UTC QDateTime then fits in the object itself (no
                        // allocation), and reading it back (fingerprint, writer) is a field access.
                        e.timestamp = QDateTime::fromSecsSinceEpoch(*secs, Qt::UTC);
                        row.fingerprint = DataWriter::fingerprint(learner, *secs * 1000, course, content, e.kind, verb,
                                                                  e.durationMinutes, e.score);
                        row.occurrence = occurrence(row.fingerprint, *secs);
                        slotNumbers.number(row, learner, course, content, verb);
                    };
                    RowPipe pipe;
                    std::thread reader([&] {
                        std::vector<ParsedRow> chunk = pipe.freshChunk();
                        for (;;) {
                            TableSource::Item item;
                            QString error;
                            const TableSource::Next n = table.next(item, &error);
                            ParsedRow row;
                            if (n != TableSource::Next::Row) {
                                row.kind =
                                    n == TableSource::Next::End ? ParsedRow::Kind::End : ParsedRow::Kind::ReadError;
                                row.message = error;
                                chunk.push_back(std::move(row));
                                pipe.push(std::move(chunk));
                                return;
                            }
                            row.line = item.line;
                            row.bytesRead = table.bytesRead();
                            parse(item, row);
                            chunk.push_back(std::move(row));
                            if (qsizetype(chunk.size()) == RowPipe::ChunkRows) {
                                if (!pipe.push(std::move(chunk)))
                                    return; // the writer stopped (an error or Cancel)
                                chunk = pipe.freshChunk();
                            }
                        }
                    });
                    std::vector<ParsedRow> chunk;
                    bool end = false;
                    qint64 firstSecs = std::numeric_limits<qint64>::max();
                    qint64 lastSecs = std::numeric_limits<qint64>::min();
                    while (!end && r.error.isEmpty() && pipe.pop(chunk)) {
                        const auto giveBack = qScopeGuard([&pipe, &chunk] { pipe.recycle(std::move(chunk)); });
                        for (ParsedRow &row : chunk) {
                            if (row.kind == ParsedRow::Kind::End) {
                                end = true;
                                break;
                            }
                            if (row.kind == ParsedRow::Kind::ReadError) {
                                r.error = row.message;
                                break;
                            }
                            ++r.rowsRead;
                            if (r.rowsRead % CancelCheckRows == 0) {
                                if (run.cancelled()) {
                                    r.cancelled = true;
                                    r.error = QCoreApplication::translate(
                                        "Uptake::Import", "The import was cancelled; nothing was written.");
                                    break;
                                }
                                if (progress)
                                    progress(r.rowsRead, row.bytesRead, total);
                            }
                            if (row.kind == ParsedRow::Kind::Reject) {
                                run.reject(&writer, row.line, row.column, row.value, row.message, row.raw);
                                continue;
                            }
                            const auto ids = slotIds.ids(row);
                            if (!ids) {
                                r.error = ids.error();
                                break;
                            }
                            auto added = writer.addEvent(row.event, row.occurrence, row.fingerprint, *ids);
                            if (!added) {
                                r.error = added.error();
                                break;
                            }
                            if (!*added) {
                                ++r.duplicates;
                                continue;
                            }
                            ++r.imported;
                            const qint64 secs = row.event.timestamp.toSecsSinceEpoch();
                            firstSecs = std::min(firstSecs, secs);
                            lastSecs = std::max(lastSecs, secs);
                            r.completions += row.event.kind == EventKind::Completed;
                        }
                    }
                    pipe.close();
                    reader.join();
                    if (r.imported > 0) {
                        // Days as the workspace counts them (its "day" column, every chart), not in the file's zone.
                        r.firstDay = QDateTime::fromSecsSinceEpoch(firstSecs, zone).date();
                        r.lastDay = QDateTime::fromSecsSinceEpoch(lastSecs, zone).date();
                    }
                } else {
                    while (r.error.isEmpty()) {
                        TableSource::Item item;
                        const TableSource::Next n = table.next(item, &readError);
                        if (n == TableSource::Next::End)
                            break;
                        if (n == TableSource::Next::Error) {
                            r.error = readError;
                            break;
                        }
                        ++r.rowsRead;
                        line = item.line;
                        if (r.rowsRead % CancelCheckRows == 0) {
                            if (run.cancelled()) {
                                r.cancelled = true;
                                r.error = QCoreApplication::translate("Uptake::Import",
                                                                      "The import was cancelled; nothing was written.");
                                break;
                            }
                            if (progress)
                                progress(r.rowsRead, table.bytesRead(), total);
                        }
                        if (!item.error.isEmpty()) {
                            run.reject(&writer, line, item.errorColumn, item.errorValue, item.error, item.raw);
                            continue;
                        }
                        const QStringList &cells = item.fields;
                        const auto &f = fieldMap;
                        const QString learner = valueOf(fLearner, cells);
                        if (learner.isEmpty()) {
                            run.reject(&writer, line, columnName(fLearner, header, u"learner"_s), {},
                                       QCoreApplication::translate(
                                           "Uptake::Import",
                                           "no learner: expected an id, email or name (a guest or system action?)"),
                                       rawRow(cells));
                            continue;
                        }
                        if (learner.size() > MaxNameChars) {
                            run.reject(&writer, line, columnName(fLearner, header, u"learner"_s), learner.left(60),
                                       QCoreApplication::translate(
                                           "Uptake::Import",
                                           "the learner is %L1 characters long; expected an id, email or name")
                                           .arg(learner.size()),
                                       rawRow(cells).left(4000));
                            continue;
                        }
                        if (r.profile.kind == DataKind::Roster) {
                            LearnerRecord l;
                            l.externalId = learner;
                            l.name = valueOf(f.value(u"name"_s), cells);
                            l.email = valueOf(f.value(u"email"_s), cells);
                            l.department = valueOf(f.value(u"department"_s), cells);
                            l.team = valueOf(f.value(u"team"_s), cells);
                            l.country = valueOf(f.value(u"country"_s), cells);
                            l.timezone = valueOf(f.value(u"timezone"_s), cells);
                            l.manager = valueOf(f.value(u"manager"_s), cells);
                            l.role = valueOf(f.value(u"role"_s), cells);
                            const QString hired = valueOf(f.value(u"hire_date"_s), cells);
                            if (!hired.isEmpty()) {
                                QString why;
                                const auto secs = table.parseDate(hired, &why);
                                if (!secs) {
                                    run.reject(&writer, line,
                                               columnName(f.value(u"hire_date"_s), header, u"hire_date"_s), hired, why,
                                               rawRow(cells));
                                    continue;
                                }
                                l.hireDate = *secs;
                            }
                            // Every column not mapped to a field is kept as an attribute under its own name.
                            QJsonObject attributes;
                            QSet<int> used;
                            for (const FieldSource &src : f)
                                for (int c : src.columns)
                                    used.insert(c);
                            for (int c = 0; c < header.size() && c < cells.size(); ++c)
                                if (!used.contains(c) && !header.at(c).isEmpty() && c != table.indexColumn() &&
                                    !isMissing(cells.at(c)))
                                    attributes.insert(header.at(c), cells.at(c).trimmed());
                            l.attributes = QString::fromUtf8(QJsonDocument(attributes).toJson(QJsonDocument::Compact));
                            if (auto id = writer.upsertLearner(l); !id)
                                r.error = id.error();
                            else
                                ++r.imported;
                        } else {
                            PerformanceRecord p;
                            p.learnerId = learner;
                            const QString period = valueOf(f.value(u"period"_s), cells);
                            QString why;
                            const auto day = table.parseDate(period, &why);
                            if (!day) {
                                run.reject(&writer, line, columnName(f.value(u"period"_s), header, u"period"_s), period,
                                           why, rawRow(cells));
                                continue;
                            }
                            p.period = *day;
                            p.kpi = valueOf(f.value(u"kpi"_s), cells);
                            if (p.kpi.isEmpty()) {
                                run.reject(&writer, line, columnName(f.value(u"kpi"_s), header, u"kpi"_s), {},
                                           QCoreApplication::translate("Uptake::Import", "no KPI name"), rawRow(cells));
                                continue;
                            }
                            const QString valueText = valueOf(f.value(u"value"_s), cells);
                            const auto value = table.parseNumber(valueText, false);
                            if (!value) {
                                run.reject(&writer, line, columnName(f.value(u"value"_s), header, u"value"_s),
                                           valueText,
                                           valueText.isEmpty()
                                               ? QCoreApplication::translate("Uptake::Import", "no value")
                                               : QCoreApplication::translate("Uptake::Import", "expected a number"),
                                           rawRow(cells));
                                continue;
                            }
                            p.value = *value;
                            quint64 key =
                                DataWriter::fingerprint(EventRecord{p.learnerId,
                                                                    QDateTime(p.period, QTime(0, 0), QTimeZone::utc()),
                                                                    p.kpi,
                                                                    {},
                                                                    EventKind::Other,
                                                                    QString::number(p.value, 'g', 17),
                                                                    {},
                                                                    {}});
                            const int nth = occurrence(key, dayNumber(p.period));
                            auto added = writer.addPerformance(p, nth);
                            if (!added) {
                                r.error = added.error();
                            } else if (!*added) {
                                ++r.duplicates;
                            } else {
                                ++r.imported;
                                if (!r.firstDay.isValid() || p.period < r.firstDay)
                                    r.firstDay = p.period;
                                if (!r.lastDay.isValid() || p.period > r.lastDay)
                                    r.lastDay = p.period;
                            }
                        }
                    }
                }
                if (r.error.isEmpty() && r.rowsRead == 0)
                    r.error = QCoreApplication::translate("Uptake::Import", "Cannot import “%1”: it has no data rows.")
                                  .arg(info.fileName());
                if (r.error.isEmpty() && r.imported == 0 && r.duplicates == 0 && r.rejected > 0)
                    r.error = QCoreApplication::translate(
                                  "Uptake::Import",
                                  "None of the %1 rows of “%2” could be imported; the first problem: line %3, %4.")
                                  .arg(QLocale().toString(r.rejected))
                                  .arg(info.fileName())
                                  .arg(r.errors.value(0).line)
                                  .arg(r.errors.value(0).message);
            }
            if (r.error.isEmpty())
                r.warnings = overlapWarnings(r.profile.kind, writer.learnerOverlap());
            if (r.sha256.isEmpty() && hashing.valid()) {
                // Once the import has failed the hash is not needed: stop it, and keep the import's own error.
                const QString error = r.error;
                const bool cancelled = r.cancelled;
                if (!error.isEmpty())
                    stopHashing = true;
                if (!fileHash() || !error.isEmpty()) {
                    r.error = error.isEmpty() ? r.error : error;
                    r.cancelled = error.isEmpty() ? r.cancelled : cancelled;
                }
                writer.setSha256(r.sha256);
            }
            if (r.error.isEmpty() && !options.dryRun && run.cancelled()) {
                r.cancelled = true;
                r.error =
                    QCoreApplication::translate("Uptake::Import", "The import was cancelled; nothing was written.");
            }
            // The counts and span as the store has them: a team workspace recognises the rows of earlier batches
            // only at the end, in commit() or, for a dry run, settleDryRun().
            auto takeStored = [&] {
                const BatchCounts stored = writer.committedCounts({r.rowsRead, r.imported, r.rejected, r.duplicates});
                r.imported = stored.imported;
                r.duplicates = stored.duplicates;
                if (r.imported == 0) {
                    r.firstDay = r.lastDay = QDate();
                    r.completions = 0;
                } else if (const auto span = writer.committedSpan(); span && kindKey == u"events"_s) {
                    r.firstDay = QDateTime::fromSecsSinceEpoch(span->from, zone).date();
                    r.lastDay = QDateTime::fromSecsSinceEpoch(span->to, zone).date();
                    r.completions = span->completions;
                } else if (span) {
                    r.firstDay = dateFromDayNumber(span->from);
                    r.lastDay = dateFromDayNumber(span->to);
                }
            };
            if (r.error.isEmpty() && !options.dryRun) {
                if (progress)
                    progress(r.rowsRead, table.totalBytes(), table.totalBytes());
                const Status committed = writer.commit({r.rowsRead, r.imported, r.rejected, r.duplicates});
                if (committed) {
                    r.committed = true;
                    r.batchId = writer.batchId();
                    takeStored();
                } else {
                    r.error = committed.error();
                }
            } else {
                if (r.error.isEmpty() && options.dryRun) {
                    if (const Status settled = writer.settleDryRun({r.rowsRead, r.imported, r.rejected, r.duplicates});
                        settled)
                        takeStored();
                    else
                        r.error = settled.error();
                }
                writer.rollback();
            }
        }
    }
    Workspace::closeConnection(connection);
    if (!r.committed)
        r.batchId = 0;
    return r;
}

} // namespace

QString timeField(DataKind kind)
{
    switch (kind) {
    case DataKind::Events:
        return u"timestamp"_s;
    case DataKind::Performance:
        return u"period"_s;
    case DataKind::Roster:
        return u"hire_date"_s;
    }
    return {};
}

QList<TimeReading> readTimes(const QString &file, const ImportProfile &profile, const QTimeZone &workspaceZone,
                             int maxRows)
{
    QList<TimeReading> readings;
    auto source = openSource(file, profile);
    if (!source)
        return readings;
    TableSource &table = **source;
    table.setWorkspaceZone(workspaceZone);
    const DataKind kind = table.isXapi() ? DataKind::Events : table.profile().kind;
    FieldSource src;
    if (!table.isXapi()) {
        const QStringList header = table.header();
        auto resolved = resolveField(table.profile(), timeField(kind), headerIndex(header), header);
        if (!resolved || !resolved->present())
            return readings;
        src = *resolved;
    }
    // The same calls as the import's, so what people check is what the import will do.
    const bool dayNumbers = table.dateFormatName() == u"relative-days"_s;
    TableSource::Item item;
    QString error;
    while (readings.size() < maxRows && table.next(item, &error) == TableSource::Next::Row) {
        TimeReading reading;
        if (table.isXapi()) {
            reading.value = item.event.timestamp.toString(Qt::ISODateWithMs);
            reading.time = item.event.timestamp.toTimeZone(table.zone());
            if (!item.error.isEmpty())
                reading.problem = item.error;
            readings << reading;
            continue;
        }
        if (!item.error.isEmpty()) {
            reading.problem = item.error;
            readings << reading;
            continue;
        }
        reading.value = valueOf(src, item.fields);
        QString why;
        if (kind == DataKind::Events) {
            reading.dateOnly = dayNumbers;
            if (const std::optional<qint64> secs = table.parseTime(reading.value, item.fields, &why))
                reading.time = QDateTime::fromSecsSinceEpoch(*secs, table.zone());
        } else {
            reading.dateOnly = true;
            if (const std::optional<QDate> day = table.parseDate(reading.value, &why))
                reading.time = QDateTime(*day, QTime(0, 0), table.zone());
        }
        if (!reading.time.isValid())
            reading.problem = why;
        readings << reading;
    }
    return readings;
}

ImportResult importFile(const QString &workspacePath, const QString &file, const ImportProfile &profile,
                        const ImportOptions &options, const ProgressFunction &progress, const std::atomic_bool *cancel)
{
    ImportResult r = importOnce(workspacePath, file, profile, options, progress, cancel);
    // A warning about what the file holds is moot once the import failed (at the hash check or the commit, say):
    // the error is the news.
    // Nor does a failed or cancelled import add any days or completions.
    if (!r.error.isEmpty()) {
        r.warnings.clear();
        r.firstDay = r.lastDay = QDate();
        r.completions = 0;
    }
    return r;
}

} // namespace Uptake::Import
