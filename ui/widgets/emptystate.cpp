#include "emptystate.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Uptake {

EmptyState::EmptyState(const QString &title, const QString &text, const QString &actionText, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_text(new QLabel(text, this))
    , m_action(new QPushButton(actionText, this))
{
    setObjectName(u"emptyState"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addStretch(1);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    f.setWeight(QFont::DemiBold);
    m_title->setFont(f);
    m_title->setAlignment(Qt::AlignCenter);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setMaximumWidth(560);
    m_text->setObjectName(u"emptyStateText"_s);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addWidget(m_text, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addWidget(m_action, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    m_action->setVisible(!actionText.isEmpty());
    m_action->setDefault(true);
    connect(m_action, &QPushButton::clicked, this, &EmptyState::actionTriggered);
}

void EmptyState::setText(const QString &title, const QString &text)
{
    m_title->setText(title);
    m_text->setText(text);
}

} // namespace Uptake
