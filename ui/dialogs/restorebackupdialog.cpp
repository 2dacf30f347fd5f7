#include "restorebackupdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Uptake {

QString RestoreBackupDialog::reasonText(const QString &reason)
{
    if (reason == QLatin1String(Backups::Automatic))
        return tr("Automatic");
    if (reason == QLatin1String(Backups::BeforeRestore))
        return tr("Before a restore");
    if (reason.startsWith(u"before-upgrade-v"_s))
        return tr("Before upgrading from format %1").arg(reason.mid(16));
    return reason;
}

RestoreBackupDialog::RestoreBackupDialog(const QString &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_list(new QTreeWidget(this))
{
    setObjectName(u"restoreBackupDialog"_s);
    setWindowTitle(tr("Restore from Backup"));
    auto *intro = new QLabel(tr("Replace “%1” by one of its backups. The workspace as it is now is kept as a backup "
                                "too, so this can be undone.")
                                 .arg(QFileInfo(workspace).fileName()),
                             this);
    intro->setWordWrap(true);
    m_list->setObjectName(u"backups"_s);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Date"), tr("Kind"), tr("Size")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    const QLocale locale;
    for (const BackupInfo &b : Backups::list(workspace)) {
        auto *item = new QTreeWidgetItem(m_list, {locale.toString(b.created.toLocalTime(), QLocale::LongFormat),
                                                  reasonText(b.reason), locale.formattedDataSize(b.size)});
        item->setData(0, Qt::UserRole, b.path);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, QDir::toNativeSeparators(b.path));
    }
    auto *empty = new QLabel(tr("There are no backups of this workspace yet."), this);
    empty->setVisible(m_list->topLevelItemCount() == 0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setEnabled(false);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { m_restore->setEnabled(current != nullptr); });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { accept(); });
    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreBackupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(empty);
    layout->addWidget(buttons);
    resize(560, 360);
}

void RestoreBackupDialog::accept()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    if (m_confirm &&
        QMessageBox::question(this, tr("Restore from Backup"),
                              tr("Replace the workspace by the backup of %1? Everything changed since then is "
                                 "set aside in a backup of the current state.")
                                  .arg(item->text(0)),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    m_chosen = item->data(0, Qt::UserRole).toString();
    QDialog::accept();
}

} // namespace Uptake
