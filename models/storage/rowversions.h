#pragma once

// Row versions (schema version 6): how a write finds out that the row it is about to change moved on since the
// editor read it. Every row people edit has row_version (1 when added, one more at every change), updated_by
// and updated_at. A write first claims its row inside the caller's transaction:
//   UPDATE table SET row_version = row_version + 1, updated_by = …, updated_at = … WHERE key AND row_version = ?
// One row changed: the write may go on (and on PostgreSQL the row stays locked until the transaction ends, so a
// concurrent claim waits and then sees the new version). No row: someone else changed or deleted it, and the
// write is refused with a conflict that carries what is stored now.

#include "dialect.h"
#include "domain/conflict.h"
#include "domain/result.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

namespace Uptake::RowVersions {

/// Where a row lives: its table, the columns and values of its key, and what it is for people.
struct RowRef
{
    QString table;
    QStringList keyColumns;
    QVariantList keyValues;
    QString item; ///< "interview “Ana Ruiz”"
};

/// Claims row for a write in the caller's transaction and moves its version on. expected 0 checks nothing (the
/// row may or may not exist; an existing one still gets a new version). Otherwise the stored row must have
/// version expected: a row with another version is a Conflict::Changed, a missing one a Conflict::Deleted, both
/// carrying the stored values as "theirs".
Status claim(const QSqlDatabase &db, const RowRef &row, qint64 expected);

/// Refuses a write that expects row to be absent (undo of a delete, an item keyed by its course) when it is
/// stored: a Conflict::Exists carrying the stored values.
Status expectAbsent(const QSqlDatabase &db, const RowRef &row);

/// A refused claim completed with what the refused write stores: the caller writes its item anyway, inside a
/// savepoint it then rolls back, and passes the refusal here to read the row as that write left it ("mine").
Status withMine(const QSqlDatabase &db, const RowRef &row, const Status &refused);

/// The version stored for row now; 0 when there is no such row.
Result<qint64> storedVersion(const QSqlDatabase &db, const RowRef &row);

/// Gives a row the version it had before it was deleted, when undo stores it again: the steps further down the
/// undo stack still name that version.
Status restoreVersion(const QSqlDatabase &db, const RowRef &row, qint64 version);

/// A key naming row: its table and key values.
inline QString keyOf(const RowRef &row)
{
    QStringList parts{row.table};
    for (const QVariant &v : row.keyValues)
        parts.append(v.toString());
    return parts.join(u'/');
}

/// The message of a conflict, complete on its own ("Someone else changed the pilot “North” …").
QString message(const Conflict &conflict);

/// A versioned save, all or nothing: claims row at version expected, then runs write() (which returns the row's
/// id). A refused claim still runs write() inside the savepoint, which is then rolled back, so the conflict can
/// say what this write would have stored.
template<typename Write>
Result<qint64> save(const QSqlDatabase &db, const RowRef &row, qint64 expected, Write write)
{
    Dialect::Savepoint savepoint(db, QStringLiteral("row_version"));
    if (!savepoint.isOpen())
        return Result<qint64>::failure(savepoint.error());
    const Status claimed = claim(db, row, expected);
    if (!claimed && !claimed.isConflict())
        return Result<qint64>::failureOf(claimed);
    Result<qint64> id = write();
    if (!claimed) {
        const Status refused = withMine(db, row, claimed);
        savepoint.rollback();
        return Result<qint64>::failureOf(refused);
    }
    if (!id) {
        savepoint.rollback();
        return id;
    }
    if (!savepoint.release())
        return Result<qint64>::failure(savepoint.error());
    return id;
}

/// A versioned delete, all or nothing: claims row at version expected, then runs del(). A row someone else
/// deleted already is not a conflict: what both wanted is done.
template<typename Delete>
Status remove(const QSqlDatabase &db, const RowRef &row, qint64 expected, Delete del)
{
    Dialect::Savepoint savepoint(db, QStringLiteral("row_version"));
    if (!savepoint.isOpen())
        return Status::failure(savepoint.error());
    const Status claimed = claim(db, row, expected);
    if (!claimed && !(claimed.isConflict() && claimed.conflict().kind == Conflict::Kind::Deleted))
        return claimed; // the savepoint rolls back
    if (Status s = del(); !s)
        return s;
    if (!savepoint.release())
        return Status::failure(savepoint.error());
    return {};
}

} // namespace Uptake::RowVersions
