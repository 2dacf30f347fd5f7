#pragma once

// The report from data to output: build the document, lay it out, and write a PDF (atomically), page images for
// the preview, a printer's pages or the tables as CSV files. Everything here may run off the GUI thread (QPdfWriter,
// QImage and QPrinter accept a QPainter on any thread); a QGuiApplication must exist for the fonts.

#include "documentlayout.h"
#include "export/reportdata.h"

#include <QImage>
#include <QLocale>
#include <QPageSize>

#include <atomic>
#include <functional>
#include <memory>

class QPrinter;

namespace Uptake::Report {

struct RenderOptions
{
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QString fontFamily; ///< empty: defaultFontFamily()
    QLocale locale;
};

/// The application font's family as the font database resolves it ("DejaVu Sans").
QString defaultFontFamily();
/// The paper of the user's choice, else the locale's (Preferences → Report paper).
QPageSize::PageSizeId defaultPageSize();

/// A report built and laid out, ready to paint.
class BuiltReport
{
public:
    BuiltReport(ReportData data, Document document, std::unique_ptr<Layout> layout);
    ~BuiltReport();
    const ReportData &data() const { return m_data; }
    const Document &document() const { return m_document; }
    const Layout &layout() const { return *m_layout; }
    int pageCount() const { return m_layout->pageCount(); }

private:
    ReportData m_data;
    Document m_document;
    std::unique_ptr<Layout> m_layout;
};

using Progress = std::function<void(int)>; ///< 0..100

/// Builds and lays out the document for data; nullptr when cancelled.
std::shared_ptr<BuiltReport> build(ReportData data, const RenderOptions &options,
                                   const std::atomic_bool *cancel = nullptr);

/// Writes the PDF through QSaveFile: an error (unwritable folder, full disk, cancel) leaves any old file untouched.
Status writePdf(const BuiltReport &report, const QString &path, const Progress &progress = {},
                const std::atomic_bool *cancel = nullptr);
/// The same for any laid-out document.
Status writePdf(const Layout &layout, const QString &path, const Progress &progress = {},
                const std::atomic_bool *cancel = nullptr);

/// One page as an image at dpi (white background), for the preview.
QImage renderPage(const BuiltReport &report, int page, qreal dpi);

/// Paints every page (or the printer's page range) onto a printer set up by a print dialog.
Status print(const BuiltReport &report, QPrinter *printer, const Progress &progress = {},
             const std::atomic_bool *cancel = nullptr);

/// Writes each named table as DIR/<name>.csv (raw numbers and ISO dates); returns the files written.
Result<QStringList> writeCsvTables(const BuiltReport &report, const QString &dir);

/// Gathers, builds and writes in one go (the command line and the Report page's Export): progress 0..100.
/// On success the report's as-of date is remembered for the pilot (see ReportRepository); failing to remember it
/// is not an error (a read-only workspace) and is returned as *warning.
Result<std::shared_ptr<BuiltReport>> makeReport(const ReportRequest &request, const RenderOptions &options,
                                                const QString &pdfPath, const Progress &progress = {},
                                                const std::atomic_bool *cancel = nullptr, QString *warning = nullptr);

} // namespace Uptake::Report
