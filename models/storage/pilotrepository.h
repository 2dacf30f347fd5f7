#pragma once

#include "domain/pilot.h"
#include "domain/program.h"
#include "domain/result.h"

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
    Status update(const Pilot &pilot);
    Status remove(qint64 id);

    /// Checks a pilot before it is stored: a name, unique among other pilots, a sane duration.
    Status validate(const Pilot &pilot) const;

private:
    QSqlDatabase m_db;
};

} // namespace Uptake
