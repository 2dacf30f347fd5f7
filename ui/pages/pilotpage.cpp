#include "pilotpage.h"

#include "dialogs/pilotdialog.h"
#include "editing/pilotcommands.h"
#include "itemmodels/pilotsmodel.h"
#include "storage/pilotrepository.h"
#include "storage/workspace.h"
#include "widgets/emptystate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedLayout>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Uptake {

PilotPage::PilotPage(QWidget *parent)
    : Page(parent)
    , m_model(new PilotsModel(this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(QIcon::fromTheme(u"list-add"_s), tr("&New Pilot…"), this))
    , m_edit(new QPushButton(QIcon::fromTheme(u"document-edit"_s), tr("&Edit…"), this))
    , m_delete(new QPushButton(QIcon::fromTheme(u"edit-delete"_s), tr("&Delete"), this))
    , m_details(new QLabel(this))
    , m_empty(new EmptyState(tr("No pilots yet"),
                             tr("A pilot runs the engagement plan with one cohort for a short sprint (six weeks by "
                                "default), measured against targets for day 30, 60 and 90."),
                             tr("New Pilot…"), this))
    , m_stack(new QStackedLayout)
    , m_list(new QWidget(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(32, 24, 32, 24);
    auto *title = new QLabel(tr("Pilot"), this);
    title->setObjectName(u"pageTitle"_s);
    outer->addWidget(title);
    auto *lead = new QLabel(tr("Pilot quickly with one cohort, listen continuously, adapt content, then normalise "
                               "what works. Each pilot is a time-boxed sprint with its own targets."),
                            this);
    lead->setObjectName(u"pageLead"_s);
    lead->setWordWrap(true);
    outer->addWidget(lead);

    auto *listLayout = new QVBoxLayout(m_list);
    listLayout->setContentsMargins(0, 8, 0, 0);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
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
    listLayout->addWidget(m_view, 1);
    m_details->setObjectName(u"pilotDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    listLayout->addWidget(m_details);

    m_stack->addWidget(m_list);
    m_stack->addWidget(m_empty);
    outer->addLayout(m_stack, 1);

    m_delete->setShortcut(QKeySequence::Delete);
    connect(m_add, &QPushButton::clicked, this, &PilotPage::addPilot);
    connect(m_empty, &EmptyState::actionTriggered, this, &PilotPage::addPilot);
    connect(m_edit, &QPushButton::clicked, this, &PilotPage::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &PilotPage::deleteSelected);
    connect(m_view, &QTableView::doubleClicked, this, &PilotPage::editSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PilotPage::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PilotPage::updateDetails);
    reload();
}

void PilotPage::setWorkspace(Workspace *workspace, QUndoStack *undoStack)
{
    if (this->workspace())
        disconnect(this->workspace(), nullptr, this, nullptr);
    Page::setWorkspace(workspace, undoStack);
    if (workspace)
        connect(workspace, &Workspace::pilotsChanged, this, &PilotPage::reload);
    reload();
}

void PilotPage::reload()
{
    const qint64 selected = selectedId();
    QList<Pilot> pilots;
    if (workspace()) {
        // A handful of rows: reading them on the UI thread is instant.
        if (auto all = PilotRepository(workspace()->database()).pilots())
            pilots = *all;
    }
    m_model->setPilots(pilots);
    m_view->resizeColumnsToContents();
    const int row = m_model->rowOf(selected);
    if (row >= 0)
        m_view->selectRow(row);
    else if (!pilots.isEmpty())
        m_view->selectRow(0);
    const bool writable = workspace() && !workspace()->isReadOnly();
    m_add->setEnabled(writable);
    m_empty->actionButton()->setEnabled(writable);
    m_stack->setCurrentWidget(pilots.isEmpty() ? static_cast<QWidget *>(m_empty) : m_list);
    updateDetails();
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
    const bool writable = workspace() && !workspace()->isReadOnly();
    m_edit->setEnabled(writable && id != 0);
    m_delete->setEnabled(writable && id != 0);
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
    if (!workspace() || !undoStack())
        return;
    PilotDialog dialog(Pilot{}, this);
    while (dialog.exec() == QDialog::Accepted) {
        qint64 id = 0;
        const Status s = Editing::addPilot(*undoStack(), *workspace(), dialog.pilot(), &id);
        if (s) {
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
    if (const Status s = Editing::removePilot(*undoStack(), *workspace(), id); !s)
        QMessageBox::warning(this, tr("Delete Pilot"), s.error());
}

} // namespace Uptake
