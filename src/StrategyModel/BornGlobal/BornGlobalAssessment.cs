using System.Collections.Immutable;
using StrategyModel.Assessments;

namespace StrategyModel.BornGlobal;

/// <summary>The born-global evaluator's verdict: each criterion on its own, the Oviatt &amp; McDougall type, the success features and the findings behind them.</summary>
public sealed record BornGlobalAssessment : IAssessment
{
    /// <summary>Gets each criterion's verdict, in the order of <see cref="BornGlobalOptions.Criteria"/>.</summary>
    public required ImmutableArray<CriterionResult> Criteria { get; init => field = value.OrEmpty(); }

    /// <summary>Gets whether the venture is an international new venture: its first foreign sale came at most <see cref="BornGlobalOptions.MaxYearsToInternationalizeForNewVenture"/> years after founding; <see langword="null"/> when the first foreign sale is unknown.</summary>
    public required bool? IsInternationalNewVenture { get; init; }

    /// <summary>Gets the Oviatt &amp; McDougall (1994) type: given only to an international new venture, so <see langword="null"/> when the venture is not one (or it is unknown whether it is), or when the number of countries is unknown.</summary>
    public required NewVentureType? VentureType { get; init; }

    /// <summary>Gets the cell of Oviatt &amp; McDougall's (1994) grid the venture's two axes point to, whether or not it is an international new venture; <see langword="null"/> when the number of countries is unknown.</summary>
    /// <remarks>For a firm that is not an INV this is "the profile it would have", never its type.</remarks>
    public required NewVentureType? ProfileType { get; init; }

    /// <summary>Gets the success features of <see cref="BornGlobalOptions.Features"/>, in that order.</summary>
    public required ImmutableArray<SuccessFeatureResult> Features { get; init => field = value.OrEmpty(); }

    /// <summary>Gets how many success features are present.</summary>
    public required int FeaturesPresent { get; init; }

    /// <summary>Gets whether at least one criterion is met.</summary>
    public required bool IsBornGlobalByAnyCriterion { get; init; }

    /// <inheritdoc />
    public string Framework => "born-global";

    /// <inheritdoc />
    public required string Summary { get; init; }

    /// <inheritdoc />
    public required ImmutableArray<Finding> Findings { get; init => field = value.OrEmpty(); }

    /// <inheritdoc />
    public bool Equals(BornGlobalAssessment? other) =>
        other is not null && VentureType == other.VentureType && ProfileType == other.ProfileType
        && IsInternationalNewVenture == other.IsInternationalNewVenture && FeaturesPresent == other.FeaturesPresent
        && IsBornGlobalByAnyCriterion == other.IsBornGlobalByAnyCriterion && Summary == other.Summary
        && Criteria.AsSpan().SequenceEqual(other.Criteria.AsSpan())
        && Features.AsSpan().SequenceEqual(other.Features.AsSpan())
        && Findings.AsSpan().SequenceEqual(other.Findings.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(VentureType, FeaturesPresent, Summary, Findings.Length);
}
