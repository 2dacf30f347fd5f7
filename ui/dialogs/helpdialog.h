#pragma once

#include <QDialog>

class QTextBrowser;

namespace Uptake {

/// Help → Uptake Guide: the method in short (diagnose, design, pilot with PLAN cycles, govern; the 30/60/90-day
/// checkpoints) and every metric's definition, taken from Metrics::definitions() so Help, the CLI and the report
/// never disagree.
class HelpDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpDialog)
public:
    explicit HelpDialog(QWidget *parent = nullptr);

    /// The guide as HTML, in the current language.
    static QString guideHtml();
    /// Scrolls to a metric's definition (its key in Metrics::definitions()).
    void showDefinition(const QString &key);

private:
    QTextBrowser *m_browser;
};

} // namespace Uptake
