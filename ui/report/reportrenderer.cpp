#include "reportrenderer.h"

#include "export/csvwriter.h"
#include "reportbuilder.h"
#include "settings/appsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Uptake::Report {

namespace {

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

/// Paints every page onto a PDF writer at the layout's resolution.
bool paintPdf(const Layout &layout, QPdfWriter &writer, const Progress &progress, const std::atomic_bool *cancel)
{
    writer.setResolution(int(LayoutDpi));
    writer.setPageLayout(QPageLayout(QPageSize(layout.setup().pageSize), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setCreator(
        QCoreApplication::translate("Uptake::Report", "Uptake %1").arg(QCoreApplication::applicationVersion()));
    writer.setTitle(layout.setup().headerLeft);
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    for (int i = 0; i < layout.pageCount(); ++i) {
        if (cancelled(cancel)) {
            painter.end();
            return false;
        }
        if (i > 0)
            writer.newPage();
        layout.paintPage(&painter, i);
        if (progress)
            progress(95 + 5 * (i + 1) / layout.pageCount());
    }
    return painter.end();
}

} // namespace

QString defaultFontFamily()
{
    return QFontInfo(QGuiApplication::font()).family();
}

QPageSize::PageSizeId defaultPageSize()
{
    return AppSettings().reportPageSize();
}

BuiltReport::BuiltReport(ReportData data, Document document, std::unique_ptr<Layout> layout)
    : m_data(std::move(data))
    , m_document(std::move(document))
    , m_layout(std::move(layout))
{}

BuiltReport::~BuiltReport() = default;

std::shared_ptr<BuiltReport> build(ReportData data, const RenderOptions &options, const std::atomic_bool *cancel)
{
    const QString family = options.fontFamily.isEmpty() ? defaultFontFamily() : options.fontFamily;
    Document document = buildDocument(data, family, options.locale);
    auto layout = std::make_unique<Layout>(pageSetup(data, options.pageSize, family, options.locale));
    if (!layout->paginate(document, cancel))
        return {};
    return std::make_shared<BuiltReport>(std::move(data), std::move(document), std::move(layout));
}

Status writePdf(const BuiltReport &report, const QString &path, const Progress &progress,
                const std::atomic_bool *cancel)
{
    return writePdf(report.layout(), path, progress, cancel);
}

Status writePdf(const Layout &layout, const QString &path, const Progress &progress, const std::atomic_bool *cancel)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return Status::failure(
            QCoreApplication::translate("Uptake::Report", "Cannot write the report to “%1”: the folder does not exist.")
                .arg(shown));
    if (info.isDir())
        return Status::failure(
            QCoreApplication::translate("Uptake::Report", "Cannot write the report to “%1”: it is a folder.")
                .arg(shown));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(QCoreApplication::translate("Uptake::Report", "Cannot write the report to “%1”: %2")
                                   .arg(shown, file.errorString()));
    {
        QPdfWriter writer(&file);
        if (!paintPdf(layout, writer, progress, cancel)) {
            file.cancelWriting();
            return Status::failure(
                cancelled(cancel)
                    ? QCoreApplication::translate("Uptake::Report", "Cancelled.")
                    : QCoreApplication::translate("Uptake::Report", "Cannot write the report to “%1”.").arg(shown));
        }
    }
    if (cancelled(cancel)) {
        file.cancelWriting();
        return Status::failure(QCoreApplication::translate("Uptake::Report", "Cancelled."));
    }
    if (!file.commit())
        return Status::failure(QCoreApplication::translate("Uptake::Report", "Cannot write the report to “%1”: %2")
                                   .arg(shown, file.errorString()));
    return {};
}

QImage renderPage(const BuiltReport &report, int page, qreal dpi)
{
    const QSizeF size = report.layout().pageSize() * dpi / LayoutDpi;
    QImage image(size.toSize(), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    scaleToDevice(&painter, dpi);
    report.layout().paintPage(&painter, page);
    return image;
}

Status print(const BuiltReport &report, QPrinter *printer, const Progress &progress, const std::atomic_bool *cancel)
{
    const Layout &layout = report.layout();
    printer->setFullPage(true);
    printer->setPageSize(QPageSize(layout.setup().pageSize));
    printer->setDocName(layout.setup().headerLeft);
    int first = 1, last = layout.pageCount();
    if (printer->printRange() == QPrinter::PageRange && printer->fromPage() > 0) {
        first = std::max(1, printer->fromPage());
        last = std::min(layout.pageCount(), printer->toPage() > 0 ? printer->toPage() : layout.pageCount());
    }
    QPainter painter;
    if (!painter.begin(printer))
        return Status::failure(QCoreApplication::translate("Uptake::Report", "Cannot start printing on “%1”.")
                                   .arg(printer->printerName()));
    scaleToDevice(&painter, printer->resolution());
    for (int i = first; i <= last; ++i) {
        if (cancelled(cancel)) {
            printer->abort();
            painter.end();
            return Status::failure(QCoreApplication::translate("Uptake::Report", "Cancelled."));
        }
        if (i > first)
            printer->newPage();
        layout.paintPage(&painter, i - 1);
        if (progress)
            progress(100 * (i - first + 1) / std::max(1, last - first + 1));
    }
    painter.end();
    return {};
}

Result<QStringList> writeCsvTables(const BuiltReport &report, const QString &dir)
{
    using R = Result<QStringList>;
    if (!QDir().mkpath(dir))
        return R::failure(QCoreApplication::translate("Uptake::Report", "Cannot create the folder “%1”.")
                              .arg(QDir::toNativeSeparators(dir)));
    QStringList written;
    QSet<QString> used;
    for (const auto &table : report.document().tables()) {
        if (table->name.isEmpty())
            continue;
        QString name = table->name;
        for (int n = 2; used.contains(name); ++n)
            name = u"%1_%2"_s.arg(table->name).arg(n);
        used.insert(name);
        QStringList header;
        for (const TableColumn &c : table->columns)
            header << c.title;
        const bool details = !table->details.isEmpty();
        if (details)
            header << QCoreApplication::translate("Uptake::Report", "Note");
        QList<QStringList> rows;
        for (int r = 0; r < table->rows.size(); ++r) {
            QStringList row;
            for (const TableCell &c : table->rows.at(r))
                row << (c.raw.isEmpty() ? c.text : c.raw);
            if (details)
                row << table->details.value(r);
            rows << row;
        }
        const QString path = QDir(dir).filePath(name + u".csv"_s);
        if (auto s = writeCsvFile(path, header, rows); !s)
            return R::failure(s.error());
        written << path;
    }
    return written;
}

Result<std::shared_ptr<BuiltReport>> makeReport(const ReportRequest &request, const RenderOptions &options,
                                                const QString &pdfPath, const Progress &progress,
                                                const std::atomic_bool *cancel, QString *warning)
{
    using R = Result<std::shared_ptr<BuiltReport>>;
    auto data = gatherReport(
        request,
        [&progress](int v) {
            if (progress)
                progress(v * 80 / 100);
        },
        cancel);
    if (!data)
        return R::failure(data.error());
    if (progress)
        progress(80);
    auto report = build(*data, options, cancel);
    if (!report)
        return R::failure(QCoreApplication::translate("Uptake::Report", "Cancelled."));
    if (progress)
        progress(95);
    if (!pdfPath.isEmpty()) {
        if (auto s = writePdf(*report, pdfPath, progress, cancel); !s)
            return R::failure(s.error());
        if (auto s = recordReport(request.workspacePath, report->data().pilot.id, report->data().asOf); !s && warning)
            *warning = s.error();
    }
    if (progress)
        progress(100);
    return report;
}

} // namespace Uptake::Report
