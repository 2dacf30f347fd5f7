#pragma once

#include <QChartView>

#include <functional>

namespace Uptake {

/// A QChartView set up the way every dashboard chart wants it (no animation, antialiased, colours from the
/// palette), with hooks for an overlay painted over the plot, hover tooltips and clicks in value coordinates.
class ChartView final : public QChartView
{
    Q_OBJECT
public:
    explicit ChartView(QWidget *parent = nullptr);

    /// Paints over the chart, in scene coordinates (see scenePosition()).
    std::function<void(QPainter *)> paintOverlay;
    /// The tooltip for a value under the mouse inside the plot area; empty hides it.
    std::function<QString(const QPointF &value)> toolTipAt;
    /// The tooltip for a point outside the plot area (labels painted in the margins), in scene coordinates.
    std::function<QString(const QPointF &scenePos)> toolTipOutsidePlot;
    std::function<void(const QPointF &value)> clickedAt;

    /// Where value (in the axes of series) is, in scene and in viewport coordinates.
    QPointF scenePosition(const QPointF &value, QAbstractSeries *series = nullptr) const;
    QPoint viewportPosition(const QPointF &value, QAbstractSeries *series = nullptr) const;
    QPointF valueAt(const QPoint &viewportPos) const;
    QRectF scenePlotArea() const;

    /// Text, muted text and grid colours for this palette.
    QColor textColor() const;
    QColor mutedColor() const;
    /// Colours the legend and every axis (labels, titles, lines, grid) from the palette; call it after adding
    /// axes. Done again by itself when the palette changes (the system switching to dark, say).
    void applyPalette();

protected:
    void changeEvent(QEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
};

} // namespace Uptake
