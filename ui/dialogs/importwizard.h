#pragma once

#include "import/importer.h"

#include <QTimeZone>
#include <QWizard>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Uptake {

/// File → Import…: preview as detected (settings overridable) → column mapping → completion values →
/// dry run → import, off the UI thread with progress and Cancel.
class ImportWizard final : public QWizard
{
    Q_OBJECT
public:
    enum PageIds { FilePage, MappingPage, CompletionPage, DryRunPage, ImportPage };

    /// workspaceZone: the workspace's time zone, in which times without an offset are read (unless the user
    /// names another) and shown.
    ImportWizard(const QString &workspacePath, const QString &file, QWidget *parent = nullptr,
                 const QTimeZone &workspaceZone = QTimeZone::systemTimeZone());
    ~ImportWizard() override;

    /// The profile as the user has set it so far.
    Import::ImportProfile profile() const;
    QString file() const { return m_file; }
    const Import::FilePreview &preview() const { return m_preview; }
    const Import::ImportResult &dryRunResult() const { return m_dryRun; }
    const Import::ImportResult &importResult() const { return m_result; }
    bool isRunning() const { return m_running; }
    /// The days a dry run's (or import's) new rows cover, and the new events' completions, in a sentence; empty
    /// when it adds nothing.
    static QString addedSpan(const Import::ImportResult &result);
    /// True when the user chose to skip a file that was imported before.
    bool skipped() const { return m_skipped; }
    /// Starts from a profile the user saved (empty name: back to what was detected).
    void applySavedProfile(const QString &name);
    /// Saves the mapping and settings as they stand as a named profile; shows and returns the problem.
    bool saveCurrentProfile(const QString &name);
    /// Asks a running dry run or import to stop; it rolls back within a second.
    void cancelRunning();
    /// Cancel: while a dry run or import runs, stops it first and closes once it has rolled back.
    void reject() override;

Q_SIGNALS:
    void dryRunFinished();
    void importFinished();

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildFilePage();
    QWidget *buildMappingPage();
    QWidget *buildCompletionPage();
    QWidget *buildDryRunPage();
    QWidget *buildImportPage();
    void refreshPreview();
    void showPreview();
    void fillMapping();
    void run(bool dryRun);
    void showResult(const Import::ImportResult &result, bool dryRun);
    bool readMapping(Import::ImportProfile *profile, QStringList *missing) const;
    /// The profile the import will run with once the mapping page is left: the file's settings and this
    /// mapping (missing: required fields still unmapped).
    Import::ImportProfile mappedProfile(QStringList *missing) const;
    void updateSamples();
    /// The sample of the time field: the first row's value and how the import reads it.
    QString timeSample(const Import::ImportProfile &profile, QString *toolTip);
    void fillSavedProfiles();
    void skipFile();

    QString m_workspacePath;
    QString m_file;
    Import::ImportProfile m_profile;
    Import::FilePreview m_preview;
    Import::ImportResult m_dryRun;
    Import::ImportResult m_result;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
    bool m_updating = false;
    bool m_skipped = false;
    bool m_closeWhenStopped = false;
    QTimeZone m_workspaceZone;
    QString m_timeReadingKey; ///< the profile the readings below were made for (as JSON)
    QList<Import::TimeReading> m_timeReadings;
    QString m_savedProfileName; ///< saved on the mapping page; completion values are added to it

    // File page
    QComboBox *m_savedProfile = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_preset = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_delimiter = nullptr;
    QComboBox *m_header = nullptr;
    QComboBox *m_dateFormat = nullptr;
    QComboBox *m_dayOrder = nullptr;
    QLineEdit *m_timeZone = nullptr;
    QLabel *m_detected = nullptr;
    QTableWidget *m_previewTable = nullptr;
    // Mapping page
    QFormLayout *m_mappingForm = nullptr;
    QList<QComboBox *> m_fieldColumns;
    QList<QComboBox *> m_fieldExtra;
    QList<QLineEdit *> m_fieldConstant;
    QList<QLabel *> m_fieldSample;
    QLabel *m_mappingHint = nullptr;
    QLineEdit *m_profileName = nullptr;
    QPushButton *m_saveProfile = nullptr;
    QLabel *m_profileStatus = nullptr;
    // Completion page
    QListWidget *m_completion = nullptr;
    // Dry run and import pages
    QLabel *m_dryRunSummary = nullptr;
    QTableWidget *m_dryRunErrors = nullptr;
    QLabel *m_dryRunWarnings = nullptr;
    QLabel *m_sameFileNotice = nullptr;
    QPushButton *m_skipButton = nullptr;
    QProgressBar *m_dryRunProgress = nullptr;
    QLabel *m_importSummary = nullptr;
    QProgressBar *m_importProgress = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace Uptake
