#pragma once

#include "domain/result.h"

#include <QDate>
#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace Uptake {

/// The journey's edit dialogs: a form built field by field, with an error line, that stays open until what
/// it holds is accepted (the apply function pushes the undoable edit and says why not when it fails).
class FormDialog final : public QDialog
{
    Q_OBJECT
public:
    using Choice = std::pair<QString, QVariant>;

    FormDialog(const QString &title, QWidget *parent = nullptr);

    QLineEdit *addLine(const QString &label, const QString &value, const QString &placeholder = {});
    QPlainTextEdit *addText(const QString &label, const QString &value, int lines = 3);
    /// A date; when optional, the earliest date reads "None" and dateOf() gives an invalid date for it.
    QDateEdit *addDate(const QString &label, const QDate &value, bool optional = false);
    QComboBox *addCombo(const QString &label, const QList<Choice> &choices, const QVariant &current,
                        bool editable = false);
    QSpinBox *addSpin(const QString &label, int value, int min, int max, const QString &suffix = {});
    QDoubleSpinBox *addDouble(const QString &label, double value, double min, double max, int decimals,
                              const QString &suffix = {});
    QCheckBox *addCheck(const QString &text, bool checked);
    /// A list of checkable items (id in Qt::UserRole); filterable when long.
    QListWidget *addChecks(const QString &label, const QList<std::pair<QString, qint64>> &items,
                           const QList<qint64> &checked);
    void addNote(const QString &text);
    /// Any other field (e.g. an edit with its unit beside it), owned by the dialog from now on.
    void addField(const QString &label, QWidget *field);

    static QDate dateOf(const QDateEdit *edit);
    static QList<qint64> checkedIds(const QListWidget *list);

    /// Shows the dialog until apply succeeds (returns true) or the user cancels (false).
    bool run(const std::function<Status()> &apply);
    void showError(const QString &message);

private:
    QFormLayout *m_form;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace Uptake
