#pragma once

// Small statistics for the metrics: quantiles, Pearson with a Fisher-z interval, Spearman, least squares.

#include <QList>
#include <QPair>

#include <optional>

namespace Uptake::Metrics::Stats {

/// The q-quantile (0 ≤ q ≤ 1) of sorted values by linear interpolation between closest ranks (type 7, as
/// spreadsheets compute it). Values must be sorted and non-empty.
double quantile(const QList<double> &sorted, double q);
/// Pearson's r; nullopt for fewer than 2 points or no variance.
std::optional<double> pearson(const QList<double> &x, const QList<double> &y);
/// The 95% confidence interval of r through Fisher's z (needs n > 3).
std::optional<QPair<double, double>> fisherInterval(double r, qsizetype n);
/// Spearman's ρ: Pearson's r of the ranks, ties given their average rank.
std::optional<double> spearman(const QList<double> &x, const QList<double> &y);
/// Least-squares line y = slope·x + intercept: (slope, intercept).
QPair<double, double> linearFit(const QList<double> &x, const QList<double> &y);
/// Ranks 1..n, ties averaged.
QList<double> ranks(const QList<double> &values);

} // namespace Uptake::Metrics::Stats
