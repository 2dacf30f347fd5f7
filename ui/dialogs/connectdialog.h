#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Uptake {

/// File → Connect to Team Workspace…: where a team workspace lives on the organisation's PostgreSQL server and
/// who connects. The password goes to the system keychain when the user asks, never to Uptake's settings.
class ConnectDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    /// Fills the fields from a postgresql:// URL (a recent team workspace); its password, if any, is ignored.
    void setUrl(const QString &url);
    /// postgresql://user@host:port/database, without the password.
    QString url() const;
    QString password() const;
    void setPassword(const QString &password);
    bool rememberPassword() const;
    void setRememberPassword(bool remember);
    /// The explanation at the top (what connecting means; for publishing or downloading, what will happen).
    void setLead(const QString &text);
    /// The text of the button that accepts (default "Connect").
    void setAcceptText(const QString &text);
    /// A line above the form, e.g. why the dialog is asking again ("The server refused the password.").
    void setMessage(const QString &message);

private:
    void updateButtons();

    QLabel *m_lead;
    QLabel *m_message;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QDialogButtonBox *m_buttons;
};

} // namespace Uptake
