#include "pilotsmodel.h"

#include <QLocale>

namespace Uptake {

PilotsModel::PilotsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PilotsModel::setPilots(const QList<Pilot> &pilots)
{
    beginResetModel();
    m_pilots = pilots;
    endResetModel();
}

int PilotsModel::rowOf(qint64 pilotId) const
{
    for (int i = 0; i < m_pilots.size(); ++i)
        if (m_pilots.at(i).id == pilotId)
            return i;
    return -1;
}

int PilotsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pilots.size());
}

int PilotsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PilotsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Pilot &p = m_pilots.at(index.row());
    if (role == PilotIdRole)
        return p.id;
    if (role == PilotRole)
        return QVariant::fromValue(p);
    if (role == Qt::TextAlignmentRole && index.column() == Weeks)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    switch (Column(index.column())) {
    case Name:
        return p.name;
    case Status:
        return pilotStatusLabel(p.status);
    case StartDate:
        return p.startDate.isValid() ? locale.toString(p.startDate, QLocale::ShortFormat) : tr("Not set");
    case EndDate:
        return p.startDate.isValid() ? locale.toString(p.endDate(), QLocale::ShortFormat) : QString();
    case Weeks:
        return locale.toString(p.durationWeeks);
    case Cohort:
        return p.cohortDescription.isEmpty() ? p.cohortFilter : p.cohortDescription;
    case Owner:
        return p.owner;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PilotsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Pilot");
    case Status:
        return tr("Status");
    case StartDate:
        return tr("Start");
    case EndDate:
        return tr("End");
    case Weeks:
        return tr("Weeks");
    case Cohort:
        return tr("Cohort");
    case Owner:
        return tr("Owner");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Uptake
