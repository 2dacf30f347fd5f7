#pragma once

#include "storage/backups.h"

#include <QDialog>

class QTreeWidget;
class QPushButton;

namespace Uptake {

/// File → Restore from Backup…: lists a workspace's backups (newest first, with date, kind and size) and
/// returns the one chosen after the user confirmed replacing the open workspace by it.
class RestoreBackupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreBackupDialog)
public:
    RestoreBackupDialog(const QString &workspace, QWidget *parent = nullptr);

    /// The backup chosen, once accepted.
    QString chosenBackup() const { return m_chosen; }
    /// Whether accepting asks for confirmation first (tests switch it off).
    void setConfirm(bool confirm) { m_confirm = confirm; }
    QTreeWidget *list() const { return m_list; }

    static QString reasonText(const QString &reason);

public Q_SLOTS:
    void accept() override;

private:
    QString m_workspace;
    QTreeWidget *m_list;
    QPushButton *m_restore;
    QString m_chosen;
    bool m_confirm = true;
};

} // namespace Uptake
