#include "barrierchart.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Uptake {

namespace {
constexpr int RowHeight = 26;
constexpr int MaxRows = 12;

QColor severityColor(Severity s, bool dark)
{
    switch (s) {
    case Severity::Low:
        return dark ? QColor(u"#6f8f88"_s) : QColor(u"#a8c9c1"_s);
    case Severity::Medium:
        return dark ? QColor(u"#c9a94f"_s) : QColor(u"#e0b94a"_s);
    case Severity::High:
        return dark ? QColor(u"#e08a4f"_s) : QColor(u"#d9732f"_s);
    case Severity::Critical:
        return dark ? QColor(u"#ff6f61"_s) : QColor(u"#b3261e"_s);
    }
    return Qt::gray;
}
} // namespace

BarrierChart::BarrierChart(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Barriers by frequency and severity"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void BarrierChart::setBarriers(const QList<Barrier> &barriers, const QHash<qint64, int> &interviewCounts)
{
    m_rows.clear();
    for (const Barrier &b : barriers)
        m_rows.append({b.title, b.severity, interviewCounts.value(b.id)});
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        if (a.count != b.count)
            return a.count > b.count;
        return int(a.severity) > int(b.severity);
    });
    if (m_rows.size() > MaxRows)
        m_rows.resize(MaxRows);
    QStringList text;
    for (const Row &r : std::as_const(m_rows))
        text << tr("%1: %2, interviews: %3").arg(r.title, severityLabel(r.severity), QLocale().toString(r.count));
    setAccessibleDescription(text.join(u"; "_s));
    updateGeometry();
    update();
}

QSize BarrierChart::sizeHint() const
{
    return {480, 40 + RowHeight * int(std::max<qsizetype>(3, m_rows.size()))};
}

QSize BarrierChart::minimumSizeHint() const
{
    return {320, 40 + RowHeight * 3};
}

void BarrierChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    const QFontMetrics fm = fontMetrics();
    const QColor muted = dark ? QColor(u"#a9b5b2"_s) : QColor(u"#55605d"_s);
    if (m_rows.isEmpty()) {
        p.setPen(muted);
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("The chart fills in as you register barriers and tag them in interviews."));
        return;
    }
    int maxCount = 1;
    for (const Row &r : std::as_const(m_rows))
        maxCount = std::max(maxCount, r.count);
    const int labelWidth = std::min(width() / 3, 260);
    const int valueWidth = fm.horizontalAdvance(tr("Critical · interviews: 99")) + 12;
    const int barLeft = labelWidth + 8;
    const int barMax = std::max(20, width() - barLeft - valueWidth);

    // Legend: the severity scale, in words and colours.
    int x = 0;
    const int legendY = 4;
    for (Severity s : {Severity::Low, Severity::Medium, Severity::High, Severity::Critical}) {
        p.setPen(Qt::NoPen);
        p.setBrush(severityColor(s, dark));
        p.drawRoundedRect(QRect(x, legendY + 3, 12, 12), 2, 2);
        p.setPen(pal.color(QPalette::Text));
        const QString label = severityLabel(s);
        p.drawText(QRect(x + 16, legendY, fm.horizontalAdvance(label) + 4, fm.height() + 4), Qt::AlignVCenter, label);
        x += 16 + fm.horizontalAdvance(label) + 18;
    }
    p.setPen(muted);
    p.drawText(QRect(x + 8, legendY, width() - x - 8, fm.height() + 4), Qt::AlignVCenter | Qt::AlignRight,
               fm.elidedText(tr("bar length: interviews that mention it"), Qt::ElideRight, width() - x - 8));

    int y = 32;
    for (const Row &r : std::as_const(m_rows)) {
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(0, y, labelWidth, RowHeight), Qt::AlignVCenter | Qt::AlignRight,
                   fm.elidedText(r.title, Qt::ElideRight, labelWidth));
        const int w = r.count == 0 ? 3 : std::max(3, barMax * r.count / maxCount);
        p.setPen(Qt::NoPen);
        p.setBrush(severityColor(r.severity, dark));
        p.drawRoundedRect(QRect(barLeft, y + 5, w, RowHeight - 10), 3, 3);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(barLeft + w + 6, y, valueWidth, RowHeight), Qt::AlignVCenter,
                   tr("%1 · interviews: %2").arg(severityLabel(r.severity), QLocale().toString(r.count)));
        y += RowHeight;
    }
}

} // namespace Uptake
