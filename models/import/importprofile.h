#pragma once

#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Uptake::Import {

/// The three kinds of data Uptake imports.
enum class DataKind { Events, Roster, Performance };
QString dataKindKey(DataKind kind); ///< "events", "roster", "performance"
bool dataKindFromKey(const QString &key, DataKind *kind);

/// The canonical fields of a kind, in the order the wizard shows them, and which of them are required.
QStringList canonicalFields(DataKind kind);
QStringList requiredFields(DataKind kind);
/// A field's name as shown to people ("Learner", "Time stamp", …).
QString fieldLabel(const QString &field);

struct ImportProfile;
/// The mapping in one line, field by field in the wizard's order, for the import history: "Learner ← userid ·
/// Course ← code_module + code_presentation · Course = “Safety 101”". Empty when nothing is mapped.
QString mappingSummary(const ImportProfile &profile);

/// Everything an import needs to know about a file besides the file itself: how to read it and which
/// columns feed which canonical field. Presets fill one in; users adjust it and may save it by name.
struct ImportProfile
{
    DataKind kind = DataKind::Events;
    QString preset;                     ///< the preset it started from, e.g. "moodle-log"
    QMap<QString, QStringList> mapping; ///< canonical field → source columns (joined with a space)
    QMap<QString, QString> constants;   ///< canonical field → fixed value for every row
    QStringList completionValues;       ///< event values that mean "completed" (case-insensitive)
    QStringList ignoredEvents;          ///< event values that are not learner activity at all (skipped, counted)

    QString encoding;   ///< empty: detect
    QString delimiter;  ///< empty: detect
    int hasHeader = -1; ///< -1 detect, 0 no header row, 1 header row
    QString dateFormat; ///< empty: detect; otherwise a DateParser format name
    QString dayOrder;   ///< "", "dmy" or "mdy"
    QString timeZone;   ///< IANA id for timestamps without offset; empty: the workspace's
    QDate relativeBase; ///< day 0 for data whose dates are day offsets (OULAD)
    /// How the course column's values name courses: empty, as they come; "moodle", Moodle course ids (see
    /// courseName() in presets.h).
    QString courseIds;

    QJsonObject toJson() const;
    static ImportProfile fromJson(const QJsonObject &json);
    friend bool operator==(const ImportProfile &, const ImportProfile &) = default;
};

} // namespace Uptake::Import
