#pragma once

#include "domain/journey.h"

#include <QHash>
#include <QWidget>

namespace Uptake {

/// Barriers by frequency and severity: one horizontal bar per barrier, as long as the number of interviews
/// that mention it, shaded by severity and labelled with both (so colour is never the only cue).
class BarrierChart final : public QWidget
{
    Q_OBJECT
public:
    explicit BarrierChart(QWidget *parent = nullptr);
    void setBarriers(const QList<Barrier> &barriers, const QHash<qint64, int> &interviewCounts);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Row
    {
        QString title;
        Severity severity;
        int count;
    };
    QList<Row> m_rows;
};

} // namespace Uptake
