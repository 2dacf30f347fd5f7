#pragma once

#include "storage/importrepository.h"

#include <QAbstractTableModel>

namespace Uptake {

/// The rows one import rejected, with line, column, value and reason.
class RejectedRowsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RejectedRowsModel)
public:
    enum Column { Line, ColumnName, Value, Message, ColumnCount };
    explicit RejectedRowsModel(QObject *parent = nullptr);
    void setRows(const QList<RejectedRow> &rows);
    const QList<RejectedRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RejectedRow> m_rows;
};

} // namespace Uptake
