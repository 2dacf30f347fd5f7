#include "governpage.h"

#include "dialogs/formdialog.h"
#include "itemmodels/journeymodels.h"
#include "journey/analysis.h"
#include "widgets/recordlist.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Uptake {

namespace {
template<typename T>
std::function<void()> currentDo(RecordList *list, std::function<void(const T &)> f)
{
    return [list, f] {
        const QModelIndex i = list->currentSourceIndex();
        if (i.isValid())
            f(qvariant_cast<T>(i.data(ItemRole)));
    };
}
} // namespace

GovernPage::GovernPage(QWidget *parent)
    : JourneyPage(Phase::Govern, tr("Govern"),
                  tr("Keep adoption going after the pilot: a board that decides, a log of what it decided and why, a "
                     "calendar of content releases, and a policy that retires content nobody needs any more."),
                  parent)
    , m_board(new BoardModel(this))
    , m_decisions(new DecisionsModel(this))
    , m_releases(new ReleasesModel(this))
    , m_rulesModel(new QStandardItemModel(0, 2, this))
    , m_candidates(new RetirementModel(this))
    , m_candidateNote(new QLabel(this))
{
    m_board->setEditor([this](const BoardMember &m) { return edit(m); });
    m_boardList = new RecordList({tr("Governance board"), tr("&Add Member…"), tr("No board members yet"),
                                  tr("Add the people who decide: HR, managers, L&D, IT and the business units, each "
                                     "with their role on the board.")},
                                 m_board, this);
    m_boardList->setColumnWidths({28, 18, 30});
    m_boardList->setHandlers(
        [this] { editMember(BoardMember{}); },
        currentDo<BoardMember>(m_boardList, [this](const BoardMember &m) { editMember(m); }),
        currentDo<BoardMember>(m_boardList, [this](const BoardMember &m) { remove(m, tr("Delete Board Member")); }));
    tabs()->addTab(m_boardList, tr("&Board"));

    m_decisions->setEditor([this](const Decision &d) { return edit(d); });
    m_decisionList = new RecordList({tr("Decision log"), tr("&Add Decision…"), tr("No decisions logged"),
                                     tr("Log what the board decides: the date, the decision, why, who owns it and the "
                                        "evidence it rests on.")},
                                    m_decisions, this);
    m_decisionList->setColumnWidths({10, 36, 30, 14, 18, 12});
    m_decisionList->setHandlers(
        [this] { editDecision(Decision{}); },
        currentDo<Decision>(m_decisionList, [this](const Decision &d) { editDecision(d); }),
        currentDo<Decision>(m_decisionList, [this](const Decision &d) { remove(d, tr("Delete Decision")); }));
    tabs()->addTab(m_decisionList, tr("&Decisions"));

    m_releases->setEditor([this](const Release &r) { return edit(r); });
    m_releaseList = new RecordList({tr("Release calendar"), tr("&Plan Release…"), tr("No releases planned"),
                                    tr("Plan content releases on a monthly or quarterly rhythm so learners and "
                                       "managers know what comes when. Tick a release once it is out.")},
                                   m_releases, this);
    m_releaseList->setColumnWidths({10, 10, 36, 30});
    m_releaseList->setHandlers(
        [this] { editRelease(Release{}); },
        currentDo<Release>(m_releaseList, [this](const Release &r) { editRelease(r); }),
        currentDo<Release>(m_releaseList, [this](const Release &r) { remove(r, tr("Delete Release")); }));
    tabs()->addTab(m_releaseList, tr("&Release Calendar"));

    auto *retirement = new QSplitter(Qt::Vertical, this);
    m_rulesModel->setHorizontalHeaderLabels({tr("Rule"), tr("Applies")});
    m_ruleList = new RecordList({tr("Retirement policy"), tr("Add R&ule…"), tr("No retirement rules"),
                                 tr("Add rules such as “not accessed in 180 days” or “completion below 20%”; Uptake "
                                    "checks every course against them.")},
                                m_rulesModel, retirement);
    m_ruleList->setColumnWidths({50, 10});
    auto currentRule = [this]() -> const RetirementRule * {
        const qint64 id = m_ruleList->currentId();
        for (const RetirementRule &r : std::as_const(m_rules)) {
            if (r.id == id)
                return &r;
        }
        return nullptr;
    };
    m_ruleList->setHandlers([this] { editRule(RetirementRule{}); },
                            [this, currentRule] {
                                if (const RetirementRule *r = currentRule())
                                    editRule(*r);
                            },
                            [this, currentRule] {
                                if (const RetirementRule *r = currentRule())
                                    remove(*r, tr("Delete Rule"));
                            });
    retirement->addWidget(m_ruleList);
    auto *candidates = new QWidget(retirement);
    auto *candidatesLayout = new QVBoxLayout(candidates);
    candidatesLayout->setContentsMargins(0, 8, 0, 0);
    m_candidates->setEditor([this](const Journey::RetirementCandidate &c) {
        RetirementDecision d = c.decision;
        d.courseId = c.usage.courseId;
        if (!d.decidedOn.isValid())
            d.decidedOn = today();
        return edit(d);
    });
    m_candidateList = new RecordList({tr("Retirement candidates"), QString(), tr("No retirement candidates"),
                                      tr("No course matches an enabled rule of the policy, as of the last day with "
                                         "data.")},
                                     m_candidates, candidates);
    m_candidateList->setColumnWidths({32, 44, 12, 11, 12});
    m_candidateList->setHandlers({}, [this] { editVerdict(); }, {});
    m_candidateList->editButton()->setText(tr("&Verdict…"));
    m_candidateNote->setObjectName(u"pageLead"_s);
    m_candidateNote->setWordWrap(true);
    candidatesLayout->addWidget(m_candidateList, 1);
    candidatesLayout->addWidget(m_candidateNote);
    retirement->addWidget(candidates);
    retirement->setSizes({180, 380});
    tabs()->addTab(retirement, tr("Re&tirement"));
    addChecklistTab();
}

void GovernPage::reloadJourney()
{
    QList<BoardMember> board;
    QList<Release> releases;
    m_rules.clear();
    m_decisionItems.clear();
    if (workspace()) {
        const JourneyRepository repo = repository();
        if (auto r = repo.board())
            board = *r;
        if (auto r = repo.decisions(pilotId()))
            m_decisionItems = *r;
        if (auto r = repo.releases())
            releases = *r;
        if (auto r = repo.retirementRules())
            m_rules = *r;
    }
    const bool canEdit = writable();
    auto keep = [](RecordList *list, auto apply) {
        const qint64 id = list->currentId();
        apply();
        list->selectId(id);
    };
    keep(m_boardList, [&] { m_board->setItems(board); });
    keep(m_decisionList, [&] { m_decisions->setItems(m_decisionItems); });
    keep(m_releaseList, [&] { m_releases->setItems(releases); });
    keep(m_ruleList, [&] {
        m_rulesModel->setRowCount(0);
        for (const RetirementRule &r : std::as_const(m_rules)) {
            QList<QStandardItem *> row{new QStandardItem(retirementRuleLabel(r)),
                                       new QStandardItem(r.enabled ? tr("Yes") : tr("No (disabled)"))};
            for (auto *item : row) {
                item->setData(r.id, IdRole);
                item->setEditable(false);
            }
            m_rulesModel->appendRow(row);
        }
    });
    for (RecordList *l : {m_boardList, m_decisionList, m_releaseList, m_ruleList})
        l->setWritable(canEdit);
    m_candidateList->setWritable(canEdit);
    m_candidateNote->setText(tr("Evaluating the policy against the data…"));
    inBackground<Result<QList<Journey::RetirementCandidate>>>(
        u"retirement"_s, [](const QSqlDatabase &db) { return Journey::retirementCandidates(db); },
        [this](const Result<QList<Journey::RetirementCandidate>> &candidates) {
            if (!candidates) {
                m_candidateNote->setText(candidates.error());
                return;
            }
            const qint64 id = m_candidateList->currentId();
            m_candidates->setItems(*candidates);
            m_candidateList->selectId(id);
            int pending = 0;
            for (const auto &c : *candidates)
                pending += c.decision.verdict == RetirementVerdict::Pending ? 1 : 0;
            m_candidateNote->setText(
                candidates->isEmpty()
                    ? QString()
                    : tr("Courses matching the policy: %1; still waiting for the board's verdict: %2. Choose a row "
                         "and press Return (or double-click) to record the verdict.")
                          .arg(candidates->size())
                          .arg(pending));
        });
}

void GovernPage::editMember(const BoardMember &member)
{
    if (!writable())
        return;
    FormDialog d(member.id ? tr("Edit Board Member") : tr("Add Board Member"), this);
    auto *name = d.addLine(tr("&Name:"), member.name);
    QList<FormDialog::Choice> functions;
    for (BoardFunction f : {BoardFunction::HR, BoardFunction::Managers, BoardFunction::LD, BoardFunction::IT,
                            BoardFunction::BusinessUnit})
        functions.append({boardFunctionLabel(f), int(f)});
    auto *function = d.addCombo(tr("&Function:"), functions, int(member.function));
    auto *role = d.addLine(tr("&Role:"), member.role, tr("e.g. Chair, sponsor, data owner"));
    d.run([&] {
        BoardMember changed = member;
        changed.name = name->text().trimmed();
        changed.function = BoardFunction(function->currentData().toInt());
        changed.role = role->text().trimmed();
        if (changed.name.isEmpty())
            return Status::failure(tr("Name the board member."));
        return changed.id ? edit(changed) : add(changed);
    });
}

void GovernPage::editDecision(const Decision &decision)
{
    if (!writable())
        return;
    FormDialog d(decision.id ? tr("Edit Decision") : tr("Log Decision"), this);
    auto *date = d.addDate(tr("&Date:"), decision.date.isValid() ? decision.date : today());
    auto *text = d.addLine(tr("&Decision:"), decision.decision);
    auto *rationale = d.addText(tr("&Rationale:"), decision.rationale, 3);
    auto *owner = d.addLine(tr("&Owner:"), decision.owner);
    QList<FormDialog::Choice> statuses;
    for (DecisionStatus s :
         {DecisionStatus::Proposed, DecisionStatus::Approved, DecisionStatus::Rejected, DecisionStatus::Implemented})
        statuses.append({decisionStatusLabel(s), int(s)});
    auto *status = d.addCombo(tr("&Status:"), statuses, int(decision.status));
    // Evidence: the pilot's snapshots, adaptations and barriers, plus whatever the decision already links.
    QList<EvidenceLink> candidates = decision.evidence;
    const JourneyRepository repo = repository();
    if (pilotId() != 0) {
        if (auto r = repo.snapshots(pilotId()))
            for (const auto &s : *r)
                candidates.append({u"snapshot"_s, QString::number(s.id), tr("Snapshot: %1").arg(s.label)});
        if (auto r = repo.adaptationsOfPilot(pilotId()))
            for (const auto &a : *r)
                candidates.append({u"adaptation"_s, QString::number(a.id), tr("Adaptation: %1").arg(a.description)});
        if (auto r = repo.barriers(pilotId()))
            for (const auto &b : *r)
                candidates.append({u"barrier"_s, QString::number(b.id), tr("Barrier: %1").arg(b.title)});
    }
    QList<EvidenceLink> unique;
    for (const EvidenceLink &e : std::as_const(candidates)) {
        if (std::none_of(unique.cbegin(), unique.cend(),
                         [&](const EvidenceLink &u) { return u.kind == e.kind && u.ref == e.ref; }))
            unique.append(e);
    }
    QList<std::pair<QString, qint64>> items;
    QList<qint64> checked;
    for (int i = 0; i < unique.size(); ++i) {
        items.append({unique.at(i).label, i});
        if (decision.evidence.contains(unique.at(i)))
            checked.append(i);
    }
    auto *evidence = d.addChecks(tr("&Evidence:"), items, checked);
    auto *pilotOnly = d.addCheck(tr("About this &pilot only (otherwise program-wide)"),
                                 decision.id ? decision.pilotId != 0 : pilotId() != 0);
    d.run([&] {
        Decision changed = decision;
        changed.date = FormDialog::dateOf(date);
        changed.decision = text->text().trimmed();
        changed.rationale = rationale->toPlainText().trimmed();
        changed.owner = owner->text().trimmed();
        changed.status = DecisionStatus(status->currentData().toInt());
        changed.pilotId = pilotOnly->isChecked() ? pilotId() : 0;
        changed.evidence.clear();
        for (qint64 i : FormDialog::checkedIds(evidence))
            changed.evidence.append(unique.at(int(i)));
        if (changed.decision.isEmpty())
            return Status::failure(tr("Write down what was decided."));
        return changed.id ? edit(changed) : add(changed);
    });
}

void GovernPage::editRelease(const Release &release)
{
    if (!writable())
        return;
    FormDialog d(release.id ? tr("Edit Release") : tr("Plan Release"), this);
    auto *date = d.addDate(tr("&Planned for:"), release.plannedDate.isValid() ? release.plannedDate : today());
    QList<FormDialog::Choice> cadences{
        {releaseCadenceLabel(ReleaseCadence::Monthly), int(ReleaseCadence::Monthly)},
        {releaseCadenceLabel(ReleaseCadence::Quarterly), int(ReleaseCadence::Quarterly)}};
    auto *cadence = d.addCombo(tr("&Cadence:"), cadences, int(release.cadence));
    auto *title = d.addLine(tr("&Title:"), release.title);
    auto *content = d.addText(tr("C&ontent:"), release.content, 3);
    auto *released = d.addCheck(tr("&Released"), release.released);
    d.run([&] {
        Release changed = release;
        changed.plannedDate = FormDialog::dateOf(date);
        changed.cadence = ReleaseCadence(cadence->currentData().toInt());
        changed.title = title->text().trimmed();
        changed.content = content->toPlainText().trimmed();
        changed.released = released->isChecked();
        if (changed.title.isEmpty())
            return Status::failure(tr("Give the release a title."));
        return changed.id ? edit(changed) : add(changed);
    });
}

void GovernPage::editRule(const RetirementRule &rule)
{
    if (!writable())
        return;
    FormDialog d(rule.id ? tr("Edit Retirement Rule") : tr("Add Retirement Rule"), this);
    QList<FormDialog::Choice> kinds{{tr("Not accessed in N days"), int(RetirementRuleKind::NotAccessed)},
                                    {tr("Completion below X%"), int(RetirementRuleKind::CompletionBelow)},
                                    {tr("Older than Y months"), int(RetirementRuleKind::OlderThan)},
                                    {tr("Superseded by a newer course"), int(RetirementRuleKind::Superseded)}};
    auto *kind = d.addCombo(tr("&Rule:"), kinds, int(rule.kind));
    const double shown = rule.kind == RetirementRuleKind::CompletionBelow ? rule.threshold * 100 : rule.threshold;
    auto *threshold = d.addDouble(tr("&Threshold:"), rule.id ? shown : 180, 0, 100000, 0);
    d.addNote(tr("Days for “not accessed”, percent for “completion below”, months for “older than”; not used for "
                 "“superseded”."));
    auto *enabled = d.addCheck(tr("&Enabled"), rule.id ? rule.enabled : true);
    d.run([&] {
        RetirementRule changed = rule;
        changed.kind = RetirementRuleKind(kind->currentData().toInt());
        changed.threshold =
            changed.kind == RetirementRuleKind::CompletionBelow ? threshold->value() / 100 : threshold->value();
        changed.enabled = enabled->isChecked();
        if (changed.kind == RetirementRuleKind::CompletionBelow && threshold->value() > 100)
            return Status::failure(tr("A completion threshold is a percentage up to 100."));
        return changed.id ? edit(changed) : add(changed);
    });
}

void GovernPage::editVerdict()
{
    const QModelIndex i = m_candidateList->currentSourceIndex();
    if (!i.isValid() || !writable())
        return;
    const auto c = qvariant_cast<Journey::RetirementCandidate>(i.data(ItemRole));
    FormDialog d(tr("Board Verdict"), this);
    d.addNote(u"%1 — %2"_s.arg(c.usage.name, c.reasons.join(u"; "_s)));
    QList<FormDialog::Choice> verdicts;
    for (RetirementVerdict v :
         {RetirementVerdict::Pending, RetirementVerdict::Keep, RetirementVerdict::Revise, RetirementVerdict::Retire})
        verdicts.append({retirementVerdictLabel(v), int(v)});
    auto *verdict = d.addCombo(tr("&Verdict:"), verdicts, int(c.decision.verdict));
    auto *date = d.addDate(tr("&Decided on:"), c.decision.decidedOn.isValid() ? c.decision.decidedOn : today());
    auto *note = d.addLine(tr("&Note:"), c.decision.note);
    d.run([&] {
        RetirementDecision changed = c.decision;
        changed.courseId = c.usage.courseId;
        changed.verdict = RetirementVerdict(verdict->currentData().toInt());
        changed.decidedOn = FormDialog::dateOf(date);
        changed.note = note->text().trimmed();
        return edit(changed);
    });
}

} // namespace Uptake
