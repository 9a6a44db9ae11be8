using System.Collections.Immutable;

namespace StrategyModel.Distance;

/// <summary>A host-country limit on foreign ownership, in percent, with the year it took effect and its source.</summary>
/// <remarks>Equality compares <see cref="Evidence"/> element by element.</remarks>
public sealed record OwnershipCap
{
    /// <summary>Gets the highest foreign stake permitted, 0 to 100.</summary>
    public required decimal Percent { get; init; }

    /// <summary>Gets the year the cap took effect.</summary>
    public required int Year { get; init; }

    /// <summary>Gets the law or document that sets the cap.</summary>
    public required string Source { get; init; }

    /// <summary>Gets the sector the cap applies to, or <see langword="null"/> for every sector the case concerns.</summary>
    public string? Sector { get; init; }

    /// <summary>Gets the ids of the facts that quote the cap; empty when none were given.</summary>
    public ImmutableArray<string> Evidence { get; init => field = value.OrEmpty(); } = [];

    /// <inheritdoc />
    public bool Equals(OwnershipCap? other) =>
        other is not null && Percent == other.Percent && Year == other.Year && Source == other.Source && Sector == other.Sector
        && ArrayEquality.Equal(Evidence, other.Evidence);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Percent, Year, Source, Sector);
}
