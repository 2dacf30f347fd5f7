#pragma once

#include <QColor>

class QPalette;
class QString;
class QWidget;

namespace Uptake::Theme {

/// Styles the main window's navigation, titles, tiles and cards from the current palette, so a dark
/// system palette works as well as a light one. Call it again when the palette changes (it does nothing when
/// the style would not change).
void apply(QWidget *window);

/// Whether palette is a dark one (light text on a dark window).
bool isDark(const QPalette &palette);
/// The colour of a target status ("on_track", "at_risk", "off_track"; anything else: the text colour), readable
/// on palette's window and base colours. Status is never shown by colour alone: the words go with it.
QColor statusColor(const QString &status, const QPalette &palette);
/// Text that is quieter than the body text but still readable (captions, axis labels).
QColor mutedText(const QPalette &palette);
/// Red for outages and errors, readable on palette.
QColor alertColor(const QPalette &palette);
/// Between palette's window and text colours, at amount (0: window, 1: text), for grid lines and rules.
QColor blend(const QPalette &palette, double amount);

} // namespace Uptake::Theme
