using System.Collections.Immutable;

namespace StrategyModel.Cases;

/// <summary>That one firm competes with another, in a market or everywhere.</summary>
/// <remarks>Immutable and thread-safe; equality compares <see cref="Evidence"/> element by element.</remarks>
public sealed record Competitor
{
    /// <summary>Gets the id of the firm.</summary>
    public required string Firm { get; init; }

    /// <summary>Gets the id of the firm it competes with (wire name <c>competitor</c>).</summary>
    public required string CompetitorFirm { get; init; }

    /// <summary>Gets the id of the market where they compete, or <see langword="null"/> when not specific to a market.</summary>
    public string? Market { get; init; }

    /// <summary>Gets the ids of the facts that evidence the rivalry (at least one in a loaded case).</summary>
    public required ImmutableArray<string> Evidence { get; init => field = value.OrEmpty(); }

    /// <inheritdoc />
    public bool Equals(Competitor? other) =>
        other is not null && Firm == other.Firm && CompetitorFirm == other.CompetitorFirm && Market == other.Market
        && ArrayEquality.Equal(Evidence, other.Evidence);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Firm);
        hash.Add(CompetitorFirm);
        hash.Add(Market);
        ArrayEquality.Add(ref hash, Evidence);
        return hash.ToHashCode();
    }
}
