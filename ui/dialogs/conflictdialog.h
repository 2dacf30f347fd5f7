#pragma once

#include "domain/conflict.h"
#include "storage/workspace.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Uptake {

/// Says that an item changed (or went, or came back) since it was read, shows what is stored now next to what
/// was being saved, and lets people choose: keep their version, overwrite it with mine, or cancel (keep editing).
/// Undo and redo offer no Cancel: a step cannot stay half applied.
class ConflictDialog final : public QDialog
{
    Q_OBJECT
public:
    ConflictDialog(const Conflict &conflict, Workspace::ConflictContext context, QWidget *parent = nullptr);

    /// Shows the dialog modally and returns the choice (closing it: Cancel, or KeepTheirs for undo/redo).
    static ConflictChoice ask(const Conflict &conflict, Workspace::ConflictContext context, QWidget *parent);

    ConflictChoice choice() const { return m_choice; }
    QPushButton *keepTheirsButton() const { return m_keepTheirs; }
    QPushButton *overwriteButton() const { return m_overwrite; }
    QPushButton *cancelButton() const { return m_cancel; }
    QTreeWidget *fields() const { return m_fields; }
    QLabel *headline() const { return m_headline; }

private:
    void choose(ConflictChoice choice);

    Workspace::ConflictContext m_context;
    ConflictChoice m_choice;
    QLabel *m_headline;
    QLabel *m_details;
    QTreeWidget *m_fields;
    QPushButton *m_keepTheirs;
    QPushButton *m_overwrite;
    QPushButton *m_cancel = nullptr;
};

} // namespace Uptake
