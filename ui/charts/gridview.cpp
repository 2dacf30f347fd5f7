#include "gridview.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Uptake {

namespace {
constexpr int HeaderHeight = 22;
constexpr int RowHeight = 22;
constexpr int MinCellWidth = 12;
constexpr int LegendHeight = 26;
} // namespace

GridView::GridView(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Grid chart"));
}

void GridView::setHeatmap(const Metrics::Heatmap &h, int maxRows)
{
    m_mode = Mode::Heatmap;
    m_rows = h.rows.mid(0, maxRows);
    m_weeks = h.weeks;
    m_columns.clear();
    const QLocale l;
    for (const QDate &w : h.weeks)
        m_columns << u"W%1"_s.arg(w.weekNumber());
    m_values.clear();
    m_max = 1;
    for (int r = 0; r < m_rows.size(); ++r) {
        QList<double> line;
        for (qint64 v : h.cells.at(r)) {
            line << double(v);
            m_max = std::max(m_max, double(v));
        }
        m_values << line;
    }
    setAccessibleDescription(tr("Distinct learners per row and week"));
    setFixedHeight(sizeHint().height());
    updateGeometry();
    update();
}

void GridView::setRetention(const Metrics::Retention &r)
{
    m_mode = Mode::Retention;
    m_rows.clear();
    m_weeks = r.startWeeks;
    const QLocale l;
    qsizetype widest = 0;
    for (qsizetype i = 0; i < r.startWeeks.size(); ++i) {
        m_rows << tr("%1 (%L2)").arg(l.toString(r.startWeeks.at(i), u"d MMM"_s)).arg(r.sizes.at(i));
        widest = std::max(widest, r.shares.at(i).size());
    }
    m_columns.clear();
    for (qsizetype k = 0; k < widest; ++k)
        m_columns << u"+%1"_s.arg(k);
    m_values.clear();
    for (const QList<double> &shares : r.shares) {
        QList<double> line = shares;
        while (line.size() < widest)
            line << std::numeric_limits<double>::quiet_NaN();
        m_values << line;
    }
    m_max = 1;
    setAccessibleDescription(tr("Share of each start-week cohort active in later weeks"));
    setFixedHeight(sizeHint().height());
    updateGeometry();
    update();
}

QSize GridView::sizeHint() const
{
    return {m_labelWidth + int(m_columns.size()) * 34,
            HeaderHeight + int(m_rows.size()) * RowHeight + 4 + (m_rows.isEmpty() ? 0 : LegendHeight)};
}

QSize GridView::minimumSizeHint() const
{
    return {m_labelWidth + int(m_columns.size()) * MinCellWidth, sizeHint().height()};
}

QRectF GridView::cellRect(int row, int column) const
{
    const double w = m_columns.isEmpty() ? 0 : double(width() - m_labelWidth) / double(m_columns.size());
    return {m_labelWidth + column * w, double(HeaderHeight + row * RowHeight), w, double(RowHeight)};
}

QPoint GridView::cellAt(const QPointF &pos) const
{
    if (m_columns.isEmpty() || pos.x() < m_labelWidth || pos.y() < HeaderHeight)
        return {-1, -1};
    const double w = double(width() - m_labelWidth) / double(m_columns.size());
    const int column = int((pos.x() - m_labelWidth) / w);
    const int row = int((pos.y() - HeaderHeight) / RowHeight);
    if (row >= m_rows.size() || column >= m_columns.size())
        return {-1, -1};
    return {column, row};
}

QString GridView::cellText(int row, int column) const
{
    const double v = m_values.at(row).at(column);
    if (std::isnan(v))
        return {};
    const QLocale l;
    return m_mode == Mode::Heatmap ? l.toString(qint64(v)) : l.toString(v * 100, 'f', 0) + l.percent();
}

void GridView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QPalette pal = palette();
    const QColor base(0x1f, 0x7a, 0x6d);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    const QFontMetrics fm(small);
    // Column labels: every step-th one when they do not all fit.
    int widestLabel = 0;
    for (const QString &c : std::as_const(m_columns))
        widestLabel = std::max(widestLabel, fm.horizontalAdvance(c));
    const double columnWidth = cellRect(0, 0).width();
    const int step = columnWidth > 0 ? std::max(1, int(std::ceil((widestLabel + 6) / columnWidth))) : 1;
    p.setPen(pal.color(QPalette::WindowText));
    for (int c = 0; c < m_columns.size(); c += step) {
        const QRectF r = cellRect(0, c);
        const double w = step == 1 ? r.width() : r.width() * step;
        p.drawText(QRectF(r.x(), 0, w, HeaderHeight), (step == 1 ? Qt::AlignHCenter : Qt::AlignLeft) | Qt::AlignVCenter,
                   m_columns.at(c));
    }
    for (int r = 0; r < m_rows.size(); ++r) {
        p.setPen(pal.color(QPalette::WindowText));
        const QRectF label(0, HeaderHeight + r * RowHeight, m_labelWidth - 8, RowHeight);
        p.drawText(label, Qt::AlignVCenter | Qt::AlignRight,
                   fm.elidedText(m_rows.at(r), Qt::ElideRight, m_labelWidth - 10));
        for (int c = 0; c < m_columns.size(); ++c) {
            const double v = m_values.at(r).at(c);
            const QRectF cell = cellRect(r, c).adjusted(1, 1, -1, -1);
            if (std::isnan(v))
                continue;
            const double t = m_mode == Mode::Heatmap ? std::sqrt(v / m_max) : v;
            QColor fill = base;
            fill.setAlphaF(0.06 + 0.88 * t);
            p.fillRect(cell, fill);
            const QString text = cellText(r, c);
            if (!text.isEmpty() && fm.horizontalAdvance(text) < cell.width() - 2 && v > 0) {
                p.setPen(t > 0.5 ? QColor(Qt::white) : pal.color(QPalette::WindowText));
                p.drawText(cell, Qt::AlignCenter, text);
            }
        }
    }
    // Colour legend: what the lightest and the darkest cells mean.
    if (m_rows.isEmpty())
        return;
    const QLocale l;
    const double top = HeaderHeight + m_rows.size() * RowHeight + 8;
    const QString caption = m_mode == Mode::Heatmap ? tr("Distinct learners:") : tr("Share still active:");
    const QString low = m_mode == Mode::Heatmap ? l.toString(0) : l.toString(0) + l.percent();
    const QString high = m_mode == Mode::Heatmap ? l.toString(qint64(m_max)) : l.toString(100) + l.percent();
    p.setPen(pal.color(QPalette::WindowText));
    double x = m_labelWidth;
    const double h = fm.height();
    p.drawText(QRectF(x, top, fm.horizontalAdvance(caption) + 2, h), Qt::AlignVCenter, caption);
    x += fm.horizontalAdvance(caption) + 8;
    p.drawText(QRectF(x, top, fm.horizontalAdvance(low) + 2, h), Qt::AlignVCenter, low);
    x += fm.horizontalAdvance(low) + 6;
    const int steps = 40;
    for (int i = 0; i < steps; ++i) {
        const double t = double(i) / (steps - 1);
        QColor fill = base;
        fill.setAlphaF(0.06 + 0.88 * t);
        p.fillRect(QRectF(x + i * 3, top + 2, 3, h - 4), fill);
    }
    x += steps * 3 + 6;
    p.drawText(QRectF(x, top, fm.horizontalAdvance(high) + 2, h), Qt::AlignVCenter, high);
}

bool GridView::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(e);
        const QPoint cell = cellAt(help->pos());
        if (cell.x() < 0) {
            QToolTip::hideText();
            return true;
        }
        const QLocale l;
        const QString text =
            m_mode == Mode::Heatmap
                ? tr("%1, week of %2: %3 learners")
                      .arg(m_rows.at(cell.y()), l.toString(m_weeks.value(cell.x()), QLocale::ShortFormat),
                           cellText(cell.y(), cell.x()))
                : tr("Started %1: %2 active %3 weeks later")
                      .arg(m_rows.at(cell.y()), cellText(cell.y(), cell.x()))
                      .arg(cell.x());
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(e);
}

void GridView::mousePressEvent(QMouseEvent *event)
{
    const QPoint cell = cellAt(event->position());
    if (cell.x() >= 0 && m_mode == Mode::Heatmap)
        Q_EMIT cellClicked(m_rows.at(cell.y()), m_weeks.value(cell.x()));
    QWidget::mousePressEvent(event);
}

} // namespace Uptake
