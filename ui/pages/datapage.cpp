#include "datapage.h"

#include "export/csvwriter.h"
#include "itemmodels/importsmodel.h"
#include "itemmodels/rejectedrowsmodel.h"
#include "storage/importrepository.h"
#include "storage/workspace.h"
#include "widgets/emptystate.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedLayout>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Uptake {

DataPage::DataPage(QWidget *parent)
    : Page(parent)
    , m_model(new ImportsModel(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_details(new QLabel(this))
    , m_rejectedModel(new RejectedRowsModel(this))
    , m_rejected(new QTableView(this))
    , m_rejectedTitle(new QLabel(this))
    , m_undo(new QPushButton(QIcon::fromTheme(u"edit-undo"_s), tr("&Undo Import…"), this))
    , m_export(new QPushButton(QIcon::fromTheme(u"document-export"_s), tr("E&xport Rejected Rows…"), this))
    , m_empty(new EmptyState(tr("No usage data yet"),
                             tr("Uptake works from your LMS's own exports: learning events (a log of views, starts "
                                "and completions), your HR roster, and a performance measure per learner. Imports "
                                "are all-or-nothing and every rejected row is kept with its reason."),
                             tr("Import…"), this))
    , m_stack(new QStackedLayout)
    , m_list(new QWidget(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(32, 24, 32, 24);
    auto *title = new QLabel(tr("Data"), this);
    title->setObjectName(u"pageTitle"_s);
    outer->addWidget(title);
    m_summary->setObjectName(u"pageLead"_s);
    m_summary->setWordWrap(true);
    outer->addWidget(m_summary);

    auto *listLayout = new QVBoxLayout(m_list);
    listLayout->setContentsMargins(0, 8, 0, 0);
    auto *history = new QLabel(tr("Import history"), m_list);
    history->setObjectName(u"sectionTitle"_s);
    auto *importButton = new QPushButton(QIcon::fromTheme(u"document-import"_s), tr("&Import…"), m_list);
    auto *row = new QHBoxLayout;
    row->addWidget(history);
    row->addStretch(1);
    row->addWidget(importButton);
    listLayout->addLayout(row);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    // The format names the preset and may be long; the figures keep their own widths.
    m_view->horizontalHeader()->setSectionResizeMode(ImportsModel::Format, QHeaderView::Stretch);
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Import history"));
    listLayout->addWidget(m_view, 2);
    // What the history table has no room for: the SHA-256 (selectable, to compare with the file), the mapping used.
    m_details->setObjectName(u"importDetails"_s);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setFrameShape(QFrame::StyledPanel);
    m_details->setMargin(8);
    m_details->setAccessibleName(tr("Details of the selected import"));
    listLayout->addWidget(m_details);
    auto *rejectedRow = new QHBoxLayout;
    m_rejectedTitle->setObjectName(u"sectionTitle"_s);
    rejectedRow->addWidget(m_rejectedTitle);
    rejectedRow->addStretch(1);
    rejectedRow->addWidget(m_export);
    rejectedRow->addWidget(m_undo);
    listLayout->addLayout(rejectedRow);
    m_rejected->setModel(m_rejectedModel);
    m_rejected->verticalHeader()->hide();
    m_rejected->horizontalHeader()->setStretchLastSection(true);
    m_rejected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejected->setAlternatingRowColors(true);
    m_rejected->setAccessibleName(tr("Rejected rows of the selected import"));
    listLayout->addWidget(m_rejected, 1);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DataPage::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DataPage::selectionChanged);
    connect(m_undo, &QPushButton::clicked, this, [this] { undoSelected(true); });
    connect(m_export, &QPushButton::clicked, this, [this] { exportRejected(); });
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_empty);
    outer->addLayout(m_stack, 1);
    connect(importButton, &QPushButton::clicked, this, &Page::importRequested);
    connect(m_empty, &EmptyState::actionTriggered, this, &Page::importRequested);
    reload();
}

void DataPage::setWorkspace(Workspace *workspace, QUndoStack *undoStack)
{
    if (this->workspace())
        disconnect(this->workspace(), nullptr, this, nullptr);
    Page::setWorkspace(workspace, undoStack);
    if (workspace)
        connect(workspace, &Workspace::dataChanged, this, &DataPage::reload);
    reload();
}

void DataPage::reload()
{
    QList<ImportBatch> batches;
    if (workspace()) {
        if (auto all = ImportRepository(workspace()->database()).batches())
            batches = *all;
    }
    m_model->setBatches(batches);
    m_view->resizeColumnsToContents();
    qint64 rows = 0;
    qint64 rejected = 0;
    for (const ImportBatch &b : std::as_const(batches)) {
        rows += b.imported;
        rejected += b.rejected;
    }
    const QLocale l;
    m_summary->setText(batches.isEmpty() ? tr("Nothing imported yet.")
                                         : tr("%n import(s), %1 rows in the workspace, %2 rows rejected.", nullptr,
                                              int(batches.size()))
                                               .arg(l.toString(rows), l.toString(rejected)));
    m_stack->setCurrentWidget(batches.isEmpty() ? static_cast<QWidget *>(m_empty) : m_list);
    if (!batches.isEmpty())
        m_view->selectRow(0);
}

qint64 DataPage::selectedBatch() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(ImportsModel::BatchIdRole).toLongLong();
}

void DataPage::selectionChanged()
{
    const qint64 batch = selectedBatch();
    QList<RejectedRow> rows;
    if (workspace() && batch) {
        if (auto r = ImportRepository(workspace()->database()).rejectedRows(batch))
            rows = *r;
    }
    m_rejectedModel->setRows(rows);
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    m_details->setText(selected.isEmpty() ? tr("Select an import to see how its file was read.")
                                          : selected.first().data(ImportsModel::DetailsRole).toString());
    m_rejected->resizeColumnsToContents();
    m_rejectedTitle->setText(batch ? tr("Rejected rows of the selected import: %1").arg(QLocale().toString(rows.size()))
                                   : tr("Rejected rows"));
    const bool writable = workspace() && !workspace()->isReadOnly();
    m_undo->setEnabled(writable && batch != 0);
    m_export->setEnabled(!rows.isEmpty());
}

void DataPage::undoSelected(bool confirm)
{
    const qint64 batch = selectedBatch();
    if (!workspace() || !batch)
        return;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const QString file = rows.first().siblingAtColumn(ImportsModel::File).data().toString();
    if (confirm &&
        QMessageBox::question(this, tr("Undo Import"),
                              tr("Remove everything the import of “%1” added? Rows that other imports also "
                                 "brought stay. This cannot be undone; import the file again to restore it.")
                                  .arg(file),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (const Status s = ImportRepository(workspace()->database()).undoBatch(batch); !s) {
        QMessageBox::warning(this, tr("Undo Import"), s.error());
        return;
    }
    workspace()->notifyDataChanged();
}

void DataPage::exportRejected(const QString &target)
{
    if (m_rejectedModel->rows().isEmpty())
        return;
    QString path = target;
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("Export Rejected Rows"), tr("rejected rows.csv"),
                                            tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QList<QStringList> rows;
    for (const RejectedRow &r : m_rejectedModel->rows())
        rows << QStringList{QString::number(r.line), r.column, r.value, r.message, r.raw};
    if (const Status s = writeCsvFile(path, {tr("line"), tr("column"), tr("value"), tr("reason"), tr("row")}, rows); !s)
        QMessageBox::warning(this, tr("Export Rejected Rows"), s.error());
}

} // namespace Uptake
