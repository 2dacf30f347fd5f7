#include "importsmodel.h"

#include "import/dateparser.h"
#include "import/importprofile.h"
#include "import/presets.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Uptake {

namespace {

/// The profile an import recorded, or nothing for a batch that recorded none (or an unreadable one).
std::optional<Import::ImportProfile> profileOf(const ImportBatch &batch)
{
    const QJsonObject json = QJsonDocument::fromJson(batch.profile.toUtf8()).object();
    if (json.isEmpty())
        return std::nullopt;
    return Import::ImportProfile::fromJson(json);
}

} // namespace

ImportsModel::ImportsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ImportsModel::setBatches(const QList<ImportBatch> &batches)
{
    beginResetModel();
    m_batches = batches;
    m_formats.clear();
    m_mappings.clear();
    for (const ImportBatch &b : batches) {
        const auto profile = profileOf(b);
        m_formats << (profile ? Import::formatTitle(*profile) : QString());
        m_mappings << (profile ? Import::mappingSummary(*profile) : QString());
    }
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

QString ImportsModel::formatLabel(const ImportBatch &batch)
{
    const auto profile = profileOf(batch);
    return profile ? Import::formatTitle(*profile) : QString();
}

QString ImportsModel::delimiterLabel(const QString &delimiter)
{
    if (delimiter == u","_s)
        return tr("comma-separated");
    if (delimiter == u";"_s)
        return tr("semicolon-separated");
    if (delimiter == u"\t"_s)
        return tr("tab-separated");
    if (delimiter == u"|"_s)
        return tr("pipe-separated");
    return tr("separated by “%1”").arg(delimiter);
}

QString ImportsModel::details(const ImportBatch &b)
{
    const QLocale locale;
    QStringList lines;
    QString file = b.fileName;
    if (b.fileSize > 0)
        file = tr("%1, %2").arg(file, locale.formattedDataSize(b.fileSize));
    lines << tr("%1 — %2, imported %3")
                 .arg(file, kindLabel(b.kind), locale.toString(b.importedAt.toLocalTime(), QLocale::LongFormat));
    if (!b.sha256.isEmpty())
        lines << tr("SHA-256: %1").arg(b.sha256);
    QStringList read;
    if (!b.encoding.isEmpty()) // "UTF-8" as people write it; the importer's names are lower case
        read << (b.encoding.startsWith(u"utf"_s, Qt::CaseInsensitive) ? b.encoding.toUpper() : b.encoding);
    if (!b.delimiter.isEmpty())
        read << delimiterLabel(b.delimiter);
    if (const auto format = Import::dateFormatFromKey(b.dateFormat))
        read << tr("dates like %1").arg(Import::dateFormatExample(*format));
    const auto profile = profileOf(b);
    if (profile && !profile->timeZone.isEmpty())
        read << tr("times without an offset in %1").arg(profile->timeZone);
    const QString format = profile ? Import::formatTitle(*profile) : QString();
    if (!format.isEmpty() && !read.isEmpty())
        lines << tr("Format: %1; read as %2").arg(format, read.join(tr(", ")));
    else if (!format.isEmpty())
        lines << tr("Format: %1").arg(format);
    else if (!read.isEmpty())
        lines << tr("Read as %1").arg(read.join(tr(", ")));
    if (profile) {
        if (const QString mapping = Import::mappingSummary(*profile); !mapping.isEmpty())
            lines << tr("Columns: %1").arg(mapping);
        if (profile->kind == Import::DataKind::Events && !profile->completionValues.isEmpty())
            lines << tr("Counted as completed: %1").arg(profile->completionValues.join(tr(", ")));
        if (!profile->ignoredEvents.isEmpty())
            lines << tr("Not learner activity (skipped): %1").arg(profile->ignoredEvents.join(tr(", ")));
    }
    return lines.join(u'\n');
}

QVariant ImportsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportBatch &b = m_batches.at(index.row());
    if (role == BatchIdRole)
        return b.id;
    if (role == DetailsRole)
        return details(b);
    const bool numeric = index.column() >= Size && index.column() <= Duplicates;
    if (role == Qt::TextAlignmentRole)
        return numeric ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ToolTipRole && index.column() == File)
        return tr("SHA-256: %1").arg(b.sha256.isEmpty() ? tr("not recorded") : b.sha256);
    if (role == Qt::ToolTipRole && index.column() == Format)
        return m_mappings.at(index.row());
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (Column(index.column())) {
    case File:
        return b.fileName;
    case Kind:
        return kindLabel(b.kind);
    case Format:
        return m_formats.at(index.row());
    case ImportedAt:
        return locale.toString(b.importedAt.toLocalTime(), QLocale::ShortFormat);
    case Size:
        return b.fileSize > 0 ? locale.formattedDataSize(b.fileSize) : tr("–", "no file size recorded");
    case Read:
        return locale.toString(b.rowsRead);
    case Imported:
        return locale.toString(b.imported);
    case Rejected:
        return locale.toString(b.rejected);
    case Duplicates:
        return locale.toString(b.duplicates);
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
    case Format:
        return tr("Format");
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
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Uptake
