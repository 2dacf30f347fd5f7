#pragma once

#include "documentlayout.h"
#include "export/reportdata.h"

#include <QLocale>

namespace Uptake::Report {

/// Turns a report's data into a document: the chosen sections in order, each with its tables, charts and
/// honest captions (sample sizes, "correlation is not causation", estimated durations).
Document buildDocument(const ReportData &data, const QString &fontFamily, const QLocale &locale = QLocale());

/// Header, footer and paper of a report's pages.
PageSetup pageSetup(const ReportData &data, QPageSize::PageSizeId pageSize, const QString &fontFamily,
                    const QLocale &locale = QLocale());

/// A span of days as people read it: "3–9 Mar 2025", "24 Feb – 9 Mar 2025", "29 Dec 2025 – 4 Jan 2026".
QString dateRange(const QDate &first, const QDate &last, const QLocale &locale = QLocale());
/// Periods of days days each, starting on the given dates, with consecutive (or overlapping) ones collapsed into
/// one range: weeks of 3 and 10 March and 7 April 2025 → "3–16 Mar 2025, 7–13 Apr 2025".
QString dateRanges(QList<QDate> starts, int days, const QLocale &locale = QLocale());

/// The status in words ("On track") and its colour.
QString statusText(Metrics::TargetStatus status);
QColor statusColor(Metrics::TargetStatus status);

/// A KPI value as people read it: rates as percentages, counts as whole numbers, days with one decimal.
QString formatKpi(const QString &kpi, double value, const QLocale &locale = QLocale());
/// The summary sentence of a KPI line, e.g. "Weekly active users is 212, 6% below the day-60 target of 225."
QString kpiSentence(const KpiLine &line, const QLocale &locale = QLocale());

} // namespace Uptake::Report
