#pragma once

#include "domain/result.h"

#include <QAbstractTableModel>
#include <QList>
#include <QVariant>

#include <functional>

namespace Uptake {

/// Roles every journey list model answers.
enum JourneyRole {
    IdRole = Qt::UserRole + 1, ///< the item's id (for items keyed by course: the course id)
    ItemRole,                  ///< the whole item as a QVariant (qvariant_cast<T>)
    GroupRole,                 ///< the storage key of the group the row belongs to (phase, pillar, bucket…)
    OverdueRole,               ///< true when the row is overdue (actions, checklist items)
    CountRole,                 ///< a count the row carries (interviews mentioning a barrier, feedback in a cycle)
};

/// A table of value items fed with a snapshot (setItems resets the model); the view never talks to storage.
/// Columns are described by functions, so each list model is its columns and nothing else. An editable
/// column changes a copy of the item and hands it to the editor (usually an Editing:: call that pushes an
/// undo command); only when the editor accepts is the row updated, otherwise lastError() says why. An editor
/// whose save refreshes the model (setItems, as the pages do when the workspace says it changed) leaves the
/// refreshed rows alone: they hold what was stored, row version included, where the edited copy still carries
/// the version it was read at (and, in a sorted list, the row may have moved).
template<typename T>
class RecordTableModel : public QAbstractTableModel
{
public:
    struct ColumnSpec
    {
        QString header;
        std::function<QVariant(const T &, int role)> data;
        /// Changes the item for setData(value, role); returns false when the role is not editable here.
        std::function<bool(T &, const QVariant &, int role)> set = {};
        Qt::ItemFlags extraFlags = {}; ///< e.g. Qt::ItemIsUserCheckable
    };
    using Editor = std::function<Status(const T &)>;

    explicit RecordTableModel(QObject *parent = nullptr)
        : QAbstractTableModel(parent)
    {}

    void setItems(const QList<T> &items)
    {
        beginResetModel();
        m_items = items;
        ++m_resets;
        endResetModel();
    }
    const QList<T> &items() const { return m_items; }
    void setEditor(Editor editor) { m_editor = std::move(editor); }
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_items.size()); }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const T &item = m_items.at(index.row());
        if (role == ItemRole)
            return QVariant::fromValue(item);
        if (role == IdRole)
            return idOf(item);
        QVariant v = m_columns.at(index.column()).data(item, role);
        if (!v.isValid() && role == Qt::ToolTipRole)
            v = m_columns.at(index.column()).data(item, Qt::DisplayRole);
        return v;
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columns.size())
            return {};
        return m_columns.at(section).header;
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return Qt::NoItemFlags;
        const ColumnSpec &c = m_columns.at(index.column());
        Qt::ItemFlags f = QAbstractTableModel::flags(index) | c.extraFlags;
        if (c.set && m_editor && (c.extraFlags & Qt::ItemIsUserCheckable) == 0)
            f |= Qt::ItemIsEditable;
        return f;
    }

    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override
    {
        if (!index.isValid() || !m_editor ||
            !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return false;
        const ColumnSpec &c = m_columns.at(index.column());
        T changed = m_items.at(index.row());
        if (!c.set || !c.set(changed, value, role))
            return false;
        const quint64 resets = m_resets;
        if (const Status s = m_editor(changed); !s) {
            m_lastError = s.error();
            return false;
        }
        m_lastError.clear();
        if (m_resets != resets)
            return true; // refreshed with what was stored while saving
        m_items[index.row()] = changed;
        Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), columnCount() - 1));
        return true;
    }

protected:
    void setColumns(QList<ColumnSpec> columns) { m_columns = std::move(columns); }

    static QVariant idOf(const T &item)
    {
        if constexpr (requires { item.id; })
            return item.id;
        else if constexpr (requires { item.courseId; })
            return item.courseId;
        else
            return item.usage.courseId;
    }

private:
    QList<T> m_items;
    QList<ColumnSpec> m_columns;
    Editor m_editor;
    QString m_lastError;
    quint64 m_resets = 0; ///< setItems calls so far, to tell whether an editor refreshed the model
};

} // namespace Uptake
