#pragma once

#include "domain/importbatch.h"

#include <QAbstractTableModel>
#include <QList>

namespace Uptake {

/// The import history as a table, fed with a snapshot.
class ImportsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportsModel)
public:
    enum Column { File, Kind, Format, ImportedAt, Size, Read, Imported, Rejected, Duplicates, ColumnCount };
    enum Role {
        BatchIdRole = Qt::UserRole + 1,
        /// Everything recorded about the import, in lines of plain text: file, size and SHA-256; the format and
        /// how the file was read; the columns behind each field; what counted as completed.
        DetailsRole,
    };

    explicit ImportsModel(QObject *parent = nullptr);
    void setBatches(const QList<ImportBatch> &batches);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The kind of data ("events", …) as shown to people.
    static QString kindLabel(const QString &kind);
    /// A delimiter as read in a sentence: "comma", "tab", …
    static QString delimiterLabel(const QString &delimiter);
    static QString details(const ImportBatch &batch);
    /// The format an import recorded, as in the Format column; empty when it recorded none.
    static QString formatLabel(const ImportBatch &batch);

private:
    QList<ImportBatch> m_batches;
    QStringList m_formats;  ///< per batch: formatLabel(), worked out once (it parses the profile)
    QStringList m_mappings; ///< per batch: the mapping in one line, the Format column's tooltip
};

} // namespace Uptake
