#include "rowversions.h"

#include "dialect.h"

#include "domain/pilot.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace Uptake::RowVersions {

namespace {

// %1: the table, %2: the key condition ("id = ?"). Table and key columns come from the repositories' own
// constants, never from people; every value is bound.
constexpr auto ClaimRow = R"sql(
UPDATE %1 SET row_version = row_version + 1, updated_by = ?, updated_at = ? WHERE %2 AND row_version = ?
)sql";
constexpr auto TouchRow = R"sql(
UPDATE %1 SET row_version = row_version + 1, updated_by = ?, updated_at = ? WHERE %2
)sql";
constexpr auto SetVersion = R"sql(UPDATE %1 SET row_version = ? WHERE %2)sql";
constexpr auto SelectRow = R"sql(SELECT * FROM %1 WHERE %2)sql";

QString tr(const char *text)
{
    return QCoreApplication::translate("Uptake::RowVersions", text);
}

QString keyCondition(const RowRef &row)
{
    QStringList parts;
    for (const QString &column : row.keyColumns)
        parts.append(column + u" = ?"_s);
    return parts.join(u" AND "_s);
}

/// Why a query failed; the query is retired (Dialect::retire), so do not use it afterwards. Claims run inside the
/// caller's transaction: on PostgreSQL a failed one aborts it, and its statement can only be freed once the
/// savepoint or transaction is rolled back.
QString failed(QSqlQuery &q)
{
    const QString text = Dialect::errorText(q.lastError());
    Dialect::retire(std::move(q));
    return text;
}

bool run(QSqlQuery &q, const QString &statement, const QVariantList &values)
{
    if (!q.prepare(statement))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

/// Columns people never edit directly: ids, links, ordering and the version bookkeeping itself.
bool isBookkeeping(const QString &column)
{
    return column == u"id"_s || column.endsWith(u"_id"_s) || column == u"row_version"_s || column == u"updated_by"_s ||
           column == u"updated_at"_s || column == u"position"_s || column == u"builtin"_s || column == u"figures"_s;
}

bool isFlag(const QString &column)
{
    return column == u"done"_s || column == u"chosen"_s || column == u"released"_s || column == u"enabled"_s ||
           column == u"cohort"_s;
}

QString label(const QString &column)
{
    struct Label
    {
        const char *column;
        const char *text;
    };
    static constexpr Label labels[] = {
        {"name", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Name")},
        {"title", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Title")},
        {"text", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Text")},
        {"notes", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Notes")},
        {"note", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Note")},
        {"owner", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Owner")},
        {"status", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Status")},
        {"date", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Date")},
        {"start_date", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Start date")},
        {"end_date", QT_TRANSLATE_NOOP("Uptake::RowVersions", "End date")},
        {"due_date", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Due date")},
        {"planned_date", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Planned date")},
        {"duration_weeks", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Duration (weeks)")},
        {"cohort_description", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Cohort")},
        {"cohort_filter", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Selected by")},
        {"description", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Description")},
        {"role", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Role")},
        {"function", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Function")},
        {"location", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Location")},
        {"category", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Category")},
        {"severity", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Severity")},
        {"evidence", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Evidence")},
        {"label", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Label")},
        {"details", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Details")},
        {"kind", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Kind")},
        {"kpi", QT_TRANSLATE_NOOP("Uptake::RowVersions", "KPI")},
        {"baseline", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Baseline")},
        {"target_mode", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Targets are")},
        {"target_30", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Day-30 target")},
        {"target_60", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Day-60 target")},
        {"target_90", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Day-90 target")},
        {"tolerance", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Tolerance")},
        {"done", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Done")},
        {"chosen", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Chosen")},
        {"released", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Released")},
        {"enabled", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Enabled")},
        {"cohort", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Cohort-wide")},
        {"phase", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Phase")},
        {"pillar", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Pillar")},
        {"bucket", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Days")},
        {"number", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Number")},
        {"what", QT_TRANSLATE_NOOP("Uptake::RowVersions", "What")},
        {"audience", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Audience")},
        {"target_group", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Scaled to")},
        {"source", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Source")},
        {"sentiment", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Sentiment")},
        {"theme", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Theme")},
        {"quote", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Quote")},
        {"window_days", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Window (days)")},
        {"decision", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Decision")},
        {"rationale", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Rationale")},
        {"cadence", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Cadence")},
        {"content", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Content")},
        {"threshold", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Threshold")},
        {"verdict", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Verdict")},
        {"decided_on", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Decided on")},
        {"as_of", QT_TRANSLATE_NOOP("Uptake::RowVersions", "As of")},
        {"taken_at", QT_TRANSLATE_NOOP("Uptake::RowVersions", "Taken at")},
    };
    for (const Label &l : labels)
        if (column == QLatin1StringView(l.column))
            return tr(l.text);
    QString words = column;
    words.replace(u'_', u' ');
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

QString display(const QString &table, const QString &column, const QVariant &value)
{
    if (value.isNull())
        return {};
    if (column == u"date"_s || column.endsWith(u"_date"_s) || column == u"as_of"_s || column == u"decided_on"_s) {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        if (date.isValid())
            return QLocale().toString(date, QLocale::ShortFormat);
    }
    if (table == u"pilot"_s && column == u"status"_s) {
        Pilot::Status status;
        if (pilotStatusFromKey(value.toString(), &status))
            return pilotStatusLabel(status);
    }
    if (isFlag(column))
        return value.toLongLong() != 0 ? tr("Yes") : tr("No");
    if (value.typeId() == QMetaType::Double)
        return QLocale().toString(value.toDouble(), 'g', 6);
    return value.toString();
}

/// The stored row under row, as (column, value) pairs of what people edit; nullopt when there is none.
Result<std::optional<QSqlRecord>> storedRow(const QSqlDatabase &db, const RowRef &row)
{
    using R = Result<std::optional<QSqlRecord>>;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!run(q, QString::fromUtf8(SelectRow).arg(row.table, keyCondition(row)), row.keyValues))
        return R::failure(tr("Cannot read the stored %1: %2").arg(row.item, failed(q)));
    if (!q.next())
        return std::optional<QSqlRecord>();
    return std::optional<QSqlRecord>(q.record());
}

Conflict conflictFrom(const RowRef &row, Conflict::Kind kind, qint64 expected, const std::optional<QSqlRecord> &stored)
{
    Conflict c;
    c.kind = kind;
    c.table = row.table;
    c.item = row.item;
    c.readVersion = expected;
    if (stored) {
        const QSqlRecord &r = *stored;
        c.storedVersion = r.value(u"row_version"_s).toLongLong();
        c.updatedBy = r.value(u"updated_by"_s).toString();
        c.updatedAt = QDateTime::fromString(r.value(u"updated_at"_s).toString(), Qt::ISODate);
        for (int i = 0; i < r.count(); ++i) {
            const QString column = r.fieldName(i);
            if (!isBookkeeping(column))
                c.fields.append({label(column), display(row.table, column, r.value(i)), QString()});
        }
    }
    return c;
}

QVariantList stamp(const QSqlDatabase &db)
{
    return {Dialect::currentUser(db), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)};
}

} // namespace

Status claim(const QSqlDatabase &db, const RowRef &row, qint64 expected)
{
    QSqlQuery q(db);
    QVariantList values = stamp(db) + row.keyValues;
    if (expected > 0)
        values.append(expected);
    const QString statement =
        QString::fromUtf8(expected > 0 ? ClaimRow : TouchRow).arg(row.table, keyCondition(row)).trimmed();
    if (!run(q, statement, values))
        return Status::failure(tr("Cannot save the %1: %2").arg(row.item, failed(q)));
    if (expected <= 0 || q.numRowsAffected() == 1)
        return {};
    auto stored = storedRow(db, row);
    if (!stored)
        return Status::failure(stored.error());
    const Conflict c =
        conflictFrom(row, stored->has_value() ? Conflict::Kind::Changed : Conflict::Kind::Deleted, expected, *stored);
    return Status::conflictFailure(message(c), c);
}

Status expectAbsent(const QSqlDatabase &db, const RowRef &row)
{
    auto stored = storedRow(db, row);
    if (!stored)
        return Status::failure(stored.error());
    if (!stored->has_value())
        return {};
    const Conflict c = conflictFrom(row, Conflict::Kind::Exists, 0, *stored);
    return Status::conflictFailure(message(c), c);
}

Status withMine(const QSqlDatabase &db, const RowRef &row, const Status &refused)
{
    if (!refused.isConflict())
        return refused;
    Conflict c = refused.conflict();
    auto mine = storedRow(db, row);
    if (mine && mine->has_value()) {
        const QSqlRecord &r = **mine;
        for (int i = 0; i < r.count(); ++i) {
            const QString column = r.fieldName(i);
            if (isBookkeeping(column))
                continue;
            const QString l = label(column);
            auto field = std::find_if(c.fields.begin(), c.fields.end(), [&](const auto &f) { return f.label == l; });
            if (field != c.fields.end())
                field->mine = display(row.table, column, r.value(i));
            else
                c.fields.append({l, QString(), display(row.table, column, r.value(i))});
        }
    }
    return Status::conflictFailure(refused.error(), c);
}

Status restoreVersion(const QSqlDatabase &db, const RowRef &row, qint64 version)
{
    QSqlQuery q(db);
    if (!run(q, QString::fromUtf8(SetVersion).arg(row.table, keyCondition(row)), QVariantList{version} + row.keyValues))
        return Status::failure(tr("Cannot save the %1: %2").arg(row.item, failed(q)));
    return {};
}

Result<qint64> storedVersion(const QSqlDatabase &db, const RowRef &row)
{
    auto stored = storedRow(db, row);
    if (!stored)
        return Result<qint64>::failure(stored.error());
    return stored->has_value() ? (*stored)->value(u"row_version"_s).toLongLong() : qint64(0);
}

QString message(const Conflict &c)
{
    QString who = c.updatedBy.isEmpty() ? tr("Someone else") : c.updatedBy;
    switch (c.kind) {
    case Conflict::Kind::Deleted:
        return tr("The %1 was deleted by someone else after you opened it.").arg(c.item);
    case Conflict::Kind::Exists:
        return tr("The %1 is stored again: someone else added it meanwhile.").arg(c.item);
    case Conflict::Kind::Changed:
        break;
    }
    return tr("%1 changed the %2 after you opened it.").arg(who, c.item);
}

} // namespace Uptake::RowVersions
