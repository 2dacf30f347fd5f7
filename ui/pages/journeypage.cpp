#include "journeypage.h"

#include "dialogs/formdialog.h"
#include "itemmodels/journeymodels.h"
#include "journey/analysis.h"
#include "storage/pilotrepository.h"
#include "storage/workspace.h"
#include "widgets/emptystate.h"
#include "widgets/journeystepper.h"
#include "widgets/recordlist.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Uptake {

PilotSelection *PilotSelection::of(Workspace *workspace)
{
    if (!workspace)
        return nullptr;
    auto *selection = workspace->findChild<PilotSelection *>(QString(), Qt::FindDirectChildrenOnly);
    if (!selection)
        selection = new PilotSelection(workspace);
    return selection;
}

void PilotSelection::setPilotId(qint64 id)
{
    if (id == m_pilotId)
        return;
    m_pilotId = id;
    Q_EMIT changed(id);
}

JourneyPage::JourneyPage(Phase phase, const QString &title, const QString &lead, QWidget *parent)
    : Page(parent)
    , m_phase(phase)
    , m_headerLayout(new QVBoxLayout)
    , m_stepper(new JourneyStepper(this))
    , m_pilotLabel(new QLabel(this))
    , m_pilotCombo(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_templateBanner(new QFrame(this))
    , m_templateButton(new QPushButton(tr("Start from the &Template Plan"), this))
    , m_body(new QStackedWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_noPilot(new EmptyState(tr("No pilot yet"),
                               tr("The journey follows one pilot from diagnosis to governance. Create a pilot on the "
                                  "Pilot page first; its checklist, levers and 30/60/90-day plan start from the "
                                  "method's templates."),
                               tr("Go to the Pilot Page"), this))
    , m_checklistModel(new ChecklistModel(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 16, 24, 16);
    outer->setSpacing(8);
    m_headerLayout->setSpacing(6);
    // Title and where the pilot is in the journey on one line; guidance below; then what is open, and which pilot.
    auto *titleRow = new QHBoxLayout;
    auto *heading = new QLabel(title, this);
    heading->setObjectName(u"pageTitle"_s);
    titleRow->addWidget(heading);
    titleRow->addSpacing(24);
    titleRow->addWidget(m_stepper, 1);
    m_headerLayout->addLayout(titleRow);
    auto *leadLabel = new QLabel(lead, this);
    leadLabel->setObjectName(u"pageLead"_s);
    leadLabel->setWordWrap(true);
    m_headerLayout->addWidget(leadLabel);
    auto *statusRow = new QHBoxLayout;
    m_status->setObjectName(u"pageStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    statusRow->addWidget(m_status, 1);
    auto *pilotBox = new QVBoxLayout;
    auto *pilotCaption = new QLabel(tr("&Pilot:"), this);
    pilotCaption->setBuddy(m_pilotCombo);
    pilotCaption->setObjectName(u"kpiCaption"_s);
    pilotBox->addWidget(pilotCaption);
    m_pilotCombo->setMinimumWidth(200);
    m_pilotCombo->setMaximumWidth(320);
    m_pilotCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_pilotCombo->setAccessibleName(tr("Pilot"));
    pilotBox->addWidget(m_pilotCombo);
    m_pilotLabel->setObjectName(u"pilotName"_s);
    pilotBox->addWidget(m_pilotLabel);
    pilotBox->addStretch(1);
    statusRow->addLayout(pilotBox);
    m_headerLayout->addLayout(statusRow);

    m_templateBanner->setObjectName(u"stepCard"_s);
    auto *banner = new QHBoxLayout(m_templateBanner);
    banner->setContentsMargins(12, 8, 12, 8);
    auto *bannerText = new QLabel(tr("This pilot has no checklist, levers or 30/60/90-day plan yet. Start from the "
                                     "method's templates and edit them from there."),
                                  m_templateBanner);
    bannerText->setWordWrap(true);
    banner->addWidget(bannerText, 1);
    banner->addWidget(m_templateButton);
    m_headerLayout->addWidget(m_templateBanner);
    m_templateBanner->hide();
    outer->addLayout(m_headerLayout);

    m_body->addWidget(m_tabs);
    m_body->addWidget(m_noPilot);
    outer->addWidget(m_body, 1);

    connect(m_pilotCombo, &QComboBox::activated, this, [this](int index) {
        if (workspace())
            PilotSelection::of(workspace())->setPilotId(m_pilotCombo->itemData(index).toLongLong());
    });
    connect(m_templateButton, &QPushButton::clicked, this, &JourneyPage::applyTemplate);
    connect(m_noPilot, &EmptyState::actionTriggered, this, [this] { Q_EMIT navigateRequested(int(PageId::Pilot)); });
    m_checklistModel->setEditor([this](const ChecklistItem &item) { return edit(item); });
}

void JourneyPage::addChecklistTab()
{
    m_checklistList = new RecordList(
        {tr("%1 checklist").arg(phaseLabel(m_phase)), tr("&Add Item…"), tr("No checklist items for this phase"),
         tr("Add what this phase needs done, with an owner and a due date, or start the pilot from the template "
            "plan. Tick items off as they are done.")},
        m_checklistModel, this);
    m_checklistList->proxy()->setDueColumn(ChecklistModel::Due);
    m_checklistList->setColumnWidths({52, 12, 22, 18});
    auto dialog = [this](const ChecklistItem &item, const QString &title) {
        FormDialog d(title, this);
        auto *text = d.addLine(tr("&Item:"), item.text);
        auto *owner = d.addLine(tr("&Owner:"), item.owner, tr("Who makes sure it happens"));
        auto *due = d.addDate(tr("D&ue date:"), item.dueDate, true);
        auto *done = d.addCheck(tr("&Done"), item.done);
        return d.run([&] {
            ChecklistItem changed = item;
            changed.text = text->text().trimmed();
            changed.owner = owner->text().trimmed();
            changed.dueDate = FormDialog::dateOf(due);
            changed.done = done->isChecked();
            if (changed.text.isEmpty())
                return Status::failure(tr("Say what needs to be done."));
            if (changed.id == 0) {
                changed.phase = m_phase;
                changed.pilotId = pilotId();
                changed.position = int(m_checklistModel->rowCount());
                return add(changed);
            }
            return edit(changed);
        });
    };
    m_checklistList->setHandlers(
        [this, dialog] { dialog(ChecklistItem{}, tr("Add Checklist Item")); },
        [this, dialog] {
            const QModelIndex i = m_checklistList->currentSourceIndex();
            if (i.isValid())
                dialog(qvariant_cast<ChecklistItem>(i.data(ItemRole)), tr("Edit Checklist Item"));
        },
        [this] {
            const QModelIndex i = m_checklistList->currentSourceIndex();
            if (i.isValid())
                remove(qvariant_cast<ChecklistItem>(i.data(ItemRole)), tr("Delete Checklist Item"));
        });
    m_checklistList->view()->hideColumn(ChecklistModel::Phase);
    m_tabs->addTab(m_checklistList, tr("Chec&klist"));
}

void JourneyPage::setWorkspace(Workspace *workspace, QUndoStack *undoStack)
{
    if (this->workspace())
        disconnect(this->workspace(), nullptr, this, nullptr);
    Page::setWorkspace(workspace, undoStack);
    if (workspace) {
        connect(workspace, &Workspace::journeyChanged, this, &JourneyPage::reload);
        connect(workspace, &Workspace::pilotsChanged, this, &JourneyPage::reload);
        connect(workspace, &Workspace::dataChanged, this, &JourneyPage::reload);
        connect(workspace, &Workspace::targetsChanged, this, &JourneyPage::reload); // levers name target KPIs
        connect(PilotSelection::of(workspace), &PilotSelection::changed, this, &JourneyPage::reload);
    }
    reload();
}

void JourneyPage::selectPilot(qint64 id)
{
    if (workspace())
        PilotSelection::of(workspace())->setPilotId(id);
}

QString JourneyPage::nextConnectionName()
{
    // One counter for every page and every kind of job: two jobs must never share a connection.
    static QAtomicInteger<int> counter;
    return u"journey-page-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

bool JourneyPage::writable() const
{
    return workspace() && !workspace()->isReadOnly() && undoStack();
}

JourneyRepository JourneyPage::repository() const
{
    return JourneyRepository(workspace() ? workspace()->database() : QSqlDatabase());
}

bool JourneyPage::report(const Status &status, const QString &title)
{
    if (status)
        return true;
    QMessageBox::warning(this, title, status.error());
    return false;
}

void JourneyPage::applyTemplate()
{
    if (!writable() || pilotId() == 0)
        return;
    report(Editing::applyJourneyTemplate(*undoStack(), *workspace(), m_pilot), tr("Start from the Template Plan"));
}

void JourneyPage::reload()
{
    if (m_reloading)
        return;
    m_reloading = true;
    m_pilots.clear();
    if (workspace()) {
        // A handful of rows: reading them on the UI thread is instant.
        if (auto all = PilotRepository(workspace()->database()).pilots())
            m_pilots = *all;
    }
    qint64 chosen = workspace() ? PilotSelection::of(workspace())->pilotId() : 0;
    auto found = std::find_if(m_pilots.cbegin(), m_pilots.cend(), [chosen](const Pilot &p) { return p.id == chosen; });
    if (found == m_pilots.cend() && !m_pilots.isEmpty()) {
        // Prefer a running pilot, then the first one.
        found = std::find_if(m_pilots.cbegin(), m_pilots.cend(),
                             [](const Pilot &p) { return p.status == Pilot::Status::Running; });
        if (found == m_pilots.cend())
            found = m_pilots.cbegin();
    }
    m_pilot = found == m_pilots.cend() ? Pilot{} : *found;
    if (workspace() && m_pilot.id != chosen) {
        const QSignalBlocker block(PilotSelection::of(workspace()));
        PilotSelection::of(workspace())->setPilotId(m_pilot.id);
    }
    {
        const QSignalBlocker block(m_pilotCombo);
        m_pilotCombo->clear();
        for (const Pilot &p : std::as_const(m_pilots))
            m_pilotCombo->addItem(p.name, p.id);
        m_pilotCombo->setCurrentIndex(m_pilotCombo->findData(m_pilot.id));
    }
    m_pilotCombo->setVisible(m_pilots.size() > 1);
    m_pilotLabel->setVisible(m_pilots.size() == 1);
    m_pilotLabel->setText(m_pilot.name);
    m_pilotCombo->setEnabled(m_pilots.size() > 1);
    // The caption belongs to the combo; hide it when there is nothing to choose.
    for (auto *label : findChildren<QLabel *>()) {
        if (label->buddy() == m_pilotCombo)
            label->setVisible(!m_pilots.isEmpty());
    }

    QList<ChecklistItem> all;
    if (m_pilot.id != 0) {
        if (auto items = repository().checklist(m_pilot.id))
            all = *items;
    }
    QList<ChecklistItem> mine;
    for (const ChecklistItem &c : std::as_const(all)) {
        if (c.phase == m_phase)
            mine.append(c);
    }
    const qint64 selected = m_checklistList ? m_checklistList->currentId() : 0;
    m_checklistModel->setToday(today());
    m_checklistModel->setItems(mine);
    if (m_checklistList) {
        m_checklistList->setWritable(writable());
        m_checklistList->selectId(selected);
    }
    updateHeader(all);
    const bool showBody = m_pilot.id != 0 || !needsPilot();
    m_body->setCurrentIndex(showBody ? 0 : 1);
    m_stepper->setVisible(m_pilot.id != 0);
    m_status->setVisible(m_pilot.id != 0);
    reloadJourney();
    m_reloading = false;
}

void JourneyPage::updateHeader(const QList<ChecklistItem> &all)
{
    if (m_pilot.id == 0) {
        m_templateBanner->hide();
        return;
    }
    QList<JourneyStepper::PhaseState> states(4);
    QStringList open;
    int overdue = 0;
    for (const ChecklistItem &c : all) {
        auto &s = states[int(c.phase)];
        ++s.total;
        if (c.done)
            ++s.done;
        if (c.phase == m_phase && !c.done) {
            open << (c.isOverdue(today()) ? tr("%1 (overdue)").arg(c.text) : c.text);
            if (c.isOverdue(today()))
                ++overdue;
        }
    }
    const Phase current = Journey::currentPhase(all);
    m_stepper->setState(current, m_phase, states);
    const auto &mine = states.at(int(m_phase));
    QString text;
    if (mine.total == 0)
        text = tr("%1 has no checklist for this pilot yet.").arg(phaseLabel(m_phase));
    else if (open.isEmpty())
        text = tr("%1 is done: every item of its checklist is ticked.").arg(phaseLabel(m_phase));
    else {
        const int shown = 4;
        QString list = QStringList(open.mid(0, shown)).join(u"; "_s);
        if (open.size() > shown)
            list += tr("; and %n more", nullptr, int(open.size() - shown));
        text = tr("%1: %2 of %3 done, %n still open", nullptr, int(open.size()))
                   .arg(phaseLabel(m_phase))
                   .arg(mine.done)
                   .arg(mine.total);
        if (overdue > 0)
            text += tr(" (%n overdue)", nullptr, overdue);
        text += u" — "_s + list;
    }
    if (current != m_phase)
        text += u"\n"_s + tr("The pilot is now in the %1 phase.").arg(phaseLabel(current));
    m_status->setText(text);

    bool empty = all.isEmpty();
    if (empty) {
        const JourneyRepository repo = repository();
        const auto levers = repo.levers(m_pilot.id);
        const auto actions = repo.actions(m_pilot.id);
        empty = levers && actions && levers->isEmpty() && actions->isEmpty();
    }
    m_templateBanner->setVisible(empty);
    m_templateButton->setEnabled(writable());
}

} // namespace Uptake
