#include "recordlist.h"

#include "emptystate.h"
#include "itemmodels/recordtablemodel.h"

#include <QApplication>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Uptake {

RecordFilterProxy::RecordFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
}

QVariant RecordFilterProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DisplayRole || role == Qt::ForegroundRole || role == Qt::FontRole) {
        const bool overdue = QSortFilterProxyModel::data(index, OverdueRole).toBool();
        if (overdue) {
            if (role == Qt::ForegroundRole) {
                const bool dark = QApplication::palette().color(QPalette::Base).lightness() < 128;
                return QColor(dark ? u"#ff8a80"_s : u"#b3261e"_s);
            }
            if (role == Qt::FontRole) {
                QFont f = QApplication::font();
                f.setBold(true);
                return f;
            }
            if (index.column() == m_dueColumn)
                return tr("%1 — overdue").arg(QSortFilterProxyModel::data(index, role).toString());
        }
    }
    return QSortFilterProxyModel::data(index, role);
}

namespace {

/// Return on a table edits the current row, unless an editor is open.
class ReturnFilter final : public QObject
{
public:
    ReturnFilter(QTableView *view, std::function<void()> *onEdit)
        : QObject(view)
        , m_view(view)
        , m_onEdit(onEdit)
    {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // The editor has the focus while a cell is edited, so a key press on the view is never meant for one.
        if (watched == m_view && event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier &&
                *m_onEdit && m_view->currentIndex().isValid()) {
                (*m_onEdit)();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView *m_view;
    std::function<void()> *m_onEdit;
};

} // namespace

RecordList::RecordList(const Texts &texts, QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent)
    , m_source(model)
    , m_proxy(new RecordFilterProxy(this))
    , m_title(new QLabel(texts.title, this))
    , m_filter(new QLineEdit(this))
    , m_add(new QPushButton(QIcon::fromTheme(u"list-add"_s), texts.add, this))
    , m_edit(new QPushButton(QIcon::fromTheme(u"document-edit"_s), tr("Edit…"), this))
    , m_remove(new QPushButton(QIcon::fromTheme(u"edit-delete"_s), tr("Delete"), this))
    , m_view(new QTableView(this))
    , m_empty(new EmptyState(texts.emptyTitle, texts.emptyText, texts.add, this))
    , m_stack(new QStackedWidget(this))
    , m_tools(new QWidget(this))
{
    m_proxy->setSourceModel(model);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    m_title->setObjectName(u"listTitle"_s);
    m_title->setVisible(!texts.title.isEmpty());
    row->addWidget(m_title);
    row->addStretch(1);
    auto *toolLayout = new QHBoxLayout(m_tools);
    toolLayout->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_tools);
    m_tools->hide();
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(260);
    m_filter->setMinimumWidth(140);
    m_filter->setAccessibleName(tr("Filter %1").arg(texts.title.isEmpty() ? texts.emptyTitle : texts.title));
    row->addWidget(m_filter);
    row->addWidget(m_add);
    row->addWidget(m_edit);
    row->addWidget(m_remove);
    layout->addLayout(row);

    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setAccessibleName(texts.title.isEmpty() ? texts.emptyTitle : texts.title);
    m_view->setSortingEnabled(false);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->viewport()->installEventFilter(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);
    setFocusProxy(m_view);

    auto *insert = new QShortcut(QKeySequence(Qt::Key_Insert), m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(insert, &QShortcut::activated, this, [this] {
        if (m_onAdd && m_writable)
            m_onAdd();
    });
    auto *del = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, [this] {
        if (m_onRemove && m_writable && currentRow() >= 0)
            m_onRemove();
    });
    m_view->installEventFilter(new ReturnFilter(m_view, &m_onEdit));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::returnPressed, m_view, [this] {
        m_view->setFocus();
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (m_onAdd)
            m_onAdd();
    });
    connect(m_empty, &EmptyState::actionTriggered, this, [this] {
        if (m_onAdd)
            m_onAdd();
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (m_onEdit)
            m_onEdit();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_onRemove)
            m_onRemove();
    });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_onEdit && !(index.flags() & Qt::ItemIsEditable))
            m_onEdit();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateState();
        Q_EMIT currentChanged();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RecordList::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RecordList::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RecordList::updateState);
    connect(m_source, &QAbstractItemModel::modelReset, this, &RecordList::fitColumns);
    updateState();
}

void RecordList::setHandlers(std::function<void()> add, std::function<void()> edit, std::function<void()> remove)
{
    m_onAdd = std::move(add);
    m_onEdit = std::move(edit);
    m_onRemove = std::move(remove);
    m_add->setVisible(bool(m_onAdd));
    m_empty->actionButton()->setVisible(bool(m_onAdd));
    m_edit->setVisible(bool(m_onEdit));
    m_remove->setVisible(bool(m_onRemove));
    updateState();
}

void RecordList::setColumnWidths(const QList<int> &chars)
{
    m_widths = chars;
    fitColumns();
}

void RecordList::fitColumns()
{
    if (m_widths.isEmpty())
        return;
    // Wanted widths in characters; when they do not fit, every visible column gives up the same share, so the
    // table never needs a horizontal scroll bar and the last column still stretches into what is left.
    const QFontMetrics fm(m_view->font());
    const int unit = fm.horizontalAdvance(u'x');
    QList<int> wanted;
    int total = 0;
    for (int c = 0; c < m_proxy->columnCount(); ++c) {
        int w = 0;
        if (!m_view->isColumnHidden(c)) {
            const int chars = m_widths.value(c, 12);
            if (chars > 0) {
                w = chars * unit + 16;
            } else {
                m_view->resizeColumnToContents(c);
                w = m_view->columnWidth(c);
            }
            w = std::max(w, m_view->horizontalHeader()->sectionSizeHint(c));
        }
        wanted.append(w);
        total += w;
    }
    // Short columns (dates, counts, statuses) keep their width; the long ones share what is left.
    const int available = m_view->viewport()->width();
    int fixed = 0;
    int flexible = 0;
    for (int c = 0; c < wanted.size(); ++c)
        (m_widths.value(c, 12) > 0 && m_widths.value(c, 12) <= 13 ? fixed : flexible) += wanted.at(c);
    const double scale = fixed + flexible > available && available > 100 && flexible > 0
                             ? std::max(0.3, double(available - fixed) / flexible)
                             : 1.0;
    auto isFixed = [this](int c) { return m_widths.value(c, 12) > 0 && m_widths.value(c, 12) <= 13; };
    // Room to spare: the long columns whose text is cut grow towards their content first, so a wide window shows
    // whole names instead of an empty stretch after the last column.
    QList<int> extra(wanted.size(), 0);
    int spare = available - total;
    if (scale == 1.0 && spare > 0) {
        QList<int> need(wanted.size(), 0);
        int needed = 0;
        for (int c = 0; c + 1 < wanted.size(); ++c) {
            if (wanted.at(c) <= 0 || isFixed(c))
                continue;
            // The widest text among the first rows (a table of a few hundred plan items at most).
            int content = 0;
            for (int r = 0; r < std::min(m_proxy->rowCount(), 300); ++r)
                content = std::max(content, fm.horizontalAdvance(m_proxy->index(r, c).data().toString()) + 16);
            need[c] = std::max(0, content - wanted.at(c));
            needed += need.at(c);
        }
        // The last column keeps at least what it asked for: it stretches into whatever is left after this.
        spare = std::min(spare, needed);
        for (int c = 0; needed > 0 && c < need.size(); ++c)
            extra[c] = int(qint64(spare) * need.at(c) / needed);
    }
    for (int c = 0; c + 1 < wanted.size(); ++c) {
        if (wanted.at(c) <= 0)
            continue;
        m_view->setColumnWidth(c, isFixed(c) ? wanted.at(c) : std::max(48, int(wanted.at(c) * scale) + extra.at(c)));
    }
}

bool RecordList::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void RecordList::setWritable(bool writable)
{
    m_writable = writable;
    updateState();
}

int RecordList::currentRow() const
{
    const QModelIndex index = currentSourceIndex();
    return index.isValid() ? index.row() : -1;
}

QModelIndex RecordList::currentSourceIndex() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), {}))
        return {};
    return m_proxy->mapToSource(current);
}

qint64 RecordList::currentId() const
{
    const QModelIndex index = currentSourceIndex();
    return index.isValid() ? index.data(IdRole).toLongLong() : 0;
}

void RecordList::selectId(qint64 id)
{
    if (id == 0)
        return;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex index = m_proxy->index(r, 0);
        if (index.data(IdRole).toLongLong() == id) {
            m_view->setCurrentIndex(index);
            m_view->selectRow(r);
            m_view->scrollTo(index);
            return;
        }
    }
}

void RecordList::addToolWidget(QWidget *widget)
{
    widget->setParent(m_tools);
    m_tools->layout()->addWidget(widget);
    m_tools->show();
}

void RecordList::updateState()
{
    const bool has = currentRow() >= 0;
    m_add->setEnabled(m_writable);
    m_empty->actionButton()->setEnabled(m_writable);
    m_edit->setEnabled(has);
    m_remove->setEnabled(m_writable && has);
    const bool empty = m_source->rowCount() == 0;
    m_stack->setCurrentIndex(empty ? 1 : 0);
    m_filter->setEnabled(!empty);
    if (m_view->editTriggers() != QAbstractItemView::NoEditTriggers || m_writable) {
        m_view->setEditTriggers(m_writable ? QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked
                                           : QAbstractItemView::NoEditTriggers);
    }
}

} // namespace Uptake
