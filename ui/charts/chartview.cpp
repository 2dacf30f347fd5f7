#include "chartview.h"

#include "theme.h"

#include <QAbstractAxis>
#include <QChart>
#include <QEvent>
#include <QLegend>
#include <QMouseEvent>
#include <QToolTip>

namespace Uptake {

ChartView::ChartView(QWidget *parent)
    // Our chart from the start: QChartView(parent) would make a default chart, and setChart() releases that one
    // without deleting it (LeakSanitizer found one leaked chart per view).
    : QChartView(new QChart, parent)
{
    QChart *c = chart();
    c->setAnimationOptions(QChart::NoAnimation);
    c->setBackgroundVisible(false);
    c->setMargins(QMargins(4, 4, 4, 4));
    c->legend()->setAlignment(Qt::AlignBottom);
    applyPalette();
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    setMinimumHeight(200);
    setBackgroundBrush(Qt::NoBrush);
}

QPointF ChartView::scenePosition(const QPointF &value, QAbstractSeries *series) const
{
    return chart()->mapToScene(chart()->mapToPosition(value, series));
}

QPoint ChartView::viewportPosition(const QPointF &value, QAbstractSeries *series) const
{
    return mapFromScene(scenePosition(value, series));
}

QPointF ChartView::valueAt(const QPoint &viewportPos) const
{
    return chart()->mapToValue(chart()->mapFromScene(mapToScene(viewportPos)));
}

QRectF ChartView::scenePlotArea() const
{
    return chart()->mapRectToScene(chart()->plotArea());
}

QColor ChartView::textColor() const
{
    return palette().color(QPalette::WindowText);
}

QColor ChartView::mutedColor() const
{
    return Theme::mutedText(palette());
}

void ChartView::applyPalette()
{
    const QPalette p = palette();
    const QColor text = Theme::mutedText(p);
    chart()->legend()->setLabelColor(p.color(QPalette::WindowText));
    for (QAbstractAxis *axis : chart()->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(Theme::blend(p, 0.45));
        axis->setGridLineColor(Theme::blend(p, 0.15));
        axis->setMinorGridLineColor(Theme::blend(p, 0.08));
    }
}

void ChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
        viewport()->update();
    }
}

void ChartView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (paintOverlay && !chart()->series().isEmpty()) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        paintOverlay(painter);
        painter->restore();
    }
}

void ChartView::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    if (!toolTipAt && !toolTipOutsidePlot)
        return;
    const QPoint pos = event->position().toPoint();
    const QPointF scenePos = mapToScene(pos);
    const bool inPlot = scenePlotArea().contains(scenePos);
    if (inPlot && !toolTipAt)
        return; // the series show their own (bar hover)
    const QString text =
        inPlot ? toolTipAt(valueAt(pos)) : (toolTipOutsidePlot ? toolTipOutsidePlot(scenePos) : QString());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
}

void ChartView::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (clickedAt && event->button() == Qt::LeftButton && scenePlotArea().contains(mapToScene(pos))) {
        clickedAt(valueAt(pos));
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

} // namespace Uptake
