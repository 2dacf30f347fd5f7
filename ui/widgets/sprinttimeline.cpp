#include "sprinttimeline.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Uptake {

namespace {
constexpr int HeaderHeight = 44;
constexpr int CycleRow = 30;
constexpr int MarkerRow = 22;
} // namespace

SprintTimeline::SprintTimeline(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Sprint timeline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void SprintTimeline::setSprint(const Pilot &pilot, const QList<PlanCycle> &cycles, const QList<Marker> &markers,
                               const QDate &today)
{
    m_pilot = pilot;
    m_cycles = cycles;
    m_markers = markers;
    std::stable_sort(m_markers.begin(), m_markers.end(),
                     [](const Marker &a, const Marker &b) { return a.date < b.date; });
    m_today = today;
    QStringList text;
    for (const Marker &m : std::as_const(m_markers))
        text << u"%1: %2"_s.arg(QLocale().toString(m.date, QLocale::ShortFormat), m.text);
    setAccessibleDescription(text.join(u"; "_s));
    updateGeometry();
    update();
}

QSize SprintTimeline::sizeHint() const
{
    const int rows = int(std::max<qsizetype>(1, m_cycles.size()));
    return {720, HeaderHeight + rows * CycleRow + int(m_markers.size()) * MarkerRow + 40};
}

QSize SprintTimeline::minimumSizeHint() const
{
    return {480, HeaderHeight + CycleRow + 40};
}

void SprintTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    const QColor accent = dark ? QColor(u"#5fb8a5"_s) : QColor(u"#2f7d6d"_s);
    const QColor muted = dark ? QColor(u"#a9b5b2"_s) : QColor(u"#55605d"_s);
    const QColor grid = pal.color(QPalette::Mid);
    const QFontMetrics fm = fontMetrics();
    const QLocale l;

    if (!m_pilot.startDate.isValid()) {
        p.setPen(muted);
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("Give the pilot a start date to see its sprint week by week."));
        return;
    }
    const int weeks = std::max(1, m_pilot.durationWeeks);
    const QDate start = m_pilot.startDate;
    const int days = weeks * 7;
    const int left = 150; // room for the row labels
    const int right = width() - 8;
    const double dayWidth = double(right - left) / days;
    auto xOf = [&](const QDate &d) { return left + dayWidth * double(start.daysTo(d)); };
    auto inSprint = [&](const QDate &d) { return d.isValid() && start.daysTo(d) >= 0 && start.daysTo(d) < days; };

    const int cycleRows = int(std::max<qsizetype>(1, m_cycles.size()));
    const int bottom = HeaderHeight + cycleRows * CycleRow + int(m_markers.size()) * MarkerRow + 8;

    // Week columns with their check-in day (the first day of each week).
    for (int w = 0; w < weeks; ++w) {
        const QDate weekStart = start.addDays(qint64(w) * 7);
        const int x = int(left + dayWidth * w * 7);
        const int x2 = int(left + dayWidth * (w + 1) * 7);
        if (w % 2 == 1) {
            QColor band = pal.color(QPalette::AlternateBase);
            p.fillRect(QRect(x, 0, x2 - x, bottom), band);
        }
        p.setPen(grid);
        p.drawLine(x, 0, x, bottom);
        p.setPen(pal.color(QPalette::Text));
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.drawText(QRect(x + 4, 2, x2 - x - 8, fm.height()), Qt::AlignLeft,
                   fm.elidedText(tr("Week %1").arg(w + 1), Qt::ElideRight, x2 - x - 8));
        p.setFont(font());
        p.setPen(muted);
        p.drawText(QRect(x + 4, 2 + fm.height(), x2 - x - 8, fm.height()), Qt::AlignLeft,
                   fm.elidedText(tr("check-in %1").arg(l.toString(weekStart, u"d MMM"_s)), Qt::ElideRight, x2 - x - 8));
    }
    p.setPen(grid);
    p.drawLine(right, 0, right, bottom);
    p.drawLine(0, HeaderHeight - 2, right, HeaderHeight - 2);

    // PLAN cycles.
    int y = HeaderHeight;
    p.setPen(pal.color(QPalette::Text));
    if (m_cycles.isEmpty()) {
        p.setPen(muted);
        p.drawText(QRect(0, y, left - 8, CycleRow), Qt::AlignVCenter, tr("PLAN cycles"));
        p.drawText(QRect(left + 8, y, right - left - 8, CycleRow), Qt::AlignVCenter,
                   tr("No PLAN cycle yet — add one under PLAN cycles."));
        y += CycleRow;
    }
    for (const PlanCycle &c : std::as_const(m_cycles)) {
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(0, y, left - 8, CycleRow), Qt::AlignVCenter, tr("PLAN cycle %1").arg(c.number));
        const QDate from = c.startDate.isValid() ? c.startDate : start;
        const QDate to = c.endDate.isValid() ? c.endDate : start.addDays(days - 1);
        const double x1 = std::clamp(xOf(from), double(left), double(right));
        const double x2 = std::clamp(xOf(to.addDays(1)), double(left), double(right));
        const QRectF bar(x1, y + 6, std::max(4.0, x2 - x1), CycleRow - 12);
        p.setPen(Qt::NoPen);
        p.setBrush(accent);
        p.drawRoundedRect(bar, 4, 4);
        p.setPen(Qt::white);
        p.drawText(bar.adjusted(6, 0, -6, 0), Qt::AlignVCenter,
                   fm.elidedText(u"%1 – %2"_s.arg(l.toString(from, u"d MMM"_s), l.toString(to, u"d MMM"_s)),
                                 Qt::ElideRight, int(bar.width()) - 12));
        y += CycleRow;
    }

    // Markers, one line each so their text never overlaps.
    for (const Marker &m : std::as_const(m_markers)) {
        const QString kind = m.kind == u"launch"_s       ? tr("Launch")
                             : m.kind == u"adaptation"_s ? tr("Adaptation")
                                                         : tr("Scaling");
        p.setPen(muted);
        p.drawText(QRect(0, y, left - 8, MarkerRow), Qt::AlignVCenter, kind);
        if (!inSprint(m.date)) {
            p.drawText(
                QRect(left + 8, y, right - left - 8, MarkerRow), Qt::AlignVCenter,
                fm.elidedText(tr("%1 (%2, outside the sprint)").arg(m.text, l.toString(m.date, QLocale::ShortFormat)),
                              Qt::ElideRight, right - left - 8));
            y += MarkerRow;
            continue;
        }
        const double x = xOf(m.date) + dayWidth / 2;
        const QPointF c(x, y + MarkerRow / 2.0);
        p.setPen(Qt::NoPen);
        p.setBrush(m.kind == u"adaptation"_s ? QColor(dark ? u"#e0b94a"_s : u"#b07d10"_s) : accent);
        QPainterPath shape;
        if (m.kind == u"launch"_s) {
            shape.moveTo(c + QPointF(0, -6));
            shape.lineTo(c + QPointF(6, 5));
            shape.lineTo(c + QPointF(-6, 5));
            shape.closeSubpath();
        } else if (m.kind == u"adaptation"_s) {
            shape.moveTo(c + QPointF(0, -6));
            shape.lineTo(c + QPointF(6, 0));
            shape.lineTo(c + QPointF(0, 6));
            shape.lineTo(c + QPointF(-6, 0));
            shape.closeSubpath();
        } else {
            shape.addEllipse(c, 5, 5);
        }
        p.drawPath(shape);
        p.setPen(pal.color(QPalette::Text));
        const QString label = u"%1 · %2"_s.arg(l.toString(m.date, u"d MMM"_s), m.text);
        const int textWidth = fm.horizontalAdvance(label);
        // Text to the right of the marker, or to its left when it would not fit.
        if (x + 10 + textWidth <= right || x - 10 - textWidth < left)
            p.drawText(QRectF(x + 10, y, right - x - 10, MarkerRow), Qt::AlignVCenter,
                       fm.elidedText(label, Qt::ElideRight, int(right - x - 10)));
        else
            p.drawText(QRectF(x - 10 - textWidth, y, textWidth, MarkerRow), Qt::AlignVCenter, label);
        y += MarkerRow;
    }

    // Today and the day-30 checkpoint.
    auto vline = [&](const QDate &d, const QColor &color, const QString &text) {
        if (!inSprint(d))
            return;
        const double x = xOf(d) + dayWidth / 2;
        p.setPen(QPen(color, 2, Qt::DashLine));
        p.drawLine(QPointF(x, HeaderHeight - 2), QPointF(x, bottom + 2));
        p.setPen(color);
        p.drawText(
            QRectF(x - fm.horizontalAdvance(text) / 2.0 - 2, bottom + 2, fm.horizontalAdvance(text) + 4, fm.height()),
            Qt::AlignCenter, text);
    };
    vline(start.addDays(30), muted, tr("Day 30"));
    vline(m_today, dark ? QColor(u"#ff8a80"_s) : QColor(u"#b3261e"_s), tr("Today"));
}

} // namespace Uptake
