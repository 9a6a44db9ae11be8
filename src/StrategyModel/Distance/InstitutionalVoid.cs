using System.Collections.Immutable;
using StrategyModel.Evidence;

namespace StrategyModel.Distance;

/// <summary>An analyst's rating of one institutional void in a host country (Khanna &amp; Palepu 1997, 2010), with its evidence.</summary>
/// <remarks>Equality compares <see cref="Evidence"/> element by element.</remarks>
public sealed record InstitutionalVoid
{
    /// <summary>Gets the missing intermediary.</summary>
    public required InstitutionalVoidKind Kind { get; init; }

    /// <summary>Gets how large the gap is (High = the intermediary is largely missing).</summary>
    public required DistanceLevel Level { get; init; }

    /// <summary>Gets the analyst's confidence in the rating.</summary>
    public Confidence Confidence { get; init; }

    /// <summary>Gets the year the rating speaks for, or <see langword="null"/>.</summary>
    public int? AsOf { get; init; }

    /// <summary>Gets the ids of the facts behind the rating (at least one in a loaded case).</summary>
    public ImmutableArray<string> Evidence { get; init => field = value.OrEmpty(); } = [];

    /// <inheritdoc />
    public bool Equals(InstitutionalVoid? other) =>
        other is not null && Kind == other.Kind && Level == other.Level && Confidence == other.Confidence && AsOf == other.AsOf
        && ArrayEquality.Equal(Evidence, other.Evidence);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Level, AsOf);
}
