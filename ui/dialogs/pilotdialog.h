#pragma once

#include "domain/pilot.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Uptake {

/// Creates or edits a pilot. Validation that needs the workspace (unique names) happens when the
/// edit is applied; the dialog checks what it can see itself.
class PilotDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit PilotDialog(const Pilot &pilot, QWidget *parent = nullptr);
    Pilot pilot() const;
    void showError(const QString &message);

private:
    void updateState();

    Pilot m_pilot;
    QLineEdit *m_name;
    QPlainTextEdit *m_cohort;
    QLineEdit *m_filter;
    QCheckBox *m_hasStart;
    QDateEdit *m_start;
    QSpinBox *m_weeks;
    QComboBox *m_status;
    QLineEdit *m_owner;
    QLabel *m_end;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace Uptake
