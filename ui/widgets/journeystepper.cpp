#include "journeystepper.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace Uptake {

JourneyStepper::JourneyStepper(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Journey progress"));
}

void JourneyStepper::setState(Phase current, Phase shown, const QList<PhaseState> &states)
{
    m_current = current;
    m_shown = shown;
    m_states = states;
    while (m_states.size() < 4)
        m_states.append(PhaseState{});
    m_known = true;
    QStringList parts;
    for (Phase p : AllPhases) {
        const PhaseState &s = m_states.at(int(p));
        parts << tr("%1: %2 of %3 done%4")
                     .arg(phaseLabel(p))
                     .arg(s.done)
                     .arg(s.total)
                     .arg(p == current ? tr(" (current phase)") : QString());
    }
    setAccessibleDescription(parts.join(u"; "_s));
    setToolTip(parts.join(u"\n"_s));
    update();
}

QSize JourneyStepper::sizeHint() const
{
    return {640, fontMetrics().height() * 2 + 34};
}

QSize JourneyStepper::minimumSizeHint() const
{
    return {420, sizeHint().height()};
}

void JourneyStepper::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    const QColor accent = dark ? QColor(u"#5fb8a5"_s) : QColor(u"#2f7d6d"_s);
    const QColor muted = pal.color(QPalette::Mid);
    const int n = 4;
    const int r = 11;
    const int slot = width() / n;
    const int cy = r + 3;
    const QFontMetrics fm = fontMetrics();

    // The connecting line first, then the dots on top of it.
    for (int i = 0; i + 1 < n; ++i) {
        const int x1 = slot * i + slot / 2 + r + 4;
        const int x2 = slot * (i + 1) + slot / 2 - r - 4;
        p.setPen(QPen(i < int(m_current) ? accent : muted, 2));
        p.drawLine(x1, cy, x2, cy);
    }
    for (int i = 0; i < n; ++i) {
        const Phase phase = AllPhases[i];
        const PhaseState s = m_states.value(i);
        const bool complete = m_known && s.total > 0 && s.done == s.total;
        const bool current = m_known && phase == m_current;
        const QPoint c(slot * i + slot / 2, cy);
        if (complete || current) {
            p.setPen(Qt::NoPen);
            p.setBrush(accent);
        } else {
            p.setPen(QPen(muted, 2));
            p.setBrush(pal.color(QPalette::Base));
        }
        p.drawEllipse(c, r, r);
        p.setPen(complete || current ? QColor(Qt::white) : pal.color(QPalette::Text));
        QFont f = font();
        f.setBold(true);
        p.setFont(f);
        const QString mark = complete ? u"✓"_s : QLocale().toString(i + 1);
        p.drawText(QRect(c.x() - r, c.y() - r, 2 * r, 2 * r), Qt::AlignCenter, mark);

        QFont label = font();
        label.setBold(phase == m_shown);
        label.setUnderline(phase == m_shown);
        p.setFont(label);
        p.setPen(pal.color(QPalette::Text));
        const QString title = current ? tr("%1 (now)").arg(phaseLabel(phase)) : phaseLabel(phase);
        const QRect labelRect(slot * i, cy + r + 4, slot, fm.height());
        p.drawText(labelRect, Qt::AlignHCenter | Qt::AlignTop, fm.elidedText(title, Qt::ElideRight, slot - 4));
        p.setFont(font());
        p.setPen(dark ? QColor(u"#a9b5b2"_s) : QColor(u"#55605d"_s));
        const QString count = !m_known       ? QString()
                              : s.total == 0 ? tr("no checklist")
                                             : tr("%1 of %2 done").arg(s.done).arg(s.total);
        p.drawText(QRect(slot * i, labelRect.bottom() + 2, slot, fm.height()), Qt::AlignHCenter | Qt::AlignTop,
                   fm.elidedText(count, Qt::ElideRight, slot - 4));
    }
}

} // namespace Uptake
