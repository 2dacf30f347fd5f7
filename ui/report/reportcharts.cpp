#include "reportcharts.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Uptake::Report::Charts {

namespace {

qreal pt(qreal points)
{
    return dotsFromPoints(points);
}

/// Round tick steps (1, 2, 2.5, 5 × 10^n) covering [lo, hi] with about count ticks.
QList<double> niceTicks(double lo, double hi, int count, double *niceLo, double *niceHi)
{
    if (hi <= lo)
        hi = lo + 1;
    const double raw = (hi - lo) / std::max(1, count);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = m * magnitude;
        if (step >= raw)
            break;
    }
    *niceLo = std::floor(lo / step) * step;
    *niceHi = std::ceil(hi / step) * step;
    QList<double> ticks;
    for (double v = *niceLo; v <= *niceHi + step / 2; v += step)
        ticks << v;
    return ticks;
}

void text(QPainter *p, const QRectF &r, int flags, const QString &s, const QColor &color = Colors::Muted)
{
    p->setPen(color);
    p->drawText(r, flags, s);
}

/// How a legend entry is drawn: like its series.
enum class Swatch { Line, DashedLine, Diamond, Box };

void drawLegend(QPainter *p, qreal x, qreal y, const QList<std::tuple<QString, QColor, Swatch>> &entries,
                const QString &family)
{
    p->setFont(font(family, 7.5));
    const QFontMetricsF fm(p->font());
    const qreal cy = y + fm.height() / 2;
    for (const auto &[label, color, swatch] : entries) {
        switch (swatch) {
        case Swatch::Line:
        case Swatch::DashedLine: {
            QPen pen(color, pt(1.6));
            if (swatch == Swatch::DashedLine)
                pen.setStyle(Qt::DashLine);
            p->setPen(pen);
            p->drawLine(QPointF(x, cy), QPointF(x + pt(14), cy));
            break;
        }
        case Swatch::Diamond: {
            // The targets' own marker, not a line: the pace and the targets are told apart in the legend too.
            const qreal r = pt(3.2);
            const QPointF c(x + pt(7), cy);
            p->setPen(QPen(Qt::white, pt(0.6)));
            p->setBrush(color);
            p->drawPolygon(QPolygonF{{c.x(), c.y() - r}, {c.x() + r, c.y()}, {c.x(), c.y() + r}, {c.x() - r, c.y()}});
            p->setBrush(Qt::NoBrush);
            break;
        }
        case Swatch::Box:
            p->fillRect(QRectF(x + pt(3), cy - pt(4), pt(8), pt(8)), color);
            break;
        }
        x += pt(17);
        text(p, QRectF(x, y, fm.horizontalAdvance(label) + pt(2), fm.height()), Qt::AlignLeft | Qt::AlignVCenter, label,
             Colors::Text);
        x += fm.horizontalAdvance(label) + pt(12);
    }
}

} // namespace

QStringList dateAxisLabels(const QList<QDate> &dates, const QLocale &locale)
{
    QStringList labels;
    for (qsizetype i = 0; i < dates.size(); ++i) {
        const bool withYear = i == 0 || dates.at(i).year() != dates.at(i - 1).year();
        labels << locale.toString(
            dates.at(i),
            withYear ? QCoreApplication::translate("Uptake::Report", "d MMM yyyy",
                                                   "QDate::toString() pattern of a date on a chart's axis, with the "
                                                   "year (21 Sep 2026); keep the letters d, M, y")
                     : QCoreApplication::translate("Uptake::Report", "d MMM",
                                                   "QDate::toString() pattern of a date on a chart's axis, without "
                                                   "the year (5 Oct)"));
    }
    return labels;
}

QList<AnnotationLabel> placeAnnotationLabels(const QList<qreal> &xs, const QStringList &labels,
                                             const QFontMetricsF &metrics, qreal left, qreal right, qreal maxWidth,
                                             int maxRows)
{
    const qreal pad = pt(2);    // between a line and its text, and around the text
    const qreal gap = pt(2);    // the least room between a label and anything else
    const qreal same = pt(0.5); // lines this close are drawn as one
    const QString numberRoom = u"00 "_s;
    QList<AnnotationLabel> result(xs.size());
    QList<int> order(xs.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&xs](int a, int b) { return xs.at(a) > xs.at(b); });
    QList<int> placed;
    auto rowFor = [&](const AnnotationLabel &a, int from) {
        for (int row = from; row < maxRows; ++row) {
            bool free = true;
            for (int j : std::as_const(placed)) {
                const AnnotationLabel &o = result.at(j);
                const bool oneLine = std::abs(o.x - a.x) < same;
                const bool lineInBox = !oneLine && o.x >= a.left - gap && o.x <= a.left + a.width + gap && o.row >= row;
                const bool boxOnLine = !oneLine && a.x >= o.left - gap && a.x <= o.left + o.width + gap && o.row <= row;
                const bool boxes = o.row == row && a.left < o.left + o.width + gap && o.left < a.left + a.width + gap;
                if (lineInBox || boxOnLine || boxes) {
                    free = false;
                    break;
                }
            }
            if (free)
                return row;
        }
        return -1;
    };
    for (int i : std::as_const(order)) {
        AnnotationLabel &a = result[i];
        a.x = xs.at(i);
        const QString full = labels.at(i);
        // Right of its line, as wide as the plot leaves room for.
        const qreal room = std::min(maxWidth, right - a.x - pad);
        const qreal numberWidth = metrics.horizontalAdvance(u"00"_s) + 2 * pad;
        if (metrics.horizontalAdvance(full) + 2 * pad <= room) {
            a.text = full;
        } else {
            // Shortened, with room for its footnote's number (known once all are placed); too little room for
            // a few letters: the number alone.
            a.footnote = -1;
            const qreal words = room - 2 * pad - metrics.horizontalAdvance(numberRoom);
            a.text = words >= metrics.horizontalAdvance(u"Abc…"_s) ? metrics.elidedText(full, Qt::ElideRight, words)
                                                                   : QString();
        }
        auto place = [&] {
            a.width = a.text.isEmpty() ? numberWidth
                                       : metrics.horizontalAdvance(a.footnote ? numberRoom + a.text : a.text) + 2 * pad;
            a.left = std::max(left, std::min(a.x + pad, right - a.width));
            // A box pulled left of its line by the plot's edge sits above the lines it covers, which are placed
            // after it.
            int above = 0;
            for (int j = 0; j < xs.size(); ++j)
                if (!placed.contains(j) && j != i && xs.at(j) < a.x - same && xs.at(j) >= a.left - gap)
                    ++above;
            a.row = rowFor(a, std::min(above, maxRows - 1));
        };
        place();
        if (a.row < 0 && !a.text.isEmpty()) {
            // No row has room for the words: the number alone, in the lowest row it fits.
            a.text.clear();
            a.footnote = -1;
            place();
        }
        if (a.row < 0) {
            // Not even that: the line stays in the plot and the footnote names it by its date.
            a.width = 0;
            a.left = a.x;
            continue;
        }
        placed << i;
    }
    // Footnotes numbered as the lines are read, left to right; a number is no wider than the room kept for it.
    int number = 0;
    QList<int> byX(xs.size());
    std::iota(byX.begin(), byX.end(), 0);
    std::stable_sort(byX.begin(), byX.end(), [&xs](int a, int b) { return xs.at(a) < xs.at(b); });
    for (int i : std::as_const(byX)) {
        AnnotationLabel &a = result[i];
        if (a.footnote == 0)
            continue;
        a.footnote = ++number;
        if (a.row < 0)
            continue;
        a.text = a.text.isEmpty() ? QString::number(number) : QString::number(number) + u' ' + a.text;
        a.width = std::min(a.width, metrics.horizontalAdvance(a.text) + 2 * pad);
    }
    return result;
}

QString percent(const QLocale &locale, double fraction, int decimals)
{
    return locale.toString(fraction * 100.0, 'f', decimals) + locale.percent();
}

ChartPainter trend(const TrendSpec &spec, const QString &family, const QLocale &locale)
{
    return [spec, family, locale](QPainter *p, const QRectF &rect) {
        p->setRenderHint(QPainter::Antialiasing);
        const QFont small = font(family, 7);
        p->setFont(small);
        const QFontMetricsF fm(small);
        // Legend on top.
        QList<std::tuple<QString, QColor, Swatch>> legend;
        for (const TrendSeries &s : spec.series)
            if (!s.label.isEmpty())
                legend << std::tuple{s.label, s.color,
                                     s.markers ? Swatch::Diamond : (s.dashed ? Swatch::DashedLine : Swatch::Line)};
        drawLegend(p, rect.left() + pt(34), rect.top(), legend, family);
        p->setFont(small);

        double lo = 0, hi = 0;
        bool any = false;
        for (const TrendSeries &s : spec.series)
            for (const auto &[d, v] : s.points)
                if (!std::isnan(v)) {
                    hi = any ? std::max(hi, v) : v;
                    any = true;
                }
        if (!any)
            hi = 1;
        double niceLo = 0, niceHi = 1;
        const QList<double> ticks = niceTicks(lo, hi * 1.08, 5, &niceLo, &niceHi);
        const qreal plotLeft = rect.left() + pt(34);
        const qreal plotWidth = rect.width() - pt(40);
        const qint64 x0 = spec.from.toJulianDay();
        const qint64 x1 = std::max(spec.to.toJulianDay(), x0 + 1);
        auto mapX = [&](const QDate &d) {
            return plotLeft + plotWidth * double(d.toJulianDay() - x0) / double(x1 - x0);
        };
        // Annotation labels in rows of their own above the plot, so they hide no data; labels too long or too
        // crowded to show whole are footnoted under the axis with their full text.
        QList<qreal> annotationXs;
        QStringList annotationTexts;
        QList<QDate> annotationDates;
        for (const Metrics::Annotation &a : spec.annotations)
            if (a.date >= spec.from && a.date <= spec.to) {
                annotationXs << mapX(a.date);
                annotationDates << a.date;
                annotationTexts << a.label;
            }
        const QList<AnnotationLabel> placed = placeAnnotationLabels(
            annotationXs, annotationTexts, fm, plotLeft, plotLeft + plotWidth, std::max(pt(90), plotWidth * 0.28), 4);
        int labelRows = 0;
        QStringList footnotes;
        for (const AnnotationLabel &a : placed)
            labelRows = std::max(labelRows, a.row + 1);
        for (int n = 1;; ++n) {
            const auto it =
                std::find_if(placed.cbegin(), placed.cend(), [n](const AnnotationLabel &a) { return a.footnote == n; });
            if (it == placed.cend())
                break;
            const qsizetype i = it - placed.cbegin();
            // A line too crowded for even its number is named by its date.
            const QString key =
                it->row < 0 ? dateAxisLabels({annotationDates.at(i)}, locale).value(0) : locale.toString(n);
            footnotes << QCoreApplication::translate("Uptake::Report", "%1: %2",
                                                     "chart footnote: a number on the chart (or a date), an event")
                             .arg(key, annotationTexts.at(i));
        }
        const QString footnote = footnotes.join(u"   "_s);
        const int footFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
        const qreal footHeight =
            footnote.isEmpty() ? 0 : fm.boundingRect(QRectF(0, 0, rect.width(), 1e6), footFlags, footnote).height();
        const qreal rowHeight = fm.height() + pt(1);
        const qreal band = labelRows * rowHeight + (labelRows ? pt(2) : 0);
        const qreal below = std::max(pt(30), pt(4) + fm.height() + pt(4) + footHeight + pt(2));
        const QRectF area(plotLeft, rect.top() + pt(16) + band, plotWidth, rect.height() - pt(16) - band - below);
        auto mapY = [&](double v) { return area.bottom() - area.height() * (v - niceLo) / (niceHi - niceLo); };

        // Grid and y labels.
        for (double t : ticks) {
            const qreal y = mapY(t);
            p->setPen(QPen(t == niceLo ? Colors::Muted : Colors::Rule, pt(t == niceLo ? 0.7 : 0.4)));
            p->drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
            const QString label = spec.percent ? percent(locale, t) : locale.toString(t, 'f', t < 10 ? 1 : 0);
            text(p, QRectF(rect.left(), y - fm.height() / 2, pt(30), fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                 label);
        }
        if (!spec.yTitle.isEmpty())
            text(p, QRectF(rect.left(), rect.top() + pt(2), pt(30), fm.height()), Qt::AlignRight, QString());
        // x labels: month-day of every other week start, fewer when crowded.
        QList<QDate> weeks;
        for (QDate d = spec.from.addDays(1 - spec.from.dayOfWeek()); d <= spec.to; d = d.addDays(7))
            if (d >= spec.from)
                weeks << d;
        const int every = std::max<int>(1, int(std::ceil(weeks.size() / 9.0)));
        QList<QDate> labelled;
        for (int i = 0; i < weeks.size(); i += every)
            labelled << weeks.at(i);
        const QStringList labels = dateAxisLabels(labelled, locale);
        for (int i = 0; i < labelled.size(); ++i) {
            const qreal x = mapX(labelled.at(i));
            p->setPen(QPen(Colors::Muted, pt(0.5)));
            p->drawLine(QPointF(x, area.bottom()), QPointF(x, area.bottom() + pt(3)));
            text(p, QRectF(x - pt(30), area.bottom() + pt(4), pt(60), fm.height()), Qt::AlignHCenter, labels.at(i));
        }
        // Annotations: dotted verticals rising to their labels.
        for (const AnnotationLabel &a : placed) {
            if (a.row < 0) {
                p->setPen(QPen(Colors::Neutral, pt(0.7), Qt::DotLine));
                p->drawLine(QPointF(a.x, area.top()), QPointF(a.x, area.bottom()));
                continue;
            }
            const qreal top = area.top() - pt(2) - (a.row + 1) * rowHeight;
            // Beside its label, or up to it when the plot's edge pulled the label over the line.
            const bool under = a.x > a.left + pt(1);
            p->setPen(QPen(Colors::Neutral, pt(0.7), Qt::DotLine));
            p->drawLine(QPointF(a.x, under ? top + fm.height() : top), QPointF(a.x, area.bottom()));
            text(p, QRectF(a.left + pt(2), top, a.width - pt(4), fm.height()), Qt::AlignLeft | Qt::AlignVCenter, a.text,
                 Colors::Text);
        }
        if (!footnote.isEmpty())
            text(p, QRectF(rect.left(), area.bottom() + pt(4) + fm.height() + pt(4), rect.width(), footHeight),
                 footFlags, footnote);
        // Series.
        for (const TrendSeries &s : spec.series) {
            QPen pen(s.color, pt(s.markers ? 1.0 : 1.8));
            pen.setCapStyle(Qt::RoundCap);
            pen.setJoinStyle(Qt::RoundJoin);
            if (s.dashed)
                pen.setStyle(Qt::DashLine);
            p->setPen(pen);
            QPainterPath path;
            bool open = false;
            for (const auto &[d, v] : s.points) {
                if (std::isnan(v)) {
                    open = false;
                    continue;
                }
                const QPointF pos(mapX(d), mapY(v));
                if (!open)
                    path.moveTo(pos);
                else
                    path.lineTo(pos);
                open = true;
            }
            if (!s.markers)
                p->drawPath(path);
            p->setBrush(s.markers ? QBrush(s.color) : QBrush(Qt::white));
            for (const auto &[d, v] : s.points) {
                if (std::isnan(v))
                    continue;
                const QPointF c(mapX(d), mapY(v));
                if (s.markers) {
                    const qreal r = pt(3.2);
                    QPolygonF diamond{{c.x(), c.y() - r}, {c.x() + r, c.y()}, {c.x(), c.y() + r}, {c.x() - r, c.y()}};
                    p->setPen(QPen(Qt::white, pt(0.6)));
                    p->drawPolygon(diamond);
                    const QString label = spec.percent ? percent(locale, v) : locale.toString(qRound64(v));
                    text(p, QRectF(c.x() - pt(30), c.y() - r - fm.height() - pt(1), pt(60), fm.height()),
                         Qt::AlignHCenter, label, s.color.darker(130));
                } else if (s.points.size() <= 30) {
                    p->drawEllipse(c, pt(1.5), pt(1.5));
                }
            }
            p->setBrush(Qt::NoBrush);
        }
    };
}

ChartPainter horizontalBars(const QList<Bar> &bars, bool asPercent, const QColor &color, const QString &family,
                            const QLocale &locale)
{
    return [bars, asPercent, color, family, locale](QPainter *p, const QRectF &rect) {
        if (bars.isEmpty())
            return;
        const QFont small = font(family, 7.5);
        p->setFont(small);
        const QFontMetricsF fm(small);
        const qreal labelWidth = rect.width() * 0.36;
        const qreal valueWidth = pt(70);
        const qreal barArea = rect.width() - labelWidth - valueWidth - pt(8);
        const qreal rowH = std::min(rect.height() / bars.size(), pt(16));
        double maxValue = asPercent ? 1.0 : 0;
        for (const Bar &b : bars)
            maxValue = std::max(maxValue, b.value);
        if (maxValue <= 0)
            maxValue = 1;
        // Light verticals at quarters, labelled once at the bottom.
        const qreal left = rect.left() + labelWidth + pt(4);
        const qreal bottom = rect.top() + rowH * bars.size();
        for (int q = 0; q <= 4; ++q) {
            const qreal x = left + barArea * q / 4.0;
            p->setPen(QPen(q == 0 ? Colors::Muted : Colors::Rule, pt(q == 0 ? 0.7 : 0.4)));
            p->drawLine(QPointF(x, rect.top()), QPointF(x, bottom));
            const QString label = asPercent ? percent(locale, maxValue * q / 4.0)
                                            : locale.toString(maxValue * q / 4.0, 'f', maxValue < 10 ? 1 : 0);
            text(p, QRectF(x - pt(20), bottom + pt(2), pt(40), fm.height()), Qt::AlignHCenter, label);
        }
        for (int i = 0; i < bars.size(); ++i) {
            const Bar &b = bars.at(i);
            const qreal y = rect.top() + i * rowH;
            text(p, QRectF(rect.left(), y, labelWidth, rowH), Qt::AlignRight | Qt::AlignVCenter,
                 fm.elidedText(b.label, Qt::ElideRight, labelWidth - pt(2)), Colors::Text);
            const qreal w = barArea * std::clamp(b.value / maxValue, 0.0, 1.0);
            p->fillRect(QRectF(left, y + rowH * 0.18, w, rowH * 0.64), color);
            // On a white ground, so the grid lines do not run through the figures.
            const QRectF value(left + w + pt(3), y + rowH * 0.1, fm.horizontalAdvance(b.valueText) + pt(2), rowH * 0.8);
            p->fillRect(value, Qt::white);
            text(p, value, Qt::AlignLeft | Qt::AlignVCenter, b.valueText, Colors::Text);
        }
    };
}

ChartPainter heatmap(const Metrics::Heatmap &map, int maxRows, const QString &family, const QLocale &locale)
{
    return [map, maxRows, family, locale](QPainter *p, const QRectF &rect) {
        const int rows = std::min<int>(maxRows, int(map.rows.size()));
        const int cols = int(map.weeks.size());
        if (rows == 0 || cols == 0)
            return;
        const QFont small = font(family, 7);
        p->setFont(small);
        const QFontMetricsF fm(small);
        const qreal labelWidth = rect.width() * 0.3;
        const qreal scaleHeight = pt(26);
        const QRectF grid(rect.left() + labelWidth, rect.top(), rect.width() - labelWidth,
                          rect.height() - scaleHeight - fm.height() - pt(4));
        const qreal cw = grid.width() / cols;
        const qreal ch = grid.height() / rows;
        qint64 maxValue = 1;
        for (int r = 0; r < rows; ++r)
            for (qint64 v : map.cells.value(r))
                maxValue = std::max(maxValue, v);
        auto shade = [&](qint64 v) {
            const double t = std::sqrt(double(v) / double(maxValue)); // sqrt: quiet cells stay visible
            const QColor a(0xf4, 0xf7, 0xfb);
            const QColor b = Colors::Accent;
            return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                                    a.blueF() + (b.blueF() - a.blueF()) * t);
        };
        for (int r = 0; r < rows; ++r) {
            const qreal y = grid.top() + r * ch;
            text(p, QRectF(rect.left(), y, labelWidth - pt(4), ch), Qt::AlignRight | Qt::AlignVCenter,
                 fm.elidedText(map.rows.at(r), Qt::ElideRight, labelWidth - pt(6)), Colors::Text);
            for (int c = 0; c < cols; ++c) {
                const qint64 v = map.cells.value(r).value(c);
                p->fillRect(QRectF(grid.left() + c * cw, y, cw - pt(0.6), ch - pt(0.6)), shade(v));
            }
        }
        const int every = std::max(1, int(std::ceil(cols / 8.0)));
        QList<QDate> labelled;
        for (int c = 0; c < cols; c += every)
            labelled << map.weeks.at(c);
        const QStringList labels = dateAxisLabels(labelled, locale);
        for (int i = 0; i < labelled.size(); ++i) {
            const int c = i * every;
            text(p, QRectF(grid.left() + c * cw - pt(30) + cw / 2, grid.bottom() + pt(2), pt(60), fm.height()),
                 Qt::AlignHCenter, labels.at(i));
        }
        // Scale.
        const qreal sy = grid.bottom() + fm.height() + pt(8);
        const qreal sw = pt(120);
        const qreal sx = grid.right() - sw;
        for (int i = 0; i < 24; ++i)
            p->fillRect(QRectF(sx + sw * i / 24.0, sy, sw / 24.0 + 0.5, pt(6)),
                        shade(qint64(std::pow(i / 23.0, 2) * maxValue)));
        text(p, QRectF(sx - pt(150), sy - pt(2), pt(146), pt(10)), Qt::AlignRight | Qt::AlignVCenter,
             QCoreApplication::translate("Uptake::Report::Charts", "learners active in the week"));
        text(p, QRectF(sx - pt(10), sy + pt(7), pt(20), fm.height()), Qt::AlignHCenter, locale.toString(0));
        text(p, QRectF(sx + sw - pt(20), sy + pt(7), pt(40), fm.height()), Qt::AlignHCenter, locale.toString(maxValue));
    };
}

ChartPainter scatter(const Metrics::Correlation &c, const QString &xTitle, const QString &family, const QLocale &locale)
{
    return [c, xTitle, family, locale](QPainter *p, const QRectF &rect) {
        if (c.points.isEmpty())
            return;
        p->setRenderHint(QPainter::Antialiasing);
        const QFont small = font(family, 7);
        p->setFont(small);
        const QFontMetricsF fm(small);
        double xmin = c.points.first().x(), xmax = xmin, ymin = c.points.first().y(), ymax = ymin;
        for (const QPointF &pt0 : c.points) {
            xmin = std::min(xmin, pt0.x());
            xmax = std::max(xmax, pt0.x());
            ymin = std::min(ymin, pt0.y());
            ymax = std::max(ymax, pt0.y());
        }
        double nx0, nx1, ny0, ny1;
        const QList<double> xt = niceTicks(std::min(0.0, xmin), xmax, 6, &nx0, &nx1);
        const QList<double> yt = niceTicks(ymin, ymax, 5, &ny0, &ny1);
        const QRectF area(rect.left() + pt(48), rect.top() + pt(4), rect.width() - pt(56),
                          rect.height() - pt(4) - pt(26));
        // The KPI's name up the left side.
        p->save();
        p->translate(rect.left() + fm.height() * 0.2, area.center().y());
        p->rotate(-90);
        text(p, QRectF(-area.height() / 2, 0, area.height(), fm.height()), Qt::AlignHCenter, c.kpi);
        p->restore();
        auto mx = [&](double x) { return area.left() + area.width() * (x - nx0) / (nx1 - nx0); };
        auto my = [&](double y) { return area.bottom() - area.height() * (y - ny0) / (ny1 - ny0); };
        for (double t : yt) {
            p->setPen(QPen(t == ny0 ? Colors::Muted : Colors::Rule, pt(0.4)));
            p->drawLine(QPointF(area.left(), my(t)), QPointF(area.right(), my(t)));
            text(p, QRectF(area.left() - pt(36), my(t) - fm.height() / 2, pt(32), fm.height()),
                 Qt::AlignRight | Qt::AlignVCenter, locale.toString(t, 'f', ny1 - ny0 < 5 ? 1 : 0));
        }
        for (double t : xt) {
            p->setPen(QPen(Colors::Rule, pt(0.4)));
            p->drawLine(QPointF(mx(t), area.top()), QPointF(mx(t), area.bottom()));
            text(p, QRectF(mx(t) - pt(20), area.bottom() + pt(2), pt(40), fm.height()), Qt::AlignHCenter,
                 locale.toString(t, 'f', 0));
        }
        text(p, QRectF(area.left(), area.bottom() + fm.height() + pt(4), area.width(), fm.height()), Qt::AlignHCenter,
             xTitle);
        QColor dot = Colors::Accent;
        dot.setAlphaF(0.45);
        p->setPen(Qt::NoPen);
        p->setBrush(dot);
        for (const QPointF &q : c.points)
            p->drawEllipse(QPointF(mx(q.x()), my(q.y())), pt(1.6), pt(1.6));
        p->setBrush(Qt::NoBrush);
        if (c.pearson) {
            QPen fit(Colors::Warn, pt(1.4));
            p->setPen(fit);
            const double a = nx0, b = nx1;
            QLineF line(QPointF(mx(a), my(c.slope * a + c.intercept)), QPointF(mx(b), my(c.slope * b + c.intercept)));
            p->save();
            p->setClipRect(area);
            p->drawLine(line);
            p->restore();
        }
    };
}

ChartPainter groupedBars(const QList<GroupedBar> &groups, const QStringList &series, const QList<QColor> &colors,
                         const QString &family, const QLocale &locale)
{
    return [groups, series, colors, family, locale](QPainter *p, const QRectF &rect) {
        if (groups.isEmpty())
            return;
        QList<std::tuple<QString, QColor, Swatch>> legend;
        for (int s = 0; s < series.size(); ++s)
            legend << std::tuple{series.at(s), colors.value(s), Swatch::Box};
        drawLegend(p, rect.left() + pt(34), rect.top(), legend, family);
        const QFont small = font(family, 7);
        p->setFont(small);
        const QFontMetricsF fm(small);
        double hi = 0;
        for (const GroupedBar &g : groups)
            for (double v : g.values)
                hi = std::max(hi, v);
        double lo0, hi0;
        const QList<double> ticks = niceTicks(0, std::max(hi * 1.15, 0.05), 4, &lo0, &hi0);
        const QRectF area(rect.left() + pt(34), rect.top() + pt(18), rect.width() - pt(40),
                          rect.height() - pt(18) - pt(16));
        auto my = [&](double v) { return area.bottom() - area.height() * (v - lo0) / (hi0 - lo0); };
        for (double t : ticks) {
            p->setPen(QPen(t == lo0 ? Colors::Muted : Colors::Rule, pt(t == lo0 ? 0.7 : 0.4)));
            p->drawLine(QPointF(area.left(), my(t)), QPointF(area.right(), my(t)));
            text(p, QRectF(rect.left(), my(t) - fm.height() / 2, pt(30), fm.height()),
                 Qt::AlignRight | Qt::AlignVCenter, percent(locale, t));
        }
        const qreal gw = area.width() / groups.size();
        const int n = int(series.size());
        const qreal bw = std::min(gw * 0.7 / std::max(1, n), pt(40));
        for (int g = 0; g < groups.size(); ++g) {
            const qreal cx = area.left() + gw * (g + 0.5);
            const qreal start = cx - bw * n / 2.0;
            for (int s = 0; s < n; ++s) {
                const double v = groups.at(g).values.value(s);
                const QRectF bar(start + s * bw + pt(1), my(v), bw - pt(2), area.bottom() - my(v));
                p->fillRect(bar, colors.value(s));
                text(p, QRectF(bar.center().x() - pt(25), bar.top() - fm.height() - pt(1), pt(50), fm.height()),
                     Qt::AlignHCenter, percent(locale, v, 1), Colors::Text);
            }
            text(p, QRectF(cx - gw / 2, area.bottom() + pt(3), gw, fm.height()), Qt::AlignHCenter, groups.at(g).group,
                 Colors::Text);
        }
    };
}

} // namespace Uptake::Report::Charts
