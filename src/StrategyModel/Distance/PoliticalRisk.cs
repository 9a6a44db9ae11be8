using System.Collections.Immutable;
using StrategyModel.Evidence;

namespace StrategyModel.Distance;

/// <summary>An analyst's rating of a host country's political risk: the likelihood and severity of adverse government action, such as
/// regulation that turns against foreign entrants, with its evidence.</summary>
/// <remarks>Equality compares <see cref="Evidence"/> element by element.</remarks>
public sealed record PoliticalRisk
{
    /// <summary>Gets the rated level.</summary>
    public required DistanceLevel Level { get; init; }

    /// <summary>Gets the analyst's confidence in the rating.</summary>
    public Confidence Confidence { get; init; }

    /// <summary>Gets the year the rating speaks for, or <see langword="null"/>.</summary>
    public int? AsOf { get; init; }

    /// <summary>Gets the ids of the facts behind the rating (at least one in a loaded case).</summary>
    public ImmutableArray<string> Evidence { get; init => field = value.OrEmpty(); } = [];

    /// <inheritdoc />
    public bool Equals(PoliticalRisk? other) =>
        other is not null && Level == other.Level && Confidence == other.Confidence && AsOf == other.AsOf && ArrayEquality.Equal(Evidence, other.Evidence);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Level, AsOf);
}
