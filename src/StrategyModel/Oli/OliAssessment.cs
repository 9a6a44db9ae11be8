using System.Collections.Immutable;
using StrategyModel.Assessments;

namespace StrategyModel.Oli;

/// <summary>The OLI evaluator's verdict: the route of serving the market, which conditions held, and the findings behind it.</summary>
public sealed record OliAssessment : IAssessment
{
    /// <summary>Gets the route Dunning's matrix selects.</summary>
    public required ServingRoute Route { get; init; }

    /// <summary>Gets whether the ownership condition held (including N when <see cref="OliOptions.CountNetworkAsOwnership"/> is set).</summary>
    public required bool OwnershipMet { get; init; }

    /// <summary>Gets whether the internalization condition held.</summary>
    public required bool InternalizationMet { get; init; }

    /// <summary>Gets whether the location condition held.</summary>
    public required bool LocationMet { get; init; }

    /// <summary>Gets the condition that decided the route.</summary>
    public required OliCondition DecidingCondition { get; init; }

    /// <inheritdoc />
    public string Framework => "oli";

    /// <inheritdoc />
    public required string Summary { get; init; }

    /// <inheritdoc />
    public required ImmutableArray<Finding> Findings { get; init; }

    /// <inheritdoc />
    public bool Equals(OliAssessment? other) =>
        other is not null && Route == other.Route && OwnershipMet == other.OwnershipMet
        && InternalizationMet == other.InternalizationMet && LocationMet == other.LocationMet
        && DecidingCondition == other.DecidingCondition && Summary == other.Summary
        && Findings.AsSpan().SequenceEqual(other.Findings.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Route, Summary, Findings.Length);
}
