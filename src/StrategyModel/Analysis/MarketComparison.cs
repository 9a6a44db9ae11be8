using System.Collections.Immutable;

namespace StrategyModel.Analysis;

/// <summary>Two markets of one analysis side by side, item by item, as the thesis's Table 3 does.</summary>
/// <remarks>Cells are ordered by row, then by item id (ordinal). An item that holds in neither market is not listed.</remarks>
public sealed record MarketComparison
{
    /// <summary>Gets the case's id.</summary>
    public required string CaseId { get; init; }

    /// <summary>Gets the analysed firm's id: with <see cref="CaseId"/> and <see cref="AsOfYear"/>, the analysis the comparison was taken from
    /// (the reports refuse a comparison of another analysis).</summary>
    public required string FirmId { get; init; }

    /// <summary>Gets the analysis year.</summary>
    public required int AsOfYear { get; init; }

    /// <summary>Gets the first market's id.</summary>
    public required string MarketA { get; init; }

    /// <summary>Gets the second market's id.</summary>
    public required string MarketB { get; init; }

    /// <summary>Gets the cells.</summary>
    public required ImmutableArray<ComparisonCell> Cells { get; init => field = value.OrEmpty(); }

    /// <summary>Returns a cell by row and item, or <see langword="null"/> when the item holds in neither market.</summary>
    /// <param name="row">The row.</param>
    /// <param name="item">The item id.</param>
    /// <returns>The cell or <see langword="null"/>.</returns>
    public ComparisonCell? Find(ComparisonRow row, string item) => Cells.FirstOrDefault(c => c.Row == row && c.Item == item);

    /// <inheritdoc />
    public bool Equals(MarketComparison? other) =>
        other is not null && CaseId == other.CaseId && FirmId == other.FirmId && AsOfYear == other.AsOfYear && MarketA == other.MarketA && MarketB == other.MarketB
        && Cells.AsSpan().SequenceEqual(other.Cells.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(CaseId, AsOfYear, MarketA, MarketB);
}
