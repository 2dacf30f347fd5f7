#pragma once

#include <QStringList>

namespace Uptake::Cli {

/// Exit codes of every subcommand.
enum ExitCode { Ok = 0, UsageError = 1, DataError = 2 };

/// True when the arguments ask for a subcommand (or --help/--version) rather than the GUI.
bool wantsCommandLine(int argc, char **argv);

/// True when the subcommand draws text (the PDF report): it needs a QGuiApplication for fonts, on the
/// "offscreen" platform so that no display is needed.
bool needsFonts(int argc, char **argv);

/// Runs a subcommand; arguments as QCoreApplication::arguments() returns them. Needs no display.
int run(const QStringList &arguments);

} // namespace Uptake::Cli
