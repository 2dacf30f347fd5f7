#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace Uptake {

class AppSettings;

/// Edit → Preferences…: language, defaults for new workspaces, metric and report settings. Shows the
/// stored values, writes them to AppSettings only on OK; Restore Defaults resets the fields, not the store.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)
public:
    explicit PreferencesDialog(AppSettings &settings, QWidget *parent = nullptr);

    /// Validates the fields and saves them; stays open with a message when the time zone is unknown.
    void accept() override;
    /// Sets every field to its default value.
    void restoreDefaults();
    /// True after OK when the language differs from the one Uptake started in (it applies at the next start).
    bool languageChanged() const { return m_languageChanged; }

private:
    void load();
    void updateTimeZoneHint();
    void showTimeZoneHint();
    /// The IANA id the time zone field names ("" for the system's); false when it names no known zone.
    bool resolveTimeZone(QByteArray *id) const;

    AppSettings &m_settings;
    QString m_startLanguage;
    bool m_languageChanged = false;
    QComboBox *m_language;
    QSpinBox *m_recentFiles;
    QComboBox *m_timeZone;
    QLabel *m_timeZoneHint;
    QComboBox *m_sessionTimeout;
    QSpinBox *m_tolerance;
    QComboBox *m_paperSize;
    QComboBox *m_backupInterval;
    QSpinBox *m_backupsKept;
};

} // namespace Uptake
