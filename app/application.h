#pragma once

class QCoreApplication;

namespace Uptake::App {

/// Names the application, loads Qt's and Uptake's translations for the chosen language.
void setUp(QCoreApplication &app);

} // namespace Uptake::App
