#include "theme.h"

#include <QPalette>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Uptake::Theme {

void apply(QWidget *window)
{
    const QPalette p = window->palette();
    const bool dark = p.color(QPalette::Window).lightness() < 128;
    const QString accent = dark ? u"#5fb8a5"_s : u"#2f7d6d"_s;
    const QString navBackground = dark ? u"#1f2a28"_s : u"#eef4f2"_s;
    const QString card = p.color(QPalette::Base).name();
    const QString border = p.color(QPalette::Mid).name();
    const QString muted = dark ? u"#a9b5b2"_s : u"#55605d"_s;
    window->setStyleSheet(uR"(
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
QLabel#dialogError { color: #b3261e; }
)"_s.arg(navBackground, accent, card, border, muted, dark ? u"#2d3b38"_s : u"#dbe9e5"_s));
}

} // namespace Uptake::Theme
