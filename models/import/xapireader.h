#pragma once

#include "domain/records.h"
#include "domain/result.h"

#include <QByteArray>
#include <QList>

namespace Uptake::Import {

/// One xAPI statement turned into an event, or the reason it could not be.
struct XapiItem
{
    qint64 line = 0;     ///< where the statement starts in the file (1-based)
    EventRecord event;   ///< valid when error is empty
    QString learnerName; ///< actor.name, for matching and the roster
    QString learnerEmail;
    QString error;
    QString errorField; ///< the statement's property the error is about ("result.duration"), if one
    QString errorValue;
    QString raw; ///< the statement as compact JSON, for the rejected-rows list
};

/// Reads xAPI statements: one statement, an array of statements, or JSON lines (one per line).
/// The whole document must parse; a statement that lacks what an event needs (actor, verb, time) is
/// returned with an error rather than dropped. completionVerbs are verb names (last IRI segment)
/// that count as completion besides result.completion = true.
Result<QList<XapiItem>> readXapi(const QByteArray &bytes, const QStringList &completionVerbs);

/// Looks like xAPI: JSON whose first object has "actor" and "verb".
bool looksLikeXapi(const QByteArray &head);

/// Parses an ISO 8601 duration (PT1H2M3.5S, P1DT2H) into minutes; false when it is not one.
bool parseIsoDuration(const QString &text, double *minutes);

} // namespace Uptake::Import
