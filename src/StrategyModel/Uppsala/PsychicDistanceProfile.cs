using System.Collections.Immutable;

namespace StrategyModel.Uppsala;

/// <summary>The markets one firm entered, with entry years and psychic distances: the input of the psychic-distance test.</summary>
/// <remarks>
/// At least two markets with distinct names (compared ignoring case) are required. The distances are the caller's, on any scale:
/// the Uppsala model names the factors (language, education, business practice, culture, industrial development;
/// Johanson &amp; Wiedersheim-Paul 1975) but no metric. Equality compares the markets element by element.
/// </remarks>
public sealed record PsychicDistanceProfile
{
    /// <summary>Gets the markets the firm entered, in any order.</summary>
    public required ImmutableArray<MarketDistance> Markets { get; init => field = value.OrEmpty(); }

    /// <inheritdoc />
    public bool Equals(PsychicDistanceProfile? other) =>
        other is not null && Markets.IsDefault == other.Markets.IsDefault
        && (Markets.IsDefault || Markets.AsSpan().SequenceEqual(other.Markets.AsSpan()));

    /// <inheritdoc />
    public override int GetHashCode() => Markets.IsDefault ? 0 : Markets.Length;
}
