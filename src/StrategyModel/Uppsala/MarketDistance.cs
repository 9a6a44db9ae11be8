using System.Collections.Immutable;

namespace StrategyModel.Uppsala;

/// <summary>One market a firm entered: when it first entered, and its psychic distance from the firm's home.</summary>
/// <param name="Market">The market's name, unique within a profile.</param>
/// <param name="FirstEntryYear">The year the firm first entered the market.</param>
/// <param name="Distance">The psychic distance from home on any scale the caller chooses (higher is more distant), such as a Kogut-Singh index.</param>
/// <param name="Evidence">Ids of the facts and analyst assessments behind the year and the distance; empty when none were supplied.</param>
/// <remarks>Equality compares the evidence ids element by element.</remarks>
public sealed record MarketDistance(string Market, int FirstEntryYear, decimal Distance, ImmutableArray<string> Evidence)
{
    /// <summary>Creates a market without evidence ids.</summary>
    /// <param name="market">The market's name.</param>
    /// <param name="firstEntryYear">The year the firm first entered the market.</param>
    /// <param name="distance">The psychic distance from home.</param>
    public MarketDistance(string market, int firstEntryYear, decimal distance)
        : this(market, firstEntryYear, distance, ImmutableArray<string>.Empty)
    {
    }

    /// <summary>Gets the evidence ids, never a default array.</summary>
    public ImmutableArray<string> Evidence { get; init => field = value.OrEmpty(); } = Evidence.IsDefault ? ImmutableArray<string>.Empty : Evidence;

    /// <inheritdoc />
    public bool Equals(MarketDistance? other) =>
        other is not null && Market == other.Market && FirstEntryYear == other.FirstEntryYear && Distance == other.Distance
        && Evidence.AsSpan().SequenceEqual(other.Evidence.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Market, FirstEntryYear, Distance, Evidence.Length);
}
