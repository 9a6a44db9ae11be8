using System.Collections.Immutable;
using StrategyModel.Evidence;

namespace StrategyModel.Cases;

/// <summary>A business unit of a firm, such as a marketplace or a payment service.</summary>
/// <remarks>Immutable and thread-safe; equality compares <see cref="Evidence"/> element by element.</remarks>
public sealed record BusinessUnit
{
    /// <summary>Gets the unit's kebab-case id, unique within its firm.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the unit's name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the unit's platform model, or <see langword="null"/>.</summary>
    public PlatformModel? PlatformModel { get; init; }

    /// <summary>Gets the year the unit was launched, or <see langword="null"/>.</summary>
    public int? LaunchedYear { get; init; }

    /// <summary>Gets the ids of the facts about the unit; empty when none are listed.</summary>
    public ImmutableArray<string> Evidence { get; init => field = value.OrEmpty(); } = [];

    /// <inheritdoc />
    public bool Equals(BusinessUnit? other) =>
        other is not null && Id == other.Id && Name == other.Name && PlatformModel == other.PlatformModel
        && LaunchedYear == other.LaunchedYear && ArrayEquality.Equal(Evidence, other.Evidence);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id);
        hash.Add(Name);
        ArrayEquality.Add(ref hash, Evidence);
        return hash.ToHashCode();
    }
}
