using System.Collections.Immutable;
using StrategyModel.Analysis;

namespace StrategyModel.Sensitivity;

/// <summary>A case analysed as rated and under a scenario, with the verdicts the scenario changes.</summary>
/// <remarks>Equality compares the scenario and the changes.</remarks>
public sealed record ScenarioComparison
{
    /// <summary>Gets the scenario.</summary>
    public required Scenario Scenario { get; init; }

    /// <summary>Gets every verdict that differs between the two analyses: firm-level verdicts first, then each market's in analysis
    /// order and verdict order. Empty when the scenario changes no verdict.</summary>
    public required ImmutableArray<VerdictChange> Changes { get; init => field = value.OrEmpty(); }

    /// <summary>Gets the analysis of the case as rated.</summary>
    public required CaseAnalysis Baseline { get; init; }

    /// <summary>Gets the analysis under the scenario (its inputs show the overridden values with <see cref="InputSource.Scenario"/>).</summary>
    public required CaseAnalysis Result { get; init; }

    /// <inheritdoc />
    public bool Equals(ScenarioComparison? other) => other is not null && Scenario.Equals(other.Scenario) && ArrayEquality.Equal(Changes, other.Changes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Scenario, Changes.Length);
}
