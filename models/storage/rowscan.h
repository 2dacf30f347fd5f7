#pragma once

// A forward-only cursor straight on the SQLite handle, for the few hot loops that read hundreds of thousands of
// aggregate rows (the metric engine's passes over learner_day and learner_course_day): QSqlQuery's per-value
// QVariant costs more than SQLite's own work there. Numbers only; use QSqlQuery for everything else.
// On a team workspace (PostgreSQL) it reads through a forward-only QSqlQuery: the network dominates there.

#include "domain/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

struct sqlite3_stmt;

namespace Uptake {

class RowScan
{
    Q_DISABLE_COPY_MOVE(RowScan)
public:
    /// Prepares sql (a named constant) on db's connection, on the thread that owns it.
    RowScan(const QSqlDatabase &db, const QString &sql);
    ~RowScan();

    /// Prepared without error; otherwise error() says why.
    bool isValid() const { return m_stmt != nullptr || m_query.has_value(); }
    QString error() const { return m_error; }

    /// Binds parameters 1, 2, … in order.
    void bind(const QList<qint64> &values);
    /// Steps to the next row; false at the end or on an error (then error() is set).
    bool next();

    qint64 integer(int column) const;
    double real(int column) const;
    bool isNull(int column) const;

private:
    sqlite3_stmt *m_stmt = nullptr;
    std::optional<QSqlQuery> m_query; ///< PostgreSQL
    bool m_executed = false;
    QString m_error;
};

} // namespace Uptake
