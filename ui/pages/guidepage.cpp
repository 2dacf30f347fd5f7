#include "guidepage.h"

#include "metrics/summary.h"
#include "storage/workspace.h"

#include "async.h"
#include <QtConcurrent>

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Uptake {

GuidePage::GuidePage(const QString &title, const QString &lead, const QList<Step> &steps, QWidget *parent)
    : Page(parent)
    , m_status(new QLabel(this))
    , m_steps(steps)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(12);

    auto *heading = new QLabel(title, content);
    heading->setObjectName(u"pageTitle"_s);
    layout->addWidget(heading);
    auto *leadLabel = new QLabel(lead, content);
    leadLabel->setWordWrap(true);
    leadLabel->setObjectName(u"pageLead"_s);
    layout->addWidget(leadLabel);
    m_status->setWordWrap(true);
    m_status->setObjectName(u"pageStatus"_s);
    layout->addWidget(m_status);

    int number = 1;
    for (const Step &step : steps) {
        auto *card = new QFrame(content);
        card->setObjectName(u"stepCard"_s);
        card->setFrameShape(QFrame::StyledPanel);
        auto *grid = new QGridLayout(card);
        grid->setContentsMargins(16, 12, 16, 12);
        auto *badge = new QLabel(QLocale().toString(number++), card);
        badge->setObjectName(u"stepNumber"_s);
        badge->setAlignment(Qt::AlignCenter);
        badge->setFixedSize(28, 28);
        auto *stepTitle = new QLabel(step.title, card);
        QFont f = stepTitle->font();
        f.setWeight(QFont::DemiBold);
        stepTitle->setFont(f);
        auto *text = new QLabel(step.text, card);
        text->setWordWrap(true);
        auto *state = new QLabel(card);
        state->setObjectName(u"stepState"_s);
        m_stepStates.append(state);
        grid->addWidget(badge, 0, 0, 2, 1, Qt::AlignTop);
        grid->addWidget(stepTitle, 0, 1);
        grid->addWidget(state, 0, 2, Qt::AlignRight);
        grid->addWidget(text, 1, 1, 1, 2);
        grid->setColumnStretch(1, 1);
        layout->addWidget(card);
    }
    layout->addStretch(1);
    refresh();
}

void GuidePage::setWorkspace(Workspace *workspace, QUndoStack *undoStack)
{
    if (this->workspace())
        disconnect(this->workspace(), nullptr, this, nullptr);
    Page::setWorkspace(workspace, undoStack);
    if (workspace)
        connect(workspace, &Workspace::dataChanged, this, &GuidePage::refresh);
    refresh();
}

void GuidePage::refresh()
{
    for (QLabel *state : std::as_const(m_stepStates))
        state->clear();
    if (!workspace()) {
        m_status->setText(tr("Open or create a workspace to start."));
        return;
    }
    const QString path = workspace()->path();
    whenReady(QtConcurrent::run([path] { return readSummaryFromFile(path); }), this,
              [this, path](const Result<WorkspaceSummary> &summary) {
                  if (!workspace() || workspace()->path() != path || !summary)
                      return;
                  const bool hasData = summary->events > 0;
                  for (int i = 0; i < m_steps.size(); ++i) {
                      if (m_steps.at(i).needsData)
                          m_stepStates.at(i)->setText(hasData ? tr("Usage data available")
                                                              : tr("Needs usage data — import first"));
                  }
                  m_status->setText(
                      hasData ? tr("Usage data from %1 to %2 is available for this phase.")
                                    .arg(QLocale().toString(summary->firstDay, QLocale::ShortFormat),
                                         QLocale().toString(summary->lastDay, QLocale::ShortFormat))
                              : tr("No usage data yet. Steps marked “needs usage data” open up once you import "
                                   "an LMS export on the Data page."));
              });
}

} // namespace Uptake
