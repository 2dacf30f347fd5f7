#pragma once

#include "page.h"

class QLabel;
class QVBoxLayout;

namespace Uptake {

/// A phase of the method (Diagnose, Design, Govern): what the phase is for, its steps with what each
/// needs, and what is still open in this workspace.
class GuidePage final : public Page
{
    Q_OBJECT
public:
    struct Step
    {
        QString title;
        QString text;
        bool needsData = false; ///< shows "needs usage data" until the workspace has events
    };

    GuidePage(const QString &title, const QString &lead, const QList<Step> &steps, QWidget *parent = nullptr);
    void setWorkspace(Workspace *workspace, QUndoStack *undoStack) override;

private:
    void refresh();

    QLabel *m_status;
    QList<QLabel *> m_stepStates;
    QList<Step> m_steps;
};

} // namespace Uptake
