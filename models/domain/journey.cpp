#include "journey.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <utility>

using namespace Qt::StringLiterals;

namespace Uptake {

namespace {

template<typename E, size_t N>
QString keyOf(const std::pair<E, const char16_t *> (&table)[N], E value)
{
    for (const auto &[e, key] : table)
        if (e == value)
            return QString::fromUtf16(key);
    return QString::fromUtf16(table[0].second);
}

template<typename E, size_t N>
bool fromKey(const std::pair<E, const char16_t *> (&table)[N], const QString &key, E *value)
{
    for (const auto &[e, k] : table) {
        if (key == QStringView(k)) {
            *value = e;
            return true;
        }
    }
    return false;
}

constexpr std::pair<Phase, const char16_t *> PhaseKeys[] = {
    {Phase::Diagnose, u"diagnose"}, {Phase::Design, u"design"}, {Phase::Pilot, u"pilot"}, {Phase::Govern, u"govern"}};
constexpr std::pair<Pillar, const char16_t *> PillarKeys[] = {{Pillar::ContentRelevance, u"content_relevance"},
                                                              {Pillar::HabitFormation, u"habit_formation"},
                                                              {Pillar::Recognition, u"recognition"}};
constexpr std::pair<FeedbackSource, const char16_t *> SourceKeys[] = {{FeedbackSource::Survey, u"survey"},
                                                                      {FeedbackSource::Interview, u"interview"},
                                                                      {FeedbackSource::Chat, u"chat"},
                                                                      {FeedbackSource::HelpDesk, u"help_desk"},
                                                                      {FeedbackSource::Analytics, u"analytics"}};
constexpr std::pair<Sentiment, const char16_t *> SentimentKeys[] = {
    {Sentiment::Positive, u"positive"}, {Sentiment::Neutral, u"neutral"}, {Sentiment::Negative, u"negative"}};
constexpr std::pair<AdaptationKpi, const char16_t *> KpiKeys[] = {
    {AdaptationKpi::CourseCompletion, u"course_completion"},
    {AdaptationKpi::ContentCompletion, u"content_completion"},
    {AdaptationKpi::ActiveRate, u"active_rate"}};
constexpr std::pair<BoardFunction, const char16_t *> FunctionKeys[] = {{BoardFunction::HR, u"hr"},
                                                                       {BoardFunction::Managers, u"managers"},
                                                                       {BoardFunction::LD, u"ld"},
                                                                       {BoardFunction::IT, u"it"},
                                                                       {BoardFunction::BusinessUnit, u"business_unit"}};
constexpr std::pair<DecisionStatus, const char16_t *> DecisionKeys[] = {{DecisionStatus::Proposed, u"proposed"},
                                                                        {DecisionStatus::Approved, u"approved"},
                                                                        {DecisionStatus::Rejected, u"rejected"},
                                                                        {DecisionStatus::Implemented, u"implemented"}};
constexpr std::pair<ReleaseCadence, const char16_t *> CadenceKeys[] = {{ReleaseCadence::Monthly, u"monthly"},
                                                                       {ReleaseCadence::Quarterly, u"quarterly"}};
constexpr std::pair<RetirementRuleKind, const char16_t *> RuleKeys[] = {
    {RetirementRuleKind::NotAccessed, u"not_accessed"},
    {RetirementRuleKind::CompletionBelow, u"completion_below"},
    {RetirementRuleKind::OlderThan, u"older_than"},
    {RetirementRuleKind::Superseded, u"superseded"}};
constexpr std::pair<RetirementVerdict, const char16_t *> VerdictKeys[] = {{RetirementVerdict::Pending, u"pending"},
                                                                          {RetirementVerdict::Keep, u"keep"},
                                                                          {RetirementVerdict::Revise, u"revise"},
                                                                          {RetirementVerdict::Retire, u"retire"}};
constexpr std::pair<ActionStatus, const char16_t *> ActionKeys[] = {{ActionStatus::Open, u"open"},
                                                                    {ActionStatus::InProgress, u"in_progress"},
                                                                    {ActionStatus::Done, u"done"},
                                                                    {ActionStatus::Dropped, u"dropped"}};

constexpr const char16_t *BarrierCategories[] = {u"login_failures", u"unclear_paths",      u"job_mismatch",
                                                 u"lack_of_time",   u"unclear_incentives", u"relevance",
                                                 u"poor_ux",        u"no_mobile",          u"time_zones"};

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

std::optional<double> numberOrNull(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

} // namespace

// --- BaselineFigures --------------------------------------------------------------------------------------------

QString BaselineFigures::toJson() const
{
    QJsonArray drops;
    for (const DropOffPoint &d : topDropOffs)
        drops.append(QJsonObject{{u"course"_s, d.course}, {u"content"_s, d.content}, {u"learners"_s, d.learners}});
    QJsonArray heat;
    for (const HeatmapRow &h : heatmap) {
        QJsonArray weeks;
        for (qint64 n : h.learnersPerWeek)
            weeks.append(n);
        heat.append(QJsonObject{{u"course"_s, h.course}, {u"learners_per_week"_s, weeks}});
    }
    const QJsonObject o{
        {u"as_of"_s, asOf.toString(Qt::ISODate)},
        {u"window_days"_s, windowDays},
        {u"cohort_size"_s, cohortSize},
        {u"weekly_active"_s, weeklyActive},
        {u"active_rate"_s, optionalNumber(activeRate)},
        {u"learners_with_events"_s, learnersWithEvents},
        {u"learners_with_completions"_s, learnersWithCompletions},
        {u"completion_rate"_s, optionalNumber(completionRate)},
        {u"median_days_to_first_completion"_s, optionalNumber(medianDaysToFirstCompletion)},
        {u"failed_logins"_s, failedLogins},
        {u"learners_with_failed_logins"_s, learnersWithFailedLogins},
        {u"top_drop_offs"_s, drops},
        {u"heatmap"_s, heat},
    };
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool BaselineFigures::fromJson(const QString &json, BaselineFigures *figures)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    BaselineFigures f;
    f.asOf = QDate::fromString(o.value(u"as_of"_s).toString(), Qt::ISODate);
    f.windowDays = o.value(u"window_days"_s).toInt(28);
    f.cohortSize = o.value(u"cohort_size"_s).toInteger();
    f.weeklyActive = o.value(u"weekly_active"_s).toInteger();
    f.activeRate = numberOrNull(o.value(u"active_rate"_s));
    f.learnersWithEvents = o.value(u"learners_with_events"_s).toInteger();
    f.learnersWithCompletions = o.value(u"learners_with_completions"_s).toInteger();
    f.completionRate = numberOrNull(o.value(u"completion_rate"_s));
    f.medianDaysToFirstCompletion = numberOrNull(o.value(u"median_days_to_first_completion"_s));
    f.failedLogins = o.value(u"failed_logins"_s).toInteger();
    f.learnersWithFailedLogins = o.value(u"learners_with_failed_logins"_s).toInteger();
    for (const QJsonValue &v : o.value(u"top_drop_offs"_s).toArray()) {
        const QJsonObject d = v.toObject();
        f.topDropOffs.append(
            {d.value(u"course"_s).toString(), d.value(u"content"_s).toString(), d.value(u"learners"_s).toInteger()});
    }
    for (const QJsonValue &v : o.value(u"heatmap"_s).toArray()) {
        const QJsonObject h = v.toObject();
        HeatmapRow row{h.value(u"course"_s).toString(), {}};
        for (const QJsonValue &n : h.value(u"learners_per_week"_s).toArray())
            row.learnersPerWeek.append(n.toInteger());
        f.heatmap.append(row);
    }
    *figures = f;
    return true;
}

BaselineFigures BaselineSnapshot::figures() const
{
    BaselineFigures f;
    BaselineFigures::fromJson(figuresJson, &f);
    return f;
}

// --- keys and labels --------------------------------------------------------------------------------------------

QString phaseKey(Phase phase)
{
    return keyOf(PhaseKeys, phase);
}
bool phaseFromKey(const QString &key, Phase *phase)
{
    return fromKey(PhaseKeys, key, phase);
}
QString phaseLabel(Phase phase)
{
    switch (phase) {
    case Phase::Diagnose:
        return QCoreApplication::translate("Uptake::Journey", "Diagnose");
    case Phase::Design:
        return QCoreApplication::translate("Uptake::Journey", "Design");
    case Phase::Pilot:
        return QCoreApplication::translate("Uptake::Journey", "Pilot");
    case Phase::Govern:
        return QCoreApplication::translate("Uptake::Journey", "Govern");
    }
    return {};
}

QStringList builtInBarrierCategories()
{
    QStringList keys;
    for (const char16_t *k : BarrierCategories)
        keys << QString::fromUtf16(k);
    return keys;
}

bool isBuiltInBarrierCategory(const QString &key)
{
    for (const char16_t *k : BarrierCategories)
        if (key == QStringView(k))
            return true;
    return false;
}

QString barrierCategoryLabel(const QString &category)
{
    static const char *const labels[] = {
        QT_TRANSLATE_NOOP("Uptake::Journey", "Login failures"),
        QT_TRANSLATE_NOOP("Uptake::Journey", "Unclear learning paths"),
        QT_TRANSLATE_NOOP("Uptake::Journey", "Content does not match job tasks"),
        QT_TRANSLATE_NOOP("Uptake::Journey", "Lack of time"),
        QT_TRANSLATE_NOOP("Uptake::Journey", "Unclear incentives"),
        QT_TRANSLATE_NOOP("Uptake::Journey", "Relevance concerns"),
        QT_TRANSLATE_NOOP("Uptake::Journey", "Poor user experience"),
        QT_TRANSLATE_NOOP("Uptake::Journey", "No mobile access"),
        QT_TRANSLATE_NOOP("Uptake::Journey", "Time-zone clashes"),
    };
    static_assert(std::size(labels) == std::size(BarrierCategories));
    for (size_t i = 0; i < std::size(BarrierCategories); ++i)
        if (category == QStringView(BarrierCategories[i]))
            return QCoreApplication::translate("Uptake::Journey", labels[i]);
    return category;
}

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Low:
        return QCoreApplication::translate("Uptake::Journey", "Low");
    case Severity::Medium:
        return QCoreApplication::translate("Uptake::Journey", "Medium");
    case Severity::High:
        return QCoreApplication::translate("Uptake::Journey", "High");
    case Severity::Critical:
        return QCoreApplication::translate("Uptake::Journey", "Critical");
    }
    return {};
}

QString pillarKey(Pillar pillar)
{
    return keyOf(PillarKeys, pillar);
}
bool pillarFromKey(const QString &key, Pillar *pillar)
{
    return fromKey(PillarKeys, key, pillar);
}
QString pillarLabel(Pillar pillar)
{
    switch (pillar) {
    case Pillar::ContentRelevance:
        return QCoreApplication::translate("Uptake::Journey", "Content relevance");
    case Pillar::HabitFormation:
        return QCoreApplication::translate("Uptake::Journey", "Habit formation");
    case Pillar::Recognition:
        return QCoreApplication::translate("Uptake::Journey", "Recognition");
    }
    return {};
}

QString feedbackSourceKey(FeedbackSource source)
{
    return keyOf(SourceKeys, source);
}
bool feedbackSourceFromKey(const QString &key, FeedbackSource *source)
{
    return fromKey(SourceKeys, key, source);
}
QString feedbackSourceLabel(FeedbackSource source)
{
    switch (source) {
    case FeedbackSource::Survey:
        return QCoreApplication::translate("Uptake::Journey", "Survey");
    case FeedbackSource::Interview:
        return QCoreApplication::translate("Uptake::Journey", "Interview");
    case FeedbackSource::Chat:
        return QCoreApplication::translate("Uptake::Journey", "Chat");
    case FeedbackSource::HelpDesk:
        return QCoreApplication::translate("Uptake::Journey", "Help desk");
    case FeedbackSource::Analytics:
        return QCoreApplication::translate("Uptake::Journey", "Analytics signal");
    }
    return {};
}

QString sentimentKey(Sentiment sentiment)
{
    return keyOf(SentimentKeys, sentiment);
}
bool sentimentFromKey(const QString &key, Sentiment *sentiment)
{
    return fromKey(SentimentKeys, key, sentiment);
}
QString sentimentLabel(Sentiment sentiment)
{
    switch (sentiment) {
    case Sentiment::Positive:
        return QCoreApplication::translate("Uptake::Journey", "Positive");
    case Sentiment::Neutral:
        return QCoreApplication::translate("Uptake::Journey", "Neutral");
    case Sentiment::Negative:
        return QCoreApplication::translate("Uptake::Journey", "Negative");
    }
    return {};
}

QString adaptationKpiKey(AdaptationKpi kpi)
{
    return keyOf(KpiKeys, kpi);
}
bool adaptationKpiFromKey(const QString &key, AdaptationKpi *kpi)
{
    return fromKey(KpiKeys, key, kpi);
}
QString adaptationKpiLabel(AdaptationKpi kpi)
{
    switch (kpi) {
    case AdaptationKpi::CourseCompletion:
        return QCoreApplication::translate("Uptake::Journey", "completion");
    case AdaptationKpi::ContentCompletion:
        return QCoreApplication::translate("Uptake::Journey", "completion of the module");
    case AdaptationKpi::ActiveRate:
        return QCoreApplication::translate("Uptake::Journey", "active rate");
    }
    return {};
}

QString boardFunctionKey(BoardFunction function)
{
    return keyOf(FunctionKeys, function);
}
bool boardFunctionFromKey(const QString &key, BoardFunction *function)
{
    return fromKey(FunctionKeys, key, function);
}
QString boardFunctionLabel(BoardFunction function)
{
    switch (function) {
    case BoardFunction::HR:
        return QCoreApplication::translate("Uptake::Journey", "HR");
    case BoardFunction::Managers:
        return QCoreApplication::translate("Uptake::Journey", "Managers");
    case BoardFunction::LD:
        return QCoreApplication::translate("Uptake::Journey", "L&D");
    case BoardFunction::IT:
        return QCoreApplication::translate("Uptake::Journey", "IT");
    case BoardFunction::BusinessUnit:
        return QCoreApplication::translate("Uptake::Journey", "Business unit");
    }
    return {};
}

QString decisionStatusKey(DecisionStatus status)
{
    return keyOf(DecisionKeys, status);
}
bool decisionStatusFromKey(const QString &key, DecisionStatus *status)
{
    return fromKey(DecisionKeys, key, status);
}
QString decisionStatusLabel(DecisionStatus status)
{
    switch (status) {
    case DecisionStatus::Proposed:
        return QCoreApplication::translate("Uptake::Journey", "Proposed");
    case DecisionStatus::Approved:
        return QCoreApplication::translate("Uptake::Journey", "Approved");
    case DecisionStatus::Rejected:
        return QCoreApplication::translate("Uptake::Journey", "Rejected");
    case DecisionStatus::Implemented:
        return QCoreApplication::translate("Uptake::Journey", "Implemented");
    }
    return {};
}

QString releaseCadenceKey(ReleaseCadence cadence)
{
    return keyOf(CadenceKeys, cadence);
}
bool releaseCadenceFromKey(const QString &key, ReleaseCadence *cadence)
{
    return fromKey(CadenceKeys, key, cadence);
}
QString releaseCadenceLabel(ReleaseCadence cadence)
{
    return cadence == ReleaseCadence::Monthly ? QCoreApplication::translate("Uptake::Journey", "Monthly")
                                              : QCoreApplication::translate("Uptake::Journey", "Quarterly");
}

QString retirementRuleKey(RetirementRuleKind kind)
{
    return keyOf(RuleKeys, kind);
}
bool retirementRuleFromKey(const QString &key, RetirementRuleKind *kind)
{
    return fromKey(RuleKeys, key, kind);
}
QString retirementRuleLabel(const RetirementRule &rule)
{
    const QLocale locale;
    switch (rule.kind) {
    case RetirementRuleKind::NotAccessed:
        return QCoreApplication::translate("Uptake::Journey", "Not accessed in %1 days")
            .arg(locale.toString(qRound(rule.threshold)));
    case RetirementRuleKind::CompletionBelow:
        return QCoreApplication::translate("Uptake::Journey", "Completion below %1")
            .arg(locale.toString(rule.threshold * 100, 'f', 0) + locale.percent());
    case RetirementRuleKind::OlderThan:
        return QCoreApplication::translate("Uptake::Journey", "Older than %1 months")
            .arg(locale.toString(qRound(rule.threshold)));
    case RetirementRuleKind::Superseded:
        return QCoreApplication::translate("Uptake::Journey", "Superseded by a newer course");
    }
    return {};
}

QString retirementVerdictKey(RetirementVerdict verdict)
{
    return keyOf(VerdictKeys, verdict);
}
bool retirementVerdictFromKey(const QString &key, RetirementVerdict *verdict)
{
    return fromKey(VerdictKeys, key, verdict);
}
QString retirementVerdictLabel(RetirementVerdict verdict)
{
    switch (verdict) {
    case RetirementVerdict::Pending:
        return QCoreApplication::translate("Uptake::Journey", "Awaiting decision");
    case RetirementVerdict::Keep:
        return QCoreApplication::translate("Uptake::Journey", "Keep");
    case RetirementVerdict::Revise:
        return QCoreApplication::translate("Uptake::Journey", "Revise");
    case RetirementVerdict::Retire:
        return QCoreApplication::translate("Uptake::Journey", "Retire");
    }
    return {};
}

QString actionStatusKey(ActionStatus status)
{
    return keyOf(ActionKeys, status);
}
bool actionStatusFromKey(const QString &key, ActionStatus *status)
{
    return fromKey(ActionKeys, key, status);
}
QString actionStatusLabel(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open:
        return QCoreApplication::translate("Uptake::Journey", "Open");
    case ActionStatus::InProgress:
        return QCoreApplication::translate("Uptake::Journey", "In progress");
    case ActionStatus::Done:
        return QCoreApplication::translate("Uptake::Journey", "Done");
    case ActionStatus::Dropped:
        return QCoreApplication::translate("Uptake::Journey", "Dropped");
    }
    return {};
}

QString evidenceToJson(const QList<EvidenceLink> &links)
{
    QJsonArray a;
    for (const EvidenceLink &l : links)
        a.append(QJsonObject{{u"kind"_s, l.kind}, {u"ref"_s, l.ref}, {u"label"_s, l.label}});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

bool evidenceFromJson(const QString &json, QList<EvidenceLink> *links)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return false;
    links->clear();
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        links->append({o.value(u"kind"_s).toString(), o.value(u"ref"_s).toString(), o.value(u"label"_s).toString()});
    }
    return true;
}

} // namespace Uptake
