#pragma once

#include "export/reportdata.h"
#include "page.h"

#include <QDate>
#include <QImage>
#include <QPromise>

#include <atomic>
#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QTimer;
class QVBoxLayout;

namespace Uptake {
namespace Report {
class BuiltReport;
}
struct ReportJobResult;

/// The governance board's status report: choose the pilot, the as-of date and the sections (or a saved
/// template), see the pages as they will print, then Export PDF… or Print…. Rendering runs off the UI thread with
/// progress and Cancel; the preview paints the very layout the PDF gets.
class ReportPage final : public Page
{
    Q_OBJECT
public:
    explicit ReportPage(QWidget *parent = nullptr);
    ~ReportPage() override;
    void setWorkspace(Workspace *workspace, QUndoStack *undoStack) override;

    /// The request the controls describe.
    ReportRequest request() const;
    void setSections(const QList<ReportSection> &sections);
    void setAsOf(const QDate &date);
    void setIncludeNames(bool include);

    /// Writes the PDF to path without asking (Export PDF… after its file dialog); emits exported or failed.
    void exportPdf(const QString &path);

    bool isBusy() const { return m_busy; }
    int previewPageCount() const { return int(m_previewImages.size()); }
    QImage previewPage(int index) const { return m_previewImages.value(index); }
    QString statusText() const;

Q_SIGNALS:
    void previewReady();
    void exported(const QString &path);
    void failed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadWorkspaceFacts();
    void schedulePreview();
    void startPreview();
    void cancel();
    /// A report job on a pool thread: it reports progress (0–100) through the promise, stops early when
    /// cancelled turns true, and adds one result.
    using ReportJob = std::function<void(QPromise<ReportJobResult> &, const std::atomic_bool *cancelled)>;
    /// Runs work with the busy state, the progress bar and Cancel (any earlier job is cancelled); done gets its
    /// result on this thread, unless Cancel or a newer job came first.
    void runJob(const QString &busyText, ReportJob work, std::function<void(const ReportJobResult &)> done);
    void setBusy(bool busy, const QString &what = {});
    void showPreview(const std::shared_ptr<Report::BuiltReport> &report, const QList<QImage> &images);
    void exportDialog();
    void printDialog();
    void exportCsvDialog();
    void saveTemplate();
    void applyTemplate(const QString &name);
    void deleteTemplate();
    void reloadTemplates(const QString &select = {});
    void showError(const QString &message);

    QComboBox *m_pilot;
    QDateEdit *m_asOf;
    QList<QCheckBox *> m_sections;
    QCheckBox *m_names;
    QComboBox *m_template;
    QPushButton *m_saveTemplate;
    QPushButton *m_deleteTemplate;
    QPushButton *m_export;
    QPushButton *m_print;
    QPushButton *m_csv;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_status;
    QScrollArea *m_scroll;
    QWidget *m_pagesWidget;
    QVBoxLayout *m_pagesLayout;
    QTimer *m_debounce;

    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    std::shared_ptr<Report::BuiltReport> m_report;
    QList<QImage> m_previewImages;
    quint64 m_generation = 0;
    bool m_busy = false;
    bool m_loadingFacts = false;
    bool m_previewStale = false; ///< settings changed while the page was hidden
};

} // namespace Uptake
