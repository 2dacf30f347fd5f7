#include "importwizard.h"

#include "import/presets.h"
#include "import/savedprofiles.h"

#include "async.h"
#include "theme.h"
#include <QtConcurrent>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QKeyEvent>
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

#include <algorithm>
#include <limits>

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

/// A value as a table cell: long values (a 10 MB field) are cut, with the start kept in the tool tip.
QTableWidgetItem *cell(const QString &text)
{
    constexpr qsizetype Shown = 200;
    auto *item = new QTableWidgetItem(text.size() > Shown ? text.left(Shown) + u'…' : text);
    if (text.size() > Shown)
        item->setToolTip(text.left(2000));
    return item;
}

/// A date format key (as the importer reports it) in words.
QString dateFormatLabel(const QString &key)
{
    if (key == u"iso"_s)
        return ImportWizard::tr("ISO 8601");
    if (key == u"epoch"_s)
        return ImportWizard::tr("Unix time in seconds");
    if (key == u"epoch-ms"_s)
        return ImportWizard::tr("Unix time in milliseconds");
    if (key == u"dmy"_s || key == u"moodle"_s)
        return ImportWizard::tr("day before month (31/12/2023)");
    if (key == u"mdy"_s || key == u"us"_s)
        return ImportWizard::tr("month before day (12/31/2023)");
    if (key == u"moodle-long"_s)
        return ImportWizard::tr("year, month name, day (2017 July 2 0:58)");
    if (key == u"excel"_s)
        return ImportWizard::tr("Excel serial numbers");
    if (key == u"relative-days"_s)
        return ImportWizard::tr("days from the start date");
    return key;
}

/// A label whose mnemonic moves focus to buddy.
QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

constexpr QStringView ConstantItem = u"\x01const";

} // namespace

ImportWizard::ImportWizard(const QString &workspacePath, const QString &file, QWidget *parent,
                           const QTimeZone &workspaceZone)
    : QWizard(parent)
    , m_workspacePath(workspacePath)
    , m_file(file)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
    , m_workspaceZone(workspaceZone.isValid() ? workspaceZone : QTimeZone::systemTimeZone())
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
    // The kind of data is part of what Uptake detects: a roster or performance export that a preset
    // recognises opens as such, not as learning events.
    if (m_preview.error.isEmpty() && !m_preview.isXapi) {
        const Import::Preset *detected = Import::detectPreset(m_preview.hasHeader ? m_preview.header : QStringList(),
                                                              m_preview.hasHeader, int(m_preview.header.size()));
        // A file in no known format: its header says what it most likely holds ("learner,name" is a roster).
        const Import::DataKind kind = detected && !detected->signature.isEmpty()
                                          ? detected->profile.kind
                                          : Import::guessKind(m_preview.hasHeader ? m_preview.header : QStringList());
        if (kind != m_preview.profile.kind) {
            m_updating = true;
            setCombo(m_kind, Import::dataKindKey(kind));
            m_updating = false;
            m_profile = {};
            refreshPreview();
        }
    }
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
    page->setSubTitle(tr("Uptake detected these settings from the file. Change any that look wrong: the preview "
                         "below follows at once."));
    m_savedProfile = new QComboBox(page);
    m_savedProfile->setObjectName(u"savedProfile"_s);
    m_savedProfile->setToolTip(tr("A mapping you saved earlier (on the next page) for exports of this shape."));
    fillSavedProfiles();
    m_kind = new QComboBox(page);
    m_kind->setObjectName(u"kind"_s);
    m_kind->addItem(tr("Learning events"), u"events"_s);
    m_kind->addItem(tr("Roster (people)"), u"roster"_s);
    m_kind->addItem(tr("Performance (KPI values)"), u"performance"_s);
    m_preset = new QComboBox(page);
    m_preset->setObjectName(u"preset"_s);
    m_preset->addItem(tr("Detect"), QString());
    for (const Import::Preset &p : Import::presets()) {
        m_preset->addItem(p.title, p.name);
        m_preset->setItemData(m_preset->count() - 1, p.description, Qt::ToolTipRole);
    }
    m_encoding = new QComboBox(page);
    m_encoding->setObjectName(u"encoding"_s);
    m_encoding->addItem(tr("Detect"), QString());
    for (const auto &[key, label] : QList<QPair<QString, QString>>{{u"utf-8"_s, tr("UTF-8")},
                                                                   {u"utf-16le"_s, tr("UTF-16 LE (Excel Unicode)")},
                                                                   {u"utf-16be"_s, tr("UTF-16 BE")},
                                                                   {u"windows-1252"_s, tr("Windows-1252 (Western)")},
                                                                   {u"latin1"_s, tr("ISO 8859-1 (Latin-1)")}})
        m_encoding->addItem(label, key);
    m_delimiter = new QComboBox(page);
    m_delimiter->setObjectName(u"delimiter"_s);
    m_delimiter->addItem(tr("Detect"), QString());
    for (const QString &d : {u","_s, u";"_s, u"\t"_s, u"|"_s})
        m_delimiter->addItem(delimiterName(d), d);
    m_header = new QComboBox(page);
    m_header->setObjectName(u"header"_s);
    m_header->addItem(tr("Detect"), -1);
    m_header->addItem(tr("First row holds column names"), 1);
    m_header->addItem(tr("No header row: the first row is data"), 0);
    m_dateFormat = new QComboBox(page);
    m_dateFormat->setObjectName(u"dateFormat"_s);
    m_dateFormat->addItem(tr("Detect"), QString());
    for (const auto &[key, label] :
         QList<QPair<QString, QString>>{{u"iso"_s, tr("ISO 8601 (2023-08-07T14:24:00+02:00)")},
                                        {u"epoch"_s, tr("Unix time in seconds (1691418240)")},
                                        {u"epoch-ms"_s, tr("Unix time in milliseconds")},
                                        {u"moodle"_s, tr("Moodle (7/08/23, 14:24)")},
                                        {u"moodle-long"_s, tr("Older Moodle (2017 July 2 0:58)")},
                                        {u"us"_s, tr("US (8/7/2023 2:24 PM)")},
                                        {u"excel"_s, tr("Excel serial number (45145.6)")},
                                        {u"relative-days"_s, tr("Days from a start date (OULAD)")}})
        m_dateFormat->addItem(label, key);
    m_dayOrder = new QComboBox(page);
    m_dayOrder->setObjectName(u"dayOrder"_s);
    m_dayOrder->addItem(tr("Day/month: detect from the whole column"), QString());
    m_dayOrder->addItem(tr("Day first (31/12)"), u"dmy"_s);
    m_dayOrder->addItem(tr("Month first (12/31)"), u"mdy"_s);
    m_dayOrder->setToolTip(tr("Whether 03/04 means 3 April or 4 March. Uptake decides from the whole column and "
                              "asks only when every date could be read either way."));
    m_timeZone = new QLineEdit(page);
    m_timeZone->setObjectName(u"timeZone"_s);
    m_timeZone->setPlaceholderText(tr("Time zone: the workspace's"));
    m_timeZone->setToolTip(tr("The zone of time stamps written without an offset, e.g. Europe/Berlin. Empty: the "
                              "workspace's time zone."));
    m_timeZone->setClearButtonEnabled(true);
    {
        QStringList zones;
        for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
            zones << QString::fromUtf8(id);
        auto *completer = new QCompleter(zones, m_timeZone);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        m_timeZone->setCompleter(completer);
    }
    m_detected = new QLabel(page);
    m_detected->setWordWrap(true);
    m_detected->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detected->setObjectName(u"importDetected"_s);
    m_previewTable = new QTableWidget(page);
    m_previewTable->setObjectName(u"previewTable"_s);
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setAccessibleName(tr("Preview of the first rows"));
    m_previewTable->setWordWrap(false);
    m_previewTable->verticalHeader()->setDefaultSectionSize(m_previewTable->fontMetrics().height() + 8);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(buddyLabel(tr("&Saved profile:"), m_savedProfile, page), m_savedProfile);
    form->addRow(buddyLabel(tr("The file &holds:"), m_kind, page), m_kind);
    form->addRow(buddyLabel(tr("&Format:"), m_preset, page), m_preset);
    auto *row = new QHBoxLayout;
    row->addWidget(m_encoding, 1);
    row->addWidget(buddyLabel(tr("&Delimiter:"), m_delimiter, page));
    row->addWidget(m_delimiter);
    row->addWidget(buddyLabel(tr("He&ader:"), m_header, page));
    row->addWidget(m_header, 1);
    form->addRow(buddyLabel(tr("&Encoding:"), m_encoding, page), row);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_dateFormat, 3);
    dates->addWidget(m_dayOrder, 2);
    dates->addWidget(m_timeZone, 2);
    form->addRow(buddyLabel(tr("Da&tes:"), m_dateFormat, page), dates);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_detected);
    layout->addWidget(m_previewTable, 1);
    {
        const QList<QWidget *> order{m_savedProfile, m_kind,       m_preset,   m_encoding, m_delimiter,
                                     m_header,       m_dateFormat, m_dayOrder, m_timeZone, m_previewTable};
        for (qsizetype i = 1; i < order.size(); ++i)
            QWidget::setTabOrder(order.at(i - 1), order.at(i));
    }

    for (QComboBox *c : {m_kind, m_preset, m_encoding, m_delimiter, m_header, m_dateFormat, m_dayOrder})
        connect(c, &QComboBox::currentIndexChanged, this, [this, c] {
            if (m_updating)
                return;
            if (c == m_kind || c == m_preset) {
                // A new kind or format starts from its preset's mapping.
                m_profile.mapping.clear();
                m_profile.constants.clear();
                m_profile.completionValues.clear();
                m_profile.preset.clear();
                m_profile.courseIds.clear();
            }
            if (c == m_preset) {
                // A format holds one kind of data: follow it, or its mapping could not apply.
                if (const Import::Preset *p = Import::findPreset(m_preset->currentData().toString())) {
                    m_updating = true;
                    setCombo(m_kind, Import::dataKindKey(p->profile.kind));
                    m_updating = false;
                }
            }
            refreshPreview();
        });
    connect(m_savedProfile, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            applySavedProfile(m_savedProfile->currentData().toString());
    });
    connect(m_timeZone, &QLineEdit::editingFinished, this, &ImportWizard::refreshPreview);
    return page;
}

void ImportWizard::fillSavedProfiles()
{
    const QString current = m_savedProfile->currentData().toString();
    const bool wasUpdating = m_updating;
    m_updating = true;
    m_savedProfile->clear();
    const QStringList names = Import::savedProfileNames();
    m_savedProfile->addItem(names.isEmpty() ? tr("None saved yet (you can save one on the next page)")
                                            : tr("None: use what Uptake detected"),
                            QString());
    for (const QString &name : names)
        m_savedProfile->addItem(name, name);
    m_savedProfile->setEnabled(!names.isEmpty());
    setCombo(m_savedProfile, current);
    m_updating = wasUpdating;
}

void ImportWizard::applySavedProfile(const QString &name)
{
    Import::ImportProfile p;
    if (!name.isEmpty()) {
        const std::optional<Import::ImportProfile> saved = Import::savedProfile(name);
        if (!saved) {
            m_detected->setText(tr("The saved profile “%1” no longer exists.").arg(name));
            return;
        }
        p = *saved;
    }
    m_updating = true;
    setCombo(m_savedProfile, name);
    setCombo(m_kind, Import::dataKindKey(p.kind));
    setCombo(m_preset, name.isEmpty() ? QString() : p.preset);
    setCombo(m_encoding, p.encoding);
    setCombo(m_delimiter, p.delimiter);
    m_header->setCurrentIndex(std::max(0, m_header->findData(p.hasHeader)));
    setCombo(m_dateFormat, p.dateFormat);
    setCombo(m_dayOrder, p.dayOrder);
    m_timeZone->setText(p.timeZone);
    m_updating = false;
    m_profile = p;
    refreshPreview();
}

QWidget *ImportWizard::buildMappingPage()
{
    auto *page = new GatePage;
    page->setTitle(tr("Which column is which"));
    page->setSubTitle(tr("Fields marked * are required. A field can combine two columns (first name + surname) or "
                         "take one fixed value for every row (the course of a single-course log). The last column "
                         "shows what the first row gives and, for the time, the date and time Uptake reads from it."));
    auto *layout = new QVBoxLayout(page);
    m_mappingForm = new QFormLayout;
    m_mappingForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_mappingForm);
    m_mappingHint = new QLabel(page);
    m_mappingHint->setWordWrap(true);
    m_mappingHint->setObjectName(u"dialogError"_s);
    layout->addWidget(m_mappingHint);
    layout->addStretch(1);

    m_profileName = new QLineEdit(page);
    m_profileName->setObjectName(u"profileName"_s);
    m_profileName->setPlaceholderText(tr("e.g. Moodle log, monthly"));
    m_profileName->setClearButtonEnabled(true);
    m_saveProfile = new QPushButton(tr("Save &Profile"), page);
    m_saveProfile->setObjectName(u"saveProfile"_s);
    m_saveProfile->setEnabled(false);
    m_saveProfile->setToolTip(tr("Keep this mapping and these settings under a name, to choose next time on the "
                                 "first page or with 'uptake import --profile NAME'. Profiles serve every "
                                 "workspace."));
    m_profileStatus = new QLabel(page);
    m_profileStatus->setObjectName(u"profileStatus"_s);
    m_profileStatus->setWordWrap(true);
    auto *save = new QHBoxLayout;
    save->addWidget(buddyLabel(tr("Save this mapping as a profile &named:"), m_profileName, page));
    save->addWidget(m_profileName, 1);
    save->addWidget(m_saveProfile);
    layout->addLayout(save);
    layout->addWidget(m_profileStatus);
    connect(m_profileName, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_saveProfile->setEnabled(!text.trimmed().isEmpty()); });
    m_profileName->installEventFilter(this); // Return saves the profile instead of going to the next page
    connect(m_saveProfile, &QPushButton::clicked, this, [this] { saveCurrentProfile(m_profileName->text()); });
    return page;
}

QWidget *ImportWizard::buildCompletionPage()
{
    auto *page = new GatePage;
    page->setTitle(tr("What counts as completed"));
    page->setSubTitle(tr("Tick the event values that mean a learner completed the course. These drive completion "
                         "rates and time to first completion."));
    auto *layout = new QVBoxLayout(page);
    auto *filter = new QLineEdit(page);
    filter->setObjectName(u"completionFilter"_s);
    filter->setPlaceholderText(tr("Show only values containing… (e.g. complet)"));
    filter->setClearButtonEnabled(true);
    auto *ticked = new QLabel(page);
    ticked->setObjectName(u"completionTicked"_s);
    m_completion = new QListWidget(page);
    m_completion->setObjectName(u"completionValues"_s);
    m_completion->setAccessibleName(tr("Event values"));
    auto *top = new QHBoxLayout;
    top->addWidget(buddyLabel(tr("&Find:"), filter, page));
    top->addWidget(filter, 1);
    top->addWidget(ticked);
    layout->addLayout(top);
    layout->addWidget(m_completion);
    connect(filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_completion->count(); ++i)
            m_completion->item(i)->setHidden(!m_completion->item(i)->text().contains(text, Qt::CaseInsensitive));
    });
    auto count = [this, ticked] {
        int n = 0;
        for (int i = 0; i < m_completion->count(); ++i)
            n += m_completion->item(i)->checkState() == Qt::Checked ? 1 : 0;
        ticked->setText(tr("%1 of %2 ticked").arg(n).arg(m_completion->count()));
    };
    // The label is the context: the list may still signal while the page is being destroyed.
    connect(m_completion, &QListWidget::itemChanged, ticked, count);
    connect(m_completion->model(), &QAbstractItemModel::rowsInserted, ticked, count);
    connect(m_completion->model(), &QAbstractItemModel::modelReset, ticked, count);
    return page;
}

QWidget *ImportWizard::buildDryRunPage()
{
    auto *page = new GatePage;
    page->setTitle(tr("Dry run"));
    page->setSubTitle(tr("Uptake reads the whole file and checks every row without writing anything."));
    page->setButtonText(QWizard::NextButton, tr("&Import"));
    auto *layout = new QVBoxLayout(page);
    m_dryRunProgress = new QProgressBar(page);
    m_dryRunProgress->setObjectName(u"dryRunProgress"_s);
    m_dryRunSummary = new QLabel(page);
    m_dryRunSummary->setObjectName(u"dryRunSummary"_s);
    m_dryRunSummary->setWordWrap(true);
    m_dryRunSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Not an error: the import may go on, but a file that matches nobody usually has the wrong Learner column.
    m_dryRunWarnings = new QLabel(page);
    m_dryRunWarnings->setObjectName(u"dryRunWarnings"_s);
    m_dryRunWarnings->setWordWrap(true);
    m_dryRunWarnings->setTextFormat(Qt::PlainText);
    m_dryRunWarnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dryRunWarnings->setFrameShape(QFrame::StyledPanel);
    m_dryRunWarnings->setMargin(8);
    m_dryRunWarnings->hide();
    m_sameFileNotice = new QLabel(page);
    m_sameFileNotice->setObjectName(u"sameFileNotice"_s);
    m_sameFileNotice->setWordWrap(true);
    m_skipButton = new QPushButton(tr("&Skip This File"), page);
    m_skipButton->setObjectName(u"skipFile"_s);
    m_skipButton->setToolTip(tr("Close the wizard without importing anything."));
    connect(m_skipButton, &QPushButton::clicked, this, &ImportWizard::skipFile);
    auto *same = new QHBoxLayout;
    same->addWidget(m_sameFileNotice, 1);
    same->addWidget(m_skipButton, 0, Qt::AlignVCenter);
    m_sameFileNotice->hide();
    m_skipButton->hide();
    m_dryRunErrors = new QTableWidget(0, 4, page);
    m_dryRunErrors->setObjectName(u"dryRunErrors"_s);
    m_dryRunErrors->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Value"), tr("Problem")});
    m_dryRunErrors->horizontalHeader()->setStretchLastSection(true);
    m_dryRunErrors->verticalHeader()->hide();
    m_dryRunErrors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dryRunErrors->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_dryRunErrors->setWordWrap(false);
    m_dryRunErrors->setAccessibleName(tr("Rejected rows"));
    layout->addWidget(m_dryRunProgress);
    layout->addWidget(m_dryRunSummary);
    layout->addWidget(m_dryRunWarnings);
    layout->addLayout(same);
    layout->addWidget(m_dryRunErrors, 1);
    layout->addStretch(0); // keeps the summary at the top while the error table is hidden
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
    m_importProgress->setObjectName(u"importProgress"_s);
    m_importSummary->setObjectName(u"importSummary"_s);
    m_importSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancelButton = new QPushButton(tr("&Cancel Import"), page);
    m_cancelButton->setObjectName(u"cancelImport"_s);
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
    // An ambiguous column has no order to name yet (the line below asks for it); naming the importer's guess
    // there contradicted it.
    if (!m_preview.dateFormat.isEmpty() && !m_preview.dateAmbiguous)
        facts << tr("dates: %1").arg(dateFormatLabel(m_preview.dateFormat));
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
    m_fieldSample.clear();
    const Import::ImportProfile p = m_profile;
    const QStringList required = Import::requiredFields(p.kind);
    auto *heading = new QHBoxLayout;
    for (const auto &[text, stretch] : QList<QPair<QString, int>>{
             {tr("Column in the file"), 3}, {tr("Second column or fixed value"), 2}, {tr("First row gives"), 2}}) {
        auto *h = new QLabel(text);
        h->setObjectName(u"columnHeading"_s);
        heading->addWidget(h, stretch);
    }
    m_mappingForm->addRow(new QLabel(tr("Field")), heading);
    QWidget *previous = nullptr;
    for (const QString &field : Import::canonicalFields(p.kind)) {
        auto *column = new QComboBox;
        column->setObjectName(u"column-%1"_s.arg(field));
        column->addItem(tr("— not in this file —"), QString());
        column->addItem(tr("Fixed value for every row…"), ConstantItem.toString());
        for (const QString &h : m_preview.header)
            column->addItem(h, h);
        auto *extra = new QComboBox;
        extra->setObjectName(u"extra-%1"_s.arg(field));
        extra->setAccessibleName(tr("Second column for %1").arg(Import::fieldLabel(field)));
        extra->addItem(tr("(no second column)"), QString());
        for (const QString &h : m_preview.header)
            extra->addItem(tr("+ %1").arg(h), h);
        auto *constant = new QLineEdit;
        constant->setObjectName(u"constant-%1"_s.arg(field));
        constant->setAccessibleName(tr("Fixed value for %1").arg(Import::fieldLabel(field)));
        constant->setPlaceholderText(tr("Value for every row"));
        auto *sample = new QLabel;
        sample->setObjectName(u"sample-%1"_s.arg(field));
        sample->setTextFormat(Qt::PlainText);
        sample->setMinimumWidth(120);
        const QStringList cols = p.mapping.value(field);
        if (p.constants.contains(field)) {
            setCombo(column, ConstantItem.toString());
            constant->setText(p.constants.value(field));
        } else {
            setCombo(column, cols.value(0));
            setCombo(extra, cols.value(1));
        }
        auto update = [this, column, extra, constant] {
            const bool isConst = column->currentData().toString() == ConstantItem;
            const bool none = column->currentData().toString().isEmpty();
            constant->setVisible(isConst);
            extra->setVisible(!isConst && !none);
            extra->parentWidget()->setVisible(!none);
            updateSamples();
        };
        connect(column, &QComboBox::currentIndexChanged, this, update);
        connect(extra, &QComboBox::currentIndexChanged, this, &ImportWizard::updateSamples);
        connect(constant, &QLineEdit::textChanged, this, &ImportWizard::updateSamples);
        // The second column and the fixed value share one slot, kept in place while empty, so rows line up.
        auto *slot = new QWidget;
        auto *slotLayout = new QHBoxLayout(slot);
        slotLayout->setContentsMargins(0, 0, 0, 0);
        slotLayout->addWidget(extra);
        slotLayout->addWidget(constant);
        QSizePolicy keep = slot->sizePolicy();
        keep.setRetainSizeWhenHidden(true);
        slot->setSizePolicy(keep);
        auto *row = new QHBoxLayout;
        row->addWidget(column, 3);
        row->addWidget(slot, 2);
        row->addWidget(sample, 2);
        const QString label =
            required.contains(field) ? tr("%1 *").arg(Import::fieldLabel(field)) : Import::fieldLabel(field);
        column->setAccessibleName(required.contains(field) ? tr("%1 (required)").arg(Import::fieldLabel(field))
                                                           : Import::fieldLabel(field));
        m_mappingForm->addRow(buddyLabel(label, column, nullptr), row);
        if (previous)
            QWidget::setTabOrder(previous, column);
        QWidget::setTabOrder(column, extra);
        QWidget::setTabOrder(extra, constant);
        previous = constant;
        m_fieldColumns << column;
        m_fieldExtra << extra;
        m_fieldConstant << constant;
        m_fieldSample << sample;
        update();
    }
    if (previous)
        QWidget::setTabOrder(previous, m_profileName);
    QWidget::setTabOrder(m_profileName, m_saveProfile);
    m_mappingHint->clear();
    m_profileStatus->clear();
    if (!m_fieldColumns.isEmpty())
        m_fieldColumns.first()->setFocus();
}

QString ImportWizard::timeSample(const Import::ImportProfile &profile, QString *toolTip)
{
    // Only the time field matters to the reading: the file is read again when it, or a setting of the first
    // page, changed, not for every other field mapped or typed.
    const QString field = Import::timeField(profile.kind);
    Import::ImportProfile timeOnly = profile;
    timeOnly.mapping.clear();
    timeOnly.constants.clear();
    timeOnly.completionValues.clear();
    if (profile.constants.contains(field))
        timeOnly.constants.insert(field, profile.constants.value(field));
    else
        timeOnly.mapping.insert(field, profile.mapping.value(field));
    const QString key = QString::fromUtf8(QJsonDocument(timeOnly.toJson()).toJson(QJsonDocument::Compact));
    if (key != m_timeReadingKey) {
        m_timeReadingKey = key;
        m_timeReadings = Import::readTimes(m_file, timeOnly, m_workspaceZone, 5);
    }
    const QLocale l;
    auto reading = [&l](const Import::TimeReading &r) {
        const QString value = r.value.size() > 40 ? r.value.left(40) + u'…' : r.value;
        if (!r.time.isValid())
            return tr("%1 → not a time Uptake can read").arg(value.isEmpty() ? tr("(empty)") : value);
        const QString day =
            l.toString(r.time.date(), tr("d MMM yyyy", "a date read from the file; keep the month as a name"));
        return r.dateOnly ? tr("%1 → %2").arg(value, day)
                          : tr("%1 → %2, %3").arg(value, day, l.toString(r.time.time(), QLocale::ShortFormat));
    };
    if (m_timeReadings.isEmpty()) {
        toolTip->clear();
        return {};
    }
    QStringList lines;
    for (const Import::TimeReading &r : std::as_const(m_timeReadings)) {
        lines << reading(r);
        if (!r.problem.isEmpty())
            lines.last() += u" ("_s + r.problem + u')';
    }
    const QTimeZone zone = m_timeReadings.first().time.isValid() ? m_timeReadings.first().time.timeZone()
                           : profile.timeZone.isEmpty()          ? m_workspaceZone
                                                                 : QTimeZone(profile.timeZone.toUtf8());
    *toolTip = tr("How Uptake reads the first rows (times in %1):").arg(QString::fromUtf8(zone.id())) + u"\n"_s +
               lines.join(u"\n"_s);
    return reading(m_timeReadings.first());
}

void ImportWizard::updateSamples()
{
    const QStringList firstRow = m_preview.rows.value(0);
    QStringList unused;
    const Import::ImportProfile current = mappedProfile(&unused);
    const QString timeField = Import::timeField(current.kind);
    for (int i = 0; i < m_fieldColumns.size() && i < m_fieldSample.size(); ++i) {
        const QString column = m_fieldColumns.at(i)->currentData().toString();
        if (!column.isEmpty() && m_fieldColumns.at(i)->objectName() == u"column-"_s + timeField && !m_preview.isXapi) {
            QString toolTip;
            QLabel *sample = m_fieldSample.at(i);
            sample->setText(timeSample(current, &toolTip));
            sample->setToolTip(toolTip);
            // A value the import cannot read is the one to notice (said in words too, never by colour alone).
            QPalette palette = sample->parentWidget() ? sample->parentWidget()->palette() : sample->palette();
            if (!m_timeReadings.isEmpty() && !m_timeReadings.first().time.isValid())
                palette.setColor(QPalette::WindowText, Theme::alertColor(palette));
            sample->setPalette(palette);
            continue;
        }
        QString value;
        if (column == ConstantItem) {
            value = m_fieldConstant.at(i)->text().trimmed();
        } else if (!column.isEmpty()) {
            QStringList parts;
            for (const QString &c : {column, m_fieldExtra.at(i)->currentData().toString()}) {
                const qsizetype index = m_preview.header.indexOf(c);
                if (!c.isEmpty() && index >= 0 && !firstRow.value(index).trimmed().isEmpty())
                    parts << firstRow.value(index).trimmed();
            }
            value = parts.join(u' ');
        }
        QLabel *sample = m_fieldSample.at(i);
        QString shown = value.size() > 60 ? value.left(60) + u'…' : value;
        if (m_fieldColumns.at(i)->objectName() == u"column-course"_s && !current.courseIds.isEmpty() &&
            column != ConstantItem && !value.isEmpty()) {
            // Ids the format names courses by: show the course the import makes of them.
            const QString course = Import::courseName(value, current);
            if (course != value)
                shown = course.isEmpty() ? tr("%1 → no course (a site-wide action)").arg(shown)
                                         : tr("%1 → %2").arg(shown, course);
        }
        sample->setText(column.isEmpty() ? QString() : (value.isEmpty() ? tr("(empty)") : shown));
        sample->setToolTip(value.left(2000));
    }
}

Import::ImportProfile ImportWizard::mappedProfile(QStringList *missing) const
{
    Import::ImportProfile p = m_profile;
    readMapping(&p, missing);
    // The date format was decided for the time column of the first page; another column is decided afresh,
    // unless the user chose a format there.
    const QString time = Import::timeField(p.kind);
    if (m_dateFormat->currentData().toString().isEmpty() &&
        (p.mapping.value(time) != m_preview.profile.mapping.value(time) ||
         p.constants.value(time) != m_preview.profile.constants.value(time)))
        p.dateFormat.clear();
    // A format that names courses by id does so in its own course column: another column, or a fixed course, keeps
    // its values as they are (as a mapping chosen on the command line does).
    if (p.mapping.value(u"course"_s) != m_preview.profile.mapping.value(u"course"_s) ||
        p.constants.contains(u"course"_s))
        p.courseIds.clear();
    return p;
}

bool ImportWizard::readMapping(Import::ImportProfile *profile, QStringList *missing) const
{
    Import::ImportProfile &p = *profile;
    p.mapping.clear();
    p.constants.clear();
    const QStringList fields = Import::canonicalFields(p.kind);
    for (int i = 0; i < fields.size() && i < m_fieldColumns.size(); ++i) {
        const QString column = m_fieldColumns.at(i)->currentData().toString();
        if (column == ConstantItem) {
            const QString value = m_fieldConstant.at(i)->text().trimmed();
            if (!value.isEmpty())
                p.constants.insert(fields.at(i), value);
        } else if (!column.isEmpty()) {
            QStringList cols{column};
            if (const QString extra = m_fieldExtra.at(i)->currentData().toString(); !extra.isEmpty() && extra != column)
                cols << extra;
            p.mapping.insert(fields.at(i), cols);
        }
        if (Import::requiredFields(p.kind).contains(fields.at(i)) && !p.mapping.contains(fields.at(i)) &&
            !p.constants.contains(fields.at(i)))
            *missing << Import::fieldLabel(fields.at(i));
    }
    return missing->isEmpty();
}

bool ImportWizard::saveCurrentProfile(const QString &name)
{
    Import::ImportProfile p = profile();
    QStringList missing;
    if (currentId() == MappingPage && !readMapping(&p, &missing)) {
        m_profileStatus->setText(
            tr("Not saved: choose a column or a fixed value for %1 first.").arg(missing.join(u", "_s)));
        return false;
    }
    if (const Status s = Import::saveProfile(name, p); !s) {
        m_profileStatus->setText(tr("Not saved: %1").arg(s.error()));
        return false;
    }
    m_savedProfileName = name.trimmed();
    m_profileStatus->setText(tr("Saved as “%1”. The completion values you tick on the next page are saved with it. "
                                "Choose it next time under “Saved profile” on the first page.")
                                 .arg(m_savedProfileName));
    fillSavedProfiles();
    return true;
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
        for (int i = 0; i < m_completion->count(); ++i)
            if (m_completion->item(i)->checkState() == Qt::Checked) {
                m_completion->setCurrentRow(i);
                m_completion->scrollToItem(m_completion->item(i), QAbstractItemView::PositionAtCenter);
                break;
            }
    } else if (id == DryRunPage) {
        run(true);
    } else if (id == ImportPage) {
        run(false);
    }
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() == MappingPage) {
        QStringList missing;
        const Import::ImportProfile p = mappedProfile(&missing);
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
        if (!m_savedProfileName.isEmpty()) {
            // The profile saved on the mapping page gets the completion values chosen here.
            if (const Status s = Import::saveProfile(m_savedProfileName, profile()); !s)
                m_profileStatus->setText(tr("Not saved: %1").arg(s.error()));
        }
    } else if (currentId() == FilePage) {
        if (m_preview.dateAmbiguous && m_dayOrder->currentData().toString().isEmpty()) {
            m_detected->setText(m_detected->text() + u"\n"_s + tr("Choose the day/month order to continue."));
            m_dayOrder->setFocus();
            return false;
        }
        if (const QString zone = m_timeZone->text().trimmed(); !zone.isEmpty() && !QTimeZone(zone.toUtf8()).isValid()) {
            m_detected->setText(tr("“%1” is not a time zone Uptake knows. Use a name such as Europe/Berlin or "
                                   "America/New_York, or leave it empty for the workspace's.")
                                    .arg(zone));
            m_timeZone->setFocus();
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

QString ImportWizard::addedSpan(const Import::ImportResult &result)
{
    if (!result.firstDay.isValid())
        return {};
    const QLocale l;
    const QString format = tr("d MMM yyyy", "a date read from the file; keep the month as a name");
    const QString first = l.toString(result.firstDay, format);
    const QString last = l.toString(result.lastDay, format);
    const bool oneDay = result.firstDay == result.lastDay;
    if (result.profile.kind == Import::DataKind::Performance)
        return oneDay ? tr("The new values are for %1.").arg(first)
                      : tr("The new values are for %1 to %2.").arg(first, last);
    const int completions = int(std::min<qint64>(result.completions, std::numeric_limits<int>::max()));
    return oneDay ? tr("The new events are all on %1 and include %n completion(s).", nullptr, completions).arg(first)
                  : tr("The new events run from %1 to %2 and include %n completion(s).", nullptr, completions)
                        .arg(first, last);
}

void ImportWizard::showResult(const Import::ImportResult &result, bool dryRun)
{
    const QLocale l;
    QProgressBar *bar = dryRun ? m_dryRunProgress : m_importProgress;
    if (result.error.isEmpty())
        bar->setValue(bar->maximum()); // a cancelled or failed run keeps showing how far it got
    if (dryRun) {
        m_dryRun = result;
        QString text;
        if (!result.error.isEmpty()) {
            text = result.error;
        } else {
            text = tr("%1 rows read: %2 good, %3 rejected, %4 already in the workspace.")
                       .arg(l.toString(result.rowsRead), l.toString(result.imported), l.toString(result.rejected),
                            l.toString(result.duplicates));
            // What the import adds, to check it is the export meant (last month's, not last year's).
            if (const QString span = addedSpan(result); !span.isEmpty())
                text += u"\n"_s + span;
            if (result.rejected > 0)
                text += u"\n"_s +
                        (result.rejected > result.errors.size()
                             ? tr("The first %1 rejected rows are listed below; all of them are kept with their "
                                  "reasons on the Data page after the import.")
                                   .arg(l.toString(qint64(result.errors.size())))
                             : tr("The rejected rows are listed below; they are kept with their reasons on the Data "
                                  "page after the import."));
        }
        m_dryRunSummary->setText(text);
        QStringList warnings;
        for (const QString &w : result.warnings)
            warnings << tr("⚠ %1").arg(w);
        m_dryRunWarnings->setText(warnings.join(u"\n"_s));
        m_dryRunWarnings->setVisible(result.error.isEmpty() && !warnings.isEmpty());
        const bool sameFile = result.error.isEmpty() && result.previousBatchId != 0;
        m_sameFileNotice->setVisible(sameFile);
        m_skipButton->setVisible(sameFile);
        if (sameFile) {
            m_sameFileNotice->setText(tr("<b>This exact file was imported before</b> (import %1). Importing it again "
                                         "adds nothing: its rows are already in the workspace. Skip it unless you "
                                         "changed the mapping on purpose.")
                                          .arg(l.toString(result.previousBatchId)));
        }
        page(DryRunPage)->setButtonText(QWizard::NextButton, sameFile ? tr("Import &Anyway") : tr("&Import"));
        m_dryRunErrors->setRowCount(int(result.errors.size()));
        for (int i = 0; i < result.errors.size(); ++i) {
            const Import::RowError &e = result.errors.at(i);
            auto *lineItem = new QTableWidgetItem(l.toString(e.line));
            lineItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_dryRunErrors->setItem(i, 0, lineItem);
            m_dryRunErrors->setItem(i, 1, cell(e.column));
            m_dryRunErrors->setItem(i, 2, cell(e.value));
            m_dryRunErrors->setItem(i, 3, cell(e.message));
        }
        m_dryRunErrors->setVisible(!result.errors.isEmpty());
        if (auto *box = qobject_cast<QVBoxLayout *>(page(DryRunPage)->layout()))
            box->setStretch(box->count() - 1, result.errors.isEmpty() ? 1 : 0);
        m_dryRunErrors->resizeColumnsToContents();
        for (int c = 1; c < 3; ++c)
            m_dryRunErrors->setColumnWidth(c, std::min(m_dryRunErrors->columnWidth(c), 260));
        gate(this, DryRunPage)->setOpen(result.error.isEmpty() && result.imported > 0);
        button(QWizard::BackButton)->setEnabled(true);
        if (sameFile) {
            // Skipping is the likely wish: Return skips (set after the wizard has updated its own buttons).
            if (auto *next = qobject_cast<QPushButton *>(button(QWizard::NextButton)))
                next->setDefault(false);
            m_skipButton->setDefault(true);
            m_skipButton->setFocus();
        } else {
            m_skipButton->setDefault(false);
        }
        Q_EMIT dryRunFinished();
        if (m_closeWhenStopped)
            QWizard::reject();
        return;
    }
    m_result = result;
    m_cancelButton->setVisible(false);
    if (result.committed) {
        QString text = tr("Imported %1 rows as batch %2. Rejected: %3 (kept with their reasons on the Data page). "
                          "Already in the workspace: %4.")
                           .arg(l.toString(result.imported), l.toString(result.batchId), l.toString(result.rejected),
                                l.toString(result.duplicates));
        if (const QString span = addedSpan(result); !span.isEmpty())
            text += u"\n"_s + span;
        m_importSummary->setText(text);
    } else if (result.cancelled) {
        m_importSummary->setText(tr("Import cancelled. Nothing was written; the workspace is as it was."));
    } else {
        m_importSummary->setText(tr("Nothing was written: %1").arg(result.error));
    }
    gate(this, ImportPage)->setOpen(true);
    Q_EMIT importFinished();
    if (m_closeWhenStopped)
        QWizard::reject();
}

void ImportWizard::cancelRunning()
{
    m_cancel->store(true);
}

bool ImportWizard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_profileName && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_saveProfile->isEnabled())
                m_saveProfile->click();
            return true;
        }
    }
    return QWizard::eventFilter(watched, event);
}

void ImportWizard::skipFile()
{
    m_skipped = true;
    QWizard::reject();
}

void ImportWizard::reject()
{
    if (m_running) {
        // Closes once the worker has rolled back (see showResult), so nothing runs behind a closed window.
        m_closeWhenStopped = true;
        cancelRunning();
        return;
    }
    QWizard::reject();
}

} // namespace Uptake
