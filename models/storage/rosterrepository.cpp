#include "rosterrepository.h"

#include "dialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Uptake {

namespace {

// The people a cohort is drawn from: the roster, or everyone seen when nobody is in a roster yet.
constexpr auto People = R"sql(
(SELECT * FROM learner WHERE in_roster = 1 OR NOT EXISTS (SELECT 1 FROM learner WHERE in_roster = 1))
)sql";

constexpr auto StandardValues = R"sql(
SELECT value, count(*) AS people FROM (SELECT %1 AS value FROM %2 AS person) AS field WHERE value <> ''
GROUP BY value ORDER BY people DESC, value
)sql";

constexpr auto ExtraValues = R"sql(
SELECT a.key, a.value, count(*) AS people FROM %1 AS p, json_each(p.attributes) AS a
WHERE json_valid(p.attributes) AND a.type IN ('text', 'integer', 'real') AND trim(a.value) <> ''
GROUP BY a.key, a.value ORDER BY a.key, people DESC, a.value
)sql";

// The same on PostgreSQL, whose JSON functions differ (numbers and strings count, as above).
constexpr auto ExtraValuesPostgres = R"sql(
SELECT a.key, a.value, count(*) AS people FROM %1 AS p,
    LATERAL (SELECT e.key, CASE WHEN jsonb_typeof(e.value) IN ('string', 'number') THEN e.value #>> '{}' END AS value
             FROM jsonb_each(CASE WHEN json_valid(p.attributes) AND left(ltrim(p.attributes), 1) = '{'
                             THEN CAST(p.attributes AS jsonb) ELSE CAST('{}' AS jsonb) END) AS e) AS a
WHERE a.value IS NOT NULL AND trim(a.value) <> ''
GROUP BY a.key, a.value ORDER BY a.key, people DESC, a.value
)sql";

constexpr const char16_t *StandardFields[] = {u"department", u"team", u"country", u"timezone", u"manager", u"role"};

} // namespace

QString CohortAttribute::label() const
{
    if (!builtIn)
        return key;
    static const QHash<QString, const char *> labels = {
        {u"department"_s, QT_TRANSLATE_NOOP("Uptake::CohortAttribute", "Department")},
        {u"team"_s, QT_TRANSLATE_NOOP("Uptake::CohortAttribute", "Team")},
        {u"country"_s, QT_TRANSLATE_NOOP("Uptake::CohortAttribute", "Country")},
        {u"timezone"_s, QT_TRANSLATE_NOOP("Uptake::CohortAttribute", "Time zone")},
        {u"manager"_s, QT_TRANSLATE_NOOP("Uptake::CohortAttribute", "Manager")},
        {u"role"_s, QT_TRANSLATE_NOOP("Uptake::CohortAttribute", "Role")},
    };
    const char *text = labels.value(key);
    return text ? QCoreApplication::translate("Uptake::CohortAttribute", text) : key;
}

Result<QList<CohortAttribute>> RosterRepository::cohortAttributes() const
{
    using R = Result<QList<CohortAttribute>>;
    const QString people = QString::fromUtf8(People).trimmed();
    QList<CohortAttribute> out;
    QSqlQuery q(m_db);
    for (const char16_t *field : StandardFields) {
        // The column name comes from the fixed list above, never from input.
        if (!q.exec(QString::fromUtf8(StandardValues).arg(QString::fromUtf16(field), people)))
            return R::failure(Dialect::errorText(q.lastError()));
        CohortAttribute a;
        a.key = QString::fromUtf16(field);
        a.builtIn = true;
        while (q.next())
            a.values.append({q.value(0).toString(), q.value(1).toLongLong()});
        if (!a.values.isEmpty())
            out.append(a);
    }
    if (!q.exec(QString::fromUtf8(Dialect::isPostgres(m_db) ? ExtraValuesPostgres : ExtraValues).arg(people)))
        return R::failure(Dialect::errorText(q.lastError()));
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (out.isEmpty() || out.last().key != key || out.last().builtIn)
            out.append(CohortAttribute{key, false, {}});
        out.last().values.append({q.value(1).toString(), q.value(2).toLongLong()});
    }
    return out;
}

} // namespace Uptake
