using System.Collections.Immutable;
using StrategyModel.Analysis;

namespace StrategyModel.Sensitivity;

/// <summary>How robust one verdict is: the share of perturbations of its inputs and thresholds that keep it, the inputs whose
/// single-step change flips it, and every flip with the verdict it flips to.</summary>
/// <remarks>
/// <para>The perturbations are: every rated ordinal input moved one step up and one step down its scale (where the scale allows),
/// every pair of rated inputs moved one step each in the four directions, and every threshold option of the evaluator set to each
/// other value of its documented range (the inputs as rated). An undetermined input is not perturbed: it is enumerated over all its
/// values, as in <see cref="VerdictRange"/>, and a verdict is then the set of values it takes (<c>Undetermined (A or B)</c> when
/// more than one).</para>
/// <para>Equality compares every member, collections element by element.</para>
/// </remarks>
public sealed record VerdictRobustness
{
    /// <summary>Gets the market's id, or <see langword="null"/> for a firm-level verdict (VRIO).</summary>
    public required string? Market { get; init; }

    /// <summary>Gets the verdict's id, such as <c>oli.route</c>, <c>entry-modes.best</c> or <c>uppsala.reading</c>.</summary>
    public required string Verdict { get; init; }

    /// <summary>Gets the verdict as the case rates its inputs, with the thresholds in force.</summary>
    public required string Value { get; init; }

    /// <summary>Gets the verdict over the undetermined inputs as the analysis reports it, or <see langword="null"/> for a verdict the
    /// analysis reports without a range (<c>uppsala.reading</c>).</summary>
    public required VerdictRange? Range { get; init; }

    /// <summary>Gets the ordinal inputs the verdict reads, prefixed with their framework, in the order the analyzer reads them.</summary>
    public required ImmutableArray<string> Inputs { get; init => field = value.OrEmpty(); }

    /// <summary>Gets how many single-step perturbations were tried.</summary>
    public required int SingleSteps { get; init; }

    /// <summary>Gets how many single-step perturbations keep the verdict.</summary>
    public required int SingleStepsKept { get; init; }

    /// <summary>Gets how many pair-of-steps perturbations were tried.</summary>
    public required int PairSteps { get; init; }

    /// <summary>Gets how many pair-of-steps perturbations keep the verdict.</summary>
    public required int PairStepsKept { get; init; }

    /// <summary>Gets how many threshold settings were tried.</summary>
    public required int ThresholdSettings { get; init; }

    /// <summary>Gets how many threshold settings keep the verdict.</summary>
    public required int ThresholdSettingsKept { get; init; }

    /// <summary>Gets how many perturbations were tried in all.</summary>
    public int Perturbations => SingleSteps + PairSteps + ThresholdSettings;

    /// <summary>Gets how many perturbations keep the verdict.</summary>
    public int Kept => SingleStepsKept + PairStepsKept + ThresholdSettingsKept;

    /// <summary>Gets the share of perturbations that keep the verdict, 0..1 (1 when there is nothing to perturb).</summary>
    public double Robustness => Perturbations == 0 ? 1d : (double)Kept / Perturbations;

    /// <summary>Gets the rated inputs one step of which flips the verdict, in input order: the deciding inputs.</summary>
    public required ImmutableArray<string> DecidingInputs { get; init => field = value.OrEmpty(); }

    /// <summary>Gets the threshold options one setting of which flips the verdict, in option order.</summary>
    public required ImmutableArray<string> DecidingThresholds { get; init => field = value.OrEmpty(); }

    /// <summary>Gets every perturbation that flips the verdict: single steps first, then pairs, then thresholds, each in input order.</summary>
    public required ImmutableArray<Flip> Flips { get; init => field = value.OrEmpty(); }

    /// <inheritdoc />
    public bool Equals(VerdictRobustness? other) =>
        other is not null && Market == other.Market && Verdict == other.Verdict && Value == other.Value && Equals(Range, other.Range)
        && SingleSteps == other.SingleSteps && SingleStepsKept == other.SingleStepsKept && PairSteps == other.PairSteps
        && PairStepsKept == other.PairStepsKept && ThresholdSettings == other.ThresholdSettings && ThresholdSettingsKept == other.ThresholdSettingsKept
        && ArrayEquality.Equal(Inputs, other.Inputs) && ArrayEquality.Equal(DecidingInputs, other.DecidingInputs)
        && ArrayEquality.Equal(DecidingThresholds, other.DecidingThresholds) && ArrayEquality.Equal(Flips, other.Flips);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Market, Verdict, Value, Kept, Perturbations);
}
