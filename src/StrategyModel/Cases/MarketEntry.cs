using System.Collections.Immutable;
using StrategyModel.EntryModes;

namespace StrategyModel.Cases;

/// <summary>A dated entry of a firm into a market, with the entry mode it used.</summary>
/// <remarks>Immutable and thread-safe; equality compares <see cref="Evidence"/> element by element.</remarks>
public sealed record MarketEntry
{
    /// <summary>Gets the entry's kebab-case id, unique within the case.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the id of the entering firm.</summary>
    public required string Firm { get; init; }

    /// <summary>Gets the id of the market entered.</summary>
    public required string Market { get; init; }

    /// <summary>Gets the year of entry.</summary>
    public required int Year { get; init; }

    /// <summary>Gets the month of entry (1 to 12), or <see langword="null"/>.</summary>
    public int? Month { get; init; }

    /// <summary>Gets the entry mode.</summary>
    public required EntryMode Mode { get; init; }

    /// <summary>Gets the id of the entering business unit (of <see cref="Firm"/>), or <see langword="null"/>.</summary>
    public string? BusinessUnit { get; init; }

    /// <summary>Gets the id of the partner or acquired firm, or <see langword="null"/>.</summary>
    public string? Counterparty { get; init; }

    /// <summary>Gets the equity stake taken, in percent (0 to 100), or <see langword="null"/>.</summary>
    public decimal? StakePercent { get; init; }

    /// <summary>Gets what happened, in plain English.</summary>
    public required string Description { get; init; }

    /// <summary>Gets the ids of the facts that evidence the entry (at least one in a loaded case).</summary>
    public required ImmutableArray<string> Evidence { get; init; }

    /// <inheritdoc />
    public bool Equals(MarketEntry? other) =>
        other is not null && Id == other.Id && Firm == other.Firm && Market == other.Market && Year == other.Year
        && Month == other.Month && Mode == other.Mode && BusinessUnit == other.BusinessUnit && Counterparty == other.Counterparty
        && StakePercent == other.StakePercent && Description == other.Description && ArrayEquality.Equal(Evidence, other.Evidence);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id);
        hash.Add(Firm);
        hash.Add(Market);
        hash.Add(Year);
        hash.Add(Mode);
        ArrayEquality.Add(ref hash, Evidence);
        return hash.ToHashCode();
    }
}
