#pragma once

#include <QString>

namespace Uptake {

/// The organisation's adoption program: one per workspace.
struct Program
{
    QString organisation;
    QString lmsName;
    QString owner;

    friend bool operator==(const Program &, const Program &) = default;
};

} // namespace Uptake
