#include "helpdialog.h"

#include "metrics/metrics.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Uptake {

HelpDialog::HelpDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Uptake Guide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setHtml(guideHtml());
    m_browser->setAccessibleName(tr("Guide to the method and the metrics"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(760, 640);
}

QString HelpDialog::guideHtml()
{
    QString html;
    html += u"<h2>"_s + tr("The method") + u"</h2>"_s;
    html += u"<p>"_s +
            tr("Uptake turns a bought learning platform into a used one with a disciplined program in four "
               "stages. The journey bar on every page shows where a pilot stands.") +
            u"</p>"_s;
    html += u"<h3>"_s + tr("1. Diagnose") + u"</h3><p>"_s +
            tr("Import the LMS's usage exports, take and freeze a baseline, interview stakeholders and learners, "
               "and record the barriers you find (login failures, unclear paths, lack of time…) with their "
               "severity and evidence.") +
            u"</p>"_s;
    html += u"<h3>"_s + tr("2. Design") + u"</h3><p>"_s +
            tr("Choose levers for every serious barrier — content relevance, habit formation, recognition — and "
               "cut the content scope to the few courses that matter. Agree the KPIs and their targets for day "
               "30, 60 and 90.") +
            u"</p>"_s;
    html += u"<h3>"_s + tr("3. Pilot with PLAN cycles") + u"</h3><p>"_s +
            tr("Run the pilot with one cohort in short cycles: <b>P</b>lan and launch, <b>L</b>isten to feedback, "
               "<b>A</b>dapt the content and the nudges, <b>N</b>ormalise what works. Uptake measures each "
               "adaptation's effect in equal windows before and after it.") +
            u"</p>"_s;
    html += u"<h3>"_s + tr("4. Govern") + u"</h3><p>"_s +
            tr("Set up a governance board, record its decisions, agree a release calendar and rules for retiring "
               "content, and send the board a status report (Report page) before each meeting.") +
            u"</p>"_s;
    html += u"<h3>"_s + tr("30/60/90-day checkpoints") + u"</h3><p>"_s +
            tr("Each KPI has a baseline and a target for day 30, 60 and 90 after the pilot's start. At each "
               "checkpoint a KPI is <i>on track</i> when it meets its target, <i>at risk</i> when it misses by no "
               "more than the tolerance, and <i>off track</i> otherwise; between checkpoints, a pace line from "
               "the baseline to the next target shows whether the pilot is heading there. The 30/60/90-day plan "
               "groups the actions by the checkpoint they serve.") +
            u"</p>"_s;
    html += u"<h2>"_s + tr("Metric definitions") + u"</h2>"_s;
    html += u"<p>"_s +
            tr("Dates are local days in the workspace's time zone; weeks are ISO weeks, Monday to Sunday. The same "
               "definitions are in the report's appendix and in <tt>uptake metrics --definitions</tt>.") +
            u"</p>"_s;
    for (const Metrics::Definition &d : Metrics::definitions())
        html +=
            u"<h3><a name=\"%1\"></a>%2</h3><p>%3</p>"_s.arg(d.key, d.title.toHtmlEscaped(), d.text.toHtmlEscaped());
    return html;
}

void HelpDialog::showDefinition(const QString &key)
{
    m_browser->scrollToAnchor(key);
}

} // namespace Uptake
