using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
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

    // The internal-uncertainty reading and a host cap on foreign ownership (none, or a percent), as a tuple so a counterexample prints.
    private static Gen<(InternalUncertaintyReading Reading, decimal? Cap)> Settings { get; } =
        from reading in Gen.Elements(InternalUncertaintyReading.SocioculturalDistance, InternalUncertaintyReading.PerformanceAmbiguity)
        from cap in Gen.Elements<decimal?>(null, 0m, 10m, 20m, 49m, 50m, 51m, 100m)
        select (reading, cap);

    private static Property ForAll(Func<TransactionCostProfile, TransactionCostEvaluator, bool> property) =>
        ForAll((p, evaluator, _) => property(p, evaluator));

    private static Property ForAll(Func<TransactionCostProfile, TransactionCostEvaluator, InternalUncertaintyReading, bool> property) =>
        Prop.ForAll(
            Profiles.ToArbitrary(),
            Lines.ToArbitrary(),
            Settings.ToArbitrary(),
            (p, lines, settings) => property(
                p with { ForeignOwnershipCapPercent = settings.Cap },
                new TransactionCostEvaluator(new TransactionCostOptions { HighThreshold = lines.High, LowCeiling = lines.LowCeiling, InternalUncertaintyReading = settings.Reading }),
                settings.Reading))
            ;

    private static Strength Up(Strength s) => s == Strength.Strong ? s : s + 1;

    [Property]
    public Property Evaluate_SameInputTwice_GivesEqualAssessmentsAndMatchesDecideControl() => ForAll((p, evaluator) =>
        evaluator.Evaluate(p).Equals(evaluator.Evaluate(p)) && evaluator.Evaluate(p).Control == evaluator.DecideControl(p));

    // Anderson & Gatignon's (1986) steps are summed and clamped once to the three levels of the scale.
    [Property]
    public Property Evaluate_AnyProfileAndOptions_GivesLowIntermediateOrHigh() => ForAll((p, evaluator) =>
        evaluator.DecideControl(p) is ControlLevel.Low or ControlLevel.Intermediate or ControlLevel.High);

    [Property]
    public Property Evaluate_MoreAssetSpecificity_NeverLowersControl() => ForAll((p, evaluator) =>
        evaluator.DecideControl(p with { AssetSpecificity = Up(p.AssetSpecificity.Value) }) >= evaluator.DecideControl(p));

    [Property]
    public Property Evaluate_MoreFreeRidingPotential_NeverLowersControl() => ForAll((p, evaluator) =>
        evaluator.DecideControl(p with { FreeRidingPotential = Up(p.FreeRidingPotential.Value) }) >= evaluator.DecideControl(p));

    [Property]
    public Property Evaluate_MoreFrequency_NeverLowersControl() => ForAll((p, evaluator) =>
        evaluator.DecideControl(p with { Frequency = Up(p.Frequency.Value) }) >= evaluator.DecideControl(p));

    // Premise changed in the 2026-12 review (item 11a): internal uncertainty has two readings. Under Anderson & Gatignon's (1986)
    // sociocultural-distance reading (the default) it never raises control; under Williamson's (1985) performance-ambiguity reading
    // it never lowers it. External uncertainty never raises control under either.
    [Property]
    public Property Evaluate_MoreUncertainty_MovesControlInTheDirectionOfItsReading() => ForAll((p, evaluator, reading) =>
        evaluator.DecideControl(p with { ExternalUncertainty = Up(p.ExternalUncertainty.Value) }) <= evaluator.DecideControl(p)
        && (reading == InternalUncertaintyReading.SocioculturalDistance
            ? evaluator.DecideControl(p with { InternalUncertainty = Up(p.InternalUncertainty.Value) }) <= evaluator.DecideControl(p)
            : evaluator.DecideControl(p with { InternalUncertainty = Up(p.InternalUncertainty.Value) }) >= evaluator.DecideControl(p)));

    // Sum then clamp (review 2026-12 item 11c): the result is the clamped sum of the steps, whatever their order, and a cap on
    // foreign ownership only ever lowers it, never to more than its ceiling (Anderson & Gatignon 1986, Table 1).
    [Property]
    public Property Evaluate_Control_IsTheClampedNetCappedByTheCeiling() => ForAll((p, evaluator) =>
    {
        var assessment = evaluator.Evaluate(p);
        var start = int.Parse(assessment.Findings.Single(f => f.RuleId == "tce.net").Inputs[0].Value, System.Globalization.CultureInfo.InvariantCulture);
        var net = int.Parse(assessment.Findings.Single(f => f.RuleId == "tce.net").Inputs[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var clamped = (ControlLevel)Math.Clamp(start + net, 1, 3);
        var ceiling = p.ForeignOwnershipCapPercent is { } cap ? OwnershipControl.Default.Ceiling(cap) : ControlLevel.High;
        return assessment.Control == (clamped < ceiling ? clamped : ceiling)
            && evaluator.DecideControl(p with { ForeignOwnershipCapPercent = null }) >= assessment.Control;
    });
}
