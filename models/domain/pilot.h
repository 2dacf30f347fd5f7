#pragma once

#include "domain/conflict.h"

#include <QCoreApplication>
#include <QDate>
#include <QMetaType>
#include <QString>

namespace Uptake {

/// One pilot: a cohort running a time-boxed sprint (6 weeks by default) of the engagement plan.
struct Pilot
{
    enum class Status { Planned, Running, Finished };

    qint64 id = 0; ///< 0 until stored
    QString name;
    QString cohortDescription;
    QString cohortFilter; ///< roster filter such as "department=Customer Support"; empty = everyone
    QDate startDate;
    int durationWeeks = 6;
    Status status = Status::Planned;
    QString owner;

    QDate endDate() const { return startDate.isValid() ? startDate.addDays(qint64(durationWeeks) * 7 - 1) : QDate(); }

    RowVersion rowVersion = {}; ///< the stored row's version when read (see domain/conflict.h)

    friend bool operator==(const Pilot &, const Pilot &) = default;
};

/// Stable storage key of a status ("planned", "running", "finished"); never translated.
QString pilotStatusKey(Pilot::Status status);
/// Parses a storage key; nullopt-like: returns false when the key is unknown.
bool pilotStatusFromKey(const QString &key, Pilot::Status *status);
/// The status as shown to people, translated.
QString pilotStatusLabel(Pilot::Status status);

} // namespace Uptake

Q_DECLARE_METATYPE(Uptake::Pilot)
