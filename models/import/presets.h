#pragma once

#include "importprofile.h"

#include <QList>

namespace Uptake::Import {

/// A known export format: how to recognise it from its header and the profile it starts from.
struct Preset
{
    QString name;        ///< stable key used by --preset, e.g. "moodle-log"
    QString title;       ///< shown to people
    QString description; ///< where the export comes from
    ImportProfile profile;
    /// Header names (lower case) that recognise the format; every group needs one match.
    QList<QStringList> signature;
    /// For files without a header: the number of columns and their names.
    QStringList headerlessColumns;
};

/// Every built-in preset, generic ones last.
const QList<Preset> &presets();
const Preset *findPreset(const QString &name);

/// What a recorded import's format was, for the import history: the preset's title, with "(mapping adjusted)"
/// when a field the preset maps was fed from other columns or a fixed value added; "Custom mapping" without a
/// preset; "Demo data" for the demo's own batches.
QString formatTitle(const ImportProfile &profile);

/// The best preset for a header (or for a headerless row of n columns), or nullptr.
/// kindHint restricts the choice when the user already said what the file holds.
const Preset *detectPreset(const QStringList &header, bool hasHeader, int columnCount,
                           const DataKind *kindHint = nullptr);

/// What a file in no known format most likely holds, from its header: performance values when it has a learner,
/// period, KPI and value; learning events when it has a learner and a time; a roster when it has a learner and
/// something about them (name, email, department…) but no time; otherwise events.
DataKind guessKind(const QStringList &header);

/// Fills a profile's mapping from a header by aliases of each canonical field; columns already
/// mapped are kept. Returns the fields that stay unmapped.
QStringList suggestMapping(ImportProfile &profile, const QStringList &header);

/// The course an event's course value names, as stored. With profile.courseIds "moodle" (the logstore table
/// holds ids, not names): 0 is no course (Moodle logs system- and user-level actions, such as logging in, with
/// course id 0), 1 is the site home (Moodle's SITEID: the front page is course 1), any other number n is
/// "Course n". The names are data, not interface text: they stay the same whatever the language Uptake runs in,
/// so a later import of an overlapping dump names the same courses and its events are recognised.
QString courseName(const QString &value, const ImportProfile &profile);

/// What an event value means; completion values come from the profile.
int classifyEvent(const QString &value, const ImportProfile &profile); ///< returns an EventKind value

} // namespace Uptake::Import
