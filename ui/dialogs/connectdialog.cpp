#include "connectdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Uptake {

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_lead(new QLabel(this))
    , m_message(new QLabel(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the password in the system keychain"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to Team Workspace"));
    m_lead->setText(tr("A team workspace lives on your organisation's PostgreSQL server, so several L&D "
                       "staff can work on the same program and the board can read it. Your IT team sets "
                       "the database up with <tt>uptake server-init</tt> and gives you an account: editors "
                       "change the workspace, readers only see it."));
    m_lead->setObjectName(u"lead"_s);
    m_lead->setWordWrap(true);
    m_message->setObjectName(u"dialogError"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    m_host->setObjectName(u"host"_s);
    m_host->setPlaceholderText(tr("e.g. db.example.org"));
    m_port->setObjectName(u"port"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_database->setObjectName(u"database"_s);
    m_database->setPlaceholderText(tr("e.g. uptake"));
    m_user->setObjectName(u"user"_s);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(u"remember"_s);
    m_remember->setToolTip(tr("Stored by your desktop's password manager, never in Uptake's settings."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);

    QPushButton *connectButton = m_buttons->addButton(tr("C&onnect"), QDialogButtonBox::AcceptRole);
    connectButton->setObjectName(u"connect"_s);
    connectButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *e : {m_host, m_database, m_user})
        connect(e, &QLineEdit::textChanged, this, &ConnectDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_lead);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setTabOrder(m_host, m_port);
    setTabOrder(m_port, m_database);
    setTabOrder(m_database, m_user);
    setTabOrder(m_user, m_password);
    setTabOrder(m_password, m_remember);
    resize(520, sizeHint().height());
    updateButtons();
}

void ConnectDialog::setUrl(const QString &url)
{
    const QUrl u(url);
    m_host->setText(u.host());
    m_port->setValue(u.port(5432));
    QString database = u.path(QUrl::FullyDecoded);
    if (database.startsWith(u'/'))
        database.remove(0, 1);
    m_database->setText(database);
    QString user = u.userName();
    if (user.isEmpty())
        user = QUrlQuery(u).queryItemValue(u"user"_s, QUrl::FullyDecoded);
    m_user->setText(user);
    // The password is the one thing left to type.
    if (!m_host->text().isEmpty() && !m_database->text().isEmpty() && !m_user->text().isEmpty())
        m_password->setFocus();
}

QString ConnectDialog::url() const
{
    QUrl u;
    u.setScheme(u"postgresql"_s);
    u.setHost(m_host->text().trimmed());
    u.setPort(m_port->value());
    u.setUserName(m_user->text().trimmed());
    u.setPath(u'/' + m_database->text().trimmed());
    return u.toString(QUrl::FullyEncoded);
}

QString ConnectDialog::password() const
{
    return m_password->text();
}

void ConnectDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

bool ConnectDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

void ConnectDialog::setRememberPassword(bool remember)
{
    m_remember->setChecked(remember);
}

void ConnectDialog::setLead(const QString &text)
{
    m_lead->setText(text);
}

void ConnectDialog::setAcceptText(const QString &text)
{
    if (QPushButton *b = findChild<QPushButton *>(u"connect"_s))
        b->setText(text);
}

void ConnectDialog::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void ConnectDialog::updateButtons()
{
    const bool complete = !m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty() &&
                          !m_user->text().trimmed().isEmpty();
    if (QPushButton *b = findChild<QPushButton *>(u"connect"_s))
        b->setEnabled(complete);
}

} // namespace Uptake
