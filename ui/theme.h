#pragma once

class QWidget;

namespace Uptake::Theme {

/// Styles the main window's navigation, titles, tiles and cards from the current palette, so a dark
/// system palette works as well as a light one.
void apply(QWidget *window);

} // namespace Uptake::Theme
