#include "importprofile.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Uptake::Import {

QString dataKindKey(DataKind kind)
{
    switch (kind) {
    case DataKind::Events:
        return u"events"_s;
    case DataKind::Roster:
        return u"roster"_s;
    case DataKind::Performance:
        return u"performance"_s;
    }
    return u"events"_s;
}

bool dataKindFromKey(const QString &key, DataKind *kind)
{
    for (auto k : {DataKind::Events, DataKind::Roster, DataKind::Performance}) {
        if (dataKindKey(k) == key) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QStringList canonicalFields(DataKind kind)
{
    switch (kind) {
    case DataKind::Events:
        return {u"learner"_s, u"timestamp"_s, u"course"_s, u"content"_s, u"event"_s, u"duration"_s, u"score"_s};
    case DataKind::Roster:
        return {u"learner"_s, u"name"_s,     u"email"_s,   u"department"_s, u"team"_s,
                u"country"_s, u"timezone"_s, u"manager"_s, u"role"_s,       u"hire_date"_s};
    case DataKind::Performance:
        return {u"learner"_s, u"period"_s, u"kpi"_s, u"value"_s};
    }
    return {};
}

QStringList requiredFields(DataKind kind)
{
    switch (kind) {
    case DataKind::Events:
        return {u"learner"_s, u"timestamp"_s, u"event"_s};
    case DataKind::Roster:
        return {u"learner"_s};
    case DataKind::Performance:
        return {u"learner"_s, u"period"_s, u"kpi"_s, u"value"_s};
    }
    return {};
}

QString fieldLabel(const QString &field)
{
    static const QMap<QString, const char *> labels{
        {u"learner"_s, QT_TRANSLATE_NOOP("Uptake::Import", "Learner")},
        {u"timestamp"_s, QT_TRANSLATE_NOOP("Uptake::Import", "Time")},
        {u"course"_s, QT_TRANSLATE_NOOP("Uptake::Import", "Course")},
        {u"content"_s, QT_TRANSLATE_NOOP("Uptake::Import", "Content item")},
        {u"event"_s, QT_TRANSLATE_NOOP("Uptake::Import", "Event")},
        {u"duration"_s, QT_TRANSLATE_NOOP("Uptake::Import", "Duration")},
        {u"score"_s, QT_TRANSLATE_NOOP("Uptake::Import", "Score")},
        {u"name"_s, QT_TRANSLATE_NOOP("Uptake::Import", "Name")},
        {u"email"_s, QT_TRANSLATE_NOOP("Uptake::Import", "Email")},
        {u"department"_s, QT_TRANSLATE_NOOP("Uptake::Import", "Department")},
        {u"team"_s, QT_TRANSLATE_NOOP("Uptake::Import", "Team")},
        {u"country"_s, QT_TRANSLATE_NOOP("Uptake::Import", "Country")},
        {u"timezone"_s, QT_TRANSLATE_NOOP("Uptake::Import", "Time zone")},
        {u"manager"_s, QT_TRANSLATE_NOOP("Uptake::Import", "Manager")},
        {u"role"_s, QT_TRANSLATE_NOOP("Uptake::Import", "Role")},
        {u"hire_date"_s, QT_TRANSLATE_NOOP("Uptake::Import", "Hire date")},
        {u"period"_s, QT_TRANSLATE_NOOP("Uptake::Import", "Period")},
        {u"kpi"_s, QT_TRANSLATE_NOOP("Uptake::Import", "KPI")},
        {u"value"_s, QT_TRANSLATE_NOOP("Uptake::Import", "Value")},
    };
    const char *label = labels.value(field);
    return label ? QCoreApplication::translate("Uptake::Import", label) : field;
}

QString mappingSummary(const ImportProfile &profile)
{
    QStringList parts;
    QStringList fields = canonicalFields(profile.kind);
    // Fields outside the canonical list (none today) still show, after the others.
    for (const QString &field : profile.mapping.keys() + profile.constants.keys())
        if (!fields.contains(field))
            fields << field;
    for (const QString &field : std::as_const(fields)) {
        if (const QStringList columns = profile.mapping.value(field); !columns.isEmpty())
            parts << QCoreApplication::translate("Uptake::Import", "%1 ← %2")
                         .arg(fieldLabel(field), columns.join(QCoreApplication::translate("Uptake::Import", " + ")));
        else if (profile.constants.contains(field))
            parts << QCoreApplication::translate("Uptake::Import", "%1 = “%2”")
                         .arg(fieldLabel(field), profile.constants.value(field));
    }
    return parts.join(QCoreApplication::translate("Uptake::Import", " · "));
}

namespace {

QJsonObject mapToJson(const QMap<QString, QStringList> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return o;
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out << item.toString();
    return out;
}

} // namespace

QJsonObject ImportProfile::toJson() const
{
    QJsonObject consts;
    for (auto it = constants.cbegin(); it != constants.cend(); ++it)
        consts.insert(it.key(), it.value());
    QJsonObject o{
        {u"kind"_s, dataKindKey(kind)},
        {u"preset"_s, preset},
        {u"mapping"_s, mapToJson(mapping)},
        {u"constants"_s, consts},
        {u"completion_values"_s, QJsonArray::fromStringList(completionValues)},
        {u"ignored_events"_s, QJsonArray::fromStringList(ignoredEvents)},
        {u"encoding"_s, encoding},
        {u"delimiter"_s, delimiter},
        {u"has_header"_s, hasHeader},
        {u"date_format"_s, dateFormat},
        {u"day_order"_s, dayOrder},
        {u"timezone"_s, timeZone},
    };
    if (relativeBase.isValid())
        o.insert(u"relative_base"_s, relativeBase.toString(Qt::ISODate));
    if (!courseIds.isEmpty())
        o.insert(u"course_ids"_s, courseIds);
    return o;
}

ImportProfile ImportProfile::fromJson(const QJsonObject &o)
{
    ImportProfile p;
    dataKindFromKey(o.value(u"kind"_s).toString(), &p.kind);
    p.preset = o.value(u"preset"_s).toString();
    const QJsonObject mapping = o.value(u"mapping"_s).toObject();
    for (auto it = mapping.begin(); it != mapping.end(); ++it)
        p.mapping.insert(it.key(), stringList(it.value()));
    const QJsonObject consts = o.value(u"constants"_s).toObject();
    for (auto it = consts.begin(); it != consts.end(); ++it)
        p.constants.insert(it.key(), it.value().toString());
    p.completionValues = stringList(o.value(u"completion_values"_s));
    p.ignoredEvents = stringList(o.value(u"ignored_events"_s));
    p.encoding = o.value(u"encoding"_s).toString();
    p.delimiter = o.value(u"delimiter"_s).toString();
    p.hasHeader = o.value(u"has_header"_s).toInt(-1);
    p.dateFormat = o.value(u"date_format"_s).toString();
    p.dayOrder = o.value(u"day_order"_s).toString();
    p.timeZone = o.value(u"timezone"_s).toString();
    p.relativeBase = QDate::fromString(o.value(u"relative_base"_s).toString(), Qt::ISODate);
    p.courseIds = o.value(u"course_ids"_s).toString();
    return p;
}

} // namespace Uptake::Import
