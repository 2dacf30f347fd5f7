#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Uptake {

/// What a page shows when it has nothing to show yet: why, and the one action that changes that.
class EmptyState final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)
public:
    EmptyState(const QString &title, const QString &text, const QString &actionText = {}, QWidget *parent = nullptr);
    void setText(const QString &title, const QString &text);
    QPushButton *actionButton() const { return m_action; }

Q_SIGNALS:
    void actionTriggered();

private:
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_action;
};

} // namespace Uptake
