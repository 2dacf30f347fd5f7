#pragma once

#include "storage/workspace.h"

#include <QMap>
#include <QPointer>
#include <QShowEvent>
#include <QWidget>

#include <functional>

class QUndoStack;

namespace Uptake {

/// One page of the journey. The main window hands every page the open workspace (or none) and the
/// undo stack its edits go on; pages refresh themselves from the workspace's change signals.
class Page : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual void setWorkspace(Workspace *workspace, QUndoStack *undoStack)
    {
        m_workspace = workspace;
        m_undoStack = undoStack;
    }
    /// Whether background work waits for the page to be shown (see whenShown()).
    bool hasWaitingJobs() const { return !m_waiting.isEmpty(); }

Q_SIGNALS:
    /// Asks the main window to show another page (by its position in the navigation).
    void navigateRequested(int page);
    /// Asks the main window to start an import.
    void importRequested();

protected:
    Workspace *workspace() const { return m_workspace; }
    QUndoStack *undoStack() const { return m_undoStack; }

    /// Runs job now when the page is on screen, otherwise the next time it is shown (only the latest job of
    /// each key). Background reads go through here: opening a large workspace then computes only what the user
    /// looks at, instead of every page competing with the dashboard for the disk and the two cores, and a page
    /// out of sight skips the recomputations other pages' edits cause.
    void whenShown(const QString &key, std::function<void()> job)
    {
        if (isVisible())
            job();
        else
            m_waiting.insert(key, std::move(job));
    }

    void showEvent(QShowEvent *event) override
    {
        QWidget::showEvent(event);
        const auto waiting = std::exchange(m_waiting, {});
        for (const auto &job : waiting)
            job();
    }

private:
    QPointer<Workspace> m_workspace;
    QUndoStack *m_undoStack = nullptr;
    QMap<QString, std::function<void()>> m_waiting;
};

/// The pages in navigation order.
enum class PageId { Overview, Diagnose, Design, Pilot, Govern, Data, Report, Count };

} // namespace Uptake
