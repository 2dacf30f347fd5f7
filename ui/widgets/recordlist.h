#pragma once

#include <QSortFilterProxyModel>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Uptake {
class EmptyState;

/// The proxy every journey list goes through: a filter over all columns (case-insensitive), and overdue
/// rows (OverdueRole) that stand out by more than colour: bold, a warning colour and "overdue" written
/// next to the due date.
class RecordFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RecordFilterProxy(QObject *parent = nullptr);
    /// The column whose text gets "(overdue)" appended; -1: none.
    void setDueColumn(int column) { m_dueColumn = column; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int m_dueColumn = -1;
};

/// One list of the journey: a title, a filter field, Add/Edit/Delete buttons and a table, or an empty state
/// that says what to do when the list has nothing yet. Keyboard: Insert adds, Return edits, Delete removes
/// while the table has focus; Return in the filter field moves into the table.
class RecordList final : public QWidget
{
    Q_OBJECT
public:
    struct Texts
    {
        QString title;      ///< shown above the list; empty: none
        QString add;        ///< button text with mnemonic, e.g. "&Add Interview…"
        QString emptyTitle; ///< e.g. "No interviews yet"
        QString emptyText;  ///< what to do
    };

    RecordList(const Texts &texts, QAbstractItemModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QLineEdit *filterField() const { return m_filter; }
    RecordFilterProxy *proxy() const { return m_proxy; }
    QAbstractItemModel *sourceModel() const { return m_source; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }

    /// The handlers; an empty one hides its button.
    void setHandlers(std::function<void()> add, std::function<void()> edit, std::function<void()> remove);
    /// Column widths in characters of the view's font (0: fit the contents); the last column stretches.
    void setColumnWidths(const QList<int> &chars);
    void setWritable(bool writable);
    /// The source row of the current item, -1 when none.
    int currentRow() const;
    QModelIndex currentSourceIndex() const;
    /// Selects the source row whose IdRole is id (after a reload).
    void selectId(qint64 id);
    qint64 currentId() const;
    /// Adds a widget (e.g. an extra button) to the tool row, before the filter field.
    void addToolWidget(QWidget *widget);

Q_SIGNALS:
    void currentChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateState();
    void fitColumns();

    QAbstractItemModel *m_source;
    RecordFilterProxy *m_proxy;
    QLabel *m_title;
    QLineEdit *m_filter;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QTableView *m_view;
    EmptyState *m_empty;
    QStackedWidget *m_stack;
    QWidget *m_tools;
    std::function<void()> m_onAdd, m_onEdit, m_onRemove;
    bool m_writable = true;
    QList<int> m_widths;
};

} // namespace Uptake
