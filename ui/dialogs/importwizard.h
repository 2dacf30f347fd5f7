#pragma once

#include "import/importer.h"

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

    ImportWizard(const QString &workspacePath, const QString &file, QWidget *parent = nullptr);
    ~ImportWizard() override;

    /// The profile as the user has set it so far.
    Import::ImportProfile profile() const;
    const Import::FilePreview &preview() const { return m_preview; }
    const Import::ImportResult &dryRunResult() const { return m_dryRun; }
    const Import::ImportResult &importResult() const { return m_result; }
    bool isRunning() const { return m_running; }
    /// Asks a running dry run or import to stop; it rolls back within a second.
    void cancelRunning();

Q_SIGNALS:
    void dryRunFinished();
    void importFinished();

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;
    void reject() override;

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

    QString m_workspacePath;
    QString m_file;
    Import::ImportProfile m_profile;
    Import::FilePreview m_preview;
    Import::ImportResult m_dryRun;
    Import::ImportResult m_result;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
    bool m_updating = false;

    // File page
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
    QLabel *m_mappingHint = nullptr;
    // Completion page
    QListWidget *m_completion = nullptr;
    // Dry run and import pages
    QLabel *m_dryRunSummary = nullptr;
    QTableWidget *m_dryRunErrors = nullptr;
    QProgressBar *m_dryRunProgress = nullptr;
    QLabel *m_importSummary = nullptr;
    QProgressBar *m_importProgress = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace Uptake
