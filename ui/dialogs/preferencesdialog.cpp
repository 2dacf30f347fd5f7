#include "preferencesdialog.h"

#include "settings/appsettings.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Uptake {

namespace {

/// A short explanation under a field, in the palette's secondary text colour; screen readers get it as the
/// field's description.
QLabel *note(const QString &text, QWidget *field)
{
    field->setAccessibleDescription(text);
    auto *label = new QLabel(text, field->parentWidget());
    label->setContentsMargins(0, 0, 0, 4);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 0.92);
    label->setFont(f);
    return label;
}

QString zoneLabel(const QByteArray &id)
{
    // IANA ids spell spaces as underscores ("America/Sao_Paulo"); people read them with spaces.
    return QString::fromUtf8(id).replace(u'_', u' ');
}

QString pageSizeName(QPageSize::PageSizeId id)
{
    return id == QPageSize::Letter ? PreferencesDialog::tr("Letter") : PreferencesDialog::tr("A4");
}

} // namespace

PreferencesDialog::PreferencesDialog(AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_language(new QComboBox(this))
    , m_recentFiles(new QSpinBox(this))
    , m_timeZone(new QComboBox(this))
    , m_timeZoneHint(nullptr)
    , m_sessionTimeout(new QComboBox(this))
    , m_tolerance(new QSpinBox(this))
    , m_paperSize(new QComboBox(this))
    , m_backupInterval(new QComboBox(this))
    , m_backupsKept(new QSpinBox(this))
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));

    // General
    const QLocale system = QLocale::system();
    m_language->setObjectName(u"language"_s);
    const QString systemLanguage = AppSettings::nativeLanguageName(system.name());
    m_language->addItem(systemLanguage.isEmpty() ? tr("System default") : tr("System default (%1)").arg(systemLanguage),
                        QString());
    for (const QString &code : AppSettings::availableLanguages())
        m_language->addItem(AppSettings::nativeLanguageName(code), code);
    m_recentFiles->setObjectName(u"recentFiles"_s);
    m_recentFiles->setRange(0, AppSettings::MaxRecentFiles);
    m_recentFiles->setSpecialValueText(tr("None"));
    m_recentFiles->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_recentFiles->setAccessibleName(tr("Recent workspaces to remember"));

    // One form for all sections, so that every field starts at the same x.
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto heading = [this, form](const QString &text) {
        if (form->rowCount() > 0)
            form->addItem(new QSpacerItem(0, 10, QSizePolicy::Minimum, QSizePolicy::Fixed));
        auto *label = new QLabel(text, this);
        QFont f = label->font();
        f.setBold(true);
        label->setFont(f);
        form->addRow(label);
    };
    heading(tr("General"));
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), note(tr("Uptake switches to the new language the next time it starts."), m_language));
    form->addRow(tr("&Recent workspaces:"), m_recentFiles);

    // New workspaces
    m_timeZone->setObjectName(u"timeZone"_s);
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->setMaxVisibleItems(16);
    m_timeZone->addItem(tr("System time zone (%1)").arg(zoneLabel(QTimeZone::systemTimeZoneId())), QByteArray());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        // Keep to the IANA names (Europe/Berlin) that workspaces and the command line use.
        if (id.contains('/') && !id.startsWith("Etc/"))
            m_timeZone->addItem(zoneLabel(id), id);
    }
    m_timeZone->addItem(u"UTC"_s, QByteArray("UTC"));
    auto *completer = new QCompleter(m_timeZone->model(), m_timeZone);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZone->setCompleter(completer);
    m_timeZone->lineEdit()->setPlaceholderText(tr("Type a city, e.g. Berlin"));
    m_timeZoneHint = note(QString(), m_timeZone);
    m_timeZoneHint->setObjectName(u"timeZoneHint"_s);
    connect(m_timeZone, &QComboBox::currentTextChanged, this, &PreferencesDialog::updateTimeZoneHint);

    heading(tr("New Workspaces"));
    form->addRow(tr("&Time zone:"), m_timeZone);
    form->addRow(QString(), m_timeZoneHint);

    // Metrics
    m_sessionTimeout->setObjectName(u"sessionTimeout"_s);
    for (int minutes : AppSettings::sessionTimeoutChoices())
        m_sessionTimeout->addItem(tr("%n minutes", "session timeout; always 10 or more", minutes), minutes);
    m_tolerance->setObjectName(u"statusTolerance"_s);
    m_tolerance->setRange(0, AppSettings::MaxStatusTolerancePercent);
    m_tolerance->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_tolerance->setSuffix(tr("%", "suffix of a percentage in a spin box, with the space your language puts before %"));

    heading(tr("Metrics"));
    form->addRow(tr("&Session timeout:"), m_sessionTimeout);
    form->addRow(QString(), note(tr("Where the LMS records no durations, learning time is estimated from the gaps "
                                    "between a learner's events; a longer gap than this ends the session."),
                                 m_sessionTimeout));
    form->addRow(tr("Status &tolerance:"), m_tolerance);
    form->addRow(QString(), note(tr("A checkpoint that misses its target by no more than this share of the gap between "
                                    "baseline and target is at risk rather than off track."),
                                 m_tolerance));

    // Reports
    m_paperSize->setObjectName(u"paperSize"_s);
    m_paperSize->addItem(tr("From the locale (%1)").arg(pageSizeName(AppSettings::paperSizeForLocale(QLocale()))),
                         int(AppSettings::PaperSize::FromLocale));
    m_paperSize->addItem(tr("A4 (210 × 297 mm)"), int(AppSettings::PaperSize::A4));
    m_paperSize->addItem(tr("Letter (8.5 × 11 in)"), int(AppSettings::PaperSize::Letter));
    heading(tr("Reports"));
    form->addRow(tr("&Paper size:"), m_paperSize);

    // Backups
    m_backupInterval->setObjectName(u"backupInterval"_s);
    for (int hours : AppSettings::backupIntervalChoices()) {
        const QString text = hours == 0        ? tr("Never")
                             : hours == 1      ? tr("Every hour")
                             : hours == 24     ? tr("Daily")
                             : hours == 24 * 7 ? tr("Weekly")
                                               : tr("Every %n hours", nullptr, hours);
        m_backupInterval->addItem(text, hours);
    }
    m_backupsKept->setObjectName(u"backupsKept"_s);
    m_backupsKept->setRange(1, AppSettings::MaxBackupsKept);
    m_backupsKept->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_backupsKept->setAccessibleName(tr("Automatic backups to keep"));
    heading(tr("Backups"));
    form->addRow(tr("&Automatic backups:"), m_backupInterval);
    form->addRow(tr("&Keep:"), m_backupsKept);
    form->addRow(QString(), note(tr("Kept in a folder beside the workspace; File → Restore from Backup… lists them."),
                                 m_backupInterval));

    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addSpacing(6);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    // The notes wrap: a dialog sized from its plain size hint gave them a line and a bit and clipped the rest.
    // At its narrowest it is as tall as they need; wider, they need less.
    setMinimumHeight(layout->totalHeightForWidth(minimumWidth()));

    load();
}

void PreferencesDialog::load()
{
    m_startLanguage = m_settings.language();
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_startLanguage)));
    m_recentFiles->setValue(m_settings.recentFilesCount());
    m_timeZone->setCurrentIndex(std::max(0, m_timeZone->findData(m_settings.defaultTimeZoneId())));
    m_sessionTimeout->setCurrentIndex(std::max(0, m_sessionTimeout->findData(m_settings.sessionTimeoutMinutes())));
    m_tolerance->setValue(m_settings.statusTolerancePercent());
    m_paperSize->setCurrentIndex(std::max(0, m_paperSize->findData(int(m_settings.paperSize()))));
    m_backupInterval->setCurrentIndex(std::max(0, m_backupInterval->findData(m_settings.backupIntervalHours())));
    m_backupsKept->setValue(m_settings.backupsKept());
    updateTimeZoneHint();
}

void PreferencesDialog::restoreDefaults()
{
    m_language->setCurrentIndex(0);
    m_recentFiles->setValue(AppSettings::DefaultRecentFiles);
    m_timeZone->setCurrentIndex(0);
    m_sessionTimeout->setCurrentIndex(m_sessionTimeout->findData(AppSettings::DefaultSessionTimeoutMinutes));
    m_tolerance->setValue(AppSettings::DefaultStatusTolerancePercent);
    m_paperSize->setCurrentIndex(0);
    m_backupInterval->setCurrentIndex(m_backupInterval->findData(AppSettings::DefaultBackupIntervalHours));
    m_backupsKept->setValue(AppSettings::DefaultBackupsKept);
}

bool PreferencesDialog::resolveTimeZone(QByteArray *id) const
{
    const int index = m_timeZone->findText(m_timeZone->currentText().trimmed(), Qt::MatchFixedString);
    if (index < 0)
        return false;
    *id = m_timeZone->itemData(index).toByteArray();
    return true;
}

void PreferencesDialog::updateTimeZoneHint()
{
    showTimeZoneHint();
    m_timeZone->setAccessibleDescription(m_timeZoneHint->text());
}

void PreferencesDialog::showTimeZoneHint()
{
    QByteArray id;
    if (!resolveTimeZone(&id)) {
        // A problem reads as ordinary text, not as the quiet grey of an explanation.
        m_timeZoneHint->setForegroundRole(QPalette::WindowText);
        m_timeZoneHint->setText(tr("Not a known time zone: choose one from the list."));
        return;
    }
    m_timeZoneHint->setForegroundRole(QPalette::PlaceholderText);
    const QTimeZone zone = id.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(id);
    const QDateTime now = QDateTime::currentDateTime();
    m_timeZoneHint->setText(tr("%1, now %2. A workspace counts every date in its own time zone.")
                                .arg(zone.displayName(now, QTimeZone::LongName, QLocale()),
                                     zone.displayName(now, QTimeZone::OffsetName, QLocale())));
}

void PreferencesDialog::accept()
{
    QByteArray zone;
    if (!resolveTimeZone(&zone)) {
        m_timeZone->setFocus();
        m_timeZone->lineEdit()->selectAll();
        return;
    }
    const QString language = m_language->currentData().toString();
    m_languageChanged = language != m_startLanguage;
    m_settings.setLanguage(language);
    m_settings.setRecentFilesCount(m_recentFiles->value());
    m_settings.setDefaultTimeZoneId(zone);
    m_settings.setSessionTimeoutMinutes(m_sessionTimeout->currentData().toInt());
    m_settings.setStatusTolerancePercent(m_tolerance->value());
    m_settings.setPaperSize(AppSettings::PaperSize(m_paperSize->currentData().toInt()));
    m_settings.setBackupIntervalHours(m_backupInterval->currentData().toInt());
    m_settings.setBackupsKept(m_backupsKept->value());
    QDialog::accept();
}

} // namespace Uptake
