#include "pilotpage.h"

#include "dialogs/formdialog.h"
#include "dialogs/pilotdialog.h"
#include "dialogs/targetsdialog.h"
#include "editing/pilotcommands.h"
#include "itemmodels/journeymodels.h"
#include "itemmodels/pilotsmodel.h"
#include "journey/templates.h"
#include "storage/workspace.h"
#include "widgets/emptystate.h"
#include "widgets/recordlist.h"
#include "widgets/sprinttimeline.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedLayout>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Uptake {

namespace {
template<typename T>
std::function<void()> onCurrent(RecordList *list, std::function<void(const T &)> f)
{
    return [list, f] {
        const QModelIndex i = list->currentSourceIndex();
        if (i.isValid())
            f(qvariant_cast<T>(i.data(ItemRole)));
    };
}

/// Rows of a plain list: texts per column, the id in IdRole.
void fill(QStandardItemModel *model, const QList<std::pair<qint64, QStringList>> &rows)
{
    model->setRowCount(0);
    for (const auto &[id, texts] : rows) {
        QList<QStandardItem *> row;
        for (const QString &t : texts) {
            auto *item = new QStandardItem(t);
            item->setData(id, IdRole);
            item->setEditable(false);
            row.append(item);
        }
        model->appendRow(row);
    }
}

QString shortDate(const QDate &d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
}
} // namespace

PilotPage::PilotPage(QWidget *parent)
    : JourneyPage(Phase::Pilot, tr("Pilot"),
                  tr("Pilot quickly with one cohort, listen continuously, adapt content, then normalize what works. "
                     "Each PLAN cycle records those four steps; every adaptation's effect is measured from the data."),
                  parent)
    , m_model(new PilotsModel(this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(QIcon::fromTheme(u"list-add"_s), tr("&New Pilot…"), this))
    , m_edit(new QPushButton(QIcon::fromTheme(u"document-edit"_s), tr("E&dit…"), this))
    , m_delete(new QPushButton(QIcon::fromTheme(u"edit-delete"_s), tr("De&lete"), this))
    , m_targets(new QPushButton(tr("&Targets and Annotations…"), this))
    , m_details(new QLabel(this))
    , m_empty(new EmptyState(tr("No pilots yet"),
                             tr("A pilot runs the engagement plan with one cohort for a short sprint (six weeks by "
                                "default), measured against targets for day 30, 60 and 90."),
                             tr("New Pilot…"), this))
    , m_stack(new QStackedLayout)
    , m_list(new QWidget(this))
    , m_timeline(new SprintTimeline(this))
    , m_cycles(new CyclesModel(this))
    , m_steps(new QTabWidget(this))
    , m_launchModel(new QStandardItemModel(0, 3, this))
    , m_feedback(new FeedbackModel(this))
    , m_themes(new QLabel(this))
    , m_adaptations(new AdaptationsModel(this))
    , m_normalizeModel(new QStandardItemModel(0, 3, this))
    , m_actions(new ActionsModel(this))
    , m_templatePlan(new QPushButton(tr("Start from the Template &Plan"), this))
{
    // --- Pilots (the list and the chosen pilot's details) ------------------------------------------------------
    auto *pilotsTab = new QWidget(this);
    auto *pilotsLayout = new QVBoxLayout(pilotsTab);
    pilotsLayout->setContentsMargins(0, 8, 0, 0);
    auto *listLayout = new QVBoxLayout(m_list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addSpacing(12);
    buttons->addWidget(m_targets);
    buttons->addStretch(1);
    listLayout->addLayout(buttons);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Pilots"));
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setWordWrap(false);
    listLayout->addWidget(m_view, 1);
    m_details->setObjectName(u"pilotDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    listLayout->addWidget(m_details);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_empty);
    pilotsLayout->addLayout(m_stack, 1);
    tabs()->addTab(pilotsTab, tr("P&ilots"));

    auto *del = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &PilotPage::deleteSelected);
    auto *ins = new QShortcut(QKeySequence(Qt::Key_Insert), m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(ins, &QShortcut::activated, this, &PilotPage::addPilot);
    connect(m_add, &QPushButton::clicked, this, &PilotPage::addPilot);
    connect(m_empty, &EmptyState::actionTriggered, this, &PilotPage::addPilot);
    connect(m_edit, &QPushButton::clicked, this, &PilotPage::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &PilotPage::deleteSelected);
    m_targets->setToolTip(tr("The pilot's KPI targets for day 30, 60 and 90 and the annotations on its charts"));
    connect(m_targets, &QPushButton::clicked, this, &PilotPage::editTargets);
    connect(m_view, &QTableView::doubleClicked, this, &PilotPage::editSelected);
    connect(m_view, &QTableView::activated, this, &PilotPage::editSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetails();
        if (!m_syncing && selectedId() != 0)
            selectPilot(selectedId());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &PilotPage::updateDetails);

    // --- Sprint -----------------------------------------------------------------------------------------------
    auto *sprintScroll = new QScrollArea(this);
    sprintScroll->setWidgetResizable(true);
    sprintScroll->setFrameShape(QFrame::NoFrame);
    sprintScroll->setWidget(m_timeline);
    tabs()->addTab(sprintScroll, tr("&Sprint"));

    // --- PLAN cycles --------------------------------------------------------------------------------------------
    auto *cyclesSplit = new QSplitter(Qt::Vertical, this);
    m_cycleList = new RecordList({tr("PLAN cycles"), tr("Add C&ycle…"), tr("No PLAN cycle yet"),
                                  tr("A PLAN cycle is one loop of Pilot quickly, Listen continuously, Adapt content "
                                     "and Normalize usage — usually one to three weeks. Add the first one.")},
                                 m_cycles, cyclesSplit);
    m_cycleList->setColumnWidths({6, 10, 10, 9, 11, 30});
    m_cycles->setEditor([this](const PlanCycle &c) { return edit(c); });
    m_cycleList->setHandlers(
        [this] { editCycle(PlanCycle{}); },
        onCurrent<PlanCycle>(m_cycleList, [this](const PlanCycle &c) { editCycle(c); }),
        onCurrent<PlanCycle>(m_cycleList, [this](const PlanCycle &c) { remove(c, tr("Delete PLAN Cycle")); }));
    connect(m_cycleList, &RecordList::currentChanged, this, &PilotPage::reloadCycle);
    cyclesSplit->addWidget(m_cycleList);

    m_launchModel->setHorizontalHeaderLabels({tr("Date"), tr("What was launched"), tr("To whom")});
    m_launchList = new RecordList({QString(), tr("Add &Launch…"), tr("Nothing launched in this cycle"),
                                   tr("Pilot quickly: record what you launched, to whom and when.")},
                                  m_launchModel, this);
    m_launchList->setColumnWidths({10, 44, 30});
    auto launchOf = [this]() -> std::optional<LaunchItem> {
        for (const LaunchItem &l : std::as_const(m_launchItems))
            if (l.id == m_launchList->currentId())
                return l;
        return std::nullopt;
    };
    m_launchList->setHandlers([this] { editLaunch(LaunchItem{}); },
                              [this, launchOf] {
                                  if (auto l = launchOf())
                                      editLaunch(*l);
                              },
                              [this, launchOf] {
                                  if (auto l = launchOf())
                                      remove(*l, tr("Delete Launch"));
                              });
    m_steps->addTab(m_launchList, QString());

    auto *listen = new QWidget(this);
    auto *listenLayout = new QVBoxLayout(listen);
    listenLayout->setContentsMargins(0, 6, 0, 0);
    m_feedbackList = new RecordList({QString(), tr("Add &Feedback…"), tr("No feedback in this cycle"),
                                     tr("Listen continuously: add what learners and managers say — from surveys, "
                                        "interviews, chat, the help desk or analytics — with its theme and a quote.")},
                                    m_feedback, listen);
    m_feedbackList->setColumnWidths({10, 15, 10, 18, 40});
    m_feedback->setEditor([this](const FeedbackItem &f) { return edit(f); });
    m_feedbackList->setHandlers(
        [this] { editFeedback(FeedbackItem{}); },
        onCurrent<FeedbackItem>(m_feedbackList, [this](const FeedbackItem &f) { editFeedback(f); }),
        onCurrent<FeedbackItem>(m_feedbackList, [this](const FeedbackItem &f) { remove(f, tr("Delete Feedback")); }));
    m_themes->setWordWrap(true);
    m_themes->setObjectName(u"pageLead"_s);
    listenLayout->addWidget(m_feedbackList, 1);
    listenLayout->addWidget(m_themes);
    m_steps->addTab(listen, QString());

    m_adaptationList = new RecordList({QString(), tr("Add &Adaptation…"), tr("No adaptation in this cycle"),
                                       tr("Adapt content: record each change — e.g. “split the 45-minute module into "
                                          "three 12-minute modules” — with its date and the content it touched. Uptake "
                                          "measures its effect in equal windows before and after.")},
                                      m_adaptations, this);
    m_adaptationList->setColumnWidths({10, 40, 28, 34});
    m_adaptationList->setHandlers(
        [this] { editAdaptation(Adaptation{}); },
        onCurrent<Adaptation>(m_adaptationList, [this](const Adaptation &a) { editAdaptation(a); }),
        onCurrent<Adaptation>(m_adaptationList, [this](const Adaptation &a) { remove(a, tr("Delete Adaptation")); }));
    m_steps->addTab(m_adaptationList, QString());

    m_normalizeModel->setHorizontalHeaderLabels({tr("Date"), tr("What is scaled"), tr("To which group")});
    m_normalizeList = new RecordList({QString(), tr("Add Scaling &Step…"), tr("Nothing scaled yet"),
                                      tr("Normalize usage: record what worked and is now rolled out to a wider group, "
                                         "and when.")},
                                     m_normalizeModel, this);
    m_normalizeList->setColumnWidths({10, 44, 30});
    auto normalizeOf = [this]() -> std::optional<NormalizeItem> {
        for (const NormalizeItem &n : std::as_const(m_normalizeItems))
            if (n.id == m_normalizeList->currentId())
                return n;
        return std::nullopt;
    };
    m_normalizeList->setHandlers([this] { editNormalize(NormalizeItem{}); },
                                 [this, normalizeOf] {
                                     if (auto n = normalizeOf())
                                         editNormalize(*n);
                                 },
                                 [this, normalizeOf] {
                                     if (auto n = normalizeOf())
                                         remove(*n, tr("Delete Scaling Step"));
                                 });
    m_steps->addTab(m_normalizeList, QString());
    cyclesSplit->addWidget(m_steps);
    cyclesSplit->setSizes({150, 400});
    tabs()->addTab(cyclesSplit, tr("PLAN &Cycles"));

    // --- 30/60/90-day plan ------------------------------------------------------------------------------------
    auto *planTab = new QWidget(this);
    auto *planLayout = new QVBoxLayout(planTab);
    planLayout->setContentsMargins(0, 8, 0, 0);
    auto *bucketRow = new QHBoxLayout;
    for (int i = 0; i < 3; ++i) {
        auto *bar = new QProgressBar(planTab);
        bar->setTextVisible(true);
        bar->setMinimumHeight(26);
        m_buckets.append(bar);
        bucketRow->addWidget(bar, 1);
    }
    planLayout->addLayout(bucketRow);
    m_actions->setEditor([this](const Action &a) { return edit(a); });
    m_actionList = new RecordList({tr("30/60/90-day plan"), tr("Add Ac&tion…"), tr("No actions planned"),
                                   tr("Plan what happens by day 30, 60 and 90 of the pilot, each action with an owner "
                                      "and a due date — or start from the template plan that follows the method.")},
                                  m_actions, planTab);
    m_actionList->proxy()->setDueColumn(ActionsModel::Due);
    m_actionList->setColumnWidths({40, 8, 10, 16, 24, 12});
    m_actionList->addToolWidget(m_templatePlan);
    m_actionList->setHandlers(
        [this] { editAction(Action{}); }, onCurrent<Action>(m_actionList, [this](const Action &a) { editAction(a); }),
        onCurrent<Action>(m_actionList, [this](const Action &a) { remove(a, tr("Delete Action")); }));
    connect(m_templatePlan, &QPushButton::clicked, this, &JourneyPage::applyTemplate);
    planLayout->addWidget(m_actionList, 1);
    tabs()->addTab(planTab, tr("30/60/90-Day Pla&n"));
    addChecklistTab();
}

void PilotPage::reloadPilots()
{
    m_syncing = true;
    m_model->setPilots(pilots());
    m_view->resizeColumnsToContents();
    // The cohort description is long: it takes what is left of the width instead of scrolling.
    if (m_model->columnCount() > 0)
        m_view->setColumnWidth(m_model->columnCount() - 1, 120);
    const int row = m_model->rowOf(pilotId());
    if (row >= 0)
        m_view->selectRow(row);
    m_syncing = false;
    m_add->setEnabled(writable());
    m_empty->actionButton()->setEnabled(writable());
    m_stack->setCurrentWidget(pilots().isEmpty() ? static_cast<QWidget *>(m_empty) : m_list);
    updateDetails();
}

void PilotPage::reloadJourney()
{
    reloadPilots();
    for (int i = 1; i < tabs()->count(); ++i)
        tabs()->setTabEnabled(i, pilotId() != 0);
    m_cycleItems.clear();
    QList<Action> actions;
    m_levers.clear();
    m_barriers.clear();
    QHash<qint64, int> feedbackCounts, adaptationCounts;
    QList<SprintTimeline::Marker> markers;
    if (pilotId() != 0) {
        const JourneyRepository repo = repository();
        if (auto r = repo.cycles(pilotId()))
            m_cycleItems = *r;
        if (auto r = repo.actions(pilotId()))
            actions = *r;
        if (auto r = repo.levers(pilotId()))
            m_levers = *r;
        if (auto r = repo.barriers(pilotId()))
            m_barriers = *r;
        for (const PlanCycle &c : std::as_const(m_cycleItems)) {
            if (auto f = repo.feedback(c.id))
                feedbackCounts.insert(c.id, int(f->size()));
            if (auto a = repo.adaptations(c.id)) {
                adaptationCounts.insert(c.id, int(a->size()));
                for (const Adaptation &x : *a)
                    markers.append({x.date, u"adaptation"_s, x.description});
            }
            if (auto l = repo.launches(c.id))
                for (const LaunchItem &x : *l)
                    markers.append({x.date, u"launch"_s, x.what});
            if (auto n = repo.normalizeItems(c.id))
                for (const NormalizeItem &x : *n)
                    markers.append({x.date, u"scale"_s, x.what});
        }
    }
    m_timeline->setSprint(pilot(), m_cycleItems, markers, today());
    const qint64 cycle = m_cycleList->currentId();
    m_cycles->setCycles(m_cycleItems, feedbackCounts, adaptationCounts);
    m_cycleList->setWritable(writable() && pilotId() != 0);
    m_cycleList->selectId(cycle ? cycle : (m_cycleItems.isEmpty() ? 0 : m_cycleItems.constLast().id));
    reloadCycle();

    const qint64 action = m_actionList->currentId();
    m_actions->setActions(actions, today());
    m_actionList->setWritable(writable() && pilotId() != 0);
    m_actionList->selectId(action);
    m_templatePlan->setVisible(actions.isEmpty() && pilotId() != 0);
    m_templatePlan->setEnabled(writable());
    const QList<Journey::BucketProgress> progress = Journey::bucketProgress(actions, today());
    for (int i = 0; i < m_buckets.size() && i < progress.size(); ++i) {
        const Journey::BucketProgress &p = progress.at(i);
        QProgressBar *bar = m_buckets.at(i);
        bar->setRange(0, std::max(1, p.total));
        bar->setValue(p.done);
        QString text = tr("Day %1: %2 of %3 done").arg(p.bucket).arg(p.done).arg(p.total);
        if (p.overdue > 0)
            text += tr(" · %n overdue", nullptr, p.overdue);
        bar->setFormat(text);
        bar->setAccessibleName(text);
    }
}

void PilotPage::reloadCycle()
{
    const qint64 id = cycleId();
    m_launchItems.clear();
    m_normalizeItems.clear();
    QList<FeedbackItem> feedback;
    QList<Adaptation> adaptations;
    if (id != 0) {
        const JourneyRepository repo = repository();
        if (auto r = repo.launches(id))
            m_launchItems = *r;
        if (auto r = repo.feedback(id))
            feedback = *r;
        if (auto r = repo.adaptations(id))
            adaptations = *r;
        if (auto r = repo.normalizeItems(id))
            m_normalizeItems = *r;
    }
    const bool canEdit = writable() && id != 0;
    QList<std::pair<qint64, QStringList>> rows;
    for (const LaunchItem &l : std::as_const(m_launchItems))
        rows.append({l.id, {shortDate(l.date), l.what, l.audience}});
    const qint64 launch = m_launchList->currentId();
    fill(m_launchModel, rows);
    m_launchList->setColumnWidths({10, 44, 30});
    m_launchList->selectId(launch);
    rows.clear();
    for (const NormalizeItem &n : std::as_const(m_normalizeItems))
        rows.append({n.id, {shortDate(n.date), n.what, n.targetGroup}});
    const qint64 normalize = m_normalizeList->currentId();
    fill(m_normalizeModel, rows);
    m_normalizeList->setColumnWidths({10, 44, 30});
    m_normalizeList->selectId(normalize);
    const qint64 fb = m_feedbackList->currentId();
    m_feedback->setItems(feedback);
    m_feedbackList->selectId(fb);
    QStringList themes;
    for (const auto &[theme, count] : Journey::themeCounts(feedback))
        themes << u"%1 (%2)"_s.arg(theme).arg(count);
    m_themes->setText(themes.isEmpty() ? QString() : tr("Themes this cycle: %1").arg(themes.join(u", "_s)));
    for (RecordList *l : {m_launchList, m_feedbackList, m_adaptationList, m_normalizeList})
        l->setWritable(canEdit);

    const qint64 adaptation = m_adaptationList->currentId();
    m_adaptations->setAdaptations(adaptations, {}, {});
    m_adaptationList->selectId(adaptation);
    m_steps->setTabText(0, tr("1 · Pilot quickly (%1)").arg(m_launchItems.size()));
    m_steps->setTabText(1, tr("2 · Listen continuously (%1)").arg(feedback.size()));
    m_steps->setTabText(2, tr("3 · Adapt content (%1)").arg(adaptations.size()));
    m_steps->setTabText(3, tr("4 · Normalize usage (%1)").arg(m_normalizeItems.size()));
    m_steps->setEnabled(id != 0);
    if (adaptations.isEmpty())
        return;
    using Measured = std::pair<QHash<qint64, Journey::AdaptationEffect>, QHash<qint64, QString>>;
    const QString filter = pilot().cohortFilter;
    inBackground<Result<Measured>>(
        u"effects"_s,
        [adaptations, filter](const QSqlDatabase &db) -> Result<Measured> {
            const auto cohort = Journey::cohortLearners(db, filter);
            if (!cohort)
                return Result<Measured>::failure(cohort.error());
            Measured m;
            const JourneyRepository repo(db);
            QHash<qint64, QString> courses;
            if (auto c = repo.catalogue())
                for (const CatalogueCourse &x : *c)
                    courses.insert(x.id, x.name);
            for (const Adaptation &a : adaptations) {
                if (auto e = Journey::measureAdaptation(db, a, *cohort))
                    m.first.insert(a.id, *e);
                QString target = courses.value(a.courseId);
                if (a.contentId != 0) {
                    if (auto contents = repo.contents(a.courseId))
                        for (const CatalogueContent &c : *contents)
                            if (c.id == a.contentId)
                                target += u" — "_s + c.name;
                }
                m.second.insert(a.id, target);
            }
            return m;
        },
        [this, adaptations](const Result<Measured> &m) {
            if (!m)
                return;
            const qint64 current = m_adaptationList->currentId();
            m_adaptations->setAdaptations(adaptations, m->first, m->second);
            m_adaptationList->setColumnWidths({10, 40, 28, 34});
            m_adaptationList->selectId(current);
            Q_EMIT effectsMeasured();
        });
}

qint64 PilotPage::cycleId() const
{
    return m_cycleList->currentId();
}

qint64 PilotPage::selectedId() const
{
    const QModelIndexList rows =
        m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? 0 : rows.first().data(PilotsModel::PilotIdRole).toLongLong();
}

void PilotPage::updateDetails()
{
    const qint64 id = selectedId();
    m_edit->setEnabled(writable() && id != 0);
    m_delete->setEnabled(writable() && id != 0);
    m_targets->setEnabled(workspace() && undoStack() && id != 0); // read-only: to look at them
    const int row = m_model->rowOf(id);
    if (row < 0) {
        m_details->clear();
        return;
    }
    const Pilot &p = m_model->pilots().at(row);
    const QLocale l;
    QString text = u"<b>%1</b> — %2"_s.arg(p.name.toHtmlEscaped(), pilotStatusLabel(p.status).toHtmlEscaped());
    if (p.startDate.isValid()) {
        text += u"<br>"_s +
                tr("Sprint of %n week(s) from %1 to %2. Checkpoints: day 30 on %3, day 60 on %4, day 90 on %5.",
                   nullptr, p.durationWeeks)
                    .arg(l.toString(p.startDate, QLocale::LongFormat), l.toString(p.endDate(), QLocale::LongFormat),
                         l.toString(p.startDate.addDays(30), QLocale::ShortFormat),
                         l.toString(p.startDate.addDays(60), QLocale::ShortFormat),
                         l.toString(p.startDate.addDays(90), QLocale::ShortFormat))
                    .toHtmlEscaped();
    }
    if (!p.cohortDescription.isEmpty())
        text += u"<br>"_s + tr("Cohort: %1").arg(p.cohortDescription).toHtmlEscaped();
    if (!p.cohortFilter.isEmpty())
        text += u"<br>"_s + tr("Selected by: %1").arg(p.cohortFilter).toHtmlEscaped();
    m_details->setText(text);
}

void PilotPage::addPilot()
{
    if (!workspace() || !undoStack() || workspace()->isReadOnly())
        return;
    PilotDialog dialog(Pilot{}, this);
    while (dialog.exec() == QDialog::Accepted) {
        qint64 id = 0;
        const Status s = Editing::addPilot(*undoStack(), *workspace(), dialog.pilot(), &id);
        if (s) {
            selectPilot(id);
            const int row = m_model->rowOf(id);
            if (row >= 0)
                m_view->selectRow(row);
            return;
        }
        dialog.showError(s.error());
    }
}

void PilotPage::editSelected()
{
    const int row = m_model->rowOf(selectedId());
    if (!workspace() || !undoStack() || row < 0 || workspace()->isReadOnly())
        return;
    PilotDialog dialog(m_model->pilots().at(row), this);
    while (dialog.exec() == QDialog::Accepted) {
        const Status s = Editing::editPilot(*undoStack(), *workspace(), dialog.pilot());
        if (s)
            return;
        dialog.showError(s.error());
    }
}

void PilotPage::deleteSelected()
{
    const qint64 id = selectedId();
    if (!workspace() || !undoStack() || id == 0 || workspace()->isReadOnly())
        return;
    // Deleting is undoable (Edit → Undo), so no confirmation dialog stands in the way.
    const int row = m_model->rowOf(id);
    const qint64 readVersion = row >= 0 ? m_model->pilots().at(row).rowVersion.value : 0;
    if (const Status s = Editing::removePilot(*undoStack(), *workspace(), id, readVersion); !s)
        QMessageBox::warning(this, tr("Delete Pilot"), s.error());
}

void PilotPage::editTargets()
{
    const qint64 id = selectedId();
    if (workspace() && undoStack() && id != 0)
        TargetsDialog::open(this, *workspace(), *undoStack(), id);
}

void PilotPage::editCycle(const PlanCycle &cycle)
{
    if (!writable() || pilotId() == 0)
        return;
    int next = 1;
    for (const PlanCycle &c : std::as_const(m_cycleItems))
        next = std::max(next, c.number + 1);
    FormDialog d(cycle.id ? tr("Edit PLAN Cycle") : tr("Add PLAN Cycle"), this);
    auto *number = d.addSpin(tr("&Number:"), cycle.id ? cycle.number : next, 1, 99);
    const QDate start = cycle.startDate.isValid() ? cycle.startDate : today();
    auto *from = d.addDate(tr("&Starts:"), start);
    auto *to = d.addDate(tr("&Ends:"), cycle.endDate.isValid() ? cycle.endDate : start.addDays(13));
    auto *notes = d.addText(tr("N&otes:"), cycle.notes, 3);
    d.run([&] {
        PlanCycle changed = cycle;
        changed.pilotId = pilotId();
        changed.number = number->value();
        changed.startDate = FormDialog::dateOf(from);
        changed.endDate = FormDialog::dateOf(to);
        changed.notes = notes->toPlainText().trimmed();
        if (changed.endDate < changed.startDate)
            return Status::failure(tr("The cycle cannot end before it starts."));
        if (changed.id)
            return edit(changed);
        qint64 id = 0;
        const Status s = add(changed, &id);
        if (s)
            m_cycleList->selectId(id);
        return s;
    });
}

void PilotPage::editLaunch(const LaunchItem &item)
{
    if (!writable() || cycleId() == 0)
        return;
    FormDialog d(item.id ? tr("Edit Launch") : tr("Add Launch"), this);
    auto *what = d.addLine(tr("&What was launched:"), item.what);
    auto *audience = d.addLine(tr("&To whom:"), item.audience, tr("e.g. Team North, 40 agents"));
    auto *date = d.addDate(tr("&When:"), item.date.isValid() ? item.date : today());
    d.run([&] {
        LaunchItem changed = item;
        changed.cycleId = changed.id ? changed.cycleId : cycleId();
        changed.what = what->text().trimmed();
        changed.audience = audience->text().trimmed();
        changed.date = FormDialog::dateOf(date);
        if (changed.what.isEmpty())
            return Status::failure(tr("Say what was launched."));
        return changed.id ? edit(changed) : add(changed);
    });
}

void PilotPage::editFeedback(const FeedbackItem &item)
{
    if (!writable() || cycleId() == 0)
        return;
    FormDialog d(item.id ? tr("Edit Feedback") : tr("Add Feedback"), this);
    auto *date = d.addDate(tr("&Date:"), item.date.isValid() ? item.date : today());
    QList<FormDialog::Choice> sources;
    for (FeedbackSource s : {FeedbackSource::Survey, FeedbackSource::Interview, FeedbackSource::Chat,
                             FeedbackSource::HelpDesk, FeedbackSource::Analytics})
        sources.append({feedbackSourceLabel(s), int(s)});
    auto *source = d.addCombo(tr("&Source:"), sources, int(item.source));
    QList<FormDialog::Choice> sentiments;
    for (Sentiment s : {Sentiment::Positive, Sentiment::Neutral, Sentiment::Negative})
        sentiments.append({sentimentLabel(s), int(s)});
    auto *sentiment = d.addCombo(tr("S&entiment:"), sentiments, int(item.sentiment));
    QList<FormDialog::Choice> themes;
    for (const FeedbackItem &f : m_feedback->items())
        if (!f.theme.isEmpty() &&
            std::none_of(themes.cbegin(), themes.cend(), [&](const auto &c) { return c.first == f.theme; }))
            themes.append({f.theme, f.theme});
    auto *theme = d.addCombo(tr("&Theme:"), themes, item.theme, true);
    auto *quote = d.addText(tr("&Quote:"), item.quote, 3);
    d.run([&] {
        FeedbackItem changed = item;
        changed.cycleId = changed.id ? changed.cycleId : cycleId();
        changed.date = FormDialog::dateOf(date);
        changed.source = FeedbackSource(source->currentData().toInt());
        changed.sentiment = Sentiment(sentiment->currentData().toInt());
        changed.theme = theme->currentText().trimmed();
        changed.quote = quote->toPlainText().trimmed();
        if (changed.theme.isEmpty() && changed.quote.isEmpty())
            return Status::failure(tr("Give the feedback a theme or a quote."));
        return changed.id ? edit(changed) : add(changed);
    });
}

void PilotPage::editAdaptation(const Adaptation &item)
{
    if (!writable() || cycleId() == 0)
        return;
    FormDialog d(item.id ? tr("Edit Adaptation") : tr("Add Adaptation"), this);
    auto *date = d.addDate(tr("&Date:"), item.date.isValid() ? item.date : today());
    auto *description =
        d.addLine(tr("&Change:"), item.description, tr("e.g. Split the 45-minute module into three 12-minute modules"));
    QList<FormDialog::Choice> courses{{tr("(none)"), qint64(0)}};
    const JourneyRepository repo = repository();
    if (auto c = repo.catalogue())
        for (const CatalogueCourse &x : *c)
            courses.append({x.name, x.id});
    auto *course = d.addCombo(tr("C&ourse:"), courses, item.courseId);
    auto *content = d.addCombo(tr("Co&ntent:"), {}, {});
    auto fillContent = [this, course, content, &item] {
        content->clear();
        content->addItem(tr("(the whole course)"), qint64(0));
        if (auto list = repository().contents(course->currentData().toLongLong()))
            for (const CatalogueContent &c : *list)
                content->addItem(c.name, c.id);
        const int i = content->findData(item.contentId);
        content->setCurrentIndex(std::max(0, i));
    };
    fillContent();
    connect(course, &QComboBox::currentIndexChanged, content, fillContent);
    QList<FormDialog::Choice> answers{{tr("(none)"), qint64(0)}};
    for (const FeedbackItem &f : m_feedback->items())
        answers.append({f.quote.isEmpty() ? f.theme : u"%1: “%2”"_s.arg(f.theme, f.quote.left(60)), f.id});
    auto *feedback = d.addCombo(tr("&Answers feedback:"), answers, item.feedbackId);
    QList<FormDialog::Choice> kpis;
    for (AdaptationKpi k :
         {AdaptationKpi::CourseCompletion, AdaptationKpi::ContentCompletion, AdaptationKpi::ActiveRate})
        kpis.append({adaptationKpiLabel(k), int(k)});
    auto *kpi = d.addCombo(tr("&Measured by:"), kpis, int(item.kpi));
    auto *window = d.addSpin(tr("&Window:"), item.windowDays, 3, 90, tr(" days before and after"));
    d.run([&] {
        Adaptation changed = item;
        changed.cycleId = changed.id ? changed.cycleId : cycleId();
        changed.date = FormDialog::dateOf(date);
        changed.description = description->text().trimmed();
        changed.courseId = course->currentData().toLongLong();
        changed.contentId = content->currentData().toLongLong();
        changed.feedbackId = feedback->currentData().toLongLong();
        changed.kpi = AdaptationKpi(kpi->currentData().toInt());
        changed.windowDays = window->value();
        if (changed.description.isEmpty())
            return Status::failure(tr("Describe the change."));
        return changed.id ? edit(changed) : add(changed);
    });
}

void PilotPage::editNormalize(const NormalizeItem &item)
{
    if (!writable() || cycleId() == 0)
        return;
    FormDialog d(item.id ? tr("Edit Scaling Step") : tr("Add Scaling Step"), this);
    auto *what = d.addLine(tr("&What is scaled:"), item.what);
    auto *group = d.addLine(tr("&To which group:"), item.targetGroup, tr("e.g. all of Customer Support"));
    auto *date = d.addDate(tr("&When:"), item.date.isValid() ? item.date : today());
    d.run([&] {
        NormalizeItem changed = item;
        changed.cycleId = changed.id ? changed.cycleId : cycleId();
        changed.what = what->text().trimmed();
        changed.targetGroup = group->text().trimmed();
        changed.date = FormDialog::dateOf(date);
        if (changed.what.isEmpty())
            return Status::failure(tr("Say what is scaled."));
        return changed.id ? edit(changed) : add(changed);
    });
}

void PilotPage::editAction(const Action &action)
{
    if (!writable() || pilotId() == 0)
        return;
    FormDialog d(action.id ? tr("Edit Action") : tr("Add Action"), this);
    auto *title = d.addLine(tr("&Action:"), action.title);
    QList<FormDialog::Choice> buckets{{tr("Day 30"), 30}, {tr("Day 60"), 60}, {tr("Day 90"), 90}};
    auto *bucket = d.addCombo(tr("&Bucket:"), buckets, action.bucket);
    QList<FormDialog::Choice> phases;
    for (Phase p : AllPhases)
        phases.append({phaseLabel(p), int(p)});
    auto *phase = d.addCombo(tr("&Phase:"), phases, int(action.phase));
    auto *owner = d.addLine(tr("&Owner:"), action.owner);
    auto *due = d.addDate(tr("D&ue date:"), action.dueDate, true);
    QList<FormDialog::Choice> statuses;
    for (ActionStatus s : {ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Done, ActionStatus::Dropped})
        statuses.append({actionStatusLabel(s), int(s)});
    auto *status = d.addCombo(tr("&Status:"), statuses, int(action.status));
    QList<FormDialog::Choice> levers{{tr("(none)"), qint64(0)}};
    for (const Lever &l : std::as_const(m_levers))
        levers.append({l.name, l.id});
    auto *lever = d.addCombo(tr("Serves &lever:"), levers, action.leverId);
    QList<FormDialog::Choice> barriers{{tr("(none)"), qint64(0)}};
    for (const Barrier &b : std::as_const(m_barriers))
        barriers.append({b.title, b.id});
    auto *barrier = d.addCombo(tr("Answers ba&rrier:"), barriers, action.barrierId);
    auto *cohort = d.addCheck(tr("Serves the &cohort directly"), action.cohort);
    d.run([&] {
        Action changed = action;
        changed.pilotId = pilotId();
        changed.title = title->text().trimmed();
        changed.bucket = bucket->currentData().toInt();
        changed.phase = Phase(phase->currentData().toInt());
        changed.owner = owner->text().trimmed();
        changed.dueDate = FormDialog::dateOf(due);
        changed.status = ActionStatus(status->currentData().toInt());
        changed.leverId = lever->currentData().toLongLong();
        changed.barrierId = barrier->currentData().toLongLong();
        changed.cohort = cohort->isChecked();
        if (changed.title.isEmpty())
            return Status::failure(tr("Say what needs to be done."));
        if (changed.id)
            return edit(changed);
        changed.position = int(m_actions->rowCount());
        return add(changed);
    });
}

} // namespace Uptake
