#include "targetsdialog.h"

#include "async.h"
#include "dialogs/formdialog.h"
#include "editing/journeycommands.h"
#include "itemmodels/targetmodels.h"
#include "metrics/metrics.h"
#include "storage/pilotrepository.h"
#include "storage/workspace.h"
#include "widgets/recordlist.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Uptake {

namespace {

/// A number as typed into the form: "45", "45 %", "+20%", "12,5" (the locale's decimal separator, or a dot).
/// Empty text is no number (nullopt); text that is not a number is an error naming the field.
Result<std::optional<double>> parseNumber(QString text, const QString &field)
{
    using R = Result<std::optional<double>>;
    const QLocale l;
    text = text.trimmed();
    if (text.endsWith(l.percent()) || text.endsWith(u'%'))
        text.chop(1);
    text = text.trimmed();
    if (text.startsWith(l.positiveSign()) || text.startsWith(u'+'))
        text.remove(0, 1);
    if (text.startsWith(u'−')) // the typographic minus, as the list shows it
        text.replace(0, 1, l.negativeSign());
    text = text.trimmed();
    if (text.isEmpty())
        return R(std::nullopt);
    bool ok = false;
    double v = l.toDouble(text, &ok);
    if (!ok)
        v = QLocale::c().toDouble(text, &ok);
    if (!ok)
        return R::failure(TargetsDialog::tr("%1: “%2” is not a number.").arg(field, text));
    return R(v);
}

/// A line edit with its unit after it, as one form field.
struct UnitEdit
{
    QWidget *box;
    QLineEdit *edit;
    QLabel *unit;
};

UnitEdit unitEdit(const QString &text, const QString &accessibleName)
{
    auto *box = new QWidget;
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    auto *edit = new QLineEdit(text, box);
    edit->setAccessibleName(accessibleName);
    edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(u"0000000000000"_s));
    auto *unit = new QLabel(box);
    unit->setObjectName(u"pageLead"_s);
    row->addWidget(edit);
    row->addWidget(unit, 1);
    return {box, edit, unit};
}

} // namespace

TargetsDialog::TargetsDialog(Workspace &workspace, QUndoStack &undoStack, qint64 pilotId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(&workspace)
    , m_undoStack(undoStack)
    , m_pilotId(pilotId)
    , m_pilot(new QComboBox(this))
    , m_readOnly(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_kpis(new KpiTargetsModel(this))
    , m_annotations(new AnnotationsModel(this))
    , m_baselineNote(new QLabel(this))
    , m_undo(new QToolButton(this))
    , m_redo(new QToolButton(this))
{
    setWindowTitle(tr("Targets and Annotations"));
    setObjectName(u"targetsDialog"_s);
    // Roomy on a big window, never bigger than a small one.
    const QSize room = parent ? parent->window()->size() : QSize(1280, 820);
    resize(std::clamp(int(room.width() * 0.8), std::min(900, room.width()), 1400),
           std::clamp(int(room.height() * 0.75), std::min(520, room.height()), 860));

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *pilotLabel = new QLabel(tr("&Pilot:"), this);
    pilotLabel->setBuddy(m_pilot);
    m_pilot->setMinimumWidth(240);
    m_pilot->setAccessibleName(tr("Pilot"));
    top->addWidget(pilotLabel);
    top->addWidget(m_pilot);
    top->addStretch(1);
    layout->addLayout(top);
    m_readOnly->setText(tr("The workspace is open read-only: targets and annotations can be looked at, not changed."));
    m_readOnly->setObjectName(u"pageStatus"_s);
    m_readOnly->setWordWrap(true);
    m_readOnly->setVisible(workspace.isReadOnly());
    layout->addWidget(m_readOnly);

    // --- KPI targets ------------------------------------------------------------------------------------------
    auto *kpiTab = new QWidget(this);
    auto *kpiLayout = new QVBoxLayout(kpiTab);
    kpiLayout->setContentsMargins(0, 8, 0, 0);
    m_kpiList = new RecordList({QString(), tr("&Add Target…"), tr("No targets for this pilot yet"),
                                tr("Set what the pilot should reach by day 30, 60 and 90 for each KPI — as values or "
                                   "relative to the baseline Uptake measures over the four weeks before the start. "
                                   "The dashboard then shows each checkpoint as on track, at risk or off track.")},
                               m_kpis, kpiTab);
    m_kpiList->view()->setAccessibleName(tr("KPI targets"));
    m_kpiList->setColumnWidths({26, 20, 20, 18, 18, 18, 16});
    m_kpiList->setHandlers([this] { addKpi(); }, [this] { editSelectedKpi(); }, [this] { removeSelectedKpi(); });
    kpiLayout->addWidget(m_kpiList, 1);
    m_baselineNote->setObjectName(u"pageLead"_s);
    m_baselineNote->setWordWrap(true);
    // A wrapped label inside a tab is not given the height its lines need; two lines it always has.
    m_baselineNote->setMinimumHeight(m_baselineNote->fontMetrics().lineSpacing() * 2 + 4);
    kpiLayout->addWidget(m_baselineNote);
    m_tabs->addTab(kpiTab, tr("&KPI Targets"));

    // --- Annotations ------------------------------------------------------------------------------------------
    auto *annotationTab = new QWidget(this);
    auto *annotationLayout = new QVBoxLayout(annotationTab);
    annotationLayout->setContentsMargins(0, 8, 0, 0);
    m_annotationList = new RecordList({QString(), tr("Add A&nnotation…"), tr("No annotations yet"),
                                       tr("Mark what explains a bend in the curves: a comms push, an outage, a "
                                          "manager's kick-off, anything worth a line on the charts.")},
                                      m_annotations, annotationTab);
    m_annotationList->view()->setAccessibleName(tr("Annotations"));
    m_annotationList->setColumnWidths({11, 14, 56, 12, 30});
    m_annotationList->setHandlers([this] { addAnnotation(); }, [this] { editSelectedAnnotation(); },
                                  [this] { removeSelectedAnnotation(); });
    annotationLayout->addWidget(m_annotationList, 1);
    auto *automatic = new QLabel(tr("The pilot's start and the adaptations recorded in its PLAN cycles are marked on "
                                    "its charts by themselves. Add the comms pushes, outages and notes you want to see "
                                    "there."),
                                 annotationTab);
    automatic->setObjectName(u"pageLead"_s);
    automatic->setWordWrap(true);
    annotationLayout->addWidget(automatic);
    m_tabs->addTab(annotationTab, tr("A&nnotations"));
    layout->addWidget(m_tabs, 1);

    // --- Undo, redo and close: the dialog is modal, so the main window's Edit menu is out of reach -----------
    auto *bottom = new QHBoxLayout;
    QAction *undo = m_undoStack.createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(u"edit-undo"_s));
    QAction *redo = m_undoStack.createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(QIcon::fromTheme(u"edit-redo"_s));
    addAction(undo);
    addAction(redo);
    for (auto [button, action] : {std::pair{m_undo, undo}, std::pair{m_redo, redo}}) {
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        bottom->addWidget(button);
    }
    bottom->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    connect(m_pilot, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            setPilotId(m_pilot->currentData().toLongLong());
    });
    connect(&workspace, &Workspace::targetsChanged, this, &TargetsDialog::reload);
    connect(&workspace, &Workspace::pilotsChanged, this, [this] {
        reloadPilots();
        reload();
        measureBaselines(); // a pilot's start or cohort may have moved
    });
    connect(&workspace, &Workspace::dataChanged, this, &TargetsDialog::measureBaselines);

    reloadPilots();
    reload();
    measureBaselines();
}

TargetsDialog *TargetsDialog::open(QWidget *parent, Workspace &workspace, QUndoStack &undoStack, qint64 pilotId,
                                   int tab)
{
    auto *dialog = new TargetsDialog(workspace, undoStack, pilotId, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->m_tabs->setCurrentIndex(std::clamp(tab, 0, dialog->m_tabs->count() - 1));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

bool TargetsDialog::writable() const
{
    return m_workspace && !m_workspace->isReadOnly() && m_pilotId != 0;
}

void TargetsDialog::setPilotId(qint64 pilotId)
{
    if (pilotId == m_pilotId)
        return;
    m_pilotId = pilotId;
    m_filling = true;
    m_pilot->setCurrentIndex(std::max(0, m_pilot->findData(pilotId)));
    m_filling = false;
    reload();
    measureBaselines();
}

void TargetsDialog::reloadPilots()
{
    if (!m_workspace)
        return;
    m_filling = true;
    m_pilot->clear();
    if (auto pilots = PilotRepository(m_workspace->database()).pilots())
        for (const Pilot &p : std::as_const(*pilots))
            m_pilot->addItem(p.name, p.id);
    int index = m_pilot->findData(m_pilotId);
    if (index < 0 && m_pilot->count() > 0)
        index = 0;
    m_pilot->setCurrentIndex(index);
    m_pilotId = index >= 0 ? m_pilot->itemData(index).toLongLong() : 0;
    m_pilot->setEnabled(m_pilot->count() > 1);
    m_filling = false;
}

void TargetsDialog::reload()
{
    if (!m_workspace)
        return;
    const qint64 kpiId = m_kpiList->currentId();
    const qint64 annotationId = m_annotationList->currentId();
    const TargetRepository repo(m_workspace->database());
    QList<PilotKpi> kpis;
    QList<AnnotationRecord> annotations;
    if (m_pilotId != 0) {
        if (auto k = repo.kpis(m_pilotId))
            kpis = *k;
        else
            m_baselineNote->setText(k.error());
        if (auto a = repo.annotations(m_pilotId))
            annotations = *a;
    }
    m_kpis->setItems(kpis);
    m_annotations->setItems(annotations);
    m_kpiList->selectId(kpiId);
    m_annotationList->selectId(annotationId);
    m_kpiList->setWritable(writable());
    m_annotationList->setWritable(writable());
    // Every KPI has its target: nothing left to add.
    m_kpiList->addButton()->setEnabled(writable() && kpis.size() < Metrics::targetKpiInfos().size());
    m_tabs->setEnabled(m_pilotId != 0);
    setWindowTitle(m_pilotId ? tr("Targets and Annotations — %1").arg(m_pilot->currentText())
                             : tr("Targets and Annotations"));
    if (m_pilotId == 0)
        m_baselineNote->setText(tr("Create a pilot on the Pilot page first; targets belong to a pilot."));
}

void TargetsDialog::measureBaselines()
{
    if (!m_workspace || m_pilotId == 0)
        return;
    const int generation = ++m_generation;
    m_kpis->setMeasuredBaselines({}, true);
    m_baselineNote->setText(tr("Measuring the baselines over the four weeks before the pilot's start…"));
    const QString path = m_workspace->path();
    const qint64 pilot = m_pilotId;
    using R = Result<QHash<QString, std::optional<double>>>;
    whenReady(QtConcurrent::run([path, pilot]() -> R { return Metrics::measuredBaselinesFromFile(path, pilot); }), this,
              [this, generation](const R &result) {
                  if (generation != m_generation)
                      return; // a newer request (another pilot, new data) is on its way
                  m_kpis->setMeasuredBaselines(result ? *result : QHash<QString, std::optional<double>>());
                  if (!result)
                      m_baselineNote->setText(tr("The baselines could not be measured: %1").arg(result.error()));
                  else if (result->isEmpty())
                      m_baselineNote->setText(tr("There is no data before the pilot's start to measure baselines "
                                                 "from yet; enter them or import the LMS's usage first."));
                  else
                      m_baselineNote->setText(tr("Baselines are measured over the four weeks before the pilot's "
                                                 "start unless you enter one. A checkpoint missed by no more than "
                                                 "the tolerance (a share of the gap from baseline to target) is "
                                                 "“at risk”."));
                  Q_EMIT baselinesMeasured();
              });
}

void TargetsDialog::report(const Status &status, const QString &title)
{
    if (!status)
        QMessageBox::warning(this, title, status.error());
}

void TargetsDialog::addKpi()
{
    editKpi(PilotKpi{});
}

void TargetsDialog::editSelectedKpi()
{
    const QModelIndex i = m_kpiList->currentSourceIndex();
    if (i.isValid())
        editKpi(qvariant_cast<PilotKpi>(i.data(ItemRole)));
}

void TargetsDialog::removeSelectedKpi()
{
    const QModelIndex i = m_kpiList->currentSourceIndex();
    if (!i.isValid() || !writable())
        return;
    // Undoable (the Undo button), so no confirmation stands in the way.
    report(Editing::removeItem(m_undoStack, *m_workspace, qvariant_cast<PilotKpi>(i.data(ItemRole))),
           tr("Delete Target"));
}

void TargetsDialog::addAnnotation()
{
    editAnnotation(AnnotationRecord{});
}

void TargetsDialog::editSelectedAnnotation()
{
    const QModelIndex i = m_annotationList->currentSourceIndex();
    if (i.isValid())
        editAnnotation(qvariant_cast<AnnotationRecord>(i.data(ItemRole)));
}

void TargetsDialog::removeSelectedAnnotation()
{
    const QModelIndex i = m_annotationList->currentSourceIndex();
    if (!i.isValid() || !writable())
        return;
    report(Editing::removeItem(m_undoStack, *m_workspace, qvariant_cast<AnnotationRecord>(i.data(ItemRole))),
           tr("Delete Annotation"));
}

void TargetsDialog::editKpi(const PilotKpi &kpi)
{
    if (!writable())
        return;
    const bool adding = kpi.id == 0;
    QList<FormDialog::Choice> choices;
    for (const Metrics::TargetKpiInfo &info : Metrics::targetKpiInfos())
        if (adding ? m_kpis->rowOfKpi(info.key) < 0 : info.key == kpi.kpi)
            choices.append({info.label, info.key});
    if (choices.isEmpty()) {
        if (adding)
            QMessageBox::information(this, tr("Add Target"), tr("Every KPI of this pilot has its targets already."));
        return;
    }

    FormDialog d(adding ? tr("Add KPI Target") : tr("Edit KPI Target"), this);
    auto *which = d.addCombo(tr("&KPI:"), choices, kpi.kpi);
    which->setObjectName(u"kpi"_s);
    which->setEnabled(adding); // another KPI is another target: add it instead
    auto *entered = d.addCheck(tr("&Enter the baseline instead of measuring it"), kpi.baseline.has_value());
    entered->setObjectName(u"enterBaseline"_s);
    auto baseline = unitEdit(QString(), tr("Baseline"));
    baseline.edit->setObjectName(u"baseline"_s);
    d.addField(tr("&Baseline:"), baseline.box);
    auto *mode = d.addCombo(tr("Targets &are:"),
                            {{tr("Values of the KPI"), int(PilotKpi::Mode::Absolute)},
                             {tr("Changes relative to the baseline"), int(PilotKpi::Mode::Relative)}},
                            int(kpi.mode));
    mode->setObjectName(u"mode"_s);
    UnitEdit targets[3] = {unitEdit(QString(), tr("Day 30 target")), unitEdit(QString(), tr("Day 60 target")),
                           unitEdit(QString(), tr("Day 90 target"))};
    for (int i = 0; i < 3; ++i)
        targets[i].edit->setObjectName(u"target%1"_s.arg((i + 1) * 30));
    d.addField(tr("Day &30:"), targets[0].box);
    d.addField(tr("Day &60:"), targets[1].box);
    d.addField(tr("Day &90:"), targets[2].box);
    auto tolerance = unitEdit(TargetFormat::editable(kpi.tolerance, true), tr("Tolerance"));
    tolerance.edit->setObjectName(u"tolerance"_s);
    tolerance.unit->setText(tr("% of the gap from baseline to target"));
    d.addField(tr("&Tolerance:"), tolerance.box);
    d.addNote(tr("Leave a day empty for no checkpoint then. Rates are entered in percent (45 for 45%); relative "
                 "targets as a change in percent (20 for +20%, −10 for −10%)."));

    // The entered numbers in the units the form shows, for the KPI and mode chosen when the form opened.
    const auto infoOf = [which] { return Metrics::targetKpiInfo(which->currentData().toString()); };
    const auto initial = Metrics::targetKpiInfo(kpi.kpi.isEmpty() ? which->currentData().toString() : kpi.kpi);
    const bool initialRate = initial && initial->isRate;
    if (kpi.baseline)
        baseline.edit->setText(TargetFormat::editable(*kpi.baseline, initialRate));
    for (int i = 0; i < 3; ++i)
        if (const auto t = kpi.target((i + 1) * 30))
            targets[i].edit->setText(TargetFormat::editable(*t, kpi.mode == PilotKpi::Mode::Relative || initialRate));

    auto relative = [mode] { return PilotKpi::Mode(mode->currentData().toInt()) == PilotKpi::Mode::Relative; };
    auto baselineNow = [this, which, entered, baseline, infoOf]() -> std::optional<double> {
        if (!entered->isChecked())
            return m_kpis->measuredBaseline(which->currentData().toString());
        const auto info = infoOf();
        const auto v = parseNumber(baseline.edit->text(), QString());
        if (!v || !*v)
            return std::nullopt;
        return info && info->isRate ? **v / 100.0 : **v;
    };
    auto update = [=, this] {
        const auto info = infoOf();
        const bool rate = info && info->isRate;
        const QString valueUnit = rate ? QLocale().percent() : info ? info->unit : QString();
        baseline.edit->setEnabled(entered->isChecked());
        if (entered->isChecked()) {
            baseline.unit->setText(valueUnit);
        } else {
            const auto measured = m_kpis->measuredBaseline(which->currentData().toString());
            baseline.unit->setText(m_kpis->isMeasuring() ? tr("measured — still being computed")
                                   : measured && info    ? tr("measured: %1").arg(TargetFormat::value(*info, *measured))
                                                         : tr("measured — no data before the start"));
        }
        const auto base = baselineNow();
        for (const UnitEdit &t : targets) {
            if (!relative()) {
                t.unit->setText(valueUnit);
                continue;
            }
            const auto v = parseNumber(t.edit->text(), QString());
            if (v && *v && base && info)
                t.unit->setText(tr("%1 change from the baseline → %2")
                                    .arg(QLocale().percent(), TargetFormat::value(*info, *base * (1.0 + **v / 100.0))));
            else
                t.unit->setText(tr("%1 change from the baseline").arg(QLocale().percent()));
        }
    };
    update();
    connect(which, &QComboBox::currentIndexChanged, &d, update);
    connect(mode, &QComboBox::currentIndexChanged, &d, update);
    connect(entered, &QCheckBox::toggled, &d, update);
    connect(baseline.edit, &QLineEdit::textChanged, &d, update);
    for (const UnitEdit &t : targets)
        connect(t.edit, &QLineEdit::textChanged, &d, update);
    // The measured value may arrive while the form is open.
    connect(this, &TargetsDialog::baselinesMeasured, &d, update);

    d.run([&]() -> Status {
        PilotKpi changed = kpi;
        changed.pilotId = changed.id ? changed.pilotId : m_pilotId;
        changed.kpi = which->currentData().toString();
        changed.mode = PilotKpi::Mode(mode->currentData().toInt());
        const auto info = infoOf();
        // Divided, not multiplied by 0.01: 45 / 100 is exactly the 0.45 people meant.
        const double valueDivisor = info && info->isRate ? 100.0 : 1.0;
        if (entered->isChecked()) {
            const auto b = parseNumber(baseline.edit->text(), tr("Baseline"));
            if (!b)
                return Status::failure(b.error());
            if (!*b)
                return Status::failure(tr("Enter the baseline, or let Uptake measure it."));
            changed.baseline = **b / valueDivisor;
        } else {
            changed.baseline.reset();
        }
        const double targetDivisor = relative() ? 100.0 : valueDivisor;
        std::optional<double> *fields[3] = {&changed.target30, &changed.target60, &changed.target90};
        const QString names[3] = {tr("Day 30"), tr("Day 60"), tr("Day 90")};
        for (int i = 0; i < 3; ++i) {
            const auto t = parseNumber(targets[i].edit->text(), names[i]);
            if (!t)
                return Status::failure(t.error());
            *fields[i] = *t ? std::optional<double>(**t / targetDivisor) : std::nullopt;
        }
        if (!changed.target30 && !changed.target60 && !changed.target90)
            return Status::failure(tr("Set a target for day 30, 60 or 90."));
        const auto tol = parseNumber(tolerance.edit->text(), tr("Tolerance"));
        if (!tol)
            return Status::failure(tol.error());
        changed.tolerance = *tol ? **tol / 100.0 : 0.1; // empty: the default, 10% of the gap
        if (adding) {
            qint64 id = 0;
            const Status s = Editing::addItem(m_undoStack, *m_workspace, changed, &id);
            if (s)
                m_kpiList->selectId(id);
            return s;
        }
        return Editing::editItem(m_undoStack, *m_workspace, changed);
    });
}

void TargetsDialog::editAnnotation(const AnnotationRecord &annotation)
{
    if (!writable())
        return;
    const bool adding = annotation.id == 0;
    FormDialog d(adding ? tr("Add Annotation") : tr("Edit Annotation"), this);
    auto *date = d.addDate(tr("&Date:"), adding ? QDate::currentDate() : annotation.date, true);
    date->setObjectName(u"date"_s);
    QList<FormDialog::Choice> kinds;
    for (const QString &k : TargetRepository::annotationKinds())
        kinds.append({TargetRepository::annotationKindLabel(k), k});
    auto *kind = d.addCombo(tr("&Kind:"), kinds, adding ? u"comms"_s : annotation.kind);
    kind->setObjectName(u"kind"_s);
    auto *label = d.addLine(tr("&Label:"), annotation.label, tr("e.g. Newsletter feature on the new courses"));
    label->setObjectName(u"label"_s);
    label->setMaxLength(120);
    auto *details = d.addText(tr("De&tails:"), annotation.details, 3);
    details->setObjectName(u"details"_s);
    auto *scope = d.addCombo(tr("&Shown on:"),
                             {{tr("This pilot's charts (%1)").arg(m_pilot->currentText()), m_pilotId},
                              {tr("Every pilot's charts"), qint64(0)}},
                             adding ? m_pilotId : annotation.pilotId);
    scope->setObjectName(u"scope"_s);
    d.run([&]() -> Status {
        AnnotationRecord changed = annotation;
        changed.date = FormDialog::dateOf(date);
        changed.kind = kind->currentData().toString();
        changed.label = label->text().trimmed();
        changed.details = details->toPlainText().trimmed();
        changed.pilotId = scope->currentData().toLongLong();
        if (adding) {
            qint64 id = 0;
            const Status s = Editing::addItem(m_undoStack, *m_workspace, changed, &id);
            if (s)
                m_annotationList->selectId(id);
            return s;
        }
        return Editing::editItem(m_undoStack, *m_workspace, changed);
    });
}

} // namespace Uptake
