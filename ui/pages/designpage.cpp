#include "designpage.h"

#include "metrics/metrics.h"

#include "dialogs/formdialog.h"
#include "itemmodels/journeymodels.h"
#include "journey/templates.h"
#include "widgets/recordlist.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Uptake {

DesignPage::DesignPage(QWidget *parent)
    : JourneyPage(Phase::Design, tr("Design"),
                  tr("Build the engagement plan on three pillars — content relevance, habit formation and recognition. "
                     "Choose the levers that answer the barriers you found, name the KPI each should move, and keep "
                     "the content scope to the essential few."),
                  parent)
    , m_coverage(new QLabel(this))
    , m_scopeModel(new QStandardItemModel(0, 4, this))
    , m_scopeWarning(new QLabel(this))
{
    auto *leversTab = new QWidget(this);
    auto *leversLayout = new QVBoxLayout(leversTab);
    leversLayout->setContentsMargins(0, 8, 0, 0);
    m_coverage->setObjectName(u"nextStep"_s);
    m_coverage->setWordWrap(true);
    m_coverage->setTextFormat(Qt::PlainText);
    leversLayout->addWidget(m_coverage);
    auto *split = new QSplitter(Qt::Vertical, leversTab);
    const QStringList mnemonics{tr("Add &Content Lever…"), tr("Add Ha&bit Lever…"), tr("Add Reco&gnition Lever…")};
    for (Pillar pillar : AllPillars) {
        auto *model = new LeversModel(this);
        model->setEditor([this](const Lever &l) { return edit(l); });
        auto *list =
            new RecordList({pillarLabel(pillar), mnemonics.at(int(pillar)), tr("No %1 levers").arg(pillarLabel(pillar)),
                            tr("Add a lever of this pillar, or start the pilot from the template plan to get "
                               "the built-in ones. Tick the levers you choose.")},
                           model, split);
        list->setColumnWidths({36, 0, 9, 16, 40});
        list->view()->hideColumn(LeversModel::Pillar);
        list->setHandlers([this, pillar] { editLever(Lever{}, pillar); },
                          [this, list, pillar] {
                              const QModelIndex i = list->currentSourceIndex();
                              if (i.isValid())
                                  editLever(qvariant_cast<Lever>(i.data(ItemRole)), pillar);
                          },
                          [this, list] {
                              const QModelIndex i = list->currentSourceIndex();
                              if (i.isValid())
                                  remove(qvariant_cast<Lever>(i.data(ItemRole)), tr("Delete Lever"));
                          });
        m_leverModels.append(model);
        m_leverLists.append(list);
        split->addWidget(list);
    }
    leversLayout->addWidget(split, 1);
    tabs()->addTab(leversTab, tr("&Levers"));

    auto *scopeTab = new QWidget(this);
    auto *scopeLayout = new QVBoxLayout(scopeTab);
    scopeLayout->setContentsMargins(0, 8, 0, 0);
    m_scopeWarning->setObjectName(u"nextStep"_s);
    m_scopeWarning->setWordWrap(true);
    m_scopeWarning->setTextFormat(Qt::PlainText);
    scopeLayout->addWidget(m_scopeWarning);
    m_scopeModel->setHorizontalHeaderLabels({tr("Course"), tr("Duration"), tr("Split?"), tr("Note")});
    m_scopeList = new RecordList({tr("Courses in the pilot's scope"), tr("&Add Course…"), tr("No courses in scope"),
                                  tr("Add the few courses that matter most for the cohort's work. A tight scope keeps "
                                     "learners focused; Uptake warns when it grows too broad.")},
                                 m_scopeModel, scopeTab);
    m_scopeList->setColumnWidths({36, 10, 50, 20});
    m_scopeList->setHandlers([this] { addScope(); }, [this] { editScope(); },
                             [this] {
                                 const qint64 id = m_scopeList->currentId();
                                 for (const ScopeCourse &s : std::as_const(m_scope)) {
                                     if (s.courseId == id)
                                         remove(s, tr("Remove Course from Scope"));
                                 }
                             });
    scopeLayout->addWidget(m_scopeList, 1);
    tabs()->addTab(scopeTab, tr("Content &Scope"));
    addChecklistTab();
}

void DesignPage::reloadJourney()
{
    m_barriers.clear();
    m_levers.clear();
    m_scope.clear();
    m_kpis.clear();
    if (pilotId() != 0) {
        const JourneyRepository repo = repository();
        if (auto r = repo.barriers(pilotId()))
            m_barriers = *r;
        if (auto r = repo.levers(pilotId()))
            m_levers = *r;
        if (auto r = repo.scope(pilotId()))
            m_scope = *r;
        if (auto r = repo.pilotKpis(pilotId()))
            m_kpis = *r;
    }
    QHash<qint64, QString> titles;
    for (const Barrier &b : std::as_const(m_barriers))
        titles.insert(b.id, b.title);
    for (Pillar pillar : AllPillars) {
        QList<Lever> mine;
        for (const Lever &l : std::as_const(m_levers)) {
            if (l.pillar == pillar)
                mine.append(l);
        }
        RecordList *list = m_leverLists.at(int(pillar));
        const qint64 id = list->currentId();
        m_leverModels.at(int(pillar))->setLevers(mine);
        list->setWritable(writable());
        list->selectId(id);
    }
    // The Barriers column shows ids as titles through the model's own formatting: give it names by tooltip.
    const Journey::Coverage coverage = Journey::analyseCoverage(m_barriers, m_levers);
    int chosen = 0;
    for (const Lever &l : std::as_const(m_levers))
        chosen += l.chosen ? 1 : 0;
    QStringList lines;
    if (m_levers.isEmpty())
        lines << tr("No levers yet. Start from the template plan or add your own, then tick the ones you choose.");
    else
        lines << tr("%1 of %2 levers chosen.").arg(chosen).arg(m_levers.size());
    if (!coverage.unaddressed.isEmpty()) {
        QStringList names;
        for (const Barrier &b : coverage.unaddressed)
            names << QLocale().quoteString(b.title);
        lines << tr("Warning: no chosen lever addresses %1.").arg(names.join(u", "_s));
    }
    if (!coverage.idleLevers.isEmpty()) {
        QStringList names;
        for (const Lever &l : coverage.idleLevers)
            names << QLocale().quoteString(l.name);
        lines << tr("Warning: these chosen levers address no barrier: %1.").arg(names.join(u", "_s));
    }
    if (!m_levers.isEmpty() && coverage.complete() && chosen > 0)
        lines << tr("Every barrier is addressed by a chosen lever, and every chosen lever answers a barrier.");
    m_coverage->setText(lines.join(u"\n"_s));

    const qint64 scopeId = m_scopeList->currentId();
    m_scopeModel->setRowCount(0);
    const QLocale l;
    for (const ScopeCourse &s : std::as_const(m_scope)) {
        QList<QStandardItem *> row{
            new QStandardItem(s.name),
            new QStandardItem(s.durationMinutes ? tr("%1 min").arg(l.toString(*s.durationMinutes, 'f', 0)) : tr("–")),
            new QStandardItem(tr("checking…")), new QStandardItem(s.note)};
        for (auto *item : row) {
            item->setData(s.courseId, IdRole);
            item->setEditable(false);
        }
        m_scopeModel->appendRow(row);
    }
    m_scopeList->setColumnWidths({40, 10, 44, 20});
    m_scopeList->setWritable(writable() && pilotId() != 0);
    m_scopeList->selectId(scopeId);
    m_scopeWarning->setText(tr("Checking the scope against the catalogue and the drop-off data…"));
    m_scopeWarning->setVisible(!m_scope.isEmpty());
    if (pilotId() != 0 && !m_scope.isEmpty()) {
        const qint64 id = pilotId();
        inBackground<Result<Journey::ScopeCheck>>(
            u"scope"_s, [id](const QSqlDatabase &db) { return Journey::checkScope(db, id); },
            [this](const Result<Journey::ScopeCheck> &check) {
                if (check)
                    showScopeCheck(*check);
                else
                    m_scopeWarning->setText(check.error());
            });
    }
}

void DesignPage::showScopeCheck(const Journey::ScopeCheck &check)
{
    QStringList lines;
    if (check.tooBroad())
        lines << tr("Warning: %1").arg(check.message());
    else
        lines << tr("%1 of at most %2 courses in scope (the essential few of a catalogue of %3).")
                     .arg(check.scopeCourses)
                     .arg(check.limit)
                     .arg(check.catalogueCourses);
    if (!check.splitCandidates.isEmpty())
        lines << tr("Courses to split into shorter modules: %1 (marked below).").arg(check.splitCandidates.size());
    m_scopeWarning->setText(lines.join(u"\n"_s));
    const QLocale l;
    for (int r = 0; r < m_scopeModel->rowCount(); ++r) {
        const qint64 id = m_scopeModel->item(r, 0)->data(IdRole).toLongLong();
        QString text;
        for (const Journey::SplitCandidate &c : check.splitCandidates) {
            if (c.courseId != id)
                continue;
            text = c.stoppingPoint.isEmpty()
                       ? tr("Split: %1 min per module").arg(l.toString(c.minutesPerModule, 'f', 0))
                       : tr("Split at “%1”: %2% of %3 non-finishers stop there")
                             .arg(c.stoppingPoint, l.toString(c.stopShare * 100, 'f', 0), l.toString(c.nonFinishers));
        }
        m_scopeModel->item(r, 2)->setText(text.isEmpty() ? tr("No") : text);
        if (!text.isEmpty()) {
            QFont f = font();
            f.setBold(true);
            m_scopeModel->item(r, 2)->setFont(f);
        }
    }
}

void DesignPage::editLever(const Lever &lever, Pillar pillar)
{
    if (!writable())
        return;
    FormDialog d(lever.id ? tr("Edit Lever") : tr("Add Lever"), this);
    QList<FormDialog::Choice> pillars;
    for (Pillar p : AllPillars)
        pillars.append({pillarLabel(p), int(p)});
    auto *pillarBox = d.addCombo(tr("&Pillar:"), pillars, int(lever.id ? lever.pillar : pillar));
    auto *name = d.addLine(tr("&Name:"), lever.name);
    auto *description = d.addText(tr("&Description:"), lever.description, 2);
    auto *chosen = d.addCheck(tr("&Chosen for this pilot"), lever.id ? lever.chosen : true);
    QList<std::pair<QString, qint64>> items;
    for (const Barrier &b : std::as_const(m_barriers))
        items.append({b.title, b.id});
    auto *barriers = d.addChecks(tr("&Barriers addressed:"), items, lever.barrierIds);
    // The KPIs Uptake measures by name (the pilot's own first), then any other the lever already names; a new
    // one can be typed.
    QList<FormDialog::Choice> kpis{{tr("(none)"), QString()}};
    QStringList keys = m_kpis;
    for (const auto &known : Metrics::targetKpis())
        if (!keys.contains(known.first))
            keys << known.first;
    if (!lever.kpi.isEmpty() && !keys.contains(lever.kpi))
        keys << lever.kpi;
    for (const QString &k : std::as_const(keys)) {
        const auto info = Metrics::targetKpiInfo(k);
        kpis.append({info ? info->label : k, k});
    }
    auto *kpi = d.addCombo(tr("&KPI it should move:"), kpis, lever.kpi, true);
    auto *notes = d.addText(tr("N&otes:"), lever.notes, 2);
    d.run([&] {
        Lever changed = lever;
        changed.pilotId = pilotId();
        changed.pillar = Pillar(pillarBox->currentData().toInt());
        changed.name = name->text().trimmed();
        changed.description = description->toPlainText().trimmed();
        changed.chosen = chosen->isChecked();
        changed.barrierIds = FormDialog::checkedIds(barriers);
        const int k = kpi->findText(kpi->currentText());
        changed.kpi = k >= 0 ? kpi->itemData(k).toString() : kpi->currentText().trimmed();
        changed.notes = notes->toPlainText().trimmed();
        if (changed.name.isEmpty())
            return Status::failure(tr("Name the lever."));
        if (changed.id)
            return edit(changed);
        changed.position = int(m_levers.size());
        return add(changed);
    });
}

void DesignPage::addScope()
{
    if (!writable() || pilotId() == 0)
        return;
    QList<FormDialog::Choice> courses;
    QSet<qint64> inScope;
    for (const ScopeCourse &s : std::as_const(m_scope))
        inScope.insert(s.courseId);
    if (auto catalogue = repository().catalogue()) {
        for (const CatalogueCourse &c : *catalogue) {
            if (!inScope.contains(c.id))
                courses.append({c.durationMinutes
                                    ? tr("%1 (%2 min)").arg(c.name, QLocale().toString(*c.durationMinutes, 'f', 0))
                                    : c.name,
                                c.id});
        }
    }
    if (courses.isEmpty()) {
        report(Status::failure(tr("There is no course left to add. Import a course catalogue or usage data first.")),
               tr("Add Course to Scope"));
        return;
    }
    FormDialog d(tr("Add Course to Scope"), this);
    auto *course = d.addCombo(tr("&Course:"), courses, {});
    auto *note = d.addLine(tr("&Note:"), {}, tr("Why it is in scope"));
    d.run([&] {
        ScopeCourse s;
        s.pilotId = pilotId();
        s.courseId = course->currentData().toLongLong();
        s.note = note->text().trimmed();
        return add(s);
    });
}

void DesignPage::editScope()
{
    const qint64 id = m_scopeList->currentId();
    for (const ScopeCourse &s : std::as_const(m_scope)) {
        if (s.courseId != id || !writable())
            continue;
        FormDialog d(tr("Edit Course in Scope"), this);
        d.addNote(s.name);
        auto *note = d.addLine(tr("&Note:"), s.note, tr("Why it is in scope"));
        d.run([&] {
            ScopeCourse changed = s;
            changed.note = note->text().trimmed();
            return edit(changed);
        });
        return;
    }
}

} // namespace Uptake
