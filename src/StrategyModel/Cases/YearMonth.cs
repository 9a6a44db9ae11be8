using System.Globalization;

namespace StrategyModel.Cases;

/// <summary>A date of the case format: a year, or a year and a month (<c>{"year": 2016}</c> or <c>{"year": 2016, "month": 4}</c>).</summary>
/// <param name="Year">The year (1600 to 3000 in a loaded case).</param>
/// <param name="Month">The month (1 to 12), or <see langword="null"/> when the source gives the year only.</param>
/// <remarks>
/// Ordered by year, then month, a year without a month coming before every month of that year (it is read as "some time in
/// the year, known no better"). Immutable and thread-safe.
/// </remarks>
public readonly record struct YearMonth(int Year, int? Month = null) : IComparable<YearMonth>
{
    /// <summary>Returns whether <paramref name="left"/> comes before <paramref name="right"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>Whether the first date is earlier.</returns>
    public static bool operator <(YearMonth left, YearMonth right) => left.CompareTo(right) < 0;

    /// <summary>Returns whether <paramref name="left"/> comes after <paramref name="right"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>Whether the first date is later.</returns>
    public static bool operator >(YearMonth left, YearMonth right) => left.CompareTo(right) > 0;

    /// <summary>Returns whether <paramref name="left"/> comes before or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>Whether the first date is not later.</returns>
    public static bool operator <=(YearMonth left, YearMonth right) => left.CompareTo(right) <= 0;

    /// <summary>Returns whether <paramref name="left"/> comes after or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>Whether the first date is not earlier.</returns>
    public static bool operator >=(YearMonth left, YearMonth right) => left.CompareTo(right) >= 0;

    /// <summary>Compares by year, then by month, a missing month first.</summary>
    /// <param name="other">The date to compare with.</param>
    /// <returns>Negative, zero or positive as this date is earlier, equal or later.</returns>
    public int CompareTo(YearMonth other)
    {
        var byYear = Year.CompareTo(other.Year);
        return byYear != 0 ? byYear : (Month ?? 0).CompareTo(other.Month ?? 0);
    }

    /// <summary>Returns <c>yyyy</c> or <c>yyyy-MM</c>, culture-invariant.</summary>
    /// <returns>The date as text.</returns>
    public override string ToString() =>
        Month is { } month
            ? string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{month:00}")
            : Year.ToString("0000", CultureInfo.InvariantCulture);
}
