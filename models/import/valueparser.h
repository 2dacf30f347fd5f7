#pragma once

#include <QString>

#include <optional>

namespace Uptake::Import {

/// Whether text stands for a missing value: empty, "-", "NULL" (any case), "\N" (MySQL dumps) or "?",
/// ignoring surrounding spaces.
bool isMissingValue(QStringView text);

/// The longest duration one event may carry, in minutes: a day. A longer one is a tab left open for a week or a
/// course attempt's calendar time, not time spent learning, and would swamp every learning-time figure: the
/// importer rejects the row, saying so, rather than store it.
inline constexpr double MaxEventDurationMinutes = 24 * 60;

/// Reads numbers and durations the way a file writes them: with a decimal point or a decimal comma,
/// with or without thousands separators. Missing values (see isMissingValue()) and anything else that is not
/// a number give std::nullopt.
class ValueParser
{
public:
    /// decimalComma: "3,5" is three and a half and "1.234,5" has a thousands separator; otherwise the reverse.
    explicit ValueParser(bool decimalComma = false);

    bool decimalComma() const { return m_decimalComma; }

    /// A number: optional sign, digits with optional thousands separators in groups of three (',' for a decimal
    /// point; '.', space, no-break space or apostrophe for a decimal comma), an optional fraction, and an
    /// optional exponent when there are no thousands separators. "1,234.5", "-3,5", "1e-3", ".5".
    std::optional<double> toNumber(QStringView text) const;

    /// A whole number (no fraction, no exponent); thousands separators as in toNumber().
    std::optional<qint64> toInteger(QStringView text) const;

    /// A duration in minutes, from seconds as a number ("90" is 1.5), "H:MM:SS" with optional fraction of
    /// seconds ("1:02:03"), or an ISO 8601 duration as xAPI writes it ("PT1H2M3S", "P1DT2H", "PT0.5S", "P2W").
    /// "M:SS" alone is refused as ambiguous, and so are ISO years and months, whose length varies.
    std::optional<double> toDurationMinutes(QStringView text) const;

private:
    bool m_decimalComma;
};

} // namespace Uptake::Import
