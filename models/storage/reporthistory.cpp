#include "reporthistory.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Uptake {

namespace {

constexpr auto SelectValue = R"sql(SELECT value FROM meta WHERE key = ?)sql";
constexpr auto UpsertValue = R"sql(
INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value
)sql";

/// At most this many dates are kept: enough for years of weekly reports.
constexpr qsizetype MaxDates = 520;

QString tr(const char *text)
{
    return QCoreApplication::translate("Uptake::ReportHistory", text);
}

} // namespace

QString ReportHistory::key(qint64 pilotId)
{
    return u"last_report_date.%1"_s.arg(pilotId);
}

Result<QList<QDate>> ReportHistory::reportDates(qint64 pilotId) const
{
    QSqlQuery q(m_db);
    q.prepare(QString::fromUtf8(SelectValue));
    q.addBindValue(key(pilotId));
    if (!q.exec())
        return Result<QList<QDate>>::failure(tr("Cannot read the report history: %1").arg(q.lastError().text()));
    QList<QDate> dates;
    if (q.next()) {
        for (const QString &part : q.value(0).toString().split(u',', Qt::SkipEmptyParts)) {
            const QDate d = QDate::fromString(part.trimmed(), Qt::ISODate);
            if (d.isValid())
                dates << d;
        }
    }
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    return dates;
}

Result<QDate> ReportHistory::previousReport(qint64 pilotId, const QDate &asOf) const
{
    auto dates = reportDates(pilotId);
    if (!dates)
        return Result<QDate>::failure(dates.error());
    QDate previous;
    for (const QDate &d : *dates)
        if (d < asOf)
            previous = d;
    return previous;
}

Status ReportHistory::record(qint64 pilotId, const QDate &asOf)
{
    auto dates = reportDates(pilotId);
    if (!dates)
        return Status::failure(dates.error());
    if (dates->contains(asOf))
        return {};
    *dates << asOf;
    std::sort(dates->begin(), dates->end());
    if (dates->size() > MaxDates)
        dates->remove(0, dates->size() - MaxDates);
    QStringList parts;
    for (const QDate &d : std::as_const(*dates))
        parts << d.toString(Qt::ISODate);
    QSqlQuery q(m_db);
    q.prepare(QString::fromUtf8(UpsertValue));
    q.addBindValue(key(pilotId));
    q.addBindValue(parts.join(u','));
    if (!q.exec())
        return Status::failure(tr("Cannot remember the report's date: %1").arg(q.lastError().text()));
    return {};
}

} // namespace Uptake
