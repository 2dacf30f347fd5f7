#pragma once

#include "page.h"

class QLabel;
class QPushButton;
class QStackedLayout;
class QTableView;

namespace Uptake {
class EmptyState;
class ImportsModel;
class RejectedRowsModel;

/// The data behind every number: the import history, with what each import brought and rejected.
class DataPage final : public Page
{
    Q_OBJECT
public:
    explicit DataPage(QWidget *parent = nullptr);
    void setWorkspace(Workspace *workspace, QUndoStack *undoStack) override;
    ImportsModel *model() const { return m_model; }
    RejectedRowsModel *rejectedModel() const { return m_rejectedModel; }
    QTableView *view() const { return m_view; }
    /// Everything recorded about the selected import (file, SHA-256, format, columns, completion values).
    QLabel *details() const { return m_details; }

public Q_SLOTS:
    /// Removes the selected import's rows after asking (the asking is skipped when confirm is false).
    void undoSelected(bool confirm = true);
    void exportRejected(const QString &path = {});

private:
    void reload();
    void selectionChanged();
    qint64 selectedBatch() const;

    ImportsModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
    QLabel *m_details;
    RejectedRowsModel *m_rejectedModel;
    QTableView *m_rejected;
    QLabel *m_rejectedTitle;
    QPushButton *m_undo;
    QPushButton *m_export;
    EmptyState *m_empty;
    QStackedLayout *m_stack;
    QWidget *m_list;
};

} // namespace Uptake
