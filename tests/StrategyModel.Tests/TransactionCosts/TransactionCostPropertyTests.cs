using FsCheck;
using FsCheck.Fluent;
using StrategyModel.TransactionCosts;

namespace StrategyModel.Tests.TransactionCosts;

public sealed class TransactionCostPropertyTests
{
    private static Gen<TransactionCostProfile> Profiles { get; } =
        from a in Generators.Strength
        from e in Generators.Strength
        from i in Generators.Strength
        from f in Generators.Strength
        from r in Generators.Strength
        select new TransactionCostProfile { AssetSpecificity = a, ExternalUncertainty = e, InternalUncertainty = i, Frequency = f, FreeRidingPotential = r };

    // Every valid pair of lines (a tuple, so a counterexample prints): HighThreshold Weak..Strong, LowCeiling Absent..(one below it).
    private static Gen<(Strength High, Strength LowCeiling)> Lines { get; } =
        from high in Gen.Elements(Strength.Weak, Strength.Moderate, Strength.Strong)
        from low in Gen.Elements(Enumerable.Range((int)Strength.Absent, high - Strength.Absent).Select(v => (Strength)v).ToArray())
        select (high, low);

    private static void ForAll(Func<TransactionCostProfile, TransactionCostEvaluator, bool> property) =>
        Prop.ForAll(Profiles.ToArbitrary(), Lines.ToArbitrary(), (p, lines) =>
            property(p, new TransactionCostEvaluator(new TransactionCostOptions { HighThreshold = lines.High, LowCeiling = lines.LowCeiling })))
            .QuickCheckThrowOnFailure();

    private static Strength Up(Strength s) => s == Strength.Strong ? s : s + 1;

    [Fact]
    public void Evaluate_SameInputTwice_GivesEqualAssessmentsAndMatchesDecideControl() => ForAll((p, evaluator) =>
        evaluator.Evaluate(p).Equals(evaluator.Evaluate(p)) && evaluator.Evaluate(p).Control == evaluator.DecideControl(p));

    // Anderson & Gatignon's (1986) steps move control one level at a time, clamped to the three levels of the scale.
    [Fact]
    public void Evaluate_AnyProfileAndOptions_GivesLowIntermediateOrHigh() => ForAll((p, evaluator) =>
        evaluator.DecideControl(p) is ControlLevel.Low or ControlLevel.Intermediate or ControlLevel.High);

    [Fact]
    public void Evaluate_MoreAssetSpecificity_NeverLowersControl() => ForAll((p, evaluator) =>
        evaluator.DecideControl(p with { AssetSpecificity = Up(p.AssetSpecificity.Value) }) >= evaluator.DecideControl(p));

    [Fact]
    public void Evaluate_MoreFreeRidingPotential_NeverLowersControl() => ForAll((p, evaluator) =>
        evaluator.DecideControl(p with { FreeRidingPotential = Up(p.FreeRidingPotential.Value) }) >= evaluator.DecideControl(p));

    [Fact]
    public void Evaluate_MoreFrequency_NeverLowersControl() => ForAll((p, evaluator) =>
        evaluator.DecideControl(p with { Frequency = Up(p.Frequency.Value) }) >= evaluator.DecideControl(p));

    [Fact]
    public void Evaluate_MoreUncertainty_NeverRaisesControl() => ForAll((p, evaluator) =>
        evaluator.DecideControl(p with { ExternalUncertainty = Up(p.ExternalUncertainty.Value) }) <= evaluator.DecideControl(p)
        && evaluator.DecideControl(p with { InternalUncertainty = Up(p.InternalUncertainty.Value) }) <= evaluator.DecideControl(p));
}
