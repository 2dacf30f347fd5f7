#pragma once

// The frame every dashboard chart sits in: a title, a one-line explanation, an empty state, and the
// export menu (PNG, SVG, copy data, data as CSV). Qt Charts is used only inside ui/charts/.

#include <QFrame>
#include <QStringList>

#include <functional>

class QLabel;
class QStackedLayout;
class QToolButton;

namespace Uptake {

class ChartFrame final : public QFrame
{
    Q_OBJECT
public:
    /// The chart's data as a table, for Copy and CSV export.
    struct Table
    {
        QStringList header;
        QList<QStringList> rows;
    };

    ChartFrame(const QString &title, const QString &subtitle, QWidget *content, QWidget *parent = nullptr);

    void setSubtitle(const QString &subtitle);
    /// Shows the chart, or, when empty is set, a sentence saying why there is nothing to draw.
    void setEmpty(const QString &why);
    void setData(const Table &table);
    Table data() const { return m_table; }
    QString title() const;
    QWidget *content() const { return m_content; }

    /// Writes the chart as PNG (at twice the screen resolution) or SVG; returns an error message or empty.
    QString exportPng(const QString &path) const;
    QString exportSvg(const QString &path) const;
    /// The data as CSV text (what Copy data puts on the clipboard).
    QString csv() const;

private:
    void showMenu();

    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_empty;
    QWidget *m_content;
    QStackedLayout *m_stack;
    QToolButton *m_menuButton;
    Table m_table;
};

} // namespace Uptake
