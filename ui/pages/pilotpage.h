#pragma once

#include "page.h"

class QLabel;
class QPushButton;
class QStackedLayout;
class QTableView;

namespace Uptake {
class EmptyState;
class PilotsModel;

/// The pilots of the program: create, edit, rename and delete them (undoable), and see each sprint.
class PilotPage final : public Page
{
    Q_OBJECT
public:
    explicit PilotPage(QWidget *parent = nullptr);
    void setWorkspace(Workspace *workspace, QUndoStack *undoStack) override;

    PilotsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

public Q_SLOTS:
    void addPilot();
    void editSelected();
    void deleteSelected();

private:
    void reload();
    void updateDetails();
    qint64 selectedId() const;

    PilotsModel *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QLabel *m_details;
    EmptyState *m_empty;
    QStackedLayout *m_stack;
    QWidget *m_list;
};

} // namespace Uptake
