using System.Collections.Immutable;

namespace StrategyModel.Cases;

/// <summary>A host market: one country or a region of several.</summary>
/// <remarks>Immutable and thread-safe; equality compares <see cref="Countries"/> element by element.</remarks>
public sealed record Market
{
    /// <summary>Gets the market's kebab-case id, unique within the case, e.g. <c>russia</c> or <c>southeast-asia</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the market's name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets whether the market is a country or a region.</summary>
    public required MarketKind Kind { get; init; }

    /// <summary>Gets the upper-case ISO 3166-1 alpha-2 codes of the market's countries (exactly one for a country market).</summary>
    public required ImmutableArray<string> Countries { get; init => field = value.OrEmpty(); }

    /// <inheritdoc />
    public bool Equals(Market? other) =>
        other is not null && Id == other.Id && Name == other.Name && Kind == other.Kind && ArrayEquality.Equal(Countries, other.Countries);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id);
        hash.Add(Kind);
        ArrayEquality.Add(ref hash, Countries);
        return hash.ToHashCode();
    }
}
