#pragma once

// Row versions and edit conflicts. Every item people edit carries the version of the row it was read at; a
// write names that version and is refused when the stored row has moved on (someone else saved or deleted it
// meanwhile). Never a silent overwrite: the refusal carries what is stored now, so people can choose.

#include <QDateTime>
#include <QList>
#include <QString>

namespace Uptake {

/// The version of a stored row an item was read at; 0 for an item that is not stored (or a write that does not
/// check). Bookkeeping, not content: two items with the same content compare equal whatever versions they were
/// read at, so "nothing changed" checks and tests of content ignore it.
struct RowVersion
{
    qint64 value = 0;
    friend bool operator==(const RowVersion &, const RowVersion &) { return true; }
};

/// One field of a conflicting item: what is stored now and what the refused write would have stored.
struct ConflictField
{
    QString label;
    QString theirs;
    QString mine;
    bool differs() const { return theirs != mine; }
};

/// Why a write was refused: the item changed or went since the editor read it.
struct Conflict
{
    enum class Kind {
        Changed, ///< someone else saved the item: storedVersion is its version now
        Deleted, ///< someone else deleted the item
        Exists,  ///< the item was expected to be absent (undo of a delete, an item keyed by course) but is stored
    };
    Kind kind = Kind::Changed;
    QString table;            ///< the stored table ("pilot", "interview"…)
    QString item;             ///< what it is, for people: "pilot “North”", "interview"
    qint64 readVersion = 0;   ///< the version the refused write expected
    qint64 storedVersion = 0; ///< the version stored now; 0 when deleted
    QString updatedBy;        ///< who stored it last, when known
    QDateTime updatedAt;      ///< when, in UTC, when known
    QList<ConflictField> fields;
};

/// What people chose for a conflict.
enum class ConflictChoice {
    KeepTheirs, ///< drop my edit; what is stored stays
    Overwrite,  ///< write mine again, over what is stored now
    Cancel,     ///< neither: my edit stays in the form, nothing is written
};

} // namespace Uptake
