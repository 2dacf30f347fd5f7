#pragma once

#include "journeypage.h"

#include "journey/analysis.h"

class QStandardItemModel;

namespace Uptake {
class LeversModel;

/// Design: the engagement plan's levers by pillar, what they leave uncovered, and the content scope with
/// its guard against overloading learners.
class DesignPage final : public JourneyPage
{
    Q_OBJECT
public:
    explicit DesignPage(QWidget *parent = nullptr);
    RecordList *leverList(Pillar pillar) const { return m_leverLists.at(int(pillar)); }
    RecordList *scopeList() const { return m_scopeList; }
    QLabel *coverageLabel() const { return m_coverage; }

protected:
    void reloadJourney() override;

private:
    void editLever(const Lever &lever, Pillar pillar);
    void addScope();
    void editScope();
    void showScopeCheck(const Journey::ScopeCheck &check);

    QList<Barrier> m_barriers;
    QList<Lever> m_levers;
    QList<ScopeCourse> m_scope;
    QStringList m_kpis;
    QList<LeversModel *> m_leverModels;
    QList<RecordList *> m_leverLists;
    QLabel *m_coverage;
    QStandardItemModel *m_scopeModel;
    RecordList *m_scopeList;
    QLabel *m_scopeWarning;
};

} // namespace Uptake
