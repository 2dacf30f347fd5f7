#include "reportpage.h"

#include "metrics/summary.h"
#include "report/reportrenderer.h"
#include "settings/reporttemplates.h"
#include "storage/workspace.h"

#include "async.h"
#include <QtConcurrent>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGraphicsDropShadowEffect>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShowEvent>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Uptake {

/// What a report job (preview, PDF, print) hands back to the page.
struct ReportJobResult
{
    QString error;
    std::shared_ptr<Report::BuiltReport> report;
    QList<QImage> images;
    QStringList files;
    QString warning;
};

namespace {

/// Preview pages are painted at this width (device-independent pixels) and shown at it.
constexpr int PreviewWidth = 620;

} // namespace

ReportPage::ReportPage(QWidget *parent)
    : Page(parent)
    , m_pilot(new QComboBox(this))
    , m_asOf(new QDateEdit(this))
    , m_names(new QCheckBox(tr("Name learners who stopped engaging"), this))
    , m_template(new QComboBox(this))
    , m_saveTemplate(new QPushButton(tr("Save as Template…"), this))
    , m_deleteTemplate(new QPushButton(tr("Delete"), this))
    , m_export(new QPushButton(QIcon::fromTheme(u"document-save"_s), tr("Export PDF…"), this))
    , m_print(new QPushButton(QIcon::fromTheme(u"document-print"_s), tr("Print…"), this))
    , m_csv(new QPushButton(tr("Export Tables as CSV…"), this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_status(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_pagesWidget(new QWidget)
    , m_pagesLayout(new QVBoxLayout(m_pagesWidget))
    , m_debounce(new QTimer(this))
{
    setObjectName(u"reportPage"_s);
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(32, 24, 24, 24);
    outer->setSpacing(24);

    auto *controls = new QWidget(this);
    controls->setFixedWidth(330);
    auto *side = new QVBoxLayout(controls);
    side->setContentsMargins(0, 0, 0, 0);
    side->setSpacing(10);
    auto *title = new QLabel(tr("Status report"), controls);
    title->setObjectName(u"pageTitle"_s);
    auto *lead = new QLabel(tr("The report for the governance board: the same document on screen, on paper and "
                               "from 'uptake report' on a schedule."),
                            controls);
    lead->setObjectName(u"pageLead"_s);
    lead->setWordWrap(true);
    side->addWidget(title);
    side->addWidget(lead);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_pilot->setAccessibleName(tr("Pilot"));
    form->addRow(tr("&Pilot:"), m_pilot);
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_asOf->setAccessibleName(tr("As of"));
    m_asOf->setToolTip(tr("The report's date: figures look at the data up to this day."));
    form->addRow(tr("&As of:"), m_asOf);
    side->addLayout(form);

    auto *sectionsTitle = new QLabel(tr("Sections"), controls);
    sectionsTitle->setObjectName(u"sectionTitle"_s);
    side->addWidget(sectionsTitle);
    for (ReportSection s : AllReportSections) {
        auto *box = new QCheckBox(reportSectionLabel(s), controls);
        box->setObjectName(u"section_"_s + reportSectionKey(s));
        box->setChecked(true);
        m_sections << box;
        side->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &ReportPage::schedulePreview);
    }
    m_names->setToolTip(tr("Off: the report counts learners who stopped engaging by department, without names."));
    side->addWidget(m_names);

    auto *templateTitle = new QLabel(tr("Templates"), controls);
    templateTitle->setObjectName(u"sectionTitle"_s);
    side->addWidget(templateTitle);
    m_template->setAccessibleName(tr("Report template"));
    side->addWidget(m_template);
    auto *templateButtons = new QHBoxLayout;
    templateButtons->addWidget(m_saveTemplate);
    templateButtons->addWidget(m_deleteTemplate);
    templateButtons->addStretch();
    side->addLayout(templateButtons);

    side->addSpacing(8);
    m_export->setDefault(true);
    side->addWidget(m_export);
    auto *more = new QHBoxLayout;
    more->addWidget(m_print);
    more->addWidget(m_csv);
    side->addLayout(more);
    auto *progressRow = new QHBoxLayout;
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(10);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    side->addLayout(progressRow);
    m_status->setWordWrap(true);
    m_status->setObjectName(u"pageLead"_s);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    side->addWidget(m_status);
    side->addStretch(1);
    outer->addWidget(controls);

    // The preview: the pages as they print, on a grey desk.
    m_scroll->setWidgetResizable(true);
    m_scroll->setAlignment(Qt::AlignHCenter);
    m_scroll->setAccessibleName(tr("Report preview"));
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_pagesLayout->setContentsMargins(24, 24, 24, 24);
    m_pagesLayout->setSpacing(20);
    m_pagesLayout->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll->setWidget(m_pagesWidget);
    outer->addWidget(m_scroll, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(350);
    connect(m_debounce, &QTimer::timeout, this, &ReportPage::startPreview);
    connect(m_pilot, &QComboBox::currentIndexChanged, this, &ReportPage::schedulePreview);
    connect(m_asOf, &QDateEdit::dateChanged, this, &ReportPage::schedulePreview);
    connect(m_names, &QCheckBox::toggled, this, &ReportPage::schedulePreview);
    connect(m_template, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applyTemplate(m_template->itemText(index));
        m_deleteTemplate->setEnabled(index > 0);
    });
    connect(m_saveTemplate, &QPushButton::clicked, this, &ReportPage::saveTemplate);
    connect(m_deleteTemplate, &QPushButton::clicked, this, &ReportPage::deleteTemplate);
    connect(m_export, &QPushButton::clicked, this, &ReportPage::exportDialog);
    connect(m_print, &QPushButton::clicked, this, &ReportPage::printDialog);
    connect(m_csv, &QPushButton::clicked, this, &ReportPage::exportCsvDialog);
    connect(m_cancel, &QPushButton::clicked, this, &ReportPage::cancel);
    reloadTemplates();
    setBusy(false);
    setWorkspace(nullptr, nullptr);
}

ReportPage::~ReportPage()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

void ReportPage::setWorkspace(Workspace *workspace, QUndoStack *undoStack)
{
    if (this->workspace())
        disconnect(this->workspace(), nullptr, this, nullptr);
    Page::setWorkspace(workspace, undoStack);
    cancel();
    m_report.reset();
    m_previewImages.clear();
    showPreview({}, {});
    if (workspace) {
        for (auto signal : {&Workspace::dataChanged, &Workspace::pilotsChanged, &Workspace::programChanged,
                            &Workspace::journeyChanged, &Workspace::targetsChanged})
            connect(workspace, signal, this, [this] { whenShown(u"facts"_s, [this] { loadWorkspaceFacts(); }); });
        whenShown(u"facts"_s, [this] { loadWorkspaceFacts(); });
    } else {
        loadWorkspaceFacts();
    }
}

void ReportPage::loadWorkspaceFacts()
{
    if (!workspace()) {
        m_pilot->clear();
        m_status->setText(tr("Open a workspace to make its status report."));
        return;
    }
    const QString path = workspace()->path();
    m_loadingFacts = true;
    whenReady(QtConcurrent::run([path] { return readSummaryFromFile(path); }), this,
              [this, path](const Result<WorkspaceSummary> &summary) {
                  if (!workspace() || workspace()->path() != path)
                      return;
                  m_loadingFacts = false;
                  if (!summary) {
                      showError(summary.error());
                      return;
                  }
                  const qint64 current = m_pilot->currentData().toLongLong();
                  const QSignalBlocker blockPilot(m_pilot);
                  const QSignalBlocker blockDate(m_asOf);
                  m_pilot->clear();
                  for (const Pilot &p : summary->pilots)
                      m_pilot->addItem(p.name, p.id);
                  if (summary->pilots.isEmpty())
                      m_pilot->addItem(tr("All learners (no pilot yet)"), 0);
                  if (const int i = m_pilot->findData(current); i >= 0)
                      m_pilot->setCurrentIndex(i);
                  if (summary->lastDay.isValid()) {
                      m_asOf->setDateRange(summary->firstDay, summary->lastDay.addYears(1));
                      if (!m_asOf->property("chosen").toBool())
                          m_asOf->setDate(summary->lastDay);
                  }
                  startPreview();
              });
}

ReportRequest ReportPage::request() const
{
    ReportRequest r;
    if (workspace())
        r.workspacePath = workspace()->path();
    r.pilotId = m_pilot->currentData().toLongLong();
    r.asOf = m_asOf->date();
    r.sections.clear();
    for (int i = 0; i < m_sections.size(); ++i)
        if (m_sections.at(i)->isChecked())
            r.sections << AllReportSections[i];
    r.includeNames = m_names->isChecked();
    return r;
}

void ReportPage::setSections(const QList<ReportSection> &sections)
{
    for (int i = 0; i < m_sections.size(); ++i) {
        const QSignalBlocker block(m_sections.at(i));
        m_sections.at(i)->setChecked(sections.contains(AllReportSections[i]));
    }
    schedulePreview();
}

void ReportPage::setAsOf(const QDate &date)
{
    m_asOf->setProperty("chosen", true);
    m_asOf->setDate(date);
}

void ReportPage::setIncludeNames(bool include)
{
    m_names->setChecked(include);
}

QString ReportPage::statusText() const
{
    return m_status->text();
}

void ReportPage::schedulePreview()
{
    if (sender() == m_asOf)
        m_asOf->setProperty("chosen", true);
    if (m_template->currentIndex() > 0 && sender() != nullptr && sender() != m_pilot && sender() != m_asOf) {
        const QSignalBlocker block(m_template);
        m_template->setCurrentIndex(0); // the sections no longer match the template
        m_deleteTemplate->setEnabled(false);
    }
    m_debounce->start();
}

void ReportPage::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    if (busy) {
        m_progress->setValue(0);
        m_status->setText(what);
    }
    const bool ready = !busy && m_report && workspace();
    m_export->setEnabled(!busy && workspace() && !request().sections.isEmpty());
    m_print->setEnabled(ready);
    m_csv->setEnabled(ready);
}

void ReportPage::cancel()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_cancelFlag.reset();
    ++m_generation;
    if (m_busy) {
        setBusy(false);
        m_status->setText(tr("Cancelled."));
    }
}

void ReportPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_previewStale)
        startPreview();
}

void ReportPage::startPreview()
{
    if (!workspace() || m_loadingFacts)
        return;
    // Render only what someone looks at: a hidden page waits until it is shown.
    m_previewStale = !isVisible();
    if (m_previewStale)
        return;
    const ReportRequest r = request();
    if (r.sections.isEmpty()) {
        cancel();
        m_report.reset();
        showPreview({}, {});
        m_status->setText(tr("Choose at least one section."));
        setBusy(false);
        return;
    }
    Report::RenderOptions options;
    options.pageSize = Report::defaultPageSize();
    options.fontFamily = Report::defaultFontFamily();
    const qreal ratio = devicePixelRatioF();
    runJob(
        tr("Preparing the preview…"),
        [r, options, ratio](QPromise<ReportJobResult> &promise, const std::atomic_bool *cancelled) {
            ReportJobResult result;
            auto gathered = gatherReport(
                r, [&promise](int v) { promise.setProgressValue(v * 60 / 100); }, cancelled);
            if (!gathered) {
                result.error = gathered.error();
                promise.addResult(result);
                return;
            }
            result.report = Report::build(*gathered, options, cancelled);
            if (!result.report) {
                result.error = QCoreApplication::translate("Uptake::ReportPage", "Cancelled.");
                promise.addResult(result);
                return;
            }
            promise.setProgressValue(65);
            const int pages = result.report->pageCount();
            const qreal dpi = PreviewWidth * ratio / (result.report->layout().pageSize().width() / Report::LayoutDpi);
            for (int i = 0; i < pages; ++i) {
                if (cancelled->load())
                    break;
                QImage image = Report::renderPage(*result.report, i, dpi);
                image.setDevicePixelRatio(ratio);
                result.images << image;
                promise.setProgressValue(65 + 35 * (i + 1) / pages);
            }
            promise.addResult(result);
        },
        [this](const ReportJobResult &result) {
            if (!result.error.isEmpty()) {
                m_report.reset();
                showPreview({}, {});
                showError(result.error);
                return;
            }
            showPreview(result.report, result.images);
        });
}

void ReportPage::runJob(const QString &busyText, ReportJob work, std::function<void(const ReportJobResult &)> done)
{
    cancel();
    const quint64 generation = m_generation;
    auto flag = std::make_shared<std::atomic_bool>(false);
    m_cancelFlag = flag;
    setBusy(true, busyText);
    auto *watcher = new QFutureWatcher<ReportJobResult>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, generation](int value) {
        if (generation == m_generation)
            m_progress->setValue(value);
    });
    // A job that a newer one or Cancel overtook ends in silence: its result belongs to settings no longer shown.
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, done = std::move(done)] {
        watcher->deleteLater();
        if (generation != m_generation || watcher->future().resultCount() == 0)
            return;
        const ReportJobResult result = watcher->result();
        setBusy(false);
        done(result);
    });
    watcher->setFuture(QtConcurrent::run([work = std::move(work), flag](QPromise<ReportJobResult> &promise) {
        promise.setProgressRange(0, 100);
        work(promise, flag.get());
    }));
}

void ReportPage::showPreview(const std::shared_ptr<Report::BuiltReport> &report, const QList<QImage> &images)
{
    m_report = report;
    m_previewImages = images;
    while (QLayoutItem *item = m_pagesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < images.size(); ++i) {
        auto *label = new QLabel(m_pagesWidget);
        label->setPixmap(QPixmap::fromImage(images.at(i)));
        label->setAccessibleName(tr("Page %1 of %2").arg(i + 1).arg(images.size()));
        auto *shadow = new QGraphicsDropShadowEffect(label);
        shadow->setBlurRadius(18);
        shadow->setOffset(0, 3);
        shadow->setColor(QColor(0, 0, 0, 90));
        label->setGraphicsEffect(shadow);
        m_pagesLayout->addWidget(label, 0, Qt::AlignHCenter);
    }
    setBusy(false);
    if (report) {
        const ReportData &d = report->data();
        QLocale l;
        m_status->setText(tr("%1 pages, as of %2. Changes reported since %3%4.")
                              .arg(report->pageCount())
                              .arg(l.toString(d.asOf, QLocale::ShortFormat),
                                   l.toString(d.sinceLastReport ? d.since : d.since.addDays(1), QLocale::ShortFormat),
                                   d.sinceLastReport ? tr(" (the last report)") : tr(" (the pilot's start)")));
        Q_EMIT previewReady();
    }
}

void ReportPage::exportDialog()
{
    if (!workspace())
        return;
    const ReportRequest r = request();
    QString name = m_pilot->currentText();
    name.remove(QRegularExpression(u"[\\\\/:*?\"<>|]"_s));
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("%1 status report %2.pdf").arg(name, r.asOf.toString(Qt::ISODate)));
    QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".pdf"_s;
    exportPdf(path);
}

void ReportPage::exportPdf(const QString &path)
{
    if (!workspace())
        return;
    const ReportRequest r = request();
    Report::RenderOptions options;
    options.pageSize = Report::defaultPageSize();
    options.fontFamily = Report::defaultFontFamily();
    runJob(
        tr("Writing %1…").arg(QDir::toNativeSeparators(path)),
        [r, options, path](QPromise<ReportJobResult> &promise, const std::atomic_bool *cancelled) {
            ReportJobResult result;
            auto report = Report::makeReport(
                r, options, path, [&promise](int v) { promise.setProgressValue(v); }, cancelled, &result.warning);
            if (report)
                result.report = *report;
            else
                result.error = report.error();
            promise.addResult(result);
        },
        [this, path](const ReportJobResult &result) {
            if (!result.error.isEmpty()) {
                showError(result.error);
                return;
            }
            m_report = result.report;
            m_status->setText(
                tr("Saved %1 (%2 pages).").arg(QDir::toNativeSeparators(path)).arg(result.report->pageCount()) +
                (result.warning.isEmpty() ? QString() : u"\n"_s + result.warning));
            Q_EMIT exported(path);
        });
}

void ReportPage::printDialog()
{
    if (!m_report || m_busy)
        return;
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(m_report->layout().setup().pageSize));
    printer->setFromTo(1, m_report->pageCount());
    QPrintDialog dialog(printer.get(), this);
    dialog.setWindowTitle(tr("Print Status Report"));
    dialog.setOption(QAbstractPrintDialog::PrintPageRange);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto report = m_report;
    runJob(
        tr("Printing…"),
        [report, printer](QPromise<ReportJobResult> &promise, const std::atomic_bool *cancelled) {
            ReportJobResult result;
            if (auto s = Report::print(
                    *report, printer.get(), [&promise](int v) { promise.setProgressValue(v); }, cancelled);
                !s)
                result.error = s.error();
            else
                recordReport(report->data().request.workspacePath, report->data().pilot.id, report->data().asOf);
            promise.addResult(result);
        },
        [this](const ReportJobResult &result) {
            if (!result.error.isEmpty())
                showError(result.error);
            else
                m_status->setText(tr("Sent to the printer."));
        });
}

void ReportPage::exportCsvDialog()
{
    if (!m_report || m_busy)
        return;
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Export the Report's Tables"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (dir.isEmpty())
        return;
    auto report = m_report;
    whenReady(QtConcurrent::run([report, dir] { return Report::writeCsvTables(*report, dir); }), this,
              [this, dir](const Result<QStringList> &files) {
                  if (!files)
                      showError(files.error());
                  else
                      m_status->setText(
                          tr("Wrote %1 CSV files to %2.").arg(files->size()).arg(QDir::toNativeSeparators(dir)));
              });
}

void ReportPage::reloadTemplates(const QString &select)
{
    const QSignalBlocker block(m_template);
    m_template->clear();
    m_template->addItem(tr("(choose a template)"));
    for (const QString &name : reportTemplateNames())
        m_template->addItem(name);
    const int i = select.isEmpty() ? 0 : std::max(0, m_template->findText(select));
    m_template->setCurrentIndex(i);
    m_deleteTemplate->setEnabled(i > 0);
}

void ReportPage::saveTemplate()
{
    bool ok = false;
    const QString current = m_template->currentIndex() > 0 ? m_template->currentText() : QString();
    const QString name = QInputDialog::getText(this, tr("Save Report Template"),
                                               tr("Name of the template (it keeps the chosen sections):"),
                                               QLineEdit::Normal, current, &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    const ReportRequest r = request();
    if (auto s = saveReportTemplate({name, r.sections, r.includeNames}); !s) {
        showError(s.error());
        return;
    }
    reloadTemplates(name);
    m_status->setText(
        tr("Saved the template “%1”. 'uptake report --template \"%1\"' makes the same report.").arg(name));
}

void ReportPage::applyTemplate(const QString &name)
{
    const auto t = reportTemplate(name);
    if (!t)
        return;
    setSections(t->sections);
    {
        const QSignalBlocker block(m_names);
        m_names->setChecked(t->includeNames);
    }
    m_debounce->start();
}

void ReportPage::deleteTemplate()
{
    if (m_template->currentIndex() <= 0)
        return;
    const QString name = m_template->currentText();
    if (QMessageBox::question(this, tr("Delete Template"), tr("Delete the report template “%1”?").arg(name)) !=
        QMessageBox::Yes)
        return;
    if (auto s = removeReportTemplate(name); !s)
        showError(s.error());
    reloadTemplates();
}

void ReportPage::showError(const QString &message)
{
    m_status->setText(message);
    Q_EMIT failed(message);
}

} // namespace Uptake
