#include "pilotrepository.h"
#include "dialect.h"
#include "rowversions.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Uptake {

namespace {

constexpr auto SelectProgram = R"sql(SELECT organisation, lms_name, owner FROM program WHERE id = 1)sql";
constexpr auto UpdateProgram = R"sql(UPDATE program SET organisation = ?, lms_name = ?, owner = ? WHERE id = 1)sql";
constexpr auto SelectPilots = R"sql(
SELECT id, name, cohort_description, cohort_filter, start_date, duration_weeks, status, owner, row_version FROM pilot
)sql";
constexpr auto InsertPilot = R"sql(
INSERT INTO pilot (id, name, cohort_description, cohort_filter, start_date, duration_weeks, status, owner)
VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
)sql";
constexpr auto UpdatePilot = R"sql(
UPDATE pilot SET name = ?, cohort_description = ?, cohort_filter = ?, start_date = ?, duration_weeks = ?,
                 status = ?, owner = ?
WHERE id = ?
)sql";
constexpr auto DeletePilot = R"sql(DELETE FROM pilot WHERE id = ?)sql";

RowVersions::RowRef pilotRow(qint64 id, const QString &name)
{
    const QString noun = QCoreApplication::translate("Uptake::PilotRepository", "pilot");
    return {u"pilot"_s,
            {u"id"_s},
            {id},
            name.isEmpty() ? noun : QCoreApplication::translate("Uptake::PilotRepository", "%1 “%2”").arg(noun, name)};
}

/// The error of a query that failed; the query is retired (Dialect::retire), so do not use it afterwards: a
/// versioned write fails inside a transaction, where a PostgreSQL statement can only be freed after the rollback.
QString failed(const QString &what, QSqlQuery &q)
{
    const QString text =
        QCoreApplication::translate("Uptake::PilotRepository", "%1: %2").arg(what, Dialect::errorText(q.lastError()));
    Dialect::retire(std::move(q));
    return text;
}

Pilot pilotFrom(const QSqlQuery &q)
{
    Pilot p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.cohortDescription = q.value(2).toString();
    p.cohortFilter = q.value(3).toString();
    p.startDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    p.durationWeeks = q.value(5).toInt();
    pilotStatusFromKey(q.value(6).toString(), &p.status);
    p.owner = q.value(7).toString();
    p.rowVersion.value = q.value(8).toLongLong();
    return p;
}

/// Text columns are NOT NULL: a null QString is stored as an empty string.
QString text(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

Result<Program> PilotRepository::program() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QString::fromUtf8(SelectProgram)) || !q.next())
        return Result<Program>::failure(
            failed(QCoreApplication::translate("Uptake::PilotRepository", "Cannot read the program"), q));
    return Program{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
}

Status PilotRepository::saveProgram(const Program &program)
{
    QSqlQuery q(m_db);
    q.prepare(QString::fromUtf8(UpdateProgram));
    q.addBindValue(text(program.organisation));
    q.addBindValue(text(program.lmsName));
    q.addBindValue(text(program.owner));
    if (!q.exec())
        return Status::failure(
            failed(QCoreApplication::translate("Uptake::PilotRepository", "Cannot save the program"), q));
    return {};
}

Result<QList<Pilot>> PilotRepository::pilots() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QString::fromUtf8(SelectPilots) + u" ORDER BY start_date IS NULL, start_date, name"_s))
        return Result<QList<Pilot>>::failure(
            failed(QCoreApplication::translate("Uptake::PilotRepository", "Cannot read the pilots"), q));
    QList<Pilot> result;
    while (q.next())
        result.append(pilotFrom(q));
    return result;
}

Result<Pilot> PilotRepository::pilot(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QString::fromUtf8(SelectPilots) + u" WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Result<Pilot>::failure(
            failed(QCoreApplication::translate("Uptake::PilotRepository", "Cannot read the pilot"), q));
    if (!q.next())
        return Result<Pilot>::failure(
            QCoreApplication::translate("Uptake::PilotRepository", "There is no pilot with id %1.").arg(id));
    return pilotFrom(q);
}

Result<Pilot> PilotRepository::pilotByName(const QString &name) const
{
    QSqlQuery q(m_db);
    q.prepare(QString::fromUtf8(SelectPilots) + u" WHERE name = ? COLLATE NOCASE"_s);
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return Result<Pilot>::failure(
            failed(QCoreApplication::translate("Uptake::PilotRepository", "Cannot read the pilot"), q));
    return q.next() ? pilotFrom(q) : Pilot{};
}

Status PilotRepository::validate(const Pilot &pilot) const
{
    const QString name = pilot.name.trimmed();
    if (name.isEmpty())
        return Status::failure(QCoreApplication::translate("Uptake::PilotRepository", "A pilot needs a name."));
    if (pilot.durationWeeks < 1 || pilot.durationWeeks > 104)
        return Status::failure(
            QCoreApplication::translate("Uptake::PilotRepository", "A pilot lasts between 1 and 104 weeks."));
    const auto existing = pilotByName(name);
    if (!existing)
        return Status::failure(existing.error());
    if (existing->id != 0 && existing->id != pilot.id)
        return Status::failure(
            QCoreApplication::translate("Uptake::PilotRepository", "There is already a pilot called “%1”.")
                .arg(existing->name));
    return {};
}

Result<qint64> PilotRepository::insert(const Pilot &pilot)
{
    if (auto s = validate(pilot); !s)
        return Result<qint64>::failure(s.error());
    QSqlQuery q(m_db);
    q.prepare(QString::fromUtf8(InsertPilot));
    q.addBindValue(pilot.id > 0 ? QVariant(pilot.id) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(pilot.name.trimmed());
    q.addBindValue(text(pilot.cohortDescription));
    q.addBindValue(text(pilot.cohortFilter));
    q.addBindValue(dateValue(pilot.startDate));
    q.addBindValue(pilot.durationWeeks);
    q.addBindValue(pilotStatusKey(pilot.status));
    q.addBindValue(text(pilot.owner));
    if (!q.exec())
        return Result<qint64>::failure(
            failed(QCoreApplication::translate("Uptake::PilotRepository", "Cannot add the pilot"), q));
    return q.next() ? q.value(0).toLongLong() : 0;
}

Status PilotRepository::update(const Pilot &pilot)
{
    if (auto s = validate(pilot); !s)
        return s;
    auto written = RowVersions::save(
        m_db, pilotRow(pilot.id, pilot.name.trimmed()), pilot.rowVersion.value, [&]() -> Result<qint64> {
            QSqlQuery q(m_db);
            q.prepare(QString::fromUtf8(UpdatePilot));
            q.addBindValue(pilot.name.trimmed());
            q.addBindValue(text(pilot.cohortDescription));
            q.addBindValue(text(pilot.cohortFilter));
            q.addBindValue(dateValue(pilot.startDate));
            q.addBindValue(pilot.durationWeeks);
            q.addBindValue(pilotStatusKey(pilot.status));
            q.addBindValue(text(pilot.owner));
            q.addBindValue(pilot.id);
            if (!q.exec())
                return Result<qint64>::failure(
                    failed(QCoreApplication::translate("Uptake::PilotRepository", "Cannot save the pilot"), q));
            if (q.numRowsAffected() != 1)
                return Result<qint64>::failure(
                    QCoreApplication::translate("Uptake::PilotRepository", "The pilot no longer exists."));
            return pilot.id;
        });
    return written ? Status() : Status::failureOf(written);
}

RowVersions::RowRef PilotRepository::rowOf(const Pilot &pilot)
{
    return pilotRow(pilot.id, pilot.name.trimmed());
}

Status PilotRepository::remove(qint64 id, qint64 readVersion)
{
    return RowVersions::remove(m_db, pilotRow(id, QString()), readVersion, [&] {
        QSqlQuery q(m_db);
        q.prepare(QString::fromUtf8(DeletePilot));
        q.addBindValue(id);
        if (!q.exec())
            return Status::failure(
                failed(QCoreApplication::translate("Uptake::PilotRepository", "Cannot delete the pilot"), q));
        return Status();
    });
}

} // namespace Uptake
