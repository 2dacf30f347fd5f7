#pragma once

// The user's preferences (Edit → Preferences…), kept in QSettings with typed getters and defaults.
// A stored value that is missing or out of range reads as the default, so a hand-edited or old
// configuration file never yields a value the rest of Uptake cannot use.

#include <QLocale>
#include <QPageSize>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <memory>

class QSettings;

namespace Uptake {

class AppSettings
{
public:
    /// How the report's paper size is chosen.
    enum class PaperSize { FromLocale, A4, Letter };

    static constexpr int DefaultSessionTimeoutMinutes = 30;
    static constexpr int DefaultStatusTolerancePercent = 10;
    static constexpr int MaxStatusTolerancePercent = 50;
    static constexpr int DefaultRecentFiles = 8;
    static constexpr int MaxRecentFiles = 30;
    static constexpr int DefaultBackupIntervalHours = 24;
    static constexpr int DefaultBackupsKept = 7;
    static constexpr int MaxBackupsKept = 100;

    /// Reads and writes the application's QSettings (organisation and application name must be set).
    AppSettings();
    /// Reads and writes the given store, which must outlive this object (tests use an INI file).
    explicit AppSettings(QSettings &store);
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    /// Interface language: an empty string follows the system, otherwise one of availableLanguages().
    /// Takes effect at the next start.
    QString language() const;
    void setLanguage(const QString &code);
    /// The language codes Uptake offers besides the system default: en, de, fr, es.
    static QStringList availableLanguages();
    /// A language's name in that language ("Deutsch"), as a language menu shows it.
    static QString nativeLanguageName(const QString &code);
    /// The locale Uptake runs in for a language choice: the system locale when code is empty; otherwise
    /// that language, in the system's country when Qt knows the combination (French on a Swiss system gives
    /// fr_CH), else in the language's main country.
    static QLocale localeFor(const QString &code, const QLocale &system);

    /// Time zone for new workspaces; an invalid QTimeZone (id empty) means the system's.
    QByteArray defaultTimeZoneId() const;
    void setDefaultTimeZoneId(const QByteArray &ianaId);
    /// The zone a new workspace gets: the chosen one, or the system's when none is chosen.
    QTimeZone defaultTimeZone() const;

    /// Gaps between a learner's events longer than this end a session when learning time is estimated;
    /// always one of Aggregates::SessionTimeouts.
    int sessionTimeoutMinutes() const;
    void setSessionTimeoutMinutes(int minutes);
    static QList<int> sessionTimeoutChoices();

    /// A checkpoint that misses its target by no more than this share of the baseline-to-target gap is
    /// "at risk" rather than "off track". 0–MaxStatusTolerancePercent.
    int statusTolerancePercent() const;
    void setStatusTolerancePercent(int percent);

    PaperSize paperSize() const;
    void setPaperSize(PaperSize size);
    /// The page size reports use: the chosen one, or the locale's custom (Letter in North and Central
    /// America, Chile, Colombia, Venezuela and the Philippines; A4 elsewhere).
    QPageSize::PageSizeId reportPageSize(const QLocale &locale = QLocale()) const;
    static QPageSize::PageSizeId paperSizeForLocale(const QLocale &locale);

    /// How many recently opened workspaces File → Open Recent lists (0 keeps none).
    int recentFilesCount() const;
    void setRecentFilesCount(int count);

    /// Hours between automatic backups of an open workspace (0: none); one of backupIntervalChoices().
    int backupIntervalHours() const;
    void setBackupIntervalHours(int hours);
    static QList<int> backupIntervalChoices();
    /// How many automatic backups are kept per workspace, 1–MaxBackupsKept.
    int backupsKept() const;
    void setBackupsKept(int count);

private:
    std::unique_ptr<QSettings> m_owned;
    QSettings &m_store;
};

} // namespace Uptake
