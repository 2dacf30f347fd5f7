#include "stats.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Uptake::Metrics::Stats {

double quantile(const QList<double> &sorted, double q)
{
    const double position = q * double(sorted.size() - 1);
    const auto below = qsizetype(std::floor(position));
    const qsizetype above = std::min(below + 1, sorted.size() - 1);
    const double fraction = position - double(below);
    return sorted.at(below) + (sorted.at(above) - sorted.at(below)) * fraction;
}

std::optional<double> pearson(const QList<double> &x, const QList<double> &y)
{
    const qsizetype n = std::min(x.size(), y.size());
    if (n < 2)
        return std::nullopt;
    double mx = 0, my = 0;
    for (qsizetype i = 0; i < n; ++i) {
        mx += x.at(i);
        my += y.at(i);
    }
    mx /= double(n);
    my /= double(n);
    double sxy = 0, sxx = 0, syy = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const double dx = x.at(i) - mx;
        const double dy = y.at(i) - my;
        sxy += dx * dy;
        sxx += dx * dx;
        syy += dy * dy;
    }
    if (sxx <= 0 || syy <= 0)
        return std::nullopt;
    return std::clamp(sxy / std::sqrt(sxx * syy), -1.0, 1.0);
}

std::optional<QPair<double, double>> fisherInterval(double r, qsizetype n)
{
    if (n <= 3)
        return std::nullopt;
    const double clipped = std::clamp(r, -0.999999, 0.999999);
    const double z = std::atanh(clipped);
    const double se = 1.0 / std::sqrt(double(n - 3));
    return QPair<double, double>{std::tanh(z - 1.959964 * se), std::tanh(z + 1.959964 * se)};
}

QList<double> ranks(const QList<double> &values)
{
    QList<qsizetype> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&values](qsizetype a, qsizetype b) { return values[a] < values[b]; });
    QList<double> out(values.size());
    for (qsizetype i = 0; i < order.size();) {
        qsizetype j = i;
        while (j + 1 < order.size() && values[order[j + 1]] == values[order[i]])
            ++j;
        const double rank = (double(i) + double(j)) / 2.0 + 1.0;
        for (qsizetype k = i; k <= j; ++k)
            out[order[k]] = rank;
        i = j + 1;
    }
    return out;
}

std::optional<double> spearman(const QList<double> &x, const QList<double> &y)
{
    return pearson(ranks(x), ranks(y));
}

QPair<double, double> linearFit(const QList<double> &x, const QList<double> &y)
{
    const qsizetype n = std::min(x.size(), y.size());
    if (n < 2)
        return {0, n ? y.first() : 0};
    double mx = 0, my = 0;
    for (qsizetype i = 0; i < n; ++i) {
        mx += x.at(i);
        my += y.at(i);
    }
    mx /= double(n);
    my /= double(n);
    double sxy = 0, sxx = 0;
    for (qsizetype i = 0; i < n; ++i) {
        sxy += (x.at(i) - mx) * (y.at(i) - my);
        sxx += (x.at(i) - mx) * (x.at(i) - mx);
    }
    const double slope = sxx > 0 ? sxy / sxx : 0;
    return {slope, my - slope * mx};
}

} // namespace Uptake::Metrics::Stats
