#pragma once

#include "domain/pilot.h"
#include "domain/program.h"
#include "domain/result.h"
#include "storage/rowversions.h"

#include <QList>
#include <QSqlDatabase>

namespace Uptake {

/// Reads and writes the program and its pilots. Every statement is prepared and bound.
class PilotRepository
{
public:
    explicit PilotRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    Result<Program> program() const;
    Status saveProgram(const Program &program);

    /// All pilots, by start date then name.
    Result<QList<Pilot>> pilots() const;
    Result<Pilot> pilot(qint64 id) const;
    /// The pilot with that name (case-insensitive), if any; id 0 when there is none.
    Result<Pilot> pilotByName(const QString &name) const;
    /// Stores a new pilot and returns its id; a pilot with id != 0 keeps that id (used by undo).
    Result<qint64> insert(const Pilot &pilot);
    /// Stores changed values. A pilot read with a row version (every pilot read here) is stored only when the
    /// stored one still has that version; otherwise the result is a conflict (Status::isConflict) carrying what is
    /// stored now. Version 0 writes unchecked.
    Status update(const Pilot &pilot);
    /// readVersion: the version the pilot was read at (0: delete whatever is stored). A pilot someone else
    /// changed meanwhile is a conflict; one already deleted is not.
    Status remove(qint64 id, qint64 readVersion = 0);
    /// Where a pilot is stored, for RowVersions.
    static RowVersions::RowRef rowOf(const Pilot &pilot);

    /// Checks a pilot before it is stored: a name, unique among other pilots, a sane duration.
    Status validate(const Pilot &pilot) const;

private:
    QSqlDatabase m_db;
};

} // namespace Uptake
