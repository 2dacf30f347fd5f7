#pragma once

#include "domain/journey.h"
#include "domain/pilot.h"

#include <QWidget>

namespace Uptake {

/// A pilot's sprint week by week: one column per week (with its weekly check-in), the PLAN cycles as bars
/// across the weeks they span, and what happened when — launches, adaptations, scaling steps — as labelled
/// markers; today and the day-30 checkpoint as lines.
class SprintTimeline final : public QWidget
{
    Q_OBJECT
public:
    struct Marker
    {
        QDate date;
        QString kind; ///< "launch", "adaptation", "scale"
        QString text;
    };
    explicit SprintTimeline(QWidget *parent = nullptr);
    void setSprint(const Pilot &pilot, const QList<PlanCycle> &cycles, const QList<Marker> &markers,
                   const QDate &today);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Pilot m_pilot;
    QList<PlanCycle> m_cycles;
    QList<Marker> m_markers;
    QDate m_today;
};

} // namespace Uptake
