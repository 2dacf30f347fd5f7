#pragma once

#include "demo/demogenerator.h"
#include "domain/result.h"

#include <functional>

namespace Uptake {
class Workspace;
}

namespace Uptake::Demo {

/// Fills an empty workspace with the demo: program, pilots, and the roster, events and performance
/// as three import batches (so the Data page shows where they came from). progress(0..100) may be empty.
Status populate(Workspace &workspace, const DemoData &data, const std::function<void(int)> &progress = {});

/// Creates a complete demo workspace at path in one step: it is built beside the target and moved into
/// place only when finished, so a failure leaves no half-filled file (and any old file intact).
Status createDemoWorkspace(const QString &path, bool overwrite, const Options &options = {},
                           const std::function<void(int)> &progress = {});

} // namespace Uptake::Demo
