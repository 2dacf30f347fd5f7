#include "pilotdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Uptake {

PilotDialog::PilotDialog(const Pilot &pilot, QWidget *parent)
    : QDialog(parent)
    , m_pilot(pilot)
    , m_name(new QLineEdit(pilot.name, this))
    , m_cohort(new QPlainTextEdit(pilot.cohortDescription, this))
    , m_filter(new QLineEdit(pilot.cohortFilter, this))
    , m_hasStart(new QCheckBox(tr("Start date set"), this))
    , m_start(new QDateEdit(this))
    , m_weeks(new QSpinBox(this))
    , m_status(new QComboBox(this))
    , m_owner(new QLineEdit(pilot.owner, this))
    , m_end(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(pilot.id == 0 ? tr("New Pilot") : tr("Edit Pilot"));
    setMinimumWidth(480);
    m_name->setPlaceholderText(tr("e.g. Customer Support onboarding sprint"));
    m_cohort->setPlaceholderText(tr("Who takes part, and why this group"));
    m_cohort->setTabChangesFocus(true);
    m_cohort->setFixedHeight(m_cohort->fontMetrics().lineSpacing() * 4);
    m_filter->setPlaceholderText(tr("e.g. department=Customer Support"));
    m_filter->setToolTip(tr("A roster attribute and value that select the cohort (attribute=value). Leave empty "
                            "for everyone."));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_start->setDate(pilot.startDate.isValid() ? pilot.startDate : QDate::currentDate());
    m_hasStart->setChecked(pilot.startDate.isValid() || pilot.id == 0);
    m_weeks->setRange(1, 104);
    m_weeks->setValue(pilot.durationWeeks);
    m_weeks->setSuffix(tr(" weeks"));
    for (auto s : {Pilot::Status::Planned, Pilot::Status::Running, Pilot::Status::Finished})
        m_status->addItem(pilotStatusLabel(s), int(s));
    m_status->setCurrentIndex(m_status->findData(int(pilot.status)));
    m_error->setObjectName(u"dialogError"_s);
    m_name->setObjectName(u"pilotName"_s);
    m_owner->setObjectName(u"pilotOwner"_s);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Cohort:"), m_cohort);
    form->addRow(tr("Cohort &filter:"), m_filter);
    auto *startRow = new QHBoxLayout;
    startRow->addWidget(m_hasStart);
    startRow->addWidget(m_start, 1);
    form->addRow(tr("&Start:"), startRow);
    form->addRow(tr("&Duration:"), m_weeks);
    form->addRow(tr("Ends:"), m_end);
    form->addRow(tr("S&tatus:"), m_status);
    form->addRow(tr("&Owner:"), m_owner);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &PilotDialog::updateState);
    connect(m_hasStart, &QCheckBox::toggled, this, &PilotDialog::updateState);
    connect(m_start, &QDateEdit::dateChanged, this, &PilotDialog::updateState);
    connect(m_weeks, &QSpinBox::valueChanged, this, &PilotDialog::updateState);
    updateState();
}

Pilot PilotDialog::pilot() const
{
    Pilot p = m_pilot;
    p.name = m_name->text().trimmed();
    p.cohortDescription = m_cohort->toPlainText().trimmed();
    p.cohortFilter = m_filter->text().trimmed();
    p.startDate = m_hasStart->isChecked() ? m_start->date() : QDate();
    p.durationWeeks = m_weeks->value();
    p.status = Pilot::Status(m_status->currentData().toInt());
    p.owner = m_owner->text().trimmed();
    return p;
}

void PilotDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void PilotDialog::updateState()
{
    m_start->setEnabled(m_hasStart->isChecked());
    const Pilot p = pilot();
    m_end->setText(p.startDate.isValid() ? QLocale().toString(p.endDate(), QLocale::LongFormat)
                                         : tr("Set a start date to plan the sprint"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!p.name.isEmpty());
}

} // namespace Uptake
