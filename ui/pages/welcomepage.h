#pragma once

#include <QWidget>

class QListWidget;

namespace Uptake {

/// Shown when no workspace is open: start a new one, open one, or explore the demo.
class WelcomePage final : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void setRecentFiles(const QStringList &files);

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void demoRequested();
    void recentRequested(const QString &path);

private:
    QListWidget *m_recent;
};

} // namespace Uptake
