using System.Collections.Immutable;
using StrategyModel.Assessments;

namespace StrategyModel.Drivers;

/// <summary>The drivers framework's reading of a firm: every driver present or not, the blocks covered, and whether home push meets foreign pull.</summary>
public sealed record DriversAssessment : IAssessment
{
    /// <summary>Gets a result for every driver of <see cref="DriverCatalog.Drivers"/>, in enum order; the outcome <see cref="DriverKind.InternationalPerformance"/> is not among them.</summary>
    public required ImmutableArray<DriverResult> Drivers { get; init => field = value.OrEmpty(); }

    /// <summary>Gets the kinds that are present, in enum order.</summary>
    public required ImmutableArray<DriverKind> Present { get; init => field = value.OrEmpty(); }

    /// <summary>Gets whether at least one home-market driver (push) and one international-opportunity driver (pull) are present.</summary>
    public required bool PushAndPull { get; init; }

    /// <summary>Gets the international performance the profile measured (the outcome, not a driver), or <see langword="null"/> when it was not measured.</summary>
    public required PerformanceOutcome? Performance { get; init; }

    /// <summary>Gets the categories with at least one present driver, ascending; never <see cref="DriverCategory.Performance"/>, which is the outcome.</summary>
    public required ImmutableArray<DriverCategory> CategoriesCovered { get; init => field = value.OrEmpty(); }

    /// <inheritdoc />
    public string Framework => "drivers";

    /// <inheritdoc />
    public required string Summary { get; init; }

    /// <inheritdoc />
    public required ImmutableArray<Finding> Findings { get; init => field = value.OrEmpty(); }

    /// <inheritdoc />
    public bool Equals(DriversAssessment? other) =>
        other is not null && PushAndPull == other.PushAndPull && Summary == other.Summary && Equals(Performance, other.Performance)
        && Drivers.AsSpan().SequenceEqual(other.Drivers.AsSpan())
        && Present.AsSpan().SequenceEqual(other.Present.AsSpan())
        && CategoriesCovered.AsSpan().SequenceEqual(other.CategoriesCovered.AsSpan())
        && Findings.AsSpan().SequenceEqual(other.Findings.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(PushAndPull, Summary, Present.Length, Findings.Length);
}
