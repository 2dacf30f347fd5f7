#include "theme.h"

#include <QPalette>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Uptake::Theme {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor statusColor(const QString &status, const QPalette &palette)
{
    const bool dark = isDark(palette);
    if (status == u"on_track"_s)
        return dark ? QColor(0x5c, 0xc9, 0x83) : QColor(0x1e, 0x7d, 0x3c);
    if (status == u"at_risk"_s)
        return dark ? QColor(0xf2, 0xa6, 0x4b) : QColor(0xa1, 0x5c, 0x00);
    if (status == u"off_track"_s)
        return alertColor(palette);
    return palette.color(QPalette::WindowText);
}

QColor mutedText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xa9, 0xb5, 0xb2) : QColor(0x55, 0x60, 0x5d);
}

QColor alertColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

QColor blend(const QPalette &palette, double amount)
{
    const QColor a = palette.color(QPalette::Window);
    const QColor b = palette.color(QPalette::WindowText);
    auto mix = [amount](int x, int y) { return int(x + (y - x) * amount + 0.5); };
    return QColor(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue()));
}

void apply(QWidget *window)
{
    const QPalette p = window->palette();
    const bool dark = isDark(p);
    const QString accent = dark ? u"#5fb8a5"_s : u"#2f7d6d"_s;
    const QString navBackground = dark ? u"#1f2a28"_s : u"#eef4f2"_s;
    const QString card = p.color(QPalette::Base).name();
    const QString border = p.color(QPalette::Mid).name();
    const QString muted = mutedText(p).name();
    const QString style = uR"(
QListWidget#navigation { background: %1; border: none; padding-top: 12px; font-size: 11pt; }
QListWidget#navigation::item { padding-left: 20px; border-left: 4px solid transparent; }
QListWidget#navigation::item:selected { background: %6; color: palette(text); border-left: 4px solid %2;
                                        font-weight: 600; }
QLabel#pageTitle { font-size: 20pt; font-weight: 600; }
QLabel#pageLead, QLabel#emptyStateText { color: %5; font-size: 10.5pt; }
QLabel#listTitle { font-size: 11pt; font-weight: 600; }
QLabel#sectionTitle { font-size: 12.5pt; font-weight: 600; margin-top: 8px; }
QLabel#pageStatus, QLabel#nextStep { background: %3; border: 1px solid %4; border-left: 4px solid %2;
                                     padding: 8px 12px; }
QFrame#kpiTile, QFrame#stepCard { background: %3; border: 1px solid %4; border-radius: 8px; }
QLabel#kpiCaption { color: %5; font-weight: 600; }
QLabel#kpiNote { color: %5; }
QLabel#stepNumber { background: %2; color: white; border-radius: 14px; font-weight: 600; }
QLabel#stepState { color: %5; font-style: italic; }
QLabel#dialogError { color: %7; }
QLabel#dryRunWarnings { background: %3; border: 1px solid %4; border-left: 4px solid %7; padding: 8px 12px; }
)"_s.arg(navBackground, accent, card, border, muted, dark ? u"#2d3b38"_s : u"#dbe9e5"_s, alertColor(p).name());
    if (window->styleSheet() != style)
        window->setStyleSheet(style);
}

} // namespace Uptake::Theme
