#include "kpitile.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Uptake {

KpiTile::KpiTile(const QString &caption, QWidget *parent)
    : QFrame(parent)
    , m_caption(new QLabel(caption, this))
    , m_value(new QLabel(u"—"_s, this))
    , m_note(new QLabel(this))
{
    setObjectName(u"kpiTile"_s);
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(170);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    setMinimumHeight(112);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(2);
    m_caption->setObjectName(u"kpiCaption"_s);
    m_value->setObjectName(u"kpiValue"_s);
    m_note->setObjectName(u"kpiNote"_s);
    m_note->setWordWrap(true);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setWeight(QFont::DemiBold);
    m_value->setFont(big);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_note);
    setAccessibleName(caption);
}

void KpiTile::setValue(const QString &value, const QString &note)
{
    m_value->setText(value);
    m_note->setText(note);
    setAccessibleDescription(note.isEmpty() ? value : value + u", "_s + note);
}

QString KpiTile::value() const
{
    return m_value->text();
}

} // namespace Uptake
