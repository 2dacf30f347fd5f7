#pragma once

// A small paged-document engine for the PDF reports: a list of blocks (headings, paragraphs, tables, KPI rows,
// charts) laid out on pages of a fixed size with a header and a footer, then painted with a QPainter onto a
// QPdfWriter, a QPrinter or a QImage (the preview) — the same layout on every device.
//
// Coordinates are "dots" of LayoutDpi (1200 per inch) from the page's top-left corner. Every font is sized in
// pixels of that grid, so text measures the same whatever the device's resolution, and a device is painted by
// scaling the painter to its own resolution. Text is always drawn as text (QTextLayout), so it stays selectable
// and searchable in the PDF; charts are vector drawings made by a callback.
//
// Layout runs in two passes: paginate() places every block (so the page count is known), then paintPage()
// draws one page with "Page X of Y" right. Headings never end a page (they keep with the next block), table
// header rows repeat after a page break, a break leaves at least two rows of a table on each page, table rows and
// charts are never split.

#include <QColor>
#include <QFont>
#include <QList>
#include <QPageSize>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>

class QFontMetricsF;
class QPainter;
class QTextLayout;

namespace Uptake::Report {

/// The layout grid: dots per inch.
inline constexpr qreal LayoutDpi = 1200;
inline constexpr qreal dotsFromPoints(qreal points)
{
    return points * LayoutDpi / 72.0;
}
inline constexpr qreal dotsFromMm(qreal mm)
{
    return mm * LayoutDpi / 25.4;
}

/// The report's font family at a size in points (as pixels of the layout grid), unhinted so that every device
/// measures it alike.
QFont font(const QString &family, qreal points, QFont::Weight weight = QFont::Normal, bool italic = false);

/// The colours of the report, chosen to print well in colour and to stay distinct in grey.
namespace Colors {
inline const QColor Text{0x1f, 0x29, 0x37};
inline const QColor Muted{0x5b, 0x64, 0x70};
inline const QColor Rule{0xc9, 0xce, 0xd6};
inline const QColor Zebra{0xf3, 0xf5, 0xf8};
inline const QColor HeaderFill{0xe4, 0xe9, 0xf0};
inline const QColor Accent{0x1d, 0x4e, 0x89};
inline const QColor Good{0x2e, 0x7d, 0x32};
inline const QColor Warn{0xb2, 0x6a, 0x00};
inline const QColor Bad{0xc6, 0x28, 0x28};
inline const QColor Neutral{0x6b, 0x72, 0x80};
} // namespace Colors

struct TableColumn
{
    QString title;
    Qt::Alignment alignment = Qt::AlignLeft; ///< numbers: Qt::AlignRight
    qreal weight = 1;                        ///< share of the table's width
    bool keepWhole = false;                  ///< its cells never wrap (dates): as wide as the longest one
};

struct TableCell
{
    QString text; ///< as people read it (localised)
    QString raw;  ///< for CSV: a plain number or ISO date; empty: text
    QColor badge; ///< valid: drawn as a status badge (coloured mark + the text in words)
    bool bold = false;
};

/// A real table: columns, rows, and an optional line under each row (e.g. the sentence of a KPI).
struct Table
{
    QString name; ///< a file name for CSV export ("kpi_summary"); empty: not exported
    QString caption;
    QList<TableColumn> columns;
    QList<QList<TableCell>> rows;
    QStringList details; ///< per row, may be shorter than rows; drawn under the row across all columns
    QString note;        ///< small text under the table
    bool zebra = true;
};

/// A vector drawing in the given rectangle (layout dots); must not keep the painter.
using ChartPainter = std::function<void(QPainter *, const QRectF &)>;

struct Chart
{
    qreal heightMm = 70; ///< scaled down when it would not fit on an empty page
    ChartPainter paint;
    QString caption; ///< under the chart
};

/// The first page: title block, facts and a table of contents with page numbers.
struct Cover
{
    QString kicker; ///< small text above the title ("Adoption status report")
    QString title;
    QString subtitle;
    QList<QPair<QString, QString>> facts; ///< label, value
    QString contentsTitle;                ///< empty: no table of contents
    QString notice;                       ///< small print at the foot of the cover
};

struct Block
{
    enum class Kind { Heading, Paragraph, Note, Table, Chart, Cover, PageBreak, Spacer };
    Kind kind = Kind::Paragraph;
    int level = 1;   ///< headings: 1 (section, listed in the contents) or 2
    QString text;    ///< headings, paragraphs, notes (notes are small and muted); may hold <b>, <i>
    qreal space = 0; ///< spacer height in mm
    QColor rule;     ///< notes: valid draws a coloured bar on the left (warnings)
    std::shared_ptr<Table> table;
    std::shared_ptr<Chart> chart;
    std::shared_ptr<Cover> cover;
};

/// A whole document, built once and laid out for a page setup.
class Document
{
public:
    void addCover(Cover cover);
    void addHeading(const QString &text, int level = 1);
    void addParagraph(const QString &text);
    void addNote(const QString &text, const QColor &rule = {});
    void addTable(Table table);
    void addChart(Chart chart);
    void addSpacer(qreal mm);
    void addPageBreak();

    const QList<Block> &blocks() const { return m_blocks; }
    /// Drops every block from index on (a section that turned out to have nothing to show).
    void truncate(qsizetype index) { m_blocks.resize(std::min(index, m_blocks.size())); }
    /// Every table in order, for CSV export.
    QList<std::shared_ptr<Table>> tables() const;
    /// The text of headings of level 1, in order.
    QStringList sections() const;

private:
    QList<Block> m_blocks;
};

struct PageSetup
{
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    qreal marginMm = 18;
    QString fontFamily;
    QString headerLeft;  ///< e.g. "Customer Support pilot · as of 30 Oct 2026"
    QString headerRight; ///< e.g. "Adoption status report"
    QString footerLeft;  ///< e.g. "Prepared with Uptake 0.1.0"
    /// "Page %1 of %2", translated by the caller.
    QString pageNumberFormat = QStringLiteral("%1 / %2");
    QString continuedFormat = QStringLiteral("%1 (continued)");

    QSizeF pageSizeDots() const;
};

/// One document laid out on pages. Build it, call paginate(), then paint each page.
class Layout
{
public:
    explicit Layout(PageSetup setup);
    ~Layout();
    Layout(const Layout &) = delete;
    Layout &operator=(const Layout &) = delete;

    /// Places every block; returns false when cancel became true. Call once.
    bool paginate(const Document &document, const std::atomic_bool *cancel = nullptr);
    int pageCount() const;
    QSizeF pageSize() const; ///< in dots
    const PageSetup &setup() const { return m_setup; }

    /// Paints page index (0-based) with the painter set up for layout dots (see beginPage helpers below).
    void paintPage(QPainter *painter, int index) const;

    /// For tests: the blocks on a page, as indexes into the document's blocks, in order (a table or paragraph
    /// split over pages shows up on each).
    QList<int> blocksOnPage(int index) const;
    /// For tests: the table rows on a page for a table block (first, last; -1, -1 when none).
    QPair<int, int> tableRowsOnPage(int page, int block) const;
    /// The page each level-1 heading landed on (0-based), in order.
    QList<int> sectionPages() const;

private:
    struct Private;
    PageSetup m_setup;
    std::unique_ptr<Private> d;
};

/// The running header shortened to width at word boundaries: the longest of its parts (separated by "  ·  ")
/// loses words from its end, marked with "…", so the parts (organisation, pilot) stay readable; the last part
/// (the as-of date) is kept whole.
QString shortenHeader(const QString &text, const QFontMetricsF &metrics, qreal width);

/// Scales painter so that layout dots map onto a device of the given resolution (dots per inch).
void scaleToDevice(QPainter *painter, qreal deviceDpi);

} // namespace Uptake::Report
