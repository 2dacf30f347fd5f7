#pragma once

#include "domain/result.h"
#include "export/reportdata.h"

#include <QStringList>

#include <optional>

namespace Uptake {

/// A named choice of report sections ("Board pack", "Monthly one-pager"), saved in the user's settings so the
/// Report page and `uptake report --template NAME` make the same report.
struct ReportTemplate
{
    QString name;
    QList<ReportSection> sections;
    bool includeNames = false;
    friend bool operator==(const ReportTemplate &, const ReportTemplate &) = default;
};

QStringList reportTemplateNames(); ///< sorted, case-insensitively
/// The template with that name (compared without regard to case).
std::optional<ReportTemplate> reportTemplate(const QString &name);
/// Saves or replaces a template; the name must not be empty and it must have a section.
Status saveReportTemplate(const ReportTemplate &t);
Status removeReportTemplate(const QString &name);

} // namespace Uptake
