using System.Collections.Immutable;

namespace StrategyModel.Drivers;

/// <summary>The drivers assessed for one firm (or one firm in one market), the input of the drivers framework.</summary>
/// <remarks>
/// <para>Each kind may appear at most once; kinds not listed count as <see cref="Strength.Absent"/> without evidence.
/// <see cref="DriverKind.InternationalPerformance"/> is not a driver and must not be listed in <see cref="Drivers"/>: the outcome goes
/// in <see cref="Performance"/>, with a metric and a direction (Gerschewski, Rose &amp; Lindsay 2015).</para>
/// <para>Equality compares the drivers element by element.</para>
/// </remarks>
public sealed record DriversProfile
{
    /// <summary>Gets the assessed drivers, in any order.</summary>
    public required ImmutableArray<DriverInput> Drivers { get; init => field = value.OrEmpty(); }

    /// <summary>Gets the firm's international performance, the outcome the drivers explain, or <see langword="null"/> (the default) when it was not measured.</summary>
    /// <remarks>Only international results belong here; domestic results never count as international performance.</remarks>
    public PerformanceOutcome? Performance { get; init; }

    /// <inheritdoc />
    public bool Equals(DriversProfile? other) =>
        other is not null && Drivers.IsDefault == other.Drivers.IsDefault && Equals(Performance, other.Performance)
        && (Drivers.IsDefault || Drivers.AsSpan().SequenceEqual(other.Drivers.AsSpan()));

    /// <inheritdoc />
    public override int GetHashCode() => Drivers.IsDefault ? 0 : Drivers.Length;
}
