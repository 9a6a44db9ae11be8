using StrategyModel.EntryModes;

namespace StrategyModel.Cases;

/// <summary>How and when an entry ended: divestment, sale to a named buyer (possibly for a stake in the buyer), closure or exit.</summary>
/// <remarks>De-internationalization in the sense of Benito &amp; Welch (1997). Immutable and thread-safe.</remarks>
public sealed record EntryEnd
{
    /// <summary>Gets how the entry ended.</summary>
    public required EntryEndKind Kind { get; init; }

    /// <summary>Gets when the entry ended; from this date on the firm no longer holds the operation.</summary>
    public required YearMonth Date { get; init; }

    /// <summary>Gets the id of the firm that bought the operation (only for <see cref="EntryEndKind.Sale"/>), or <see langword="null"/>.</summary>
    public string? Buyer { get; init; }

    /// <summary>Gets the stake in <see cref="Buyer"/> the firm received for the operation, in percent (0 to 100), or <see langword="null"/>.</summary>
    public decimal? StakeInBuyerPercent { get; init; }
}
