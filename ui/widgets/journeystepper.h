#pragma once

#include "domain/journey.h"

#include <QWidget>

namespace Uptake {

/// Where a pilot is in the journey: the four phases in order, each with how much of its checklist is done,
/// the current phase marked and the phase of the page shown underlined. Painted, so it stays one line.
class JourneyStepper final : public QWidget
{
    Q_OBJECT
public:
    struct PhaseState
    {
        int done = 0;
        int total = 0;
    };
    explicit JourneyStepper(QWidget *parent = nullptr);
    void setState(Phase current, Phase shown, const QList<PhaseState> &states);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Phase m_current = Phase::Diagnose;
    Phase m_shown = Phase::Diagnose;
    QList<PhaseState> m_states{4};
    bool m_known = false;
};

} // namespace Uptake
