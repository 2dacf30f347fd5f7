#pragma once

#include "journeypage.h"

class QStandardItemModel;

namespace Uptake {
class BoardModel;
class DecisionsModel;
class ReleasesModel;
class RetirementModel;

/// Govern: the governance board, the decision log, the release calendar, and the retirement policy with
/// the candidates it finds in the data and the board's verdict on each.
class GovernPage final : public JourneyPage
{
    Q_OBJECT
public:
    explicit GovernPage(QWidget *parent = nullptr);
    RecordList *boardList() const { return m_boardList; }
    RecordList *decisionList() const { return m_decisionList; }
    RecordList *releaseList() const { return m_releaseList; }
    RecordList *candidateList() const { return m_candidateList; }

protected:
    void reloadJourney() override;

private:
    void editMember(const BoardMember &member);
    void editDecision(const Decision &decision);
    void editRelease(const Release &release);
    void editRule(const RetirementRule &rule);
    void editVerdict();

    BoardModel *m_board;
    DecisionsModel *m_decisions;
    ReleasesModel *m_releases;
    QStandardItemModel *m_rulesModel;
    RetirementModel *m_candidates;
    RecordList *m_boardList;
    RecordList *m_decisionList;
    RecordList *m_releaseList;
    RecordList *m_ruleList;
    RecordList *m_candidateList;
    QList<RetirementRule> m_rules;
    QList<Decision> m_decisionItems;
    QLabel *m_candidateNote;
};

} // namespace Uptake
