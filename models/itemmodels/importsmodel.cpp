#include "importsmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Uptake {

ImportsModel::ImportsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ImportsModel::setBatches(const QList<ImportBatch> &batches)
{
    beginResetModel();
    m_batches = batches;
    endResetModel();
}

int ImportsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_batches.size());
}

int ImportsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportsModel::kindLabel(const QString &kind)
{
    if (kind == u"events"_s)
        return tr("Learning events");
    if (kind == u"roster"_s)
        return tr("Roster");
    if (kind == u"performance"_s)
        return tr("Performance");
    return kind;
}

QVariant ImportsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportBatch &b = m_batches.at(index.row());
    if (role == BatchIdRole)
        return b.id;
    const bool numeric = index.column() >= Size && index.column() <= Duplicates;
    if (role == Qt::TextAlignmentRole)
        return numeric ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ToolTipRole && index.column() == File)
        return tr("SHA-256: %1").arg(b.sha256.isEmpty() ? tr("not recorded") : b.sha256);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (Column(index.column())) {
    case File:
        return b.fileName;
    case Kind:
        return kindLabel(b.kind);
    case ImportedAt:
        return locale.toString(b.importedAt.toLocalTime(), QLocale::ShortFormat);
    case Size:
        return b.fileSize > 0 ? locale.formattedDataSize(b.fileSize) : QString();
    case Read:
        return locale.toString(b.rowsRead);
    case Imported:
        return locale.toString(b.imported);
    case Rejected:
        return locale.toString(b.rejected);
    case Duplicates:
        return locale.toString(b.duplicates);
    case Encoding:
        return b.encoding;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ImportsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case File:
        return tr("File");
    case Kind:
        return tr("Data");
    case ImportedAt:
        return tr("When");
    case Size:
        return tr("Size");
    case Read:
        return tr("Rows read");
    case Imported:
        return tr("Imported");
    case Rejected:
        return tr("Rejected");
    case Duplicates:
        return tr("Duplicates");
    case Encoding:
        return tr("Encoding");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Uptake
