#include "overviewpage.h"

#include "itemmodels/pilotsmodel.h"
#include "metrics/summary.h"
#include "storage/workspace.h"
#include "widgets/emptystate.h"
#include "widgets/kpitile.h"

#include "async.h"
#include <QtConcurrent>

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedLayout>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Uptake {

namespace {
QString percent(double fraction)
{
    const QLocale l;
    return l.toString(fraction * 100.0, 'f', 1) + l.percent();
}
} // namespace

OverviewPage::OverviewPage(QWidget *parent)
    : Page(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_learners(new KpiTile(tr("Learners"), this))
    , m_weekly(new KpiTile(tr("Weekly active users"), this))
    , m_completion(new KpiTile(tr("Completion rate"), this))
    , m_events(new KpiTile(tr("Learning events"), this))
    , m_failedLogins(new KpiTile(tr("Failed logins"), this))
    , m_nextStep(new QLabel(this))
    , m_pilots(new QTableView(this))
    , m_pilotsModel(new PilotsModel(this))
    , m_empty(new EmptyState(tr("No usage data yet"),
                             tr("Import your LMS's usage export (learning events), your HR roster and a performance "
                                "measure to see weekly active users, completion and drop-off here."),
                             tr("Import…"), this))
    , m_stack(new QStackedLayout)
    , m_dashboard(new QWidget(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(32, 24, 32, 24);
    outer->setSpacing(8);
    m_title->setObjectName(u"pageTitle"_s);
    m_subtitle->setObjectName(u"pageLead"_s);
    m_subtitle->setWordWrap(true);
    outer->addWidget(m_title);
    outer->addWidget(m_subtitle);

    auto *tiles = new QGridLayout;
    tiles->setSpacing(12);
    const QList<KpiTile *> all{m_learners, m_weekly, m_completion, m_events, m_failedLogins};
    for (int i = 0; i < all.size(); ++i)
        tiles->addWidget(all.at(i), 0, i);
    m_weekly->setWhatsThis(tr("Distinct learners with at least one event other than a failed login in the last full "
                              "ISO week (Monday to Sunday) of the data, and their share of the roster."));
    m_completion->setWhatsThis(tr("Learner–course pairs with a completion event, as a share of all learner–course "
                                  "pairs with any event."));
    m_failedLogins->setWhatsThis(tr("Failed login events in the imported data: a friction point worth diagnosing."));

    auto *dashLayout = new QVBoxLayout(m_dashboard);
    dashLayout->setContentsMargins(0, 8, 0, 0);
    dashLayout->setSpacing(12);
    dashLayout->addLayout(tiles);
    m_nextStep->setObjectName(u"nextStep"_s);
    m_nextStep->setWordWrap(true);
    dashLayout->addWidget(m_nextStep);
    auto *pilotsTitle = new QLabel(tr("Pilots"), m_dashboard);
    pilotsTitle->setObjectName(u"sectionTitle"_s);
    dashLayout->addWidget(pilotsTitle);
    m_pilots->setModel(m_pilotsModel);
    m_pilots->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pilots->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pilots->verticalHeader()->hide();
    m_pilots->horizontalHeader()->setStretchLastSection(true);
    m_pilots->setAlternatingRowColors(true);
    m_pilots->setAccessibleName(tr("Pilots"));
    dashLayout->addWidget(m_pilots, 1);
    connect(m_pilots, &QTableView::doubleClicked, this, [this] { Q_EMIT navigateRequested(int(PageId::Pilot)); });

    m_stack->addWidget(m_dashboard);
    m_stack->addWidget(m_empty);
    outer->addLayout(m_stack, 1);
    connect(m_empty, &EmptyState::actionTriggered, this, &Page::importRequested);
    refresh();
}

void OverviewPage::setWorkspace(Workspace *workspace, QUndoStack *undoStack)
{
    if (this->workspace())
        disconnect(this->workspace(), nullptr, this, nullptr);
    Page::setWorkspace(workspace, undoStack);
    if (workspace) {
        connect(workspace, &Workspace::dataChanged, this, &OverviewPage::refresh);
        connect(workspace, &Workspace::pilotsChanged, this, &OverviewPage::refresh);
        connect(workspace, &Workspace::programChanged, this, &OverviewPage::refresh);
    }
    refresh();
}

void OverviewPage::refresh()
{
    const quint64 generation = ++m_generation;
    if (!workspace()) {
        m_title->setText(tr("Overview"));
        m_subtitle->clear();
        m_pilotsModel->setPilots({});
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
                  m_loading = false;
                  if (!summary) {
                      m_subtitle->setText(summary.error());
                      return;
                  }
                  show(*summary);
                  Q_EMIT summaryShown();
              });
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
    m_subtitle->setText(facts.join(u"  ·  "_s));
    m_pilotsModel->setPilots(s.pilots);
    m_pilots->resizeColumnsToContents();

    if (s.events == 0) {
        m_empty->setText(tr("No usage data yet"),
                         tr("Import your LMS's usage export (learning events), your HR roster and a performance "
                            "measure to see weekly active users, completion and drop-off here."));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_stack->setCurrentWidget(m_dashboard);
    m_learners->setValue(l.toString(s.rosterLearners > 0 ? s.rosterLearners : s.learners),
                         s.rosterLearners > 0 ? tr("in the roster; %1 ever active").arg(l.toString(s.activeLearners))
                                              : tr("seen in the data (no roster imported)"));
    const qint64 base = s.rosterLearners > 0 ? s.rosterLearners : s.activeLearners;
    m_weekly->setValue(l.toString(s.lastWeekActive),
                       tr("%1 active in the week of %2")
                           .arg(percent(base > 0 ? double(s.lastWeekActive) / double(base) : 0),
                                l.toString(s.lastWeekStart, QLocale::ShortFormat)));
    m_completion->setValue(percent(s.completionRate), tr("of learner–course pairs completed"));
    m_events->setValue(l.toString(s.events), tr("in %1 courses").arg(l.toString(s.courses)));
    m_failedLogins->setValue(l.toString(s.failedLogins),
                             s.failedLogins > 0 ? tr("a friction point to diagnose") : tr("none recorded"));

    QString next;
    if (s.pilots.isEmpty())
        next =
            tr("<b>Next step:</b> diagnose where adoption stalls, then plan a pilot for one cohort on the Pilot page.");
    else
        next = tr("<b>Next step:</b> follow your pilots' progress against their 30/60/90-day targets and record "
                  "what you learn in PLAN cycles.");
    m_nextStep->setText(next);
}

} // namespace Uptake
