#pragma once

#include "storage/workspace.h"

#include <QPointer>
#include <QWidget>

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

Q_SIGNALS:
    /// Asks the main window to show another page (by its position in the navigation).
    void navigateRequested(int page);
    /// Asks the main window to start an import.
    void importRequested();

protected:
    Workspace *workspace() const { return m_workspace; }
    QUndoStack *undoStack() const { return m_undoStack; }

private:
    QPointer<Workspace> m_workspace;
    QUndoStack *m_undoStack = nullptr;
};

/// The pages in navigation order.
enum class PageId { Overview, Diagnose, Design, Pilot, Govern, Data, Report, Count };

} // namespace Uptake
