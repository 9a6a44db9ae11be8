using System.Collections.Immutable;
using StrategyModel.Assessments;

namespace StrategyModel.BornGlobal;

/// <summary>The born-global evaluator's verdict: each criterion on its own, the Oviatt &amp; McDougall type, the success features and the findings behind them.</summary>
public sealed record BornGlobalAssessment : IAssessment
{
    /// <summary>Gets each criterion's verdict, in the order of <see cref="BornGlobalOptions.Criteria"/>.</summary>
    public required ImmutableArray<CriterionResult> Criteria { get; init; }

    /// <summary>Gets the Oviatt &amp; McDougall (1994) type, or <see langword="null"/> when the number of countries is unknown.</summary>
    public required NewVentureType? VentureType { get; init; }

    /// <summary>Gets all six success features, in enum order.</summary>
    public required ImmutableArray<SuccessFeatureResult> Features { get; init; }

    /// <summary>Gets how many success features are present.</summary>
    public required int FeaturesPresent { get; init; }

    /// <summary>Gets whether at least one criterion is met.</summary>
    public required bool IsBornGlobalByAnyCriterion { get; init; }

    /// <inheritdoc />
    public string Framework => "born-global";

    /// <inheritdoc />
    public required string Summary { get; init; }

    /// <inheritdoc />
    public required ImmutableArray<Finding> Findings { get; init; }

    /// <inheritdoc />
    public bool Equals(BornGlobalAssessment? other) =>
        other is not null && VentureType == other.VentureType && FeaturesPresent == other.FeaturesPresent
        && IsBornGlobalByAnyCriterion == other.IsBornGlobalByAnyCriterion && Summary == other.Summary
        && Criteria.AsSpan().SequenceEqual(other.Criteria.AsSpan())
        && Features.AsSpan().SequenceEqual(other.Features.AsSpan())
        && Findings.AsSpan().SequenceEqual(other.Findings.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(VentureType, FeaturesPresent, Summary, Findings.Length);
}
