#pragma once

#include "csvreader.h"
#include "dateparser.h"
#include "importprofile.h"

#include "domain/records.h"
#include "domain/result.h"

#include <QStringList>
#include <QTimeZone>

#include <limits>
#include <memory>
#include <optional>

namespace Uptake::Import {

/// A file opened for import: its detected settings, its header, and its rows one at a time, with the
/// parsers (dates, numbers) decided for the whole file. The importer and the preview both read through it.
class TableSource
{
public:
    struct Item
    {
        qint64 line = 0;               ///< physical line where the row starts (1-based)
        QStringList fields;            ///< the row's cells (tables), unless read as views (setCellViews())
        const CsvRow *cells = nullptr; ///< the row's cells read as views: valid until the next call to next()
        EventRecord event;             ///< the event (xAPI)
        QString error;                 ///< set when the row cannot be read as it is (ragged, undecodable)
        QString errorColumn;
        QString errorValue;
        QString raw;
    };
    enum class Next { Row, End, Error };

    virtual ~TableSource() = default;

    const ImportProfile &profile() const { return m_profile; }
    QString encoding() const { return m_encoding; }
    QString delimiter() const { return m_delimiter; }
    bool hasHeader() const { return m_hasHeader; }
    QString dateFormatName() const;
    bool dateAmbiguous() const { return m_dateAmbiguous; }
    bool isXapi() const { return m_isXapi; }
    QStringList header() const { return m_header; }
    int indexColumn() const { return m_indexColumn; }
    qint64 totalBytes() const { return m_totalBytes; }
    virtual qint64 bytesRead() const = 0;

    /// The zone of the workspace, used for times without an offset unless the profile names one.
    void setWorkspaceZone(const QTimeZone &zone);
    /// The zone times without an offset are read in: the profile's, else the workspace's.
    QTimeZone zone() const { return m_zone; }

    virtual Next next(Item &item, QString *error) = 0;

    /// Whether next() hands a table's cells as views into the reader's buffer (Item::cells) instead of copying
    /// each into a string (Item::fields): the importer's events path reads millions of rows without an allocation
    /// per cell. Sources that are not tables ignore it.
    void setCellViews(bool on) { m_cellViews = on; }

    /// A time stamp as epoch seconds; why says what was expected when it does not parse.
    std::optional<qint64> parseTime(const QString &value, const QStringList &row, QString *why) const;
    /// The same, for a value read as a view; presentation is the row's OULAD module presentation cell, if any.
    std::optional<qint64> parseTime(QStringView value, QStringView presentation, QString *why) const;
    /// The column whose cell parseTime() needs as presentation, or -1.
    int presentationColumn() const { return m_presentationColumn; }
    /// A calendar date (hire dates, performance periods).
    std::optional<QDate> parseDate(const QString &value, QString *why) const;
    /// A number (decimal point or comma as detected); durations also take HH:MM:SS and ISO 8601, in minutes.
    std::optional<double> parseNumber(QStringView text, bool duration) const;

protected:
    ImportProfile m_profile;
    QString m_encoding;
    QString m_delimiter;
    bool m_hasHeader = true;
    bool m_isXapi = false;
    bool m_cellViews = false;
    bool m_decimalComma = false;
    bool m_dateAmbiguous = false;
    QString m_dateFormat; ///< the decided format key (see DateFormat in dateparser.h)
    QStringList m_header;
    int m_indexColumn = -1;
    int m_presentationColumn = -1; ///< OULAD: day 0 of each row comes from its module presentation
    qint64 m_totalBytes = 0;
    QTimeZone m_zone = QTimeZone::utc();
    QTimeZone m_workspaceZone = QTimeZone::utc();
    mutable std::optional<DateParser> m_parser; ///< for the decided format, zone and day 0; made on first use
    /// m_dateFormat as a DateFormat, looked up once per key (it was ~5% of reading a row).
    mutable QString m_parsedFormatKey;
    mutable std::optional<DateFormat> m_parsedFormat;
    mutable bool m_formatParsed = false;
};

/// Opens a delimited text file (CSV, TSV, …); head is its first bytes.
Result<std::unique_ptr<TableSource>> openDelimitedSource(const QString &file, const ImportProfile &profile,
                                                         const QByteArray &head);

/// Opens a file for import with the given profile, detecting what the profile leaves open.
Result<std::unique_ptr<TableSource>> openSource(const QString &file, const ImportProfile &profile);

} // namespace Uptake::Import
