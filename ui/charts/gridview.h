#pragma once

// Custom-painted grids: the content heatmap (rows × weeks, distinct learners) and the retention triangle
// (start-week cohorts × weeks since start, share active). Numbers are printed in cells that fit them, so
// the colour is never the only carrier of the value.

#include "metrics/metrics.h"

#include <QWidget>

namespace Uptake {

class GridView final : public QWidget
{
    Q_OBJECT
public:
    explicit GridView(QWidget *parent = nullptr);

    void setHeatmap(const Metrics::Heatmap &heatmap, int maxRows = 15);
    void setRetention(const Metrics::Retention &retention);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    /// The rectangle of a cell (for tests and tooltips).
    QRectF cellRect(int row, int column) const;

Q_SIGNALS:
    /// A heatmap cell was clicked: its row label and the week's Monday.
    void cellClicked(const QString &row, const QDate &weekStart);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QPoint cellAt(const QPointF &pos) const;
    QString cellText(int row, int column) const;

    enum class Mode { Heatmap, Retention } m_mode = Mode::Heatmap;
    QStringList m_rows;
    QStringList m_columns;
    QList<QDate> m_weeks;
    QList<QList<double>> m_values; ///< counts or shares; NaN = no cell (retention's empty corner)
    double m_max = 1;
    int m_labelWidth = 140;
};

} // namespace Uptake
