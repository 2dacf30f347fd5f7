#pragma once

// Plain records of imported data, as they travel from a reader (CSV import, demo generator) to
// storage. Learners are referred to by their external id (the LMS or HR id).

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Uptake {

/// What a learning event means for the metrics. Stored as its integer value: never renumber.
enum class EventKind : int {
    Other = 0,
    LoggedIn = 1,
    FailedLogin = 2,
    Viewed = 3,
    Started = 4,
    Completed = 5,
    Submitted = 6,
    Scored = 7,
    LoggedOut = 8,
};

struct LearnerRecord
{
    QString externalId;
    QString name;
    QString email;
    QString department;
    QString team;
    QString country;
    QString timezone; ///< IANA id, e.g. "Europe/Berlin"
    QString manager;
    QString role;
    QDate hireDate;
    QString attributes; ///< any further roster columns, as a JSON object
    friend bool operator==(const LearnerRecord &, const LearnerRecord &) = default;
};

struct CourseRecord
{
    QString name;
    double durationMinutes = 0; ///< nominal length of the whole course
    QStringList contents;       ///< content items in their order
    friend bool operator==(const CourseRecord &, const CourseRecord &) = default;
};

struct EventRecord
{
    QString learnerId;
    QDateTime timestamp; ///< an absolute instant (UTC or with offset)
    QString course;      ///< empty for events outside a course (logins)
    QString content;     ///< empty when the event concerns the course as a whole
    EventKind kind = EventKind::Other;
    QString verb; ///< the LMS's own word for the event, kept for reference
    std::optional<double> durationMinutes;
    std::optional<double> score;
    friend bool operator==(const EventRecord &, const EventRecord &) = default;
};

struct PerformanceRecord
{
    QString learnerId;
    QDate period; ///< the day (or first day of the week) the value belongs to
    QString kpi;
    double value = 0;
    friend bool operator==(const PerformanceRecord &, const PerformanceRecord &) = default;
};

} // namespace Uptake
