#include "overviewpage.h"

#include "charts/chartframe.h"
#include "charts/charts.h"
#include "charts/gridview.h"
#include "dialogs/formdialog.h"
#include "editing/journeycommands.h"
#include "metrics/metrics.h"
#include "metrics/summary.h"
#include "storage/journeyrepository.h"
#include "storage/workspace.h"
#include "widgets/emptystate.h"
#include "widgets/kpitile.h"

#include "async.h"
#include <QtConcurrent>

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPromise>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedLayout>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Uptake {

namespace {

QString percent(double fraction, int decimals = 1)
{
    const QLocale l;
    return l.toString(fraction * 100.0, 'f', decimals) + l.percent();
}

/// A table that says why it is empty instead of showing a blank grid.
class PlaceholderTable final : public QTableWidget
{
public:
    using QTableWidget::QTableWidget;
    QString placeholder;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QTableWidget::paintEvent(event);
        if (rowCount() > 0 || placeholder.isEmpty())
            return;
        QPainter p(viewport());
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(viewport()->rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, placeholder);
    }
};

QTableWidget *makeTable(const QStringList &header, QWidget *parent, const QString &placeholder = {})
{
    auto *t = new PlaceholderTable(0, int(header.size()), parent);
    t->placeholder = placeholder;
    t->setHorizontalHeaderLabels(header);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setMinimumHeight(200);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells, int numericFrom)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        if (c >= numericFrom)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t->setItem(row, c, item);
    }
}

} // namespace

OverviewPage::OverviewPage(QWidget *parent)
    : Page(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_pilot(new QComboBox(this))
    , m_attribute(new QComboBox(this))
    , m_value(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_activity(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_learners(new KpiTile(tr("Learners in scope"), this))
    , m_weekly(new KpiTile(tr("Weekly active rate"), this))
    , m_completion(new KpiTile(tr("Completion rate"), this))
    , m_firstCompletion(new KpiTile(tr("Time to first completion"), this))
    , m_learningTime(new KpiTile(tr("Learning time"), this))
    , m_correlation(new KpiTile(tr("Learning ↔ performance"), this))
    , m_nextStep(new QLabel(this))
    , m_trend(new TrendChart)
    , m_byCourse(new BarChart)
    , m_dropOff(new BarChart)
    , m_histogram(new HistogramChart)
    , m_scatter(new ScatterChart)
    , m_heatmap(new GridView)
    , m_retention(new GridView)
    , m_underEngaged(nullptr)
    , m_stopped(nullptr)
    , m_empty(new EmptyState(tr("No usage data yet"),
                             tr("Import your LMS's usage export (learning events), your HR roster and a performance "
                                "measure to see weekly active users, completion and drop-off here."),
                             tr("Import…"), this))
    , m_stack(new QStackedLayout)
    , m_dashboard(new QWidget(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(32, 24, 32, 12);
    outer->setSpacing(8);
    m_title->setObjectName(u"pageTitle"_s);
    m_subtitle->setObjectName(u"pageLead"_s);
    m_subtitle->setWordWrap(true);
    outer->addWidget(m_title);
    outer->addWidget(m_subtitle);

    // Filters: they apply to every tile, chart and export below.
    auto *pilotAndCohort = new QHBoxLayout;
    pilotAndCohort->setSpacing(6);
    QHBoxLayout *filters = pilotAndCohort;
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    // Pilot names are long ("Customer Support: learning in the flow of work"): the combo grows to its longest
    // name (at least 18 characters wide) up to about 48 characters, past which the full name is in the tooltip.
    m_pilot->setObjectName(u"pilotFilter"_s);
    m_value->setObjectName(u"cohortValueFilter"_s);
    m_pilot->setMinimumContentsLength(18);
    m_pilot->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_pilot->setMaximumWidth(m_pilot->fontMetrics().averageCharWidth() * 48 + 40);
    m_attribute->setMinimumContentsLength(10);
    m_attribute->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_value->setMinimumContentsLength(14);
    m_value->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_activity->addItem(tr("minutes"), int(Metrics::Activity::Minutes));
    m_activity->addItem(tr("events"), int(Metrics::Activity::Events));
    filters->addWidget(label(tr("&Pilot:"), m_pilot));
    filters->addWidget(m_pilot);
    filters->addSpacing(8);
    filters->addWidget(label(tr("C&ohort:"), m_attribute));
    filters->addWidget(m_attribute);
    // The value only means something once an attribute is chosen: until then it is hidden with its label rather
    // than shown empty and disabled with nothing to say why.
    m_valueLabel = label(tr("Va&lue:"), m_value);
    filters->addWidget(m_valueLabel);
    filters->addWidget(m_value);
    m_valueLabel->hide();
    m_value->hide();
    filters->addSpacing(8);
    // The period and activity go on a second row: in German, French or Spanish one row is wider than the window
    // and squeezed the combo boxes and the "All data" button until their text was cut.
    filters->addStretch(1);
    auto *period = new QHBoxLayout;
    period->setSpacing(6);
    filters = period;
    filters->addWidget(label(tr("Fro&m:"), m_from));
    filters->addWidget(m_from);
    filters->addWidget(label(tr("&to:"), m_to));
    filters->addWidget(m_to);
    auto *allData = new QPushButton(tr("All data"), this);
    allData->setToolTip(tr("Show the whole period with data"));
    filters->addWidget(allData);
    filters->addSpacing(8);
    filters->addWidget(label(tr("&Activity:"), m_activity));
    filters->addWidget(m_activity);
    filters->addStretch(1);
    m_status->setObjectName(u"cardNote"_s);
    filters->addWidget(m_status);

    auto *tiles = new QGridLayout;
    tiles->setSpacing(10);
    const QList<KpiTile *> all{m_learners, m_weekly, m_completion, m_firstCompletion, m_learningTime, m_correlation};
    for (int i = 0; i < all.size(); ++i)
        tiles->addWidget(all.at(i), i / 3, i % 3);
    // "What's this" on each tile: the metric's definition, the same text as in Help and the report's appendix.
    const QList<Metrics::Definition> definitions = Metrics::definitions();
    const auto definition = [&definitions](const QString &key) {
        for (const Metrics::Definition &d : definitions)
            if (d.key == key)
                return u"<p><b>%1</b></p><p>%2</p>"_s.arg(d.title.toHtmlEscaped(), d.text.toHtmlEscaped());
        return QString();
    };
    m_learners->setWhatsThis(tr("The cohort: roster members matching the filters (and the pilot's own cohort), or, "
                                "without a roster, every learner seen in the data. It is the denominator of the "
                                "active rate."));
    m_weekly->setWhatsThis(definition(u"weekly_active_users"_s));
    m_completion->setWhatsThis(definition(u"completion"_s));
    m_firstCompletion->setWhatsThis(definition(u"time_to_first_completion_days"_s));
    m_learningTime->setWhatsThis(definition(u"learning_time"_s));
    m_correlation->setWhatsThis(definition(u"learning_performance"_s));

    auto frame = [this](const QString &title, const QString &subtitle, QWidget *content) {
        auto *f = new ChartFrame(title, subtitle, content, m_dashboard);
        m_frames << f;
        return f;
    };
    // The empty tables say what the report says in the same case (the same translations).
    m_underEngaged =
        makeTable({tr("Group"), tr("People"), tr("Active (last 2 weeks)")}, this,
                  QCoreApplication::translate("Uptake::Report", "No group of three or more people is markedly less "
                                                                "active than the cohort over the last two weeks."));
    m_stopped =
        makeTable({tr("Learner"), tr("Department"), tr("Active weeks before"), tr("Last active")}, this,
                  QCoreApplication::translate(
                      "Uptake::Report",
                      "Nobody who was active in at least two of the four weeks before the last two went quiet."));
    auto *interventions = new QWidget;
    {
        auto *l = new QVBoxLayout(interventions);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(new QLabel(tr("Under-engaged cohorts"), interventions));
        l->addWidget(m_underEngaged);
        m_planGroup = new QPushButton(tr("Plan an &Intervention for This Group…"), interventions);
        l->addWidget(m_planGroup, 0, Qt::AlignRight);
        l->addWidget(new QLabel(tr("Stopped engaging"), interventions));
        l->addWidget(m_stopped);
        m_planWinBack = new QPushButton(tr("Plan a &Win-Back…"), interventions);
        l->addWidget(m_planWinBack, 0, Qt::AlignRight);
    }
    connect(m_underEngaged, &QTableWidget::itemSelectionChanged, this, &OverviewPage::updateInterventionButtons);
    connect(m_stopped, &QTableWidget::itemSelectionChanged, this, &OverviewPage::updateInterventionButtons);
    connect(m_planGroup, &QPushButton::clicked, this, [this] {
        const int row = m_underEngaged->currentRow();
        if (row < 0 || row >= m_metrics.underEngaged.size())
            return;
        const Metrics::GroupEngagement &g = m_metrics.underEngaged.at(row);
        planIntervention(tr("Re-engage %1 %2 (%L3 people): %4 active in the last two weeks against %5 across the "
                            "organisation")
                             .arg(g.attribute, g.value)
                             .arg(g.size)
                             .arg(percent(g.rate, 0), percent(g.organisationRate, 0)));
    });
    connect(m_planWinBack, &QPushButton::clicked, this, [this] {
        // The selected learners, or everyone on the list; the action names groups, never people (plans go into
        // the board's report).
        QList<int> rows;
        for (const QModelIndex &i : m_stopped->selectionModel()->selectedRows())
            rows << i.row();
        if (rows.isEmpty())
            for (int r = 0; r < m_metrics.stoppedEngaging.size(); ++r)
                rows << r;
        QStringList departments;
        for (int r : std::as_const(rows))
            if (r < m_metrics.stoppedEngaging.size()) {
                const QString d = m_metrics.stoppedEngaging.at(r).department;
                if (!d.isEmpty() && !departments.contains(d))
                    departments << d;
            }
        // No "(s)" plurals: a count that reads right for one and for many.
        planIntervention(departments.isEmpty()
                             ? tr("Win back the learners who stopped engaging (%L1 on the list)").arg(rows.size())
                             : tr("Win back the learners who stopped engaging (%L1 on the list; %2)")
                                   .arg(rows.size())
                                   .arg(QLocale().createSeparatedList(departments)));
    });
    ChartFrame *trend = frame(tr("Weekly active rate"), {}, m_trend);
    ChartFrame *byCourse = frame(tr("Completion by course"),
                                 tr("Learners who completed ÷ learners who started, in the window"), m_byCourse);
    ChartFrame *drop = frame(tr("Drop-off points"), {}, m_dropOff);
    ChartFrame *histogram = frame(tr("Time to first completion"), {}, m_histogram);
    ChartFrame *scatter = frame(tr("Learning and performance"), {}, m_scatter);
    ChartFrame *heatmap =
        frame(tr("Content consumption"), tr("Distinct active learners per course and week"), m_heatmap);
    ChartFrame *retention = frame(tr("Retention by start week"),
                                  tr("Share of each group of new learners still active in later weeks"), m_retention);
    ChartFrame *risks = frame(tr("Where engagement is slipping"),
                              tr("Groups far below the organisation and people who stopped"), interventions);

    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    grid->addWidget(trend, 0, 0, 1, 2);
    grid->addWidget(byCourse, 1, 0);
    grid->addWidget(drop, 1, 1);
    grid->addWidget(histogram, 2, 0);
    grid->addWidget(scatter, 2, 1);
    grid->addWidget(heatmap, 3, 0, 1, 2);
    grid->addWidget(retention, 4, 0);
    grid->addWidget(risks, 4, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 8, 0);
    contentLayout->setSpacing(12);
    contentLayout->addLayout(tiles);
    m_nextStep->setObjectName(u"nextStep"_s);
    m_nextStep->setWordWrap(true);
    contentLayout->addWidget(m_nextStep);
    contentLayout->addLayout(grid);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(m_dashboard);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *dashLayout = new QVBoxLayout(m_dashboard);
    dashLayout->setContentsMargins(0, 4, 0, 0);
    dashLayout->setSpacing(8);
    dashLayout->addLayout(pilotAndCohort);
    dashLayout->addLayout(period);
    dashLayout->addWidget(scroll, 1);

    m_stack->addWidget(m_dashboard);
    m_stack->addWidget(m_empty);
    outer->addLayout(m_stack, 1);
    connect(m_empty, &EmptyState::actionTriggered, this, &Page::importRequested);

    auto changed = [this] {
        if (!m_filling)
            recompute();
    };
    connect(m_pilot, &QComboBox::currentIndexChanged, this, changed);
    connect(m_pilot, &QComboBox::currentIndexChanged, this, [this] { m_pilot->setToolTip(m_pilot->currentText()); });
    connect(m_value, &QComboBox::currentIndexChanged, this, changed);
    connect(m_activity, &QComboBox::currentIndexChanged, this, changed);
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
    connect(m_attribute, &QComboBox::currentIndexChanged, this, [this] {
        const bool filling = std::exchange(m_filling, true);
        m_value->clear();
        const QVariantList values = m_attribute->currentData().toList();
        m_value->setVisible(!values.isEmpty());
        m_valueLabel->setVisible(!values.isEmpty());
        m_valueLabel->setText(values.isEmpty() ? tr("Va&lue:") : tr("%1 i&s:").arg(m_attribute->currentText()));
        m_value->addItem(tr("(choose a value)"), QString());
        for (const QVariant &v : values)
            m_value->addItem(v.toStringList().value(1), v.toStringList().value(0));
        m_filling = filling;
        if (!m_filling)
            recompute();
    });
    connect(allData, &QPushButton::clicked, this, [this] {
        m_filling = true;
        m_from->setDate(m_dataFirst);
        m_to->setDate(m_dataLast);
        m_filling = false;
        recompute();
    });
    connect(m_trend, &TrendChart::weekClicked, this, [this](const QDate &w) { showLearnersBehind(w, {}); });
    connect(m_heatmap, &GridView::cellClicked, this,
            [this](const QString &course, const QDate &w) { showLearnersBehind(w, course); });
    refresh();
}

void OverviewPage::setWorkspace(Workspace *workspace, QUndoStack *undoStack)
{
    if (this->workspace())
        disconnect(this->workspace(), nullptr, this, nullptr);
    Page::setWorkspace(workspace, undoStack);
    m_dataFirst = m_dataLast = QDate();
    if (workspace) {
        connect(workspace, &Workspace::dataChanged, this, &OverviewPage::refresh);
        connect(workspace, &Workspace::pilotsChanged, this, &OverviewPage::refresh);
        connect(workspace, &Workspace::programChanged, this, &OverviewPage::refresh);
        // Adaptations recorded in PLAN cycles are marks on the trend.
        connect(workspace, &Workspace::journeyChanged, this, &OverviewPage::recompute);
        // Targets and annotations are on the trend.
        connect(workspace, &Workspace::targetsChanged, this, &OverviewPage::recompute);
    }
    refresh();
}

Metrics::Filter OverviewPage::filter() const
{
    Metrics::Filter f;
    f.pilotId = m_pilot->currentData().toLongLong();
    const QString attribute = m_attribute->currentData(Qt::UserRole + 1).toString();
    const QString value = m_value->currentData().toString();
    if (!attribute.isEmpty() && !value.isEmpty())
        f.cohort.append({attribute, value});
    f.from = m_from->date();
    f.to = m_to->date();
    f.activity = Metrics::Activity(m_activity->currentData().toInt());
    return f;
}

void OverviewPage::choose(const QString &pilot, const QString &attribute, const QString &value)
{
    m_filling = true;
    m_pilot->setCurrentIndex(std::max(0, pilot.isEmpty() ? 0 : m_pilot->findText(pilot)));
    const int a = m_attribute->findData(attribute, Qt::UserRole + 1);
    m_attribute->setCurrentIndex(std::max(0, a));
    m_filling = false;
    m_value->setCurrentIndex(std::max(0, m_value->findData(value)));
    recompute();
}

void OverviewPage::refresh()
{
    const quint64 generation = ++m_generation;
    if (!workspace()) {
        m_title->setText(tr("Overview"));
        m_subtitle->clear();
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_loading = true;
    const QString path = workspace()->path();
    // A newer refresh makes this one stale; the callback is skipped if the page is gone.
    whenReady(QtConcurrent::run([path] { return readSummaryFromFile(path); }), this,
              [this, generation](const Result<WorkspaceSummary> &summary) {
                  if (generation != m_generation)
                      return;
                  if (!summary) {
                      finishLoading();
                      m_subtitle->setText(summary.error());
                      return;
                  }
                  show(*summary);
                  Q_EMIT summaryShown();
              });
}

void OverviewPage::finishLoading()
{
    m_loading = false;
    Q_EMIT settled();
}

void OverviewPage::show(const WorkspaceSummary &s)
{
    const QLocale l;
    m_title->setText(s.program.organisation.isEmpty() ? tr("Overview") : s.program.organisation);
    QStringList facts;
    if (!s.program.lmsName.isEmpty())
        facts << tr("LMS: %1").arg(s.program.lmsName);
    if (!s.program.owner.isEmpty())
        facts << tr("Program owner: %1").arg(s.program.owner);
    facts << tr("Dates in %1").arg(s.timeZone);
    if (s.firstDay.isValid())
        facts << tr("Data from %1 to %2")
                     .arg(l.toString(s.firstDay, QLocale::LongFormat), l.toString(s.lastDay, QLocale::LongFormat));
    facts << tr("%L1 learning events").arg(s.events);
    m_subtitle->setText(facts.join(u"  ·  "_s));

    if (s.events == 0) {
        finishLoading();
        m_empty->setText(tr("No usage data yet"),
                         tr("Import your LMS's usage export (learning events), your HR roster and a performance "
                            "measure to see weekly active users, completion and drop-off here."));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_stack->setCurrentWidget(m_dashboard);
    m_nextStep->setText(s.pilots.isEmpty()
                            ? tr("<b>Next step:</b> diagnose where adoption stalls, then plan a pilot for one cohort "
                                 "on the Pilot page.")
                            : tr("<b>Next step:</b> follow the pilot against its 30/60/90-day targets and record what "
                                 "you learn in PLAN cycles."));
    fillFilters(s);
    recompute();
}

void OverviewPage::fillFilters(const WorkspaceSummary &s)
{
    m_filling = true;
    const qint64 pilotBefore = m_pilot->currentData().toLongLong();
    m_pilot->clear();
    m_pilot->addItem(tr("All learners"), qint64(0));
    for (const Pilot &p : s.pilots) {
        m_pilot->addItem(p.name, p.id);
        m_pilot->setItemData(m_pilot->count() - 1, p.name, Qt::ToolTipRole);
    }
    // A workspace opened fresh shows its first pilot: that is what the lead came to see.
    const int keep = m_pilot->findData(pilotBefore);
    m_pilot->setCurrentIndex(pilotBefore ? std::max(0, keep) : (s.pilots.isEmpty() ? 0 : 1));

    const QString attributeBefore = m_attribute->currentData(Qt::UserRole + 1).toString();
    m_attribute->clear();
    m_attribute->addItem(tr("Everyone"), QVariantList());
    m_attribute->setItemData(0, QString(), Qt::UserRole + 1);
    for (const CohortAttribute &a : s.cohortAttributes) {
        QVariantList values;
        for (const AttributeValue &v : a.values)
            values << QVariant(QStringList{v.value, tr("%1 (%L2)").arg(v.value).arg(v.people)});
        m_attribute->addItem(a.label(), values);
        m_attribute->setItemData(m_attribute->count() - 1, a.key, Qt::UserRole + 1);
    }
    m_attribute->setCurrentIndex(std::max(0, m_attribute->findData(attributeBefore, Qt::UserRole + 1)));
    if (m_attribute->currentIndex() == 0) {
        m_value->clear();
        m_value->hide();
        m_valueLabel->hide();
    }
    if (s.firstDay.isValid() && (m_dataFirst != s.firstDay || m_dataLast != s.lastDay)) {
        m_dataFirst = s.firstDay;
        m_dataLast = s.lastDay;
        for (QDateEdit *d : {m_from, m_to})
            d->setDateRange(s.firstDay.addYears(-1), s.lastDay.addYears(1));
        m_from->setDate(s.firstDay);
        m_to->setDate(s.lastDay);
    }
    m_filling = false;
}

namespace {
/// What the metrics job reports: the set so far and how many of its parts are filled.
struct MetricsUpdate
{
    int partsDone = 0;
    Result<Metrics::MetricSet> set = Result<Metrics::MetricSet>::failure({});
};
} // namespace

void OverviewPage::recompute()
{
    if (!workspace())
        return;
    const quint64 generation = ++m_metricsGeneration;
    if (m_cancelMetrics)
        m_cancelMetrics->store(true); // the running job's figures are for the old filters
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancelMetrics = cancel;
    m_loading = true;
    m_status->setText(tr("Computing…"));
    const QString path = workspace()->path();
    const Metrics::Filter f = filter();
    // Parts arrive as they are computed; on a large workspace the tiles and the trend show while the heatmap and
    // the rest are still being summed. A fast computation shows everything at once (no flicker).
    QFuture<MetricsUpdate> future = QtConcurrent::run([path, f, cancel](QPromise<MetricsUpdate> &promise) {
        QElapsedTimer clock;
        clock.start();
        qint64 lastShown = 0;
        Metrics::Progress progress;
        progress.cancel = cancel.get();
        progress.onPart = [&](Metrics::Part part, const Metrics::MetricSet &soFar) {
            const int done = int(part) + 1;
            if (done == Metrics::PartCount || clock.elapsed() - lastShown < 150)
                return;
            lastShown = clock.elapsed();
            promise.addResult(MetricsUpdate{done, soFar});
        };
        promise.addResult(MetricsUpdate{Metrics::PartCount, Metrics::computeFromFile(path, f, progress)});
    });
    auto *watcher = new QFutureWatcher<MetricsUpdate>(this);
    connect(watcher, &QFutureWatcherBase::resultReadyAt, this, [this, watcher, generation](int index) {
        if (generation != m_metricsGeneration)
            return;
        const MetricsUpdate update = watcher->resultAt(index);
        const bool final = update.partsDone == Metrics::PartCount;
        if (!update.set) {
            if (final) {
                finishLoading();
                m_status->setText(update.set.error());
            }
            return;
        }
        showMetrics(*update.set, update.partsDone);
        Q_EMIT figuresShown(update.partsDone);
        if (final) {
            finishLoading();
            m_status->clear();
            Q_EMIT metricsShown();
        }
    });
    connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
    watcher->setFuture(future);
}

void OverviewPage::showMetrics(const Metrics::MetricSet &m, int partsDone)
{
    using Metrics::Part;
    m_metrics = m;
    const QLocale l;
    const auto done = [partsDone](Part part) { return int(part) < partsDone; };
    const auto pending = [this](KpiTile *tile) { tile->setValue(u"…"_s, tr("computing…")); };
    const auto framePending = [this](int frame) { m_frames.at(frame)->setEmpty(tr("Computing…")); };
    m_learners->setValue(l.toString(m.learners),
                         m.hasRoster ? (m.pilotName.isEmpty() ? tr("roster members") : tr("in the pilot's cohort"))
                                     : tr("seen in the data (no roster)"));
    // A KPI with targets shows what the report's summary table shows for the same pilot and date: its current
    // value (the last four weeks of the window), the baseline and the status against the pace; the note says so.
    const auto target = [&m](const QString &kpi) -> const Metrics::KpiTarget * {
        for (const Metrics::KpiTarget &t : m.targets)
            if (t.kpi == kpi)
                return &t;
        return nullptr;
    };
    const auto shortDate = [&l](const QDate &d) { return l.toString(d, QLocale::ShortFormat); };
    const auto showTarget = [&](KpiTile *tile, const Metrics::KpiTarget &t, const QString &windowNote) {
        QStringList note{tr("last 4 weeks to %1; baseline %2").arg(shortDate(m.recent.to), percent(t.baseline))};
        // The latest checkpoint reached (measured over the four weeks up to it).
        const Metrics::Checkpoint *reached = nullptr;
        for (const Metrics::Checkpoint &c : t.checkpoints)
            if (c.status != Metrics::TargetStatus::NotDue && c.target && c.actual)
                reached = &c;
        if (reached)
            note << tr("Day %1: %2 against a target of %3")
                        .arg(reached->day)
                        .arg(percent(*reached->actual), percent(*reached->target));
        if (!windowNote.isEmpty())
            note << windowNote;
        tile->setValue(percent(t.current), note.join(u'\n'));
        const Metrics::Pace pace = Metrics::paceAt(t, m.pilotStart, m.to);
        QString status = Metrics::targetStatusLabel(t.paceStatus);
        if (t.paceStatus != Metrics::TargetStatus::NotDue && pace.next && pace.next->date > m.to)
            status = tr("%1 · next: %2 by day %3").arg(status, percent(*pace.next->target)).arg(pace.next->day);
        tile->setStatus(status, Metrics::targetStatusKey(t.paceStatus));
    };
    // With a pilot, the targets come with the last part: until then the tiles wait rather than switch meaning.
    const bool targetsPending = !m.pilotName.isEmpty() && !done(Part::Pilot);

    // The last full week of the window (the final week may be cut short by the data's end).
    const Metrics::Week last = m.weeks.size() > 1 && m.weeks.last().start.addDays(6) > m.to
                                   ? m.weeks.at(m.weeks.size() - 2)
                               : m.weeks.isEmpty() ? Metrics::Week{}
                                                   : m.weeks.last();
    if (targetsPending) {
        pending(m_weekly);
        m_weekly->setStatus({});
    } else if (const Metrics::KpiTarget *t = target(u"active_rate"_s)) {
        showTarget(m_weekly, *t, tr("week of %1: %2").arg(shortDate(last.start), percent(last.rate)));
    } else {
        m_weekly->setValue(percent(last.rate),
                           tr("%L1 active, week of %2").arg(last.active).arg(shortDate(last.start)));
        m_weekly->setStatus({});
    }
    const QString wholeWindow =
        tr("since %1: %2 of %L3 pairs").arg(shortDate(m.from), percent(m.overallCompletion)).arg(m.completionPairs);
    if (!done(Part::Completion) || targetsPending) {
        pending(m_completion);
        m_completion->setStatus({});
    } else if (const Metrics::KpiTarget *t = target(u"completion_rate"_s)) {
        showTarget(m_completion, *t, wholeWindow);
    } else {
        m_completion->setValue(
            percent(m.overallCompletion),
            tr("of %L1 learner–course pairs, %2 – %3").arg(m.completionPairs).arg(shortDate(m.from), shortDate(m.to)));
        m_completion->setStatus({});
    }
    const auto &t = m.timeToFirstCompletion;
    if (done(Part::TimeToFirstCompletion))
        m_firstCompletion->setValue(t.n ? tr("%1 days").arg(l.toString(t.median, 'f', t.median < 10 ? 1 : 0)) : u"—"_s,
                                    t.n ? tr("median of %L1 learners").arg(t.n) : tr("no completions in the window"));
    else
        pending(m_firstCompletion);
    m_learningTime->setValue(tr("%L1 h").arg(qRound64(m.learningMinutes / 60)),
                             m.learningTimeEstimated ? tr("estimated: gaps under %1 min").arg(m.sessionTimeout)
                                                     : tr("from recorded durations"));
    const auto &c = m.correlation;
    if (done(Part::Correlation))
        m_correlation->setValue(
            c.pearson ? u"r = %1"_s.arg(l.toString(*c.pearson, 'f', 2)) : u"—"_s,
            c.kpi.isEmpty() ? tr("no performance data")
                            : tr("%1, n = %L2%3").arg(c.kpi).arg(c.n).arg(c.smallN ? tr(" (small)") : QString()));
    else
        pending(m_correlation);

    // The trend, with the comparison group when a pilot is chosen.
    // The comparison group's own active rate, week by week.
    const QList<Metrics::Week> rest = m.comparison ? m.comparison->comparisonWeeks : QList<Metrics::Week>();
    m_comparisonLine = rest;
    m_trend->setData(m, rest);
    ChartFrame *trendFrame = m_frames.at(0);
    trendFrame->setSubtitle(m.comparison ? tr("Pilot cohort against its targets; the grey line is the comparison "
                                              "group, week by week (difference in differences: %1 points). Click a "
                                              "week for the learners behind it.")
                                               .arg(l.toString(m.comparison->activeRateDid * 100, 'f', 1))
                                         : tr("Share of the cohort active each week. Click a week for the learners "
                                              "behind it."));
    trendFrame->setEmpty(m.weeks.isEmpty() ? tr("No activity in this window.") : QString());
    ChartFrame::Table trendTable{{tr("Week"), tr("Start"), tr("Active"), tr("Cohort"), tr("Active rate")}, {}};
    for (const Metrics::Week &w : m.weeks)
        trendTable.rows << QStringList{w.isoWeek, w.start.toString(Qt::ISODate), QString::number(w.active),
                                       QString::number(w.cohort), QString::number(w.rate, 'f', 4)};
    trendFrame->setData(trendTable);

    if (!done(Part::Completion)) {
        for (int frame = 1; frame < m_frames.size(); ++frame)
            framePending(frame);
        return;
    }
    QStringList courses;
    QList<double> rates;
    ChartFrame::Table courseTable{{tr("Course"), tr("Learners"), tr("Completed"), tr("Rate")}, {}};
    for (const Metrics::CourseCompletion &cc : m.byCourse) {
        courses << cc.course;
        rates << cc.rate;
        courseTable.rows << QStringList{cc.course, QString::number(cc.learners), QString::number(cc.completed),
                                        QString::number(cc.rate, 'f', 4)};
    }
    m_byCourse->setData(courses, rates, true, 10);
    m_frames.at(1)->setData(courseTable);
    m_frames.at(1)->setEmpty(courses.isEmpty() ? tr("No course activity in this window.") : QString());

    if (done(Part::DropOff)) {
        ChartFrame::Table dropTable{{tr("Course"), tr("Content"), tr("Learners"), tr("Share")}, {}};
        if (!m.dropOff.isEmpty()) {
            const Metrics::CourseDropOff &worst = m.dropOff.first();
            QStringList items;
            QList<double> shares;
            for (const Metrics::DropOffPoint &p : worst.points) {
                items << (p.content.isEmpty() ? tr("(no content item)") : p.content);
                shares << p.share;
            }
            m_dropOff->setData(items, shares, true, 8);
            m_frames.at(2)->setSubtitle(
                tr("Last item of the %L1 who did not finish “%2”").arg(worst.notCompleted).arg(worst.course));
            for (const Metrics::CourseDropOff &d : m.dropOff)
                for (const Metrics::DropOffPoint &p : d.points)
                    dropTable.rows << QStringList{d.course, p.content, QString::number(p.learners),
                                                  QString::number(p.share, 'f', 4)};
        }
        m_frames.at(2)->setData(dropTable);
        m_frames.at(2)->setEmpty(m.dropOff.isEmpty() ? tr("Everyone who started a course finished it.") : QString());

    } else {
        framePending(2);
    }
    if (done(Part::TimeToFirstCompletion)) {
        m_histogram->setData(t);
        m_frames.at(3)->setSubtitle(
            t.n ? tr("Median %1 days, quartiles %2–%3, n = %L4")
                      .arg(l.toString(t.median, 'f', 1), l.toString(t.p25, 'f', 1), l.toString(t.p75, 'f', 1))
                      .arg(t.n)
                : QString());
        m_frames.at(3)->setEmpty(t.n ? QString() : tr("Nobody completed anything in this window."));
        ChartFrame::Table ttfc{{tr("Days to first completion")}, {}};
        for (double d : t.values)
            ttfc.rows << QStringList{QString::number(d, 'f', 3)};
        m_frames.at(3)->setData(ttfc);

    } else {
        framePending(3);
    }
    if (done(Part::Correlation)) {
        m_scatter->setData(c);
        QString caption;
        if (c.pearson)
            caption =
                tr("r = %1 (95% CI %2 to %3), Spearman ρ = %4, n = %L5. Correlation is not causation.")
                    .arg(l.toString(*c.pearson, 'f', 2), c.ciLow ? l.toString(*c.ciLow, 'f', 2) : u"—"_s,
                         c.ciHigh ? l.toString(*c.ciHigh, 'f', 2) : u"—"_s, l.toString(c.spearman.value_or(0), 'f', 2))
                    .arg(c.n);
        if (c.smallN && c.n > 0)
            caption += u' ' + tr("Only %n learners: too few to rely on.", nullptr, int(c.n));
        m_frames.at(4)->setSubtitle(caption);
        m_frames.at(4)->setEmpty(c.points.isEmpty() ? tr("No learners with both activity and performance values in "
                                                         "this window.")
                                                    : QString());
        ChartFrame::Table scatterTable{{tr("Activity"), c.kpi}, {}};
        for (const QPointF &p : c.points)
            scatterTable.rows << QStringList{QString::number(p.x()), QString::number(p.y())};
        m_frames.at(4)->setData(scatterTable);

    } else {
        framePending(4);
    }
    if (done(Part::Heatmaps)) {
        m_heatmap->setHeatmap(m.courseHeatmap, 15);
        ChartFrame::Table heat{{tr("Course")}, {}};
        for (const QDate &w : m.courseHeatmap.weeks)
            heat.header << w.toString(Qt::ISODate);
        for (qsizetype r = 0; r < m.courseHeatmap.rows.size(); ++r) {
            QStringList row{m.courseHeatmap.rows.at(r)};
            for (qint64 v : m.courseHeatmap.cells.at(r))
                row << QString::number(v);
            heat.rows << row;
        }
        m_frames.at(5)->setData(heat);
        m_frames.at(5)->setSubtitle(
            m.courseHeatmap.rows.size() > 15
                ? tr("Distinct active learners per course and week; the 15 busiest of %L1 courses "
                     "(all in the exported data). Click a cell for the learners.")
                      .arg(m.courseHeatmap.rows.size())
                : tr("Distinct active learners per course and week. Click a cell for the "
                     "learners."));
        m_frames.at(5)->setEmpty(m.courseHeatmap.rows.isEmpty() ? tr("No course activity in this window.") : QString());

    } else {
        framePending(5);
    }
    if (done(Part::Retention)) {
        m_retention->setRetention(m.retention);
        ChartFrame::Table ret{{tr("Start week"), tr("Learners"), tr("Shares by week since start")}, {}};
        for (qsizetype i = 0; i < m.retention.startWeeks.size(); ++i) {
            QStringList row{m.retention.startWeeks.at(i).toString(Qt::ISODate),
                            QString::number(m.retention.sizes.at(i))};
            for (double v : m.retention.shares.at(i))
                row << QString::number(v, 'f', 4);
            ret.rows << row;
        }
        m_frames.at(6)->setData(ret);
        m_frames.at(6)->setEmpty(m.retention.startWeeks.isEmpty() ? tr("No activity in this window.") : QString());

    } else {
        framePending(6);
    }
    if (done(Part::Engagement)) {
        m_underEngaged->setRowCount(int(m.underEngaged.size()));
        ChartFrame::Table risks{{tr("Kind"), tr("Who"), tr("Size or weeks"), tr("Rate or last active")}, {}};
        for (int i = 0; i < m.underEngaged.size(); ++i) {
            const Metrics::GroupEngagement &g = m.underEngaged.at(i);
            setRow(m_underEngaged, i,
                   {g.attribute + u": "_s + g.value, l.toString(g.size),
                    tr("%1 (organisation %2)").arg(percent(g.rate, 0), percent(g.organisationRate, 0))},
                   1);
            risks.rows << QStringList{u"under_engaged"_s, g.attribute + u'=' + g.value, QString::number(g.size),
                                      QString::number(g.rate, 'f', 4)};
        }
        m_stopped->setRowCount(int(m.stoppedEngaging.size()));
        for (int i = 0; i < m.stoppedEngaging.size(); ++i) {
            const Metrics::StoppedLearner &s = m.stoppedEngaging.at(i);
            setRow(m_stopped, i,
                   {s.name, s.department, tr("%1 of 4").arg(s.activeWeeks),
                    l.toString(s.lastActive, QLocale::ShortFormat)},
                   2);
            risks.rows << QStringList{u"stopped_engaging"_s, s.name, QString::number(s.activeWeeks),
                                      s.lastActive.toString(Qt::ISODate)};
        }
        m_underEngaged->resizeColumnsToContents();
        m_stopped->resizeColumnsToContents();
        updateInterventionButtons();
        m_frames.at(7)->setData(risks);
        m_frames.at(7)->setEmpty(QString());
    } else {
        framePending(7);
    }
}

void OverviewPage::updateInterventionButtons()
{
    const bool pilot = m_pilot->currentData().toLongLong() > 0;
    const bool writable = workspace() && !workspace()->isReadOnly();
    const QString why = !pilot ? tr("Choose a pilot first: the action goes into its 30/60/90-day plan.") : QString();
    m_planGroup->setEnabled(pilot && writable && m_underEngaged->currentRow() >= 0);
    m_planGroup->setToolTip(why.isEmpty() ? tr("Add an action for the selected group to the pilot's plan") : why);
    m_planWinBack->setEnabled(pilot && writable && m_stopped->rowCount() > 0);
    m_planWinBack->setToolTip(why.isEmpty() ? tr("Add an action to win back the selected learners (or everyone "
                                                 "listed) to the pilot's plan")
                                            : why);
}

void OverviewPage::planIntervention(const QString &suggestion)
{
    const qint64 pilotId = m_pilot->currentData().toLongLong();
    if (!workspace() || !undoStack() || pilotId <= 0)
        return;
    JourneyRepository repo(workspace()->database());
    const auto actions = repo.actions(pilotId);
    if (!actions) {
        m_status->setText(actions.error());
        return;
    }
    // The next checkpoint's bucket, so the action is due before the board next looks.
    int bucket = 90;
    for (const Metrics::KpiTarget &t : std::as_const(m_metrics.targets))
        if (t.nextCheckpoint > 0)
            bucket = std::min(bucket, t.nextCheckpoint);
    FormDialog d(tr("Plan an Intervention"), this);
    d.addNote(tr("The action goes into the 30/60/90-day plan of the pilot “%1”, where you can follow it on the "
                 "Pilot page.")
                  .arg(m_pilot->currentText()));
    auto *title = d.addLine(tr("&Action:"), suggestion);
    auto *bucketBox = d.addCombo(tr("&Bucket:"), {{tr("Day 30"), 30}, {tr("Day 60"), 60}, {tr("Day 90"), 90}}, bucket);
    auto *owner = d.addLine(tr("&Owner:"), QString(), tr("Who will do it"));
    auto *due = d.addDate(tr("D&ue date:"), QDate::currentDate().addDays(14), true);
    const bool added = d.run([&] {
        Action a;
        a.pilotId = pilotId;
        a.title = title->text().trimmed();
        a.bucket = bucketBox->currentData().toInt();
        a.phase = Phase::Pilot;
        a.owner = owner->text().trimmed();
        a.dueDate = FormDialog::dateOf(due);
        a.cohort = true;
        a.position = int(actions->size());
        if (a.title.isEmpty())
            return Status::failure(tr("Say what needs to be done."));
        return Editing::addItem(*undoStack(), *workspace(), a);
    });
    if (added)
        m_status->setText(tr("Added to the pilot's 30/60/90-day plan."));
}

void OverviewPage::showLearnersBehind(const QDate &week, const QString &course)
{
    if (!workspace())
        return;
    const QString path = workspace()->path();
    const Metrics::Filter f = filter();
    whenReady(
        QtConcurrent::run([path, f, week, course] { return Metrics::learnersBehindFromFile(path, f, week, course); }),
        this, [this, week, course](const Result<QList<Metrics::LearnerRow>> &rows) {
            QDialog dialog(this);
            const QLocale l;
            dialog.setWindowTitle(course.isEmpty()
                                      ? tr("Active in the week of %1").arg(l.toString(week, QLocale::ShortFormat))
                                      : tr("%1, week of %2").arg(course, l.toString(week, QLocale::ShortFormat)));
            auto *layout = new QVBoxLayout(&dialog);
            auto *table = makeTable({tr("Learner"), tr("Id"), tr("Department"), tr("Events")}, &dialog);
            if (rows) {
                table->setRowCount(int(rows->size()));
                for (int i = 0; i < rows->size(); ++i) {
                    const Metrics::LearnerRow &r = rows->at(i);
                    setRow(table, i, {r.name, r.externalId, r.department, l.toString(r.events)}, 3);
                }
            }
            layout->addWidget(
                new QLabel(rows ? tr("%n learner(s)", nullptr, int(rows->size())) : rows.error(), &dialog));
            layout->addWidget(table);
            auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
            connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
            layout->addWidget(buttons);
            table->resizeColumnsToContents();
            dialog.resize(560, 480);
            dialog.exec();
        });
}

} // namespace Uptake
