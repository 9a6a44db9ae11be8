using FsCheck;
using FsCheck.Fluent;
using StrategyModel.TransactionCosts;

namespace StrategyModel.Tests.TransactionCosts;

public sealed class TransactionCostPropertyTests
{
    private static readonly TransactionCostEvaluator Evaluator = new();

    private static Gen<TransactionCostProfile> Profiles { get; } =
        from a in Generators.Strength
        from e in Generators.Strength
        from i in Generators.Strength
        from f in Generators.Strength
        from r in Generators.Strength
        select new TransactionCostProfile { AssetSpecificity = a, ExternalUncertainty = e, InternalUncertainty = i, Frequency = f, FreeRidingPotential = r };

    private static void ForAll(Func<TransactionCostProfile, bool> property) =>
        Prop.ForAll(Profiles.ToArbitrary(), property).QuickCheckThrowOnFailure();

    private static Strength Up(Strength s) => s == Strength.Strong ? s : s + 1;

    [Fact]
    public void Evaluate_SameInputTwice_GivesEqualAssessmentsAndMatchesDecideControl() => ForAll(p =>
        Evaluator.Evaluate(p).Equals(Evaluator.Evaluate(p)) && Evaluator.Evaluate(p).Control == Evaluator.DecideControl(p));

    [Fact]
    public void Evaluate_MoreAssetSpecificity_NeverLowersControl() => ForAll(p =>
        Evaluator.DecideControl(p with { AssetSpecificity = Up(p.AssetSpecificity.Value) }) >= Evaluator.DecideControl(p));

    [Fact]
    public void Evaluate_MoreFreeRidingPotential_NeverLowersControl() => ForAll(p =>
        Evaluator.DecideControl(p with { FreeRidingPotential = Up(p.FreeRidingPotential.Value) }) >= Evaluator.DecideControl(p));

    [Fact]
    public void Evaluate_MoreFrequency_NeverLowersControl() => ForAll(p =>
        Evaluator.DecideControl(p with { Frequency = Up(p.Frequency.Value) }) >= Evaluator.DecideControl(p));

    [Fact]
    public void Evaluate_MoreUncertainty_NeverRaisesControl() => ForAll(p =>
        Evaluator.DecideControl(p with { ExternalUncertainty = Up(p.ExternalUncertainty.Value) }) <= Evaluator.DecideControl(p)
        && Evaluator.DecideControl(p with { InternalUncertainty = Up(p.InternalUncertainty.Value) }) <= Evaluator.DecideControl(p));
}
