#include "kpitile.h"

#include "theme.h"

#include <QEvent>

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Uptake {

KpiTile::KpiTile(const QString &caption, QWidget *parent)
    : QFrame(parent)
    , m_caption(new QLabel(caption, this))
    , m_value(new QLabel(u"—"_s, this))
    , m_note(new QLabel(this))
    , m_status(new QLabel(this))
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
    m_status->setObjectName(u"kpiStatus"_s);
    m_status->hide();
    layout->addWidget(m_status);
    setAccessibleName(caption);
}

void KpiTile::setValue(const QString &value, const QString &note)
{
    m_value->setText(value);
    m_note->setText(note);
    setAccessibleDescription(note.isEmpty() ? value : value + u", "_s + note);
}

void KpiTile::setStatus(const QString &label, const QString &key)
{
    m_status->setText(label.isEmpty() ? QString() : u"● "_s + label);
    m_status->setVisible(!label.isEmpty());
    m_statusKey = key;
    paintStatus();
    setProperty("status", key);
    setAccessibleDescription(m_value->text() + u", "_s + m_note->text() +
                             (label.isEmpty() ? QString() : u", "_s + label));
}

void KpiTile::paintStatus()
{
    const QString style =
        u"QLabel { color: %1; font-weight: 600; }"_s.arg(Theme::statusColor(m_statusKey, palette()).name());
    if (m_status->styleSheet() != style)
        m_status->setStyleSheet(style);
}

void KpiTile::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        paintStatus(); // the system switched between light and dark
}

QString KpiTile::status() const
{
    return m_status->isHidden() ? QString() : m_status->text().mid(2);
}

QString KpiTile::value() const
{
    return m_value->text();
}

} // namespace Uptake
