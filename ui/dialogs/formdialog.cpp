#include "formdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Uptake {

namespace {
const QDate NoDate(2000, 1, 1);
}

FormDialog::FormDialog(const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    setWindowModality(Qt::WindowModal);
    auto *layout = new QVBoxLayout(this);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    layout->addLayout(m_form);
    m_error->setObjectName(u"dialogError"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(520);
}

QLineEdit *FormDialog::addLine(const QString &label, const QString &value, const QString &placeholder)
{
    auto *edit = new QLineEdit(value, this);
    edit->setPlaceholderText(placeholder);
    m_form->addRow(label, edit);
    return edit;
}

QPlainTextEdit *FormDialog::addText(const QString &label, const QString &value, int lines)
{
    auto *edit = new QPlainTextEdit(value, this);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    m_form->addRow(label, edit);
    return edit;
}

QDateEdit *FormDialog::addDate(const QString &label, const QDate &value, bool optional)
{
    auto *edit = new QDateEdit(this);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat).contains(u"yyyy"_s)
                               ? QLocale().dateFormat(QLocale::ShortFormat)
                               : u"yyyy-MM-dd"_s);
    if (optional) {
        edit->setMinimumDate(NoDate);
        edit->setSpecialValueText(tr("None"));
    }
    edit->setDate(value.isValid() ? value : (optional ? NoDate : QDate::currentDate()));
    m_form->addRow(label, edit);
    return edit;
}

QComboBox *FormDialog::addCombo(const QString &label, const QList<Choice> &choices, const QVariant &current,
                                bool editable)
{
    auto *combo = new QComboBox(this);
    combo->setEditable(editable);
    for (const Choice &c : choices)
        combo->addItem(c.first, c.second);
    const int index = combo->findData(current);
    if (index >= 0)
        combo->setCurrentIndex(index);
    else if (editable)
        combo->setEditText(current.toString());
    m_form->addRow(label, combo);
    return combo;
}

QSpinBox *FormDialog::addSpin(const QString &label, int value, int min, int max, const QString &suffix)
{
    auto *spin = new QSpinBox(this);
    spin->setRange(min, max);
    spin->setValue(value);
    spin->setSuffix(suffix);
    m_form->addRow(label, spin);
    return spin;
}

QDoubleSpinBox *FormDialog::addDouble(const QString &label, double value, double min, double max, int decimals,
                                      const QString &suffix)
{
    auto *spin = new QDoubleSpinBox(this);
    spin->setRange(min, max);
    spin->setDecimals(decimals);
    spin->setValue(value);
    spin->setSuffix(suffix);
    m_form->addRow(label, spin);
    return spin;
}

QCheckBox *FormDialog::addCheck(const QString &text, bool checked)
{
    auto *check = new QCheckBox(text, this);
    check->setChecked(checked);
    m_form->addRow(QString(), check);
    return check;
}

QListWidget *FormDialog::addChecks(const QString &label, const QList<std::pair<QString, qint64>> &items,
                                   const QList<qint64> &checked)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *list = new QListWidget(box);
    for (const auto &[text, id] : items) {
        auto *item = new QListWidgetItem(text, list);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    list->setMinimumHeight(list->fontMetrics().lineSpacing() * 6);
    if (items.size() > 8) {
        auto *filter = new QLineEdit(box);
        filter->setPlaceholderText(tr("Filter"));
        filter->setClearButtonEnabled(true);
        layout->addWidget(filter);
        connect(filter, &QLineEdit::textChanged, list, [list](const QString &text) {
            for (int i = 0; i < list->count(); ++i)
                list->item(i)->setHidden(!list->item(i)->text().contains(text, Qt::CaseInsensitive));
        });
    }
    layout->addWidget(list);
    if (items.isEmpty()) {
        auto *none = new QLabel(tr("None recorded yet."), box);
        none->setObjectName(u"pageLead"_s);
        layout->addWidget(none);
        list->hide();
    }
    m_form->addRow(label, box);
    return list;
}

void FormDialog::addNote(const QString &text)
{
    auto *note = new QLabel(text, this);
    note->setWordWrap(true);
    note->setObjectName(u"pageLead"_s);
    m_form->addRow(note);
}

void FormDialog::addField(const QString &label, QWidget *field)
{
    field->setParent(this);
    m_form->addRow(label, field);
}

QDate FormDialog::dateOf(const QDateEdit *edit)
{
    return edit->date() == NoDate && edit->minimumDate() == NoDate ? QDate() : edit->date();
}

QList<qint64> FormDialog::checkedIds(const QListWidget *list)
{
    QList<qint64> ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ids.append(list->item(i)->data(Qt::UserRole).toLongLong());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool FormDialog::run(const std::function<Status()> &apply)
{
    while (exec() == QDialog::Accepted) {
        const Status s = apply();
        if (s)
            return true;
        showError(s.error());
    }
    return false;
}

void FormDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace Uptake
