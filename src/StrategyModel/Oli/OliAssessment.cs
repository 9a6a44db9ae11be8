using System.Collections.Immutable;
using StrategyModel.Assessments;

namespace StrategyModel.Oli;

/// <summary>The OLI evaluator's verdict: the route of serving the market, which conditions held, and the findings behind it.</summary>
public sealed record OliAssessment : IAssessment
{
    /// <summary>Gets the route Dunning's matrix selects.</summary>
    public required ServingRoute Route { get; init; }

    /// <summary>Gets whether the ownership condition held (including N under <see cref="OliNetworkReading.OwnershipComponent"/>).</summary>
    public required bool OwnershipMet { get; init; }

    /// <summary>Gets whether the internalization condition held.</summary>
    public required bool InternalizationMet { get; init; }

    /// <summary>Gets whether the location condition held.</summary>
    public required bool LocationMet { get; init; }

    /// <summary>Gets the condition that decided the route: <see cref="OliCondition.MarketAttractiveness"/> when the demand-side gate
    /// closed the market, otherwise the matrix's (<see cref="OliMatrix.DecidingCondition"/>).</summary>
    public required OliCondition DecidingCondition { get; init; }

    /// <summary>Gets whether the network advantage held as a condition of its own (always <see langword="false"/> unless
    /// <see cref="OliOptions.NetworkReading"/> is <see cref="OliNetworkReading.DistinctAdvantage"/>).</summary>
    public required bool NetworkMet { get; init; }

    /// <summary>Gets how the network advantage changes the route's reading (Singh &amp; Kundu 2002); <see cref="NetworkRouteVariant.None"/>
    /// when no N-OLI variant applies.</summary>
    public required NetworkRouteVariant NetworkVariant { get; init; }

    /// <summary>Gets whether the market was not served because its attractiveness was rated Absent and <see cref="OliOptions.MarketAttractivenessGate"/>
    /// is on; the route is then <see cref="ServingRoute.None"/> whatever O, I and L say.</summary>
    public required bool MarketNotServed { get; init; }

    /// <inheritdoc />
    public string Framework => "oli";

    /// <inheritdoc />
    public required string Summary { get; init; }

    /// <inheritdoc />
    public required ImmutableArray<Finding> Findings { get; init => field = value.OrEmpty(); }

    /// <inheritdoc />
    public bool Equals(OliAssessment? other) =>
        other is not null && Route == other.Route && OwnershipMet == other.OwnershipMet
        && InternalizationMet == other.InternalizationMet && LocationMet == other.LocationMet
        && DecidingCondition == other.DecidingCondition && NetworkMet == other.NetworkMet && NetworkVariant == other.NetworkVariant
        && MarketNotServed == other.MarketNotServed && Summary == other.Summary
        && Findings.AsSpan().SequenceEqual(other.Findings.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Route, Summary, Findings.Length);
}
