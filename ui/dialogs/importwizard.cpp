#include "importwizard.h"

#include "import/presets.h"

#include "async.h"
#include <QtConcurrent>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QWizardPage>

using namespace Qt::StringLiterals;

namespace Uptake {

namespace {

/// A wizard page whose Next/Finish button waits for background work.
class GatePage final : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    bool isComplete() const override { return m_open && QWizardPage::isComplete(); }
    void setOpen(bool open)
    {
        m_open = open;
        Q_EMIT completeChanged();
    }

private:
    bool m_open = true;
};

GatePage *gate(QWizard *w, int id)
{
    return static_cast<GatePage *>(w->page(id));
}

void setCombo(QComboBox *combo, const QString &data)
{
    const int i = combo->findData(data);
    combo->setCurrentIndex(i >= 0 ? i : 0);
}

QString delimiterName(const QString &d)
{
    if (d == u","_s)
        return ImportWizard::tr("comma");
    if (d == u";"_s)
        return ImportWizard::tr("semicolon");
    if (d == u"\t"_s)
        return ImportWizard::tr("tab");
    if (d == u"|"_s)
        return ImportWizard::tr("pipe");
    return d;
}

QString formatCount(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace

ImportWizard::ImportWizard(const QString &workspacePath, const QString &file, QWidget *parent)
    : QWizard(parent)
    , m_workspacePath(workspacePath)
    , m_file(file)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(file).fileName()));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    resize(960, 680);
    setPage(FilePage, static_cast<QWizardPage *>(buildFilePage()));
    setPage(MappingPage, static_cast<QWizardPage *>(buildMappingPage()));
    setPage(CompletionPage, static_cast<QWizardPage *>(buildCompletionPage()));
    setPage(DryRunPage, static_cast<QWizardPage *>(buildDryRunPage()));
    setPage(ImportPage, static_cast<QWizardPage *>(buildImportPage()));
    refreshPreview();
}

ImportWizard::~ImportWizard()
{
    // A worker still running rolls back and ends on its own; it only holds shared state.
    m_cancel->store(true);
}

QWidget *ImportWizard::buildFilePage()
{
    auto *page = new GatePage;
    page->setTitle(tr("How Uptake reads the file"));
    page->setSubTitle(tr("Uptake detected these settings from the file. Change any that look wrong; the preview "
                         "below follows at once."));
    m_kind = new QComboBox(page);
    m_kind->addItem(tr("Learning events"), u"events"_s);
    m_kind->addItem(tr("Roster (people)"), u"roster"_s);
    m_kind->addItem(tr("Performance (KPI values)"), u"performance"_s);
    m_preset = new QComboBox(page);
    m_preset->addItem(tr("Detect"), QString());
    for (const Import::Preset &p : Import::presets())
        m_preset->addItem(p.title, p.name);
    m_encoding = new QComboBox(page);
    m_encoding->addItem(tr("Detect"), QString());
    for (const QString &e : {u"utf-8"_s, u"utf-16le"_s, u"utf-16be"_s, u"windows-1252"_s, u"latin1"_s})
        m_encoding->addItem(e.toUpper(), e);
    m_delimiter = new QComboBox(page);
    m_delimiter->addItem(tr("Detect"), QString());
    for (const QString &d : {u","_s, u";"_s, u"\t"_s, u"|"_s})
        m_delimiter->addItem(delimiterName(d), d);
    m_header = new QComboBox(page);
    m_header->addItem(tr("Detect"), -1);
    m_header->addItem(tr("First row holds column names"), 1);
    m_header->addItem(tr("No header row"), 0);
    m_dateFormat = new QComboBox(page);
    m_dateFormat->setEditable(false);
    m_dateFormat->addItem(tr("Detect"), QString());
    for (const auto &[key, label] :
         QList<QPair<QString, QString>>{{u"iso"_s, tr("ISO 8601 (2023-08-07T14:24:00+02:00)")},
                                        {u"epoch"_s, tr("Unix time in seconds")},
                                        {u"epoch-ms"_s, tr("Unix time in milliseconds")},
                                        {u"moodle"_s, tr("Moodle (7/08/23, 14:24)")},
                                        {u"moodle-long"_s, tr("Older Moodle (2017 July 2 0:58)")},
                                        {u"us"_s, tr("US (8/7/2023 2:24 PM)")},
                                        {u"excel"_s, tr("Excel serial number")},
                                        {u"relative-days"_s, tr("Days from a start date (OULAD)")}})
        m_dateFormat->addItem(label, key);
    m_dayOrder = new QComboBox(page);
    m_dayOrder->addItem(tr("Detect from the whole column"), QString());
    m_dayOrder->addItem(tr("Day first (31/12)"), u"dmy"_s);
    m_dayOrder->addItem(tr("Month first (12/31)"), u"mdy"_s);
    m_timeZone = new QLineEdit(page);
    m_timeZone->setPlaceholderText(tr("The workspace's time zone"));
    m_timeZone->setToolTip(tr("For time stamps without an offset, e.g. Europe/Berlin."));
    m_detected = new QLabel(page);
    m_detected->setWordWrap(true);
    m_detected->setObjectName(u"importDetected"_s);
    m_previewTable = new QTableWidget(page);
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setAccessibleName(tr("Preview of the first rows"));

    auto *form = new QFormLayout;
    form->addRow(tr("The file holds:"), m_kind);
    form->addRow(tr("Format:"), m_preset);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Encoding:"), page));
    row->addWidget(m_encoding);
    row->addWidget(new QLabel(tr("Delimiter:"), page));
    row->addWidget(m_delimiter);
    row->addWidget(m_header, 1);
    form->addRow(row);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_dateFormat, 2);
    dates->addWidget(m_dayOrder, 1);
    dates->addWidget(m_timeZone, 1);
    form->addRow(tr("Dates:"), dates);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_detected);
    layout->addWidget(m_previewTable, 1);

    for (QComboBox *c : {m_kind, m_preset, m_encoding, m_delimiter, m_header, m_dateFormat, m_dayOrder})
        connect(c, &QComboBox::currentIndexChanged, this, [this, c] {
            if (m_updating)
                return;
            if (c == m_kind || c == m_preset) {
                // A new kind or format starts from its preset's mapping.
                m_profile.mapping.clear();
                m_profile.constants.clear();
                m_profile.completionValues.clear();
            }
            refreshPreview();
        });
    connect(m_timeZone, &QLineEdit::editingFinished, this, &ImportWizard::refreshPreview);
    return page;
}

QWidget *ImportWizard::buildMappingPage()
{
    auto *page = new GatePage;
    page->setTitle(tr("Which column is which"));
    page->setSubTitle(tr("Fields marked * are required. A field can combine two columns (first and last name) or "
                         "take one fixed value for every row (the course of a single-course log)."));
    auto *layout = new QVBoxLayout(page);
    m_mappingForm = new QFormLayout;
    layout->addLayout(m_mappingForm);
    m_mappingHint = new QLabel(page);
    m_mappingHint->setWordWrap(true);
    m_mappingHint->setObjectName(u"dialogError"_s);
    layout->addWidget(m_mappingHint);
    layout->addStretch(1);
    return page;
}

QWidget *ImportWizard::buildCompletionPage()
{
    auto *page = new GatePage;
    page->setTitle(tr("What counts as completed"));
    page->setSubTitle(tr("Tick the event values that mean a learner completed the course. These drive completion "
                         "rates and time to first completion."));
    auto *layout = new QVBoxLayout(page);
    m_completion = new QListWidget(page);
    m_completion->setAccessibleName(tr("Event values"));
    layout->addWidget(m_completion);
    return page;
}

QWidget *ImportWizard::buildDryRunPage()
{
    auto *page = new GatePage;
    page->setTitle(tr("Dry run"));
    page->setSubTitle(tr("Uptake reads the whole file and checks every row without writing anything."));
    auto *layout = new QVBoxLayout(page);
    m_dryRunProgress = new QProgressBar(page);
    m_dryRunSummary = new QLabel(page);
    m_dryRunSummary->setWordWrap(true);
    m_dryRunErrors = new QTableWidget(0, 4, page);
    m_dryRunErrors->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Value"), tr("Problem")});
    m_dryRunErrors->horizontalHeader()->setStretchLastSection(true);
    m_dryRunErrors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dryRunErrors->setAccessibleName(tr("Rejected rows"));
    layout->addWidget(m_dryRunProgress);
    layout->addWidget(m_dryRunSummary);
    layout->addWidget(m_dryRunErrors, 1);
    return page;
}

QWidget *ImportWizard::buildImportPage()
{
    auto *page = new GatePage;
    page->setTitle(tr("Import"));
    page->setSubTitle(tr("All rows go in as one batch, or none do. You can undo the whole batch later on the Data "
                         "page."));
    page->setFinalPage(true);
    auto *layout = new QVBoxLayout(page);
    m_importProgress = new QProgressBar(page);
    m_importSummary = new QLabel(page);
    m_importSummary->setWordWrap(true);
    m_cancelButton = new QPushButton(tr("Cancel Import"), page);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportWizard::cancelRunning);
    layout->addWidget(m_importProgress);
    layout->addWidget(m_importSummary);
    layout->addWidget(m_cancelButton, 0, Qt::AlignLeft);
    layout->addStretch(1);
    return page;
}

Import::ImportProfile ImportWizard::profile() const
{
    Import::ImportProfile p = m_profile;
    Import::dataKindFromKey(m_kind->currentData().toString(), &p.kind);
    if (!m_preset->currentData().toString().isEmpty())
        p.preset = m_preset->currentData().toString();
    p.encoding = m_encoding->currentData().toString();
    p.delimiter = m_delimiter->currentData().toString();
    p.hasHeader = m_header->currentData().toInt();
    p.dateFormat = m_dateFormat->currentData().toString();
    p.dayOrder = m_dayOrder->currentData().toString();
    p.timeZone = m_timeZone->text().trimmed();
    return p;
}

void ImportWizard::refreshPreview()
{
    Import::ImportProfile wanted = profile();
    if (m_preset->currentData().toString().isEmpty())
        wanted.preset.clear();
    m_preview = Import::previewFile(m_file, wanted, 50);
    if (m_preview.error.isEmpty())
        m_profile = m_preview.profile;
    showPreview();
}

void ImportWizard::showPreview()
{
    gate(this, FilePage)->setOpen(m_preview.error.isEmpty());
    if (!m_preview.error.isEmpty()) {
        m_detected->setText(m_preview.error);
        m_previewTable->clear();
        m_previewTable->setRowCount(0);
        m_previewTable->setColumnCount(0);
        return;
    }
    m_updating = true;
    setCombo(m_kind, Import::dataKindKey(m_preview.profile.kind));
    m_updating = false;
    QStringList facts;
    facts << tr("Recognised as: %1").arg(m_preview.presetTitle);
    if (!m_preview.isXapi) {
        facts << tr("encoding %1").arg(m_preview.encoding.toUpper())
              << tr("delimiter: %1").arg(delimiterName(m_preview.delimiter))
              << (m_preview.hasHeader ? tr("header row") : tr("no header row"));
    }
    if (!m_preview.dateFormat.isEmpty())
        facts << tr("dates: %1").arg(m_preview.dateFormat);
    QString text = facts.join(u" · "_s);
    if (m_preview.dateAmbiguous)
        text += u"\n"_s + tr("The day/month order of the dates cannot be told from this file: choose “Day first” or "
                             "“Month first”.");
    m_detected->setText(text);
    m_previewTable->clear();
    m_previewTable->setColumnCount(int(m_preview.header.size()));
    m_previewTable->setHorizontalHeaderLabels(m_preview.header);
    m_previewTable->setRowCount(int(m_preview.rows.size()));
    for (int r = 0; r < m_preview.rows.size(); ++r)
        for (int c = 0; c < m_preview.rows.at(r).size() && c < m_preview.header.size(); ++c)
            m_previewTable->setItem(r, c, new QTableWidgetItem(m_preview.rows.at(r).at(c)));
    m_previewTable->resizeColumnsToContents();
}

void ImportWizard::fillMapping()
{
    while (m_mappingForm->rowCount() > 0)
        m_mappingForm->removeRow(0);
    m_fieldColumns.clear();
    m_fieldExtra.clear();
    m_fieldConstant.clear();
    const Import::ImportProfile p = m_profile;
    const QStringList required = Import::requiredFields(p.kind);
    for (const QString &field : Import::canonicalFields(p.kind)) {
        auto *column = new QComboBox;
        column->addItem(tr("— not in this file —"), QString());
        column->addItem(tr("Fixed value:"), u"\x01const"_s);
        for (const QString &h : m_preview.header)
            column->addItem(h, h);
        auto *extra = new QComboBox;
        extra->addItem(tr("(no second column)"), QString());
        for (const QString &h : m_preview.header)
            extra->addItem(tr("+ %1").arg(h), h);
        auto *constant = new QLineEdit;
        const QStringList cols = p.mapping.value(field);
        if (p.constants.contains(field)) {
            setCombo(column, u"\x01const"_s);
            constant->setText(p.constants.value(field));
        } else {
            setCombo(column, cols.value(0));
            setCombo(extra, cols.value(1));
        }
        auto update = [column, extra, constant] {
            const bool isConst = column->currentData().toString() == u"\x01const"_s;
            constant->setVisible(isConst);
            extra->setVisible(!isConst && !column->currentData().toString().isEmpty());
        };
        connect(column, &QComboBox::currentIndexChanged, this, update);
        update();
        auto *row = new QHBoxLayout;
        row->addWidget(column, 2);
        row->addWidget(extra, 1);
        row->addWidget(constant, 1);
        const QString label =
            required.contains(field) ? tr("%1 *").arg(Import::fieldLabel(field)) : Import::fieldLabel(field);
        column->setAccessibleName(Import::fieldLabel(field));
        m_mappingForm->addRow(label, row);
        m_fieldColumns << column;
        m_fieldExtra << extra;
        m_fieldConstant << constant;
    }
    m_mappingHint->clear();
}

void ImportWizard::initializePage(int id)
{
    if (id == MappingPage) {
        fillMapping();
    } else if (id == CompletionPage) {
        m_preview = Import::previewFile(m_file, m_profile, 2000);
        m_completion->clear();
        QStringList values = m_preview.eventValues;
        for (const QString &c : std::as_const(m_profile.completionValues))
            if (!values.contains(c, Qt::CaseInsensitive))
                values << c;
        for (const QString &v : std::as_const(values)) {
            auto *item = new QListWidgetItem(v, m_completion);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(m_profile.completionValues.contains(v, Qt::CaseInsensitive) ? Qt::Checked
                                                                                            : Qt::Unchecked);
        }
        if (values.isEmpty())
            new QListWidgetItem(tr("No event column is mapped: every row counts as activity."), m_completion);
    } else if (id == DryRunPage) {
        run(true);
    } else if (id == ImportPage) {
        run(false);
    }
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() == MappingPage) {
        Import::ImportProfile p = m_profile;
        p.mapping.clear();
        p.constants.clear();
        const QStringList fields = Import::canonicalFields(p.kind);
        QStringList missing;
        for (int i = 0; i < fields.size(); ++i) {
            const QString column = m_fieldColumns.at(i)->currentData().toString();
            if (column == u"\x01const"_s) {
                const QString value = m_fieldConstant.at(i)->text().trimmed();
                if (!value.isEmpty())
                    p.constants.insert(fields.at(i), value);
            } else if (!column.isEmpty()) {
                QStringList cols{column};
                if (const QString extra = m_fieldExtra.at(i)->currentData().toString(); !extra.isEmpty())
                    cols << extra;
                p.mapping.insert(fields.at(i), cols);
            }
            if (Import::requiredFields(p.kind).contains(fields.at(i)) && !p.mapping.contains(fields.at(i)) &&
                !p.constants.contains(fields.at(i)))
                missing << Import::fieldLabel(fields.at(i));
        }
        if (!missing.isEmpty()) {
            m_mappingHint->setText(tr("Choose a column or a fixed value for: %1.").arg(missing.join(u", "_s)));
            return false;
        }
        m_profile = p;
    } else if (currentId() == CompletionPage) {
        QStringList values;
        for (int i = 0; i < m_completion->count(); ++i)
            if (m_completion->item(i)->checkState() == Qt::Checked)
                values << m_completion->item(i)->text();
        if (m_completion->count() > 0 && (m_completion->item(0)->flags() & Qt::ItemIsUserCheckable))
            m_profile.completionValues = values;
    } else if (currentId() == FilePage) {
        if (m_preview.dateAmbiguous && m_dayOrder->currentData().toString().isEmpty()) {
            m_detected->setText(m_detected->text() + u"\n"_s + tr("Choose the day/month order to continue."));
            return false;
        }
    }
    return QWizard::validateCurrentPage();
}

void ImportWizard::run(bool dryRun)
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_running = true;
    GatePage *page = gate(this, dryRun ? DryRunPage : ImportPage);
    page->setOpen(false);
    QProgressBar *bar = dryRun ? m_dryRunProgress : m_importProgress;
    QLabel *summary = dryRun ? m_dryRunSummary : m_importSummary;
    bar->setRange(0, 1000);
    bar->setValue(0);
    summary->setText(dryRun ? tr("Checking every row…") : tr("Importing…"));
    if (!dryRun)
        m_cancelButton->setVisible(true);
    button(QWizard::BackButton)->setEnabled(false);

    // Progress arrives from the worker; it is shown through the event loop, never by touching widgets there.
    QPointer<QProgressBar> barGuard(bar);
    QPointer<QLabel> labelGuard(summary);
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    auto progress = [barGuard, labelGuard, started, dryRun](qint64 rows, qint64 bytes, qint64 total) {
        QMetaObject::invokeMethod(qApp, [=] {
            if (!barGuard || !labelGuard)
                return;
            const double share = total > 0 ? double(bytes) / double(total) : 0;
            barGuard->setValue(int(share * 1000));
            const qint64 elapsed = started->elapsed();
            QString eta;
            if (share > 0.02 && share < 1) {
                const qint64 left = qint64(double(elapsed) * (1 - share) / share / 1000);
                eta = ImportWizard::tr(", about %n second(s) left", nullptr, int(left));
            }
            labelGuard->setText((dryRun ? ImportWizard::tr("Checked %1 rows (%2 of %3)%4")
                                        : ImportWizard::tr("Imported %1 rows (%2 of %3)%4"))
                                    .arg(formatCount(rows), QLocale().formattedDataSize(bytes),
                                         QLocale().formattedDataSize(total), eta));
        });
    };
    Import::ImportOptions options;
    options.dryRun = dryRun;
    options.allowSameFile = true; // the wizard shows an earlier import of the same file and lets the user go on
    auto work = QtConcurrent::run(
        [ws = m_workspacePath, file = m_file, profile = m_profile, options, progress, cancel = m_cancel] {
            return Import::importFile(ws, file, profile, options, progress, cancel.get());
        });
    whenReady(std::move(work), this, [this, dryRun](const Import::ImportResult &result) {
        m_running = false;
        showResult(result, dryRun);
    });
}

void ImportWizard::showResult(const Import::ImportResult &result, bool dryRun)
{
    const QLocale l;
    QProgressBar *bar = dryRun ? m_dryRunProgress : m_importProgress;
    bar->setValue(bar->maximum());
    if (dryRun) {
        m_dryRun = result;
        QString text;
        if (!result.error.isEmpty()) {
            text = result.error;
        } else {
            text = tr("%1 rows read: %2 good, %3 rejected, %4 already in the workspace.")
                       .arg(l.toString(result.rowsRead), l.toString(result.imported), l.toString(result.rejected),
                            l.toString(result.duplicates));
            if (result.previousBatchId)
                text += u"\n"_s + tr("This exact file was imported before; its rows count as already there.");
        }
        m_dryRunSummary->setText(text);
        m_dryRunErrors->setRowCount(int(result.errors.size()));
        for (int i = 0; i < result.errors.size(); ++i) {
            const Import::RowError &e = result.errors.at(i);
            m_dryRunErrors->setItem(i, 0, new QTableWidgetItem(l.toString(e.line)));
            m_dryRunErrors->setItem(i, 1, new QTableWidgetItem(e.column));
            m_dryRunErrors->setItem(i, 2, new QTableWidgetItem(e.value));
            m_dryRunErrors->setItem(i, 3, new QTableWidgetItem(e.message));
        }
        m_dryRunErrors->resizeColumnsToContents();
        gate(this, DryRunPage)->setOpen(result.error.isEmpty() && result.imported > 0);
        button(QWizard::BackButton)->setEnabled(true);
        Q_EMIT dryRunFinished();
        return;
    }
    m_result = result;
    m_cancelButton->setVisible(false);
    if (result.committed) {
        m_importSummary->setText(tr("Imported %1 rows as batch %2. Rejected: %3 (kept with their reasons on the Data "
                                    "page). Already in the workspace: %4.")
                                     .arg(l.toString(result.imported), l.toString(result.batchId),
                                          l.toString(result.rejected), l.toString(result.duplicates)));
    } else if (result.cancelled) {
        m_importSummary->setText(tr("Import cancelled. Nothing was written; the workspace is as it was."));
    } else {
        m_importSummary->setText(tr("Nothing was written: %1").arg(result.error));
    }
    gate(this, ImportPage)->setOpen(true);
    Q_EMIT importFinished();
}

void ImportWizard::cancelRunning()
{
    m_cancel->store(true);
}

void ImportWizard::reject()
{
    if (m_running) {
        cancelRunning();
        return; // closes once the worker has rolled back (see importFinished)
    }
    QWizard::reject();
}

} // namespace Uptake
