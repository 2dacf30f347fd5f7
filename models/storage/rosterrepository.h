#pragma once

#include "domain/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Uptake {

/// One value of a roster attribute and how many people have it.
struct AttributeValue
{
    QString value;
    qint64 people = 0;
    friend bool operator==(const AttributeValue &, const AttributeValue &) = default;
};

/// A roster attribute that can define a cohort ("department", "country", or an extra column such as
/// "Region" kept in learner.attributes), with its values, most frequent first.
struct CohortAttribute
{
    QString key;          ///< as used in cohort filters: "department", or the extra column's own name
    bool builtIn = false; ///< one of the roster's standard fields (then label() translates it)
    QList<AttributeValue> values;

    QString label() const;
    friend bool operator==(const CohortAttribute &, const CohortAttribute &) = default;
};

/// Reads what the roster offers for cohort filters. People counted are the roster's members, or every
/// learner seen when there is no roster yet.
class RosterRepository
{
public:
    explicit RosterRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    /// Attributes with at least one non-empty value, standard fields first, then extra columns by name.
    Result<QList<CohortAttribute>> cohortAttributes() const;

private:
    QSqlDatabase m_db;
};

} // namespace Uptake
