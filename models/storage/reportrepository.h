#pragma once

#include "domain/result.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QSqlDatabase>

namespace Uptake {

/// What the status report reads that no other repository offers: the days the data covers and the workspace's
/// zone (from the aggregates and the meta table, without scanning events), and which reports were made for a
/// pilot (their "as of" dates), kept in the meta table so that "since the last report" means the same on every
/// machine that opens the workspace.
///
/// Stored under the key "last_report_date.<pilot id>" as the ISO dates of every report, oldest first
/// (comma-separated). The previous report of a new one is the latest date before its own as-of date, so making
/// the same report twice gives the same document.
class ReportRepository
{
public:
    explicit ReportRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    /// The first and last day with activity (invalid dates when there is none).
    Result<QPair<QDate, QDate>> dataRange() const;
    /// The workspace's IANA time zone id, as stored.
    Result<QString> timeZoneId() const;

    /// Every report's as-of date for the pilot, oldest first.
    Result<QList<QDate>> reportDates(qint64 pilotId) const;
    /// The latest report date strictly before asOf; an invalid date when there is none.
    Result<QDate> previousReport(qint64 pilotId, const QDate &asOf) const;
    /// Records a report made as of asOf (once per date).
    Status record(qint64 pilotId, const QDate &asOf);

    /// The meta key the dates are kept under.
    static QString key(qint64 pilotId);

private:
    QSqlDatabase m_db;
};

} // namespace Uptake
