#pragma once

#include "importprofile.h"

#include "domain/result.h"

#include <QStringList>

#include <optional>

namespace Uptake::Import {

/// Mappings that users saved by name ("HR roster, monthly", "Moodle log, Spanish site") to reuse on the next
/// export of the same shape. They live in the user's settings, not in a workspace: the file a profile is made
/// for usually comes back month after month, into this workspace and into the next one.
QStringList savedProfileNames(); ///< sorted, case-insensitively
std::optional<ImportProfile> savedProfile(const QString &name);
/// Saves (or replaces) a profile. The name must not be empty or the name of a built-in preset.
Status saveProfile(const QString &name, const ImportProfile &profile);
Status removeSavedProfile(const QString &name);

} // namespace Uptake::Import
