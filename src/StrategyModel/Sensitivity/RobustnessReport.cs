using System.Collections.Immutable;
using StrategyModel.Analysis;

namespace StrategyModel.Sensitivity;

/// <summary>The robustness of every verdict of a case analysis (<see cref="RobustnessAnalyzer"/>).</summary>
/// <remarks>Equality compares the verdicts element by element (the analysis by reference-free value equality is not compared).</remarks>
public sealed record RobustnessReport
{
    /// <summary>Gets the analysis the robustness is of.</summary>
    public required CaseAnalysis Analysis { get; init; }

    /// <summary>Gets one line per verdict: for each market in analysis order <c>oli.route</c>, <c>transaction-costs.control</c>,
    /// <c>entry-modes.best</c>, <c>uppsala.reading</c>, <c>network-model.situation</c>, <c>generic-strategies.strategy</c>; then
    /// <c>vrio.&lt;resource&gt;</c> for each resource the case rates.</summary>
    public required ImmutableArray<VerdictRobustness> Verdicts { get; init => field = value.OrEmpty(); }

    /// <summary>Returns the robustness of one verdict.</summary>
    /// <param name="market">The market's id, or <see langword="null"/> for a firm-level verdict.</param>
    /// <param name="verdict">The verdict's id.</param>
    /// <returns>The verdict's robustness.</returns>
    /// <exception cref="KeyNotFoundException">The report has no such verdict.</exception>
    public VerdictRobustness Get(string? market, string verdict) =>
        Verdicts.FirstOrDefault(v => v.Market == market && v.Verdict == verdict)
        ?? throw new KeyNotFoundException($"The robustness report has no verdict '{verdict}' for market '{market ?? "(firm)"}'.");

    /// <summary>Returns the robustness lines of one market (or of the firm-level verdicts for <see langword="null"/>), in report order.</summary>
    /// <param name="market">The market's id, or <see langword="null"/>.</param>
    /// <returns>The lines.</returns>
    public ImmutableArray<VerdictRobustness> For(string? market) => [.. Verdicts.Where(v => v.Market == market)];

    /// <inheritdoc />
    public bool Equals(RobustnessReport? other) => other is not null && ArrayEquality.Equal(Verdicts, other.Verdicts);

    /// <inheritdoc />
    public override int GetHashCode() => Verdicts.Length;
}
