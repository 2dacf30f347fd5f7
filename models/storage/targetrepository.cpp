#include "targetrepository.h"
#include "dialect.h"
#include "rowversions.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Uptake {

namespace {

constexpr auto SelectKpis = R"sql(
SELECT id, pilot_id, kpi, baseline, target_mode, target_30, target_60, target_90, tolerance, row_version FROM pilot_kpi
)sql";
// id NULL: a new row; an id: that row, replaced, or recreated when it is gone (undo of a deletion).
constexpr auto UpsertKpi = R"sql(
INSERT INTO pilot_kpi (id, pilot_id, kpi, baseline, target_mode, target_30, target_60, target_90, tolerance)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET pilot_id = excluded.pilot_id, kpi = excluded.kpi, baseline = excluded.baseline,
    target_mode = excluded.target_mode, target_30 = excluded.target_30, target_60 = excluded.target_60,
    target_90 = excluded.target_90, tolerance = excluded.tolerance
RETURNING id
)sql";
constexpr auto DeleteKpi = R"sql(DELETE FROM pilot_kpi WHERE id = ?)sql";
constexpr auto SameKpi = R"sql(SELECT id FROM pilot_kpi WHERE pilot_id = ? AND kpi = ? AND id <> ?)sql";
constexpr auto PilotExists = R"sql(SELECT 1 FROM pilot WHERE id = ?)sql";

constexpr auto SelectAnnotations =
    R"sql(SELECT id, pilot_id, date, kind, label, details, row_version FROM annotation)sql";
constexpr auto UpsertAnnotation = R"sql(
INSERT INTO annotation (id, pilot_id, date, kind, label, details) VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET pilot_id = excluded.pilot_id, date = excluded.date, kind = excluded.kind,
    label = excluded.label, details = excluded.details
RETURNING id
)sql";
constexpr auto DeleteAnnotation = R"sql(DELETE FROM annotation WHERE id = ?)sql";

RowVersions::RowRef kpiRow(qint64 id, const QString &kpi)
{
    const QString noun = QCoreApplication::translate("Uptake::TargetRepository", "KPI target");
    return {u"pilot_kpi"_s,
            {u"id"_s},
            {id},
            kpi.isEmpty() ? noun : QCoreApplication::translate("Uptake::TargetRepository", "%1 “%2”").arg(noun, kpi)};
}

RowVersions::RowRef annotationRow(qint64 id, const QString &label)
{
    const QString noun = QCoreApplication::translate("Uptake::TargetRepository", "annotation");
    return {u"annotation"_s,
            {u"id"_s},
            {id},
            label.isEmpty() ? noun
                            : QCoreApplication::translate("Uptake::TargetRepository", "%1 “%2”").arg(noun, label)};
}

/// The error of a query that failed; the query is retired (Dialect::retire), so do not use it afterwards: a
/// versioned write fails inside a transaction, where a PostgreSQL statement can only be freed after the rollback.
QString failed(const QString &what, QSqlQuery &q)
{
    const QString text =
        QCoreApplication::translate("Uptake::TargetRepository", "%1: %2").arg(what, Dialect::errorText(q.lastError()));
    Dialect::retire(std::move(q));
    return text;
}

QVariant number(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

std::optional<double> optionalNumber(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

PilotKpi kpiFrom(const QSqlQuery &q)
{
    PilotKpi k;
    k.id = q.value(0).toLongLong();
    k.pilotId = q.value(1).toLongLong();
    k.kpi = q.value(2).toString();
    k.baseline = optionalNumber(q.value(3));
    k.mode = q.value(4).toString() == u"relative"_s ? PilotKpi::Mode::Relative : PilotKpi::Mode::Absolute;
    k.target30 = optionalNumber(q.value(5));
    k.target60 = optionalNumber(q.value(6));
    k.target90 = optionalNumber(q.value(7));
    k.tolerance = q.value(8).toDouble();
    k.rowVersion.value = q.value(9).toLongLong();
    return k;
}

AnnotationRecord annotationFrom(const QSqlQuery &q)
{
    AnnotationRecord a;
    a.id = q.value(0).toLongLong();
    a.pilotId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
    a.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    a.kind = q.value(3).toString();
    a.label = q.value(4).toString();
    a.details = q.value(5).toString();
    a.rowVersion.value = q.value(6).toLongLong();
    return a;
}

bool finite(const std::optional<double> &v)
{
    return !v || std::isfinite(*v);
}

} // namespace

QStringList TargetRepository::annotationKinds()
{
    return {u"pilot_start"_s, u"adaptation"_s, u"comms"_s, u"outage"_s, u"note"_s};
}

QString TargetRepository::annotationKindLabel(const QString &kind)
{
    if (kind == u"pilot_start"_s)
        return QCoreApplication::translate("Uptake::TargetRepository", "Pilot start");
    if (kind == u"adaptation"_s)
        return QCoreApplication::translate("Uptake::TargetRepository", "Adaptation");
    if (kind == u"comms"_s)
        return QCoreApplication::translate("Uptake::TargetRepository", "Communication");
    if (kind == u"outage"_s)
        return QCoreApplication::translate("Uptake::TargetRepository", "Outage");
    if (kind == u"note"_s)
        return QCoreApplication::translate("Uptake::TargetRepository", "Note");
    return kind;
}

Result<QList<PilotKpi>> TargetRepository::kpis(qint64 pilotId) const
{
    QSqlQuery q(m_db);
    q.prepare(QString::fromUtf8(SelectKpis) + u" WHERE pilot_id = ? ORDER BY id"_s);
    q.addBindValue(pilotId);
    if (!q.exec())
        return Result<QList<PilotKpi>>::failure(
            failed(QCoreApplication::translate("Uptake::TargetRepository", "Cannot read the pilot's targets"), q));
    QList<PilotKpi> result;
    while (q.next())
        result.append(kpiFrom(q));
    return result;
}

Result<PilotKpi> TargetRepository::kpi(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QString::fromUtf8(SelectKpis) + u" WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Result<PilotKpi>::failure(
            failed(QCoreApplication::translate("Uptake::TargetRepository", "Cannot read the target"), q));
    if (!q.next())
        return Result<PilotKpi>::failure(
            QCoreApplication::translate("Uptake::TargetRepository", "There is no target with id %1.").arg(id));
    return kpiFrom(q);
}

Result<std::optional<PilotKpi>> TargetRepository::findKpi(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QString::fromUtf8(SelectKpis) + u" WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Result<std::optional<PilotKpi>>::failure(
            failed(QCoreApplication::translate("Uptake::TargetRepository", "Cannot read the target"), q));
    return q.next() ? std::optional<PilotKpi>(kpiFrom(q)) : std::nullopt;
}

Status TargetRepository::validate(const PilotKpi &kpi) const
{
    if (kpi.kpi.trimmed().isEmpty())
        return Status::failure(QCoreApplication::translate("Uptake::TargetRepository", "A target needs a KPI."));
    if (!finite(kpi.baseline) || !finite(kpi.target30) || !finite(kpi.target60) || !finite(kpi.target90) ||
        !std::isfinite(kpi.tolerance))
        return Status::failure(
            QCoreApplication::translate("Uptake::TargetRepository", "Baselines, targets and tolerances are numbers."));
    if (kpi.tolerance < 0)
        return Status::failure(
            QCoreApplication::translate("Uptake::TargetRepository", "The tolerance cannot be negative."));
    if (kpi.mode == PilotKpi::Mode::Relative) {
        for (const auto &t : {kpi.target30, kpi.target60, kpi.target90})
            if (t && *t <= -1.0)
                return Status::failure(QCoreApplication::translate(
                    "Uptake::TargetRepository", "A relative target cannot be 100% or more below the baseline."));
    }
    QSqlQuery q(m_db);
    q.prepare(QString::fromUtf8(PilotExists));
    q.addBindValue(kpi.pilotId);
    if (!q.exec())
        return Status::failure(
            failed(QCoreApplication::translate("Uptake::TargetRepository", "Cannot check the pilot"), q));
    if (!q.next())
        return Status::failure(
            QCoreApplication::translate("Uptake::TargetRepository", "There is no pilot with id %1.").arg(kpi.pilotId));
    q.prepare(QString::fromUtf8(SameKpi));
    q.addBindValue(kpi.pilotId);
    q.addBindValue(kpi.kpi.trimmed());
    q.addBindValue(kpi.id);
    if (!q.exec())
        return Status::failure(
            failed(QCoreApplication::translate("Uptake::TargetRepository", "Cannot check the targets"), q));
    if (q.next())
        return Status::failure(
            QCoreApplication::translate("Uptake::TargetRepository", "The pilot already has targets for “%1”.")
                .arg(kpi.kpi.trimmed()));
    return {};
}

Result<qint64> TargetRepository::saveKpi(const PilotKpi &kpi)
{
    if (auto s = validate(kpi); !s)
        return Result<qint64>::failure(s.error());
    return RowVersions::save(m_db, kpiRow(kpi.id, kpi.kpi.trimmed()), kpi.rowVersion.value,
                             [&] { return writeKpi(kpi); });
}

Result<qint64> TargetRepository::writeKpi(const PilotKpi &kpi)
{
    QSqlQuery q(m_db);
    q.prepare(QString::fromUtf8(UpsertKpi));
    q.addBindValue(kpi.id ? QVariant(kpi.id) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(kpi.pilotId);
    q.addBindValue(kpi.kpi.trimmed());
    q.addBindValue(number(kpi.baseline));
    q.addBindValue(kpi.mode == PilotKpi::Mode::Relative ? u"relative"_s : u"absolute"_s);
    q.addBindValue(number(kpi.target30));
    q.addBindValue(number(kpi.target60));
    q.addBindValue(number(kpi.target90));
    q.addBindValue(kpi.tolerance);
    if (!q.exec())
        return Result<qint64>::failure(
            failed(QCoreApplication::translate("Uptake::TargetRepository", "Cannot save the target"), q));
    return q.next() ? q.value(0).toLongLong() : kpi.id;
}

RowVersions::RowRef TargetRepository::rowOf(const PilotKpi &kpi)
{
    return kpiRow(kpi.id, kpi.kpi.trimmed());
}

RowVersions::RowRef TargetRepository::rowOf(const AnnotationRecord &annotation)
{
    return annotationRow(annotation.id, annotation.label.trimmed());
}

Status TargetRepository::removeKpi(qint64 id, qint64 readVersion)
{
    return RowVersions::remove(m_db, kpiRow(id, QString()), readVersion, [&] {
        QSqlQuery q(m_db);
        q.prepare(QString::fromUtf8(DeleteKpi));
        q.addBindValue(id);
        if (!q.exec())
            return Status::failure(
                failed(QCoreApplication::translate("Uptake::TargetRepository", "Cannot delete the target"), q));
        return Status();
    });
}

Result<QList<AnnotationRecord>> TargetRepository::annotations(qint64 pilotId, const QDate &from, const QDate &to) const
{
    QSqlQuery q(m_db);
    // ISO dates compare as text; open ends use bounds every date sorts within.
    q.prepare(QString::fromUtf8(SelectAnnotations) +
              u" WHERE (pilot_id IS NULL OR pilot_id = ?) AND date BETWEEN ? AND ? ORDER BY date, id"_s);
    q.addBindValue(pilotId);
    q.addBindValue(from.isValid() ? from.toString(Qt::ISODate) : u"0000-00-00"_s);
    q.addBindValue(to.isValid() ? to.toString(Qt::ISODate) : u"9999-99-99"_s);
    if (!q.exec())
        return Result<QList<AnnotationRecord>>::failure(
            failed(QCoreApplication::translate("Uptake::TargetRepository", "Cannot read the annotations"), q));
    QList<AnnotationRecord> result;
    while (q.next())
        result.append(annotationFrom(q));
    return result;
}

Result<AnnotationRecord> TargetRepository::annotation(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QString::fromUtf8(SelectAnnotations) + u" WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Result<AnnotationRecord>::failure(
            failed(QCoreApplication::translate("Uptake::TargetRepository", "Cannot read the annotation"), q));
    if (!q.next())
        return Result<AnnotationRecord>::failure(
            QCoreApplication::translate("Uptake::TargetRepository", "There is no annotation with id %1.").arg(id));
    return annotationFrom(q);
}

Result<std::optional<AnnotationRecord>> TargetRepository::findAnnotation(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QString::fromUtf8(SelectAnnotations) + u" WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Result<std::optional<AnnotationRecord>>::failure(
            failed(QCoreApplication::translate("Uptake::TargetRepository", "Cannot read the annotation"), q));
    return q.next() ? std::optional<AnnotationRecord>(annotationFrom(q)) : std::nullopt;
}

Status TargetRepository::validate(const AnnotationRecord &annotation) const
{
    if (!annotation.date.isValid())
        return Status::failure(QCoreApplication::translate("Uptake::TargetRepository", "An annotation needs a date."));
    if (annotation.label.trimmed().isEmpty())
        return Status::failure(QCoreApplication::translate("Uptake::TargetRepository", "An annotation needs a label."));
    if (!annotationKinds().contains(annotation.kind))
        return Status::failure(
            QCoreApplication::translate("Uptake::TargetRepository", "“%1” is not a kind of annotation.")
                .arg(annotation.kind));
    if (annotation.pilotId) {
        QSqlQuery q(m_db);
        q.prepare(QString::fromUtf8(PilotExists));
        q.addBindValue(annotation.pilotId);
        if (!q.exec())
            return Status::failure(
                failed(QCoreApplication::translate("Uptake::TargetRepository", "Cannot check the pilot"), q));
        if (!q.next())
            return Status::failure(
                QCoreApplication::translate("Uptake::TargetRepository", "There is no pilot with id %1.")
                    .arg(annotation.pilotId));
    }
    return {};
}

Result<qint64> TargetRepository::saveAnnotation(const AnnotationRecord &annotation)
{
    if (auto s = validate(annotation); !s)
        return Result<qint64>::failure(s.error());
    return RowVersions::save(m_db, annotationRow(annotation.id, annotation.label.trimmed()),
                             annotation.rowVersion.value, [&] { return writeAnnotation(annotation); });
}

Result<qint64> TargetRepository::writeAnnotation(const AnnotationRecord &annotation)
{
    QSqlQuery q(m_db);
    q.prepare(QString::fromUtf8(UpsertAnnotation));
    q.addBindValue(annotation.id ? QVariant(annotation.id) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(annotation.pilotId ? QVariant(annotation.pilotId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(annotation.date.toString(Qt::ISODate));
    q.addBindValue(annotation.kind);
    q.addBindValue(annotation.label.trimmed());
    q.addBindValue(annotation.details.isNull() ? u""_s : annotation.details);
    if (!q.exec())
        return Result<qint64>::failure(
            failed(QCoreApplication::translate("Uptake::TargetRepository", "Cannot save the annotation"), q));
    return q.next() ? q.value(0).toLongLong() : annotation.id;
}

Status TargetRepository::removeAnnotation(qint64 id, qint64 readVersion)
{
    return RowVersions::remove(m_db, annotationRow(id, QString()), readVersion, [&] {
        QSqlQuery q(m_db);
        q.prepare(QString::fromUtf8(DeleteAnnotation));
        q.addBindValue(id);
        if (!q.exec())
            return Status::failure(
                failed(QCoreApplication::translate("Uptake::TargetRepository", "Cannot delete the annotation"), q));
        return Status();
    });
}

} // namespace Uptake
