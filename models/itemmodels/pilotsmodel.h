#pragma once

#include "domain/pilot.h"

#include <QAbstractTableModel>
#include <QList>

namespace Uptake {

/// The pilots as a table, fed with a snapshot; the view never talks to storage.
class PilotsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PilotsModel)
public:
    enum Column { Name, Status, StartDate, EndDate, Weeks, Cohort, Owner, ColumnCount };
    enum Role { PilotIdRole = Qt::UserRole + 1, PilotRole };

    explicit PilotsModel(QObject *parent = nullptr);

    void setPilots(const QList<Pilot> &pilots);
    const QList<Pilot> &pilots() const { return m_pilots; }
    /// Row of the pilot with that id, or -1.
    int rowOf(qint64 pilotId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Pilot> m_pilots;
};

} // namespace Uptake
