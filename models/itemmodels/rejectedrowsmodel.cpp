#include "rejectedrowsmodel.h"

#include <QLocale>

namespace Uptake {

RejectedRowsModel::RejectedRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RejectedRowsModel::setRows(const QList<RejectedRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int RejectedRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RejectedRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectedRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RejectedRow &r = m_rows.at(index.row());
    if (role == Qt::ToolTipRole)
        return r.raw;
    if (role == Qt::TextAlignmentRole && index.column() == Line)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Line:
        return QLocale().toString(r.line);
    case ColumnName:
        return r.column;
    case Value:
        return r.value;
    case Message:
        return r.message;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RejectedRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Line:
        return tr("Line");
    case ColumnName:
        return tr("Column");
    case Value:
        return tr("Value");
    case Message:
        return tr("Why it was rejected");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Uptake
