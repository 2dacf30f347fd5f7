#include "diagnosepage.h"

#include "dialogs/formdialog.h"
#include "itemmodels/journeymodels.h"
#include "journey/analysis.h"
#include "storage/workspace.h"
#include "widgets/barrierchart.h"
#include "widgets/kpitile.h"
#include "widgets/recordlist.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Uptake {

namespace {

QString percent(const std::optional<double> &rate)
{
    return rate ? QLocale().toString(*rate * 100, 'f', 0) + QLocale().percent()
                : QCoreApplication::translate("Uptake::DiagnosePage", "–");
}

/// "+5 pts vs first" for rates, "+12 vs first" for counts.
QString versus(const std::optional<double> &now, const std::optional<double> &first, bool rate)
{
    if (!now || !first)
        return {};
    const double d = rate ? (*now - *first) * 100 : *now - *first;
    const QString sign = d > 0 ? u"+"_s : QString();
    return rate ? QCoreApplication::translate("Uptake::DiagnosePage", "%1%2 pts vs the first snapshot")
                      .arg(sign, QLocale().toString(d, 'f', 0))
                : QCoreApplication::translate("Uptake::DiagnosePage", "%1%2 vs the first snapshot")
                      .arg(sign, QLocale().toString(d, 'f', 1));
}

QTableWidget *smallTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setFocusPolicy(Qt::TabFocus);
    t->setMinimumHeight(150);
    t->setWordWrap(false);
    t->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    return t;
}

} // namespace

DiagnosePage::DiagnosePage(QWidget *parent)
    : JourneyPage(Phase::Diagnose, tr("Diagnose"),
                  tr("Find out why people do not use the LMS yet, before changing anything: freeze a usage baseline, "
                     "listen to stakeholders, and keep a register of the barriers they and the numbers point to."),
                  parent)
    , m_snapshotModel(new QStandardItemModel(0, 3, this))
    , m_asOf(new QDateEdit(this))
    , m_label(new QLineEdit(this))
    , m_take(new QPushButton(tr("Take &Snapshot"), this))
    , m_dropOffs(nullptr)
    , m_heatmap(nullptr)
    , m_snapshotCaption(new QLabel(this))
    , m_interviews(new InterviewsModel(this))
    , m_barrierModel(new BarriersModel(this))
    , m_chart(new BarrierChart(this))
{
    // --- Baseline ------------------------------------------------------------------------------------------------
    m_snapshotModel->setHorizontalHeaderLabels({tr("As of"), tr("Label"), tr("Taken")});
    auto *baseline = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(baseline);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 8, 8, 0);
    auto *form = new QGridLayout;
    auto *asOfLabel = new QLabel(tr("&As of:"), left);
    asOfLabel->setBuddy(m_asOf);
    m_asOf->setCalendarPopup(true);
    m_asOf->setDate(today());
    auto *labelLabel = new QLabel(tr("&Label:"), left);
    labelLabel->setBuddy(m_label);
    m_label->setPlaceholderText(tr("e.g. Before the pilot"));
    form->addWidget(asOfLabel, 0, 0);
    form->addWidget(m_asOf, 0, 1);
    form->addWidget(labelLabel, 1, 0);
    form->addWidget(m_label, 1, 1);
    form->addWidget(m_take, 2, 1, Qt::AlignLeft);
    leftLayout->addLayout(form);
    m_snapshotList = new RecordList({tr("Snapshots"), QString(), tr("No baseline yet"),
                                     tr("Choose the last day the baseline should look at and take a snapshot. Its "
                                        "figures are frozen; later snapshots are compared with the first.")},
                                    m_snapshotModel, left);
    m_snapshotList->setColumnWidths({10, 16, 10});
    leftLayout->addWidget(m_snapshotList, 1);

    auto *scroll = new QScrollArea(baseline);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *right = new QWidget(scroll);
    scroll->setWidget(right);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 8, 0, 0);
    m_snapshotCaption->setObjectName(u"sectionTitle"_s);
    m_snapshotCaption->setWordWrap(true);
    rightLayout->addWidget(m_snapshotCaption);
    m_tileGrid = new QGridLayout;
    m_tileArea = right;
    right->installEventFilter(this);
    // The snapshot counts learners, not learner–course pairs: its completion tile is named for what it counts so
    // that it is not read as the completion rate of the pilot's targets (which counts each course a learner took).
    const QStringList captions{
        tr("Cohort"),          tr("Weekly active"), tr("Learners who completed"), tr("Days to first completion"),
        tr("Failed sign-ins"), tr("Top drop-off")};
    for (int i = 0; i < captions.size(); ++i) {
        auto *tile = new KpiTile(captions.at(i), right);
        m_tiles.append(tile);
        m_tileGrid->addWidget(tile, i / 3, i % 3);
    }
    rightLayout->addLayout(m_tileGrid);
    auto *tablesRow = new QVBoxLayout;
    auto *dropBox = new QVBoxLayout;
    auto *dropTitle = new QLabel(tr("Where learners stop"), right);
    dropTitle->setObjectName(u"listTitle"_s);
    dropBox->addWidget(dropTitle);
    m_dropOffs = smallTable({tr("Course"), tr("Content"), tr("Learners")}, right);
    dropBox->addWidget(m_dropOffs);
    auto *heatBox = new QVBoxLayout;
    auto *heatTitle = new QLabel(tr("Content consumption (active learners per week)"), right);
    heatTitle->setObjectName(u"listTitle"_s);
    heatBox->addWidget(heatTitle);
    m_heatmap = smallTable({tr("Course")}, right);
    heatBox->addWidget(m_heatmap);
    tablesRow->addLayout(dropBox, 1);
    tablesRow->addLayout(heatBox, 1);
    rightLayout->addLayout(tablesRow);
    rightLayout->addStretch(1);
    baseline->addWidget(left);
    baseline->addWidget(scroll);
    baseline->setStretchFactor(0, 0);
    baseline->setStretchFactor(1, 1);
    left->setMaximumWidth(360);
    left->setMinimumWidth(240);
    baseline->setSizes({300, 700});
    baseline->setChildrenCollapsible(false);
    tabs()->addTab(baseline, tr("&Baseline"));

    connect(m_take, &QPushButton::clicked, this, [this] { takeSnapshot(m_asOf->date(), m_label->text().trimmed()); });
    connect(m_snapshotList, &RecordList::currentChanged, this, &DiagnosePage::showSnapshot);
    m_snapshotList->setHandlers({}, {}, [this] {
        const qint64 id = m_snapshotList->currentId();
        for (const BaselineSnapshot &s : std::as_const(m_snapshots)) {
            if (s.id == id)
                remove(s, tr("Delete Snapshot"));
        }
    });

    // --- Interviews ---------------------------------------------------------------------------------------------
    m_interviewList = new RecordList(
        {tr("Stakeholder interviews"), tr("&Add Interview…"), tr("No interviews yet"),
         tr("Talk to learners, managers, HR and IT across functions and locations. Record who said what and tag "
            "the barriers you heard; the register counts how often each comes up.")},
        m_interviews, this);
    m_interviewList->setColumnWidths({10, 18, 18, 16, 12, 30});
    m_interviewList->setHandlers([this] { editInterview(Interview{}); },
                                 [this] {
                                     const QModelIndex i = m_interviewList->currentSourceIndex();
                                     if (i.isValid())
                                         editInterview(qvariant_cast<Interview>(i.data(ItemRole)));
                                 },
                                 [this] {
                                     const QModelIndex i = m_interviewList->currentSourceIndex();
                                     if (i.isValid())
                                         remove(qvariant_cast<Interview>(i.data(ItemRole)), tr("Delete Interview"));
                                 });
    m_interviews->setEditor([this](const Interview &i) { return edit(i); });
    tabs()->addTab(m_interviewList, tr("&Interviews"));

    // --- Barriers -------------------------------------------------------------------------------------------------
    auto *barriers = new QSplitter(Qt::Vertical, this);
    m_barrierList = new RecordList(
        {tr("Friction and barrier register"), tr("Add Ba&rrier…"), tr("No barriers registered"),
         tr("Add the friction points the numbers and the interviews show: login failures, unclear paths, content "
            "that misses job tasks, lack of time… Rate each by severity and note the evidence.")},
        m_barrierModel, barriers);
    m_barrierList->setColumnWidths({34, 22, 9, 10, 12, 30});
    m_barrierList->setHandlers([this] { editBarrier(Barrier{}); },
                               [this] {
                                   const QModelIndex i = m_barrierList->currentSourceIndex();
                                   if (i.isValid())
                                       editBarrier(qvariant_cast<Barrier>(i.data(ItemRole)));
                               },
                               [this] {
                                   const QModelIndex i = m_barrierList->currentSourceIndex();
                                   if (i.isValid())
                                       remove(qvariant_cast<Barrier>(i.data(ItemRole)), tr("Delete Barrier"));
                               });
    m_barrierModel->setEditor([this](const Barrier &b) { return edit(b); });
    barriers->addWidget(m_barrierList);
    auto *chartScroll = new QScrollArea(barriers);
    chartScroll->setWidgetResizable(true);
    chartScroll->setFrameShape(QFrame::NoFrame);
    chartScroll->setWidget(m_chart);
    barriers->addWidget(chartScroll);
    barriers->setSizes({300, 260});
    tabs()->addTab(barriers, tr("Ba&rriers"));

    addChecklistTab();
}

bool DiagnosePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tileArea && event->type() == QEvent::Resize) {
        // Three tiles a row when there is room, two when the window is narrow.
        const int columns = m_tileArea->width() >= 3 * 200 ? 3 : 2;
        if (columns != m_tileColumns) {
            m_tileColumns = columns;
            for (KpiTile *t : std::as_const(m_tiles))
                m_tileGrid->removeWidget(t);
            for (int i = 0; i < m_tiles.size(); ++i)
                m_tileGrid->addWidget(m_tiles.at(i), i / columns, i % columns);
        }
    }
    return JourneyPage::eventFilter(watched, event);
}

void DiagnosePage::takeSnapshot(const QDate &asOf, const QString &label)
{
    if (!writable() || pilotId() == 0)
        return;
    m_take->setEnabled(false);
    m_take->setText(tr("Taking snapshot…"));
    const Pilot p = pilot();
    const QString text =
        label.isEmpty() ? tr("Baseline as of %1").arg(QLocale().toString(asOf, QLocale::ShortFormat)) : label;
    inBackground<Result<BaselineSnapshot>>(
        u"snapshot"_s, [p, asOf, text](const QSqlDatabase &db) { return Journey::takeBaseline(db, p, asOf, text); },
        [this](const Result<BaselineSnapshot> &snapshot) {
            m_take->setEnabled(writable() && pilotId() != 0);
            m_take->setText(tr("Take &Snapshot"));
            qint64 id = 0;
            if (!snapshot)
                report(Status::failure(snapshot.error()), tr("Take Snapshot"));
            else if (report(add(*snapshot, &id), tr("Take Snapshot"))) {
                m_label->clear();
                m_snapshotList->selectId(id);
            }
            Q_EMIT snapshotTaken();
        });
}

void DiagnosePage::reloadJourney()
{
    const bool canEdit = writable() && pilotId() != 0;
    m_take->setEnabled(canEdit);
    m_snapshots.clear();
    QList<Interview> interviews;
    m_barriers.clear();
    QHash<qint64, int> counts;
    QList<Lever> levers;
    if (pilotId() != 0) {
        const JourneyRepository repo = repository();
        if (auto r = repo.snapshots(pilotId()))
            m_snapshots = *r;
        if (auto r = repo.interviews(pilotId()))
            interviews = *r;
        if (auto r = repo.barriers(pilotId()))
            m_barriers = *r;
        if (auto r = repo.interviewCounts(pilotId()))
            counts = *r;
        if (auto r = repo.levers(pilotId()))
            levers = *r;
    }
    const qint64 snapshotId = m_snapshotList->currentId();
    m_snapshotModel->setRowCount(0);
    for (const BaselineSnapshot &s : std::as_const(m_snapshots)) {
        QList<QStandardItem *> row{
            new QStandardItem(QLocale().toString(s.asOf, QLocale::ShortFormat)), new QStandardItem(s.label),
            new QStandardItem(QLocale().toString(s.takenAt.toLocalTime().date(), QLocale::ShortFormat))};
        for (auto *item : row) {
            item->setData(s.id, IdRole);
            item->setEditable(false);
        }
        m_snapshotModel->appendRow(row);
    }
    m_snapshotList->setColumnWidths({10, 16, 10});
    m_snapshotList->setWritable(canEdit);
    m_snapshotList->selectId(snapshotId ? snapshotId : (m_snapshots.isEmpty() ? 0 : m_snapshots.constLast().id));
    showSnapshot();

    QHash<qint64, QString> titles;
    for (const Barrier &b : std::as_const(m_barriers))
        titles.insert(b.id, b.title);
    const qint64 interviewId = m_interviewList->currentId();
    m_interviews->setBarrierTitles(titles);
    m_interviews->setItems(interviews);
    m_interviewList->setWritable(canEdit);
    m_interviewList->selectId(interviewId);
    const qint64 barrierId = m_barrierList->currentId();
    m_barrierModel->setBarriers(m_barriers, counts, levers);
    m_barrierList->setWritable(canEdit);
    m_barrierList->selectId(barrierId);
    m_chart->setBarriers(m_barriers, counts);
}

void DiagnosePage::showSnapshot()
{
    const qint64 id = m_snapshotList->currentId();
    const BaselineSnapshot *shown = nullptr;
    for (const BaselineSnapshot &s : std::as_const(m_snapshots)) {
        if (s.id == id)
            shown = &s;
    }
    m_dropOffs->setRowCount(0);
    m_heatmap->setRowCount(0);
    if (!shown) {
        m_snapshotCaption->setText(m_snapshots.isEmpty() ? tr("No baseline snapshot yet")
                                                         : tr("Choose a snapshot to see its figures"));
        for (KpiTile *t : std::as_const(m_tiles))
            t->setValue(tr("–"));
        return;
    }
    const QLocale l;
    const BaselineFigures f = shown->figures();
    const bool isFirst = shown->id == m_snapshots.constFirst().id;
    const BaselineFigures first = m_snapshots.constFirst().figures();
    m_snapshotCaption->setText(
        isFirst ? tr("%1 — frozen figures as of %2 (the first snapshot: later ones are compared with it)")
                      .arg(shown->label, l.toString(f.asOf, QLocale::ShortFormat))
                : tr("%1 — frozen figures as of %2, compared with the first snapshot of %3")
                      .arg(shown->label, l.toString(f.asOf, QLocale::ShortFormat),
                           l.toString(first.asOf, QLocale::ShortFormat)));
    auto cmp = [&](const std::optional<double> &a, const std::optional<double> &b, bool rate) {
        return isFirst ? QString() : versus(a, b, rate);
    };
    m_tiles[0]->setValue(l.toString(f.cohortSize), tr("learners in the cohort"));
    m_tiles[1]->setValue(l.toString(f.weeklyActive),
                         tr("%1 of the cohort in the 7 days up to then. %2")
                             .arg(percent(f.activeRate), cmp(f.activeRate, first.activeRate, true)));
    m_tiles[2]->setValue(percent(f.completionRate),
                         tr("%1 of the %2 learners active in a course in the %3 days up to then completed at least "
                            "one (not the completion rate of learner–course pairs). %4")
                             .arg(l.toString(f.learnersWithCompletions), l.toString(f.learnersWithEvents),
                                  l.toString(f.windowDays), cmp(f.completionRate, first.completionRate, true)));
    m_tiles[3]->setValue(
        f.medianDaysToFirstCompletion ? l.toString(*f.medianDaysToFirstCompletion, 'f', 1) : tr("–"),
        tr("median days. %1").arg(cmp(f.medianDaysToFirstCompletion, first.medianDaysToFirstCompletion, false)));
    m_tiles[4]->setValue(l.toString(f.failedLogins),
                         tr("learners affected: %1. %2")
                             .arg(l.toString(f.learnersWithFailedLogins),
                                  cmp(double(f.failedLogins), double(first.failedLogins), false)));
    if (f.topDropOffs.isEmpty())
        m_tiles[5]->setValue(tr("None"), tr("no learner stopped part-way"));
    else
        m_tiles[5]->setValue(l.toString(f.topDropOffs.constFirst().learners),
                             tr("stopped at %1")
                                 .arg(f.topDropOffs.constFirst().content.isEmpty()
                                          ? f.topDropOffs.constFirst().course
                                          : f.topDropOffs.constFirst().content));
    for (const DropOffPoint &d : f.topDropOffs) {
        const int r = m_dropOffs->rowCount();
        m_dropOffs->insertRow(r);
        m_dropOffs->setItem(r, 0, new QTableWidgetItem(d.course));
        m_dropOffs->setItem(r, 1, new QTableWidgetItem(d.content.isEmpty() ? tr("(course page)") : d.content));
        auto *n = new QTableWidgetItem(l.toString(d.learners));
        n->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_dropOffs->setItem(r, 2, n);
    }
    m_dropOffs->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_dropOffs->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_dropOffs->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    int weeks = 0;
    qint64 peak = 1;
    for (const HeatmapRow &h : f.heatmap) {
        weeks = std::max(weeks, int(h.learnersPerWeek.size()));
        for (qint64 v : h.learnersPerWeek)
            peak = std::max(peak, v);
    }
    QStringList headers{tr("Course")};
    for (int w = 0; w < weeks; ++w)
        headers << tr("Wk %1").arg(w + 1);
    m_heatmap->setColumnCount(int(headers.size()));
    m_heatmap->setHorizontalHeaderLabels(headers);
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    for (const HeatmapRow &h : f.heatmap) {
        const int r = m_heatmap->rowCount();
        m_heatmap->insertRow(r);
        m_heatmap->setItem(r, 0, new QTableWidgetItem(h.course));
        for (int w = 0; w < h.learnersPerWeek.size(); ++w) {
            const qint64 v = h.learnersPerWeek.at(w);
            auto *cell = new QTableWidgetItem(l.toString(v));
            cell->setTextAlignment(Qt::AlignCenter);
            QColor c(dark ? u"#5fb8a5"_s : u"#2f7d6d"_s);
            c.setAlphaF(0.12 + 0.6 * double(v) / double(peak));
            cell->setBackground(c);
            m_heatmap->setItem(r, w + 1, cell);
        }
    }
    m_heatmap->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < m_heatmap->columnCount(); ++c)
        m_heatmap->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
}

void DiagnosePage::editInterview(const Interview &interview)
{
    if (!writable())
        return;
    FormDialog d(interview.id ? tr("Edit Interview") : tr("Add Interview"), this);
    auto *name = d.addLine(tr("&Name:"), interview.name);
    auto *role = d.addLine(tr("&Role:"), interview.role, tr("e.g. Team lead"));
    auto *function = d.addLine(tr("&Function:"), interview.function, tr("e.g. Customer Support, IT, HR"));
    auto *location = d.addLine(tr("&Location:"), interview.location);
    auto *date = d.addDate(tr("&Date:"), interview.date.isValid() ? interview.date : today());
    auto *notes = d.addText(tr("N&otes:"), interview.notes, 4);
    QList<std::pair<QString, qint64>> items;
    for (const Barrier &b : std::as_const(m_barriers))
        items.append({u"%1 (%2)"_s.arg(b.title, barrierCategoryLabel(b.category)), b.id});
    auto *tags = d.addChecks(tr("&Barriers heard:"), items, interview.barrierIds);
    if (m_barriers.isEmpty())
        d.addNote(tr("Register barriers on the Barriers tab to tag them here."));
    d.run([&] {
        Interview changed = interview;
        changed.pilotId = pilotId();
        changed.name = name->text().trimmed();
        changed.role = role->text().trimmed();
        changed.function = function->text().trimmed();
        changed.location = location->text().trimmed();
        changed.date = FormDialog::dateOf(date);
        changed.notes = notes->toPlainText().trimmed();
        changed.barrierIds = FormDialog::checkedIds(tags);
        if (changed.name.isEmpty())
            return Status::failure(tr("Name the person you interviewed."));
        if (changed.id)
            return edit(changed);
        qint64 id = 0;
        const Status s = add(changed, &id);
        if (s)
            m_interviewList->selectId(id);
        return s;
    });
}

void DiagnosePage::editBarrier(const Barrier &barrier)
{
    if (!writable())
        return;
    FormDialog d(barrier.id ? tr("Edit Barrier") : tr("Add Barrier"), this);
    auto *title = d.addLine(tr("&Barrier:"), barrier.title, tr("What holds people back, in a few words"));
    QList<FormDialog::Choice> categories;
    QStringList keys = builtInBarrierCategories();
    if (auto all = repository().barrierCategories())
        keys = *all;
    for (const QString &k : std::as_const(keys))
        categories.append({barrierCategoryLabel(k), k});
    auto *category =
        d.addCombo(tr("&Category:"), categories,
                   barrier.category.isEmpty() ? QVariant(keys.value(0)) : QVariant(barrier.category), true);
    d.addNote(tr("Pick a built-in category or type a new one."));
    QList<FormDialog::Choice> severities;
    for (Severity s : {Severity::Low, Severity::Medium, Severity::High, Severity::Critical})
        severities.append({severityLabel(s), int(s)});
    auto *severity = d.addCombo(tr("&Severity:"), severities, int(barrier.severity));
    auto *evidence = d.addText(tr("&Evidence:"), barrier.evidence, 3);
    d.run([&] {
        Barrier changed = barrier;
        changed.pilotId = pilotId();
        changed.title = title->text().trimmed();
        const int index = category->findText(category->currentText());
        changed.category = index >= 0 ? category->itemData(index).toString() : category->currentText().trimmed();
        changed.severity = Severity(severity->currentData().toInt());
        changed.evidence = evidence->toPlainText().trimmed();
        if (changed.title.isEmpty())
            return Status::failure(tr("Name the barrier."));
        if (changed.category.isEmpty())
            return Status::failure(tr("Choose or type a category."));
        if (changed.id)
            return edit(changed);
        changed.position = int(m_barriers.size());
        qint64 id = 0;
        const Status s = add(changed, &id);
        if (s)
            m_barrierList->selectId(id);
        return s;
    });
}

} // namespace Uptake
