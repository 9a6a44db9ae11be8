using System.Collections.Immutable;
using StrategyModel.Assessments;

namespace StrategyModel.GenericStrategies;

/// <summary>The generic-strategy evaluator's verdict: the grid position, the advantages and elements held, the hybrid readings and the findings behind them.</summary>
public sealed record GenericStrategyAssessment : IAssessment
{
    /// <summary>Gets the grid position.</summary>
    public required GenericStrategy Strategy { get; init; }

    /// <summary>Gets the competitive scope read from the profile.</summary>
    public required CompetitiveScope Scope { get; init; }

    /// <summary>Gets whether the cost advantage met <see cref="GenericStrategyOptions.AdvantageThreshold"/>.</summary>
    public required bool CostAdvantageHeld { get; init; }

    /// <summary>Gets whether differentiation met <see cref="GenericStrategyOptions.AdvantageThreshold"/>.</summary>
    public required bool DifferentiationHeld { get; init; }

    /// <summary>Gets both readings of a hybrid, the preferred one first, when <see cref="Strategy"/> is <see cref="GenericStrategy.Hybrid"/>; empty otherwise.</summary>
    public required ImmutableArray<HybridReading> Readings { get; init => field = value.OrEmpty(); }

    /// <summary>Gets whether localization met <see cref="GenericStrategyOptions.ElementThreshold"/>.</summary>
    public required bool LocalizationElement { get; init; }

    /// <summary>Gets whether strategic partnership met <see cref="GenericStrategyOptions.ElementThreshold"/>.</summary>
    public required bool PartnershipElement { get; init; }

    /// <summary>Gets whether the stated strategy of <see cref="GenericStrategyProfile.StatedStrategy"/> is the evaluated cell; <see langword="null"/> when the profile states none.</summary>
    public required bool? StatedStrategyAgrees { get; init; }

    /// <inheritdoc />
    public string Framework => "generic-strategies";

    /// <inheritdoc />
    public required string Summary { get; init; }

    /// <inheritdoc />
    public required ImmutableArray<Finding> Findings { get; init => field = value.OrEmpty(); }

    /// <inheritdoc />
    public bool Equals(GenericStrategyAssessment? other) =>
        other is not null && Strategy == other.Strategy && Scope == other.Scope
        && CostAdvantageHeld == other.CostAdvantageHeld && DifferentiationHeld == other.DifferentiationHeld
        && LocalizationElement == other.LocalizationElement && PartnershipElement == other.PartnershipElement
        && StatedStrategyAgrees == other.StatedStrategyAgrees
        && Summary == other.Summary
        && Readings.AsSpan().SequenceEqual(other.Readings.AsSpan())
        && Findings.AsSpan().SequenceEqual(other.Findings.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Strategy, Scope, Summary, Findings.Length);
}
