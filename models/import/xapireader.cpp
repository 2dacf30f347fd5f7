#include "xapireader.h"

#include "valueparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Uptake::Import {

namespace {

/// The first value of a language map ({"en": "Test Page"}), preferring English.
QString languageMap(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    if (o.contains(u"en"_s))
        return o.value(u"en"_s).toString();
    if (o.contains(u"en-US"_s))
        return o.value(u"en-US"_s).toString();
    return o.isEmpty() ? QString() : o.begin().value().toString();
}

/// "http://adlnet.gov/expapi/verbs/completed/" → "completed"
QString lastSegment(QString iri)
{
    while (iri.endsWith(u'/'))
        iri.chop(1);
    const qsizetype slash = iri.lastIndexOf(u'/');
    return slash >= 0 ? iri.mid(slash + 1) : iri;
}

EventKind kindOfVerb(const QString &verb)
{
    const QString v = verb.toLower();
    if (v == u"loggedin"_s || v == u"logged-in"_s)
        return EventKind::LoggedIn;
    if (v == u"loggedout"_s || v == u"logged-out"_s || v == u"abandoned"_s || v == u"exited"_s)
        return EventKind::LoggedOut;
    if (v == u"failed-login"_s || v == u"loginfailed"_s)
        return EventKind::FailedLogin;
    if (v == u"completed"_s || v == u"passed"_s || v == u"mastered"_s)
        return EventKind::Completed;
    if (v == u"start"_s || v == u"started"_s || v == u"launched"_s || v == u"initialized"_s || v == u"attempted"_s)
        return EventKind::Started;
    if (v == u"viewed"_s || v == u"experienced"_s || v == u"accessed"_s)
        return EventKind::Viewed;
    if (v == u"submitted"_s)
        return EventKind::Submitted;
    if (v == u"evaluated"_s || v == u"scored"_s || v == u"graded"_s)
        return EventKind::Scored;
    return EventKind::Other;
}

QString courseOf(const QJsonObject &statement)
{
    const QJsonObject object = statement.value(u"object"_s).toObject();
    const QJsonObject definition = object.value(u"definition"_s).toObject();
    if (definition.value(u"type"_s).toString().endsWith(u"/course"_s))
        return languageMap(definition.value(u"name"_s));
    const QJsonObject activities = statement.value(u"context"_s).toObject().value(u"contextActivities"_s).toObject();
    for (const QString &key : {u"grouping"_s, u"parent"_s}) {
        for (const QJsonValue &a : activities.value(key).toArray()) {
            const QJsonObject def = a.toObject().value(u"definition"_s).toObject();
            if (def.value(u"type"_s).toString().endsWith(u"/course"_s))
                return languageMap(def.value(u"name"_s));
        }
    }
    return {};
}

XapiItem convert(const QJsonObject &s, qint64 line, const QStringList &completionVerbs)
{
    XapiItem item;
    item.line = line;
    item.raw = QString::fromUtf8(QJsonDocument(s).toJson(QJsonDocument::Compact));
    const QJsonObject actor = s.value(u"actor"_s).toObject();
    const QJsonObject account = actor.value(u"account"_s).toObject();
    QString mbox = actor.value(u"mbox"_s).toString();
    if (mbox.startsWith(u"mailto:"_s))
        mbox = mbox.mid(7);
    item.learnerEmail = mbox;
    item.learnerName = actor.value(u"name"_s).toString();
    QString learner = account.value(u"name"_s).toString();
    if (learner.isEmpty())
        learner = mbox;
    if (learner.isEmpty())
        learner = item.learnerName;
    if (learner.isEmpty()) {
        item.error =
            QCoreApplication::translate("Uptake::Import", "the statement's actor has no account, mbox or name");
        return item;
    }
    const QJsonObject verb = s.value(u"verb"_s).toObject();
    const QString verbId = verb.value(u"id"_s).toString();
    if (verbId.isEmpty()) {
        item.error = QCoreApplication::translate("Uptake::Import", "the statement has no verb id");
        return item;
    }
    QString when = s.value(u"timestamp"_s).toString();
    if (when.isEmpty())
        when = s.value(u"stored"_s).toString();
    if (when.isEmpty()) {
        item.error =
            QCoreApplication::translate("Uptake::Import", "the statement has neither a timestamp nor a stored time");
        return item;
    }
    QDateTime timestamp = QDateTime::fromString(when, Qt::ISODateWithMs);
    if (!timestamp.isValid())
        timestamp = QDateTime::fromString(when, Qt::ISODate);
    if (!timestamp.isValid()) {
        item.error = QCoreApplication::translate("Uptake::Import", "“%1” is not an ISO 8601 time stamp").arg(when);
        return item;
    }
    if (timestamp.timeSpec() == Qt::LocalTime)
        timestamp.setTimeZone(QTimeZone::utc()); // xAPI times without an offset are UTC
    const QString verbName = lastSegment(verbId);
    EventRecord &e = item.event;
    e.learnerId = learner;
    e.timestamp = timestamp.toUTC();
    e.verb = verbName;
    e.kind = kindOfVerb(verbName);
    for (const QString &c : completionVerbs)
        if (c.compare(verbName, Qt::CaseInsensitive) == 0)
            e.kind = EventKind::Completed;
    const QJsonObject object = s.value(u"object"_s).toObject();
    const QString objectName = languageMap(object.value(u"definition"_s).toObject().value(u"name"_s));
    e.course = courseOf(s);
    if (e.course != objectName)
        e.content = objectName.isEmpty() ? object.value(u"id"_s).toString() : objectName;
    if (e.kind == EventKind::LoggedIn || e.kind == EventKind::LoggedOut) {
        e.course.clear(); // the platform itself, not learning content
        e.content.clear();
    }
    const QJsonObject result = s.value(u"result"_s).toObject();
    if (result.value(u"completion"_s).toBool() && e.kind != EventKind::Scored)
        e.kind = EventKind::Completed;
    // A result that cannot be what it says is refused with the statement, not imported without it: a score or a
    // duration dropped in silence would change the figures with nobody told.
    auto refuse = [&item](const QString &field, const QString &value, const QString &message) {
        item.error = message;
        item.errorField = field;
        item.errorValue = value;
        item.event = EventRecord{};
    };
    const QJsonObject score = result.value(u"score"_s).toObject();
    if (score.contains(u"scaled"_s)) {
        const QJsonValue scaled = score.value(u"scaled"_s);
        if (!scaled.isDouble() || scaled.toDouble() < -1 || scaled.toDouble() > 1) {
            refuse(u"result.score.scaled"_s, scaled.isDouble() ? QString::number(scaled.toDouble()) : scaled.toString(),
                   QCoreApplication::translate("Uptake::Import", "result.score.scaled must be a number from -1 to 1"));
            return item;
        }
        e.score = scaled.toDouble() * 100.0;
    } else if (score.contains(u"raw"_s)) {
        const QJsonValue raw = score.value(u"raw"_s);
        if (!raw.isDouble()) {
            refuse(u"result.score.raw"_s, raw.toString(),
                   QCoreApplication::translate("Uptake::Import", "result.score.raw must be a number"));
            return item;
        }
        e.score = raw.toDouble();
    }
    const QJsonValue duration = result.value(u"duration"_s);
    if (!duration.isUndefined() && !duration.isNull()) {
        const QString text = duration.toString();
        double minutes = 0;
        if (!parseIsoDuration(text, &minutes)) {
            refuse(u"result.duration"_s, text,
                   QCoreApplication::translate("Uptake::Import",
                                               "result.duration “%1” is not an ISO 8601 duration such as PT25M or "
                                               "PT1H30M")
                       .arg(text.left(60)));
            return item;
        }
        if (minutes > MaxEventDurationMinutes) {
            refuse(u"result.duration"_s, text,
                   QCoreApplication::translate("Uptake::Import",
                                               "result.duration %1 is longer than a day: expected the time spent on "
                                               "this one activity")
                       .arg(text));
            return item;
        }
        e.durationMinutes = minutes;
    }
    return item;
}

} // namespace

bool parseIsoDuration(const QString &text, double *minutes)
{
    static const QRegularExpression re(
        uR"(^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$)"_s);
    if (text.size() < 3)
        return false;
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    *minutes = m.captured(1).toDouble() * 1440 + m.captured(2).toDouble() * 60 + m.captured(3).toDouble() +
               m.captured(4).toDouble() / 60.0;
    return true;
}

bool looksLikeXapi(const QByteArray &head)
{
    const QByteArray t = head.trimmed();
    if (!t.startsWith('{') && !t.startsWith('['))
        return false;
    return t.contains("\"actor\"") && t.contains("\"verb\"");
}

Result<QList<XapiItem>> readXapi(const QByteArray &bytes, const QStringList &completionVerbs)
{
    using R = Result<QList<XapiItem>>;
    QList<XapiItem> items;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::NoError) {
        if (doc.isObject()) {
            items << convert(doc.object(), 1, completionVerbs);
        } else {
            const QJsonArray array = doc.array();
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (!array.at(i).isObject())
                    return R::failure(QCoreApplication::translate("Uptake::Import",
                                                                  "element %1 of the array is not an xAPI statement")
                                          .arg(i + 1));
                items << convert(array.at(i).toObject(), 1, completionVerbs);
            }
        }
        return items;
    }
    // JSON lines: one statement per line.
    qint64 line = 0;
    qsizetype start = 0;
    bool anyLine = false;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        ++line;
        const QByteArray text = bytes.mid(start, end - start).trimmed();
        start = end + 1;
        if (text.isEmpty())
            continue;
        QJsonParseError lineError;
        const QJsonDocument d = QJsonDocument::fromJson(text, &lineError);
        if (lineError.error != QJsonParseError::NoError || !d.isObject()) {
            if (!anyLine) // not JSON lines either: report the whole-document error
                return R::failure(QCoreApplication::translate("Uptake::Import", "not valid JSON at character %1: %2")
                                      .arg(error.offset)
                                      .arg(error.errorString()));
            return R::failure(
                QCoreApplication::translate("Uptake::Import", "line %1 is not a JSON statement (%2 at column %3)")
                    .arg(line)
                    .arg(lineError.errorString())
                    .arg(lineError.offset + 1));
        }
        anyLine = true;
        items << convert(d.object(), line, completionVerbs);
    }
    if (!anyLine)
        return R::failure(QCoreApplication::translate("Uptake::Import", "the file holds no xAPI statements"));
    return items;
}

} // namespace Uptake::Import
