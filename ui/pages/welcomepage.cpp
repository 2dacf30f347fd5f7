#include "welcomepage.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Uptake {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *column = new QWidget(this);
    column->setMaximumWidth(560);
    auto *layout = new QVBoxLayout(column);
    auto *icon = new QLabel(column);
    icon->setPixmap(QIcon(u":/icons/uptake.svg"_s).pixmap(72, 72));
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    auto *title = new QLabel(tr("Welcome to Uptake"), column);
    title->setObjectName(u"pageTitle"_s);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    auto *lead = new QLabel(tr("Turn a bought LMS into a used one: diagnose where adoption stalls, design an "
                               "engagement plan, pilot it with one cohort and report progress to your governance "
                               "board against 30/60/90-day targets."),
                            column);
    lead->setWordWrap(true);
    lead->setAlignment(Qt::AlignCenter);
    lead->setObjectName(u"pageLead"_s);
    layout->addWidget(lead);
    layout->addSpacing(16);
    auto *newButton = new QPushButton(tr("&New Workspace…"), column);
    auto *openButton = new QPushButton(tr("&Open Workspace…"), column);
    auto *demoButton = new QPushButton(tr("Explore the &Demo Workspace"), column);
    newButton->setDefault(true);
    for (QPushButton *b : {newButton, openButton, demoButton}) {
        b->setMinimumHeight(36);
        layout->addWidget(b);
    }
    layout->addSpacing(16);
    auto *recentTitle = new QLabel(tr("Recent workspaces"), column);
    recentTitle->setObjectName(u"sectionTitle"_s);
    layout->addWidget(recentTitle);
    m_recent->setAccessibleName(tr("Recent workspaces"));
    m_recent->setMaximumHeight(160);
    layout->addWidget(m_recent);
    outer->addWidget(column, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(demoButton, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT recentRequested(item->data(Qt::UserRole).toString()); });
}

void WelcomePage::setRecentFiles(const QStringList &files)
{
    m_recent->clear();
    for (const QString &f : files) {
        auto *item = new QListWidgetItem(QFileInfo(f).completeBaseName() + u"  —  "_s +
                                             QDir::toNativeSeparators(QFileInfo(f).absolutePath()),
                                         m_recent);
        item->setData(Qt::UserRole, f);
        item->setToolTip(QDir::toNativeSeparators(f));
    }
    if (files.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No recent workspaces"), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace Uptake
