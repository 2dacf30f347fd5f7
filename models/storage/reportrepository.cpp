#include "reportrepository.h"
#include "dialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Uptake {

namespace {

constexpr auto SelectDataRange = R"sql(SELECT min(day), max(day) FROM learner_day)sql";
constexpr auto SelectValue = R"sql(SELECT value FROM meta WHERE key = ?)sql";
constexpr auto UpsertValue = R"sql(
INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value
)sql";

/// At most this many dates are kept: enough for years of weekly reports.
constexpr qsizetype MaxDates = 520;

} // namespace

QString ReportRepository::key(qint64 pilotId)
{
    return u"last_report_date.%1"_s.arg(pilotId);
}

Result<QPair<QDate, QDate>> ReportRepository::dataRange() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QString::fromUtf8(SelectDataRange)) || !q.next())
        return Result<QPair<QDate, QDate>>::failure(
            QCoreApplication::translate("Uptake::ReportRepository", "Cannot read the days the data covers: %1")
                .arg(Dialect::errorText(q.lastError())));
    auto date = [](const QVariant &day) {
        return day.isNull() ? QDate() : QDate(1970, 1, 1).addDays(day.toLongLong());
    };
    return qMakePair(date(q.value(0)), date(q.value(1)));
}

Result<QString> ReportRepository::timeZoneId() const
{
    QSqlQuery q(m_db);
    q.prepare(QString::fromUtf8(SelectValue));
    q.addBindValue(u"timezone"_s);
    if (!q.exec())
        return Result<QString>::failure(
            QCoreApplication::translate("Uptake::ReportRepository", "Cannot read the workspace's time zone: %1")
                .arg(Dialect::errorText(q.lastError())));
    return q.next() ? q.value(0).toString() : QString();
}

Result<QList<QDate>> ReportRepository::reportDates(qint64 pilotId) const
{
    QSqlQuery q(m_db);
    q.prepare(QString::fromUtf8(SelectValue));
    q.addBindValue(key(pilotId));
    if (!q.exec())
        return Result<QList<QDate>>::failure(
            QCoreApplication::translate("Uptake::ReportRepository", "Cannot read the report history: %1")
                .arg(Dialect::errorText(q.lastError())));
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

Result<QDate> ReportRepository::previousReport(qint64 pilotId, const QDate &asOf) const
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

Status ReportRepository::record(qint64 pilotId, const QDate &asOf)
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
        return Status::failure(
            QCoreApplication::translate("Uptake::ReportRepository", "Cannot remember the report's date: %1")
                .arg(Dialect::errorText(q.lastError())));
    return {};
}

} // namespace Uptake
