using System.Collections.Immutable;

namespace StrategyModel.Drivers;

/// <summary>The drivers assessed for one firm (or one firm in one market), the input of the drivers framework.</summary>
/// <remarks>
/// Each kind may appear at most once; kinds not listed count as <see cref="Strength.Absent"/> without evidence.
/// Equality compares the drivers element by element.
/// </remarks>
public sealed record DriversProfile
{
    /// <summary>Gets the assessed drivers, in any order.</summary>
    public required ImmutableArray<DriverInput> Drivers { get; init; }

    /// <inheritdoc />
    public bool Equals(DriversProfile? other) =>
        other is not null && Drivers.IsDefault == other.Drivers.IsDefault
        && (Drivers.IsDefault || Drivers.AsSpan().SequenceEqual(other.Drivers.AsSpan()));

    /// <inheritdoc />
    public override int GetHashCode() => Drivers.IsDefault ? 0 : Drivers.Length;
}
