#pragma once

#include "journeypage.h"

class QDateEdit;
class QGridLayout;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableWidget;

namespace Uptake {
class BarrierChart;
class BarriersModel;
class InterviewsModel;
class KpiTile;

/// Diagnose: frozen baseline snapshots, stakeholder interviews, the barrier register with its chart,
/// and the diagnostic checklist.
class DiagnosePage final : public JourneyPage
{
    Q_OBJECT
public:
    explicit DiagnosePage(QWidget *parent = nullptr);

    RecordList *interviewList() const { return m_interviewList; }
    RecordList *barrierList() const { return m_barrierList; }
    RecordList *snapshotList() const { return m_snapshotList; }
    /// Takes a baseline as of date in the background; the snapshot is stored (undoably) when it is ready.
    void takeSnapshot(const QDate &asOf, const QString &label);

Q_SIGNALS:
    void snapshotTaken();

protected:
    void reloadJourney() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showSnapshot();
    void editInterview(const Interview &interview);
    void editBarrier(const Barrier &barrier);

    QList<BaselineSnapshot> m_snapshots;
    QList<Barrier> m_barriers;
    QStandardItemModel *m_snapshotModel;
    RecordList *m_snapshotList;
    QDateEdit *m_asOf;
    QLineEdit *m_label;
    QPushButton *m_take;
    QList<KpiTile *> m_tiles;
    QGridLayout *m_tileGrid = nullptr;
    QWidget *m_tileArea = nullptr;
    int m_tileColumns = 3;
    QTableWidget *m_dropOffs;
    QTableWidget *m_heatmap;
    QLabel *m_snapshotCaption;
    InterviewsModel *m_interviews;
    RecordList *m_interviewList;
    BarriersModel *m_barrierModel;
    RecordList *m_barrierList;
    BarrierChart *m_chart;
};

} // namespace Uptake
