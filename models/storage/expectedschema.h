#pragma once

#include "schemashape.h"

namespace Uptake {

/// The shape Uptake's migrations 1..version make, what Workspace::schemaProblems() compares a file with. The current
/// version's comes from data the build generated (no SQL runs); an older one (a file about to be upgraded) is built by
/// running the migrations once per process and version.
const SchemaShape &expectedSchemaShape(int version);

} // namespace Uptake
