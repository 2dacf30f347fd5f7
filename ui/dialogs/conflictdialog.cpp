#include "conflictdialog.h"

#include "theme.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Uptake {

namespace {

QString when(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::LongFormat);
}

} // namespace

ConflictDialog::ConflictDialog(const Conflict &conflict, Workspace::ConflictContext context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_choice(context == Workspace::ConflictContext::Edit ? ConflictChoice::Cancel : ConflictChoice::KeepTheirs)
    , m_headline(new QLabel(this))
    , m_details(new QLabel(this))
    , m_fields(new QTreeWidget(this))
    , m_keepTheirs(new QPushButton(tr("&Keep Their Version"), this))
    , m_overwrite(new QPushButton(context == Workspace::ConflictContext::Edit ? tr("&Overwrite with Mine")
                                                                              : tr("&Overwrite with This Step"),
                                  this))
{
    setWindowTitle(tr("Edit Conflict"));
    setMinimumWidth(560);
    const bool undo = context == Workspace::ConflictContext::UndoRedo;
    const QString who = conflict.updatedBy.isEmpty() ? tr("Someone else") : conflict.updatedBy;

    QString headline;
    QString details;
    switch (conflict.kind) {
    case Conflict::Kind::Changed:
        headline = undo ? tr("%1 changed the %2 after your last change to it.").arg(who, conflict.item)
                        : tr("%1 changed the %2 after you opened it.").arg(who, conflict.item);
        details = conflict.updatedAt.isValid() ? tr("Their version was saved on %1.").arg(when(conflict.updatedAt))
                                               : QString();
        break;
    case Conflict::Kind::Deleted:
        headline = tr("Someone else deleted the %1 after you opened it.").arg(conflict.item);
        details = tr("Keeping their version leaves it deleted; overwriting stores yours again.");
        break;
    case Conflict::Kind::Exists:
        headline = tr("Someone else has stored the %1 again meanwhile.").arg(conflict.item);
        details = conflict.updatedAt.isValid() ? tr("Their version was saved on %1.").arg(when(conflict.updatedAt))
                                               : QString();
        break;
    }
    details += (details.isEmpty() ? u""_s : u" "_s) +
               (undo ? tr("Keep their version to skip this undo step, or overwrite theirs with it.")
                     : tr("Keep their version to drop your changes, or overwrite theirs with yours."));

    QFont bigger = m_headline->font();
    bigger.setBold(true);
    bigger.setPointSizeF(bigger.pointSizeF() * 1.15);
    m_headline->setFont(bigger);
    m_headline->setText(headline);
    m_headline->setWordWrap(true);
    m_headline->setObjectName(u"conflictHeadline"_s);
    m_details->setText(details);
    m_details->setWordWrap(true);

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);

    m_fields->setColumnCount(3);
    m_fields->setHeaderLabels(
        {tr("Field"), tr("Their version"), undo ? tr("This step's version") : tr("Your version")});
    m_fields->setRootIsDecorated(false);
    m_fields->setSelectionMode(QAbstractItemView::NoSelection);
    m_fields->setFocusPolicy(Qt::NoFocus);
    m_fields->setWordWrap(true);
    m_fields->setAccessibleName(tr("Their version and yours, field by field"));
    m_fields->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_fields->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    const QPalette pal = palette();
    const QColor changedBackground = Theme::blend(pal, 0.12);
    const QString gone = tr("(deleted)");
    const QString notSaving = conflict.kind == Conflict::Kind::Exists ? tr("(not stored)") : tr("(deleting it)");
    int differing = 0;
    for (const ConflictField &f : conflict.fields) {
        const QString theirs = conflict.kind == Conflict::Kind::Deleted ? gone : f.theirs;
        const bool anyMine = std::any_of(conflict.fields.begin(), conflict.fields.end(),
                                         [](const ConflictField &g) { return !g.mine.isEmpty(); });
        const QString mine = !anyMine ? notSaving : f.mine;
        const QString none = tr("—", "an empty field");
        auto *item =
            new QTreeWidgetItem(m_fields, {f.label, theirs.isEmpty() ? none : theirs, mine.isEmpty() ? none : mine});
        if (theirs != mine) {
            ++differing;
            QFont bold = item->font(0);
            bold.setBold(true);
            for (int c = 0; c < 3; ++c) {
                item->setFont(c, bold);
                item->setBackground(c, changedBackground);
            }
            item->setToolTip(0, tr("Differs"));
        }
        for (int c = 1; c < 3; ++c)
            item->setToolTip(c, item->text(c));
    }
    m_fields->setVisible(!conflict.fields.isEmpty());
    auto *summary = new QLabel(
        conflict.fields.isEmpty() ? QString() : tr("%n field(s) differ, shown in bold.", nullptr, differing), this);
    QPalette muted = summary->palette();
    muted.setColor(QPalette::WindowText, Theme::mutedText(pal));
    summary->setPalette(muted);
    summary->setVisible(!conflict.fields.isEmpty());

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_keepTheirs, QDialogButtonBox::RejectRole);
    buttons->addButton(m_overwrite, QDialogButtonBox::AcceptRole);
    m_keepTheirs->setToolTip(undo ? tr("Leave the item as they saved it and drop this step from the undo history")
                                  : tr("Reload their version; your changes are dropped"));
    m_overwrite->setToolTip(undo ? tr("Apply this step over their version") : tr("Save your version over theirs"));
    if (!undo) {
        m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
        m_cancel->setToolTip(tr("Save nothing and go back to your changes"));
        connect(m_cancel, &QPushButton::clicked, this, [this] { choose(ConflictChoice::Cancel); });
    }
    m_keepTheirs->setDefault(true);
    m_keepTheirs->setAutoDefault(true);
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] { choose(ConflictChoice::KeepTheirs); });
    connect(m_overwrite, &QPushButton::clicked, this, [this] { choose(ConflictChoice::Overwrite); });

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    auto *texts = new QVBoxLayout;
    texts->addWidget(m_headline);
    texts->addWidget(m_details);
    top->addLayout(texts, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_fields, 1);
    layout->addWidget(summary);
    layout->addWidget(buttons);
    m_fields->setMinimumHeight(std::min(int(conflict.fields.size()), 8) * m_fields->fontMetrics().height() * 2);
}

void ConflictDialog::choose(ConflictChoice choice)
{
    m_choice = choice;
    if (choice == ConflictChoice::Overwrite)
        accept();
    else
        reject();
}

ConflictChoice ConflictDialog::ask(const Conflict &conflict, Workspace::ConflictContext context, QWidget *parent)
{
    ConflictDialog dialog(conflict, context, parent);
    dialog.exec();
    return dialog.choice();
}

} // namespace Uptake
