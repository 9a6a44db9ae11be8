using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using StrategyModel.Assessments;
using StrategyModel.GenericStrategies;

namespace StrategyModel.Tests.GenericStrategies;

public sealed class GenericStrategyPropertyTests
{
    private static readonly Strength[] Thresholds = [Strength.Weak, Strength.Moderate, Strength.Strong];

    private static Gen<GenericStrategyProfile> Profiles { get; } =
        from c in Generators.Strength
        from d in Generators.Strength
        from s in Gen.Elements(CompetitiveScope.Broad, CompetitiveScope.Narrow)
        from l in Generators.Strength
        from p in Generators.Strength
        select new GenericStrategyProfile { CostAdvantage = c, Differentiation = d, Scope = s, Localization = l, StrategicPartnership = p };

    private static Gen<GenericStrategyOptions> Options { get; } =
        from a in Gen.Elements(Thresholds)
        from e in Gen.Elements(Thresholds)
        from r in Gen.Elements(HybridReading.StuckInTheMiddleWarning, HybridReading.IntegratedStrategy)
        select new GenericStrategyOptions { AdvantageThreshold = a, ElementThreshold = e, PreferredHybridReading = r };

    private static Property ForAll(Func<GenericStrategyProfile, GenericStrategyOptions, bool> property) =>
        Prop.ForAll(Profiles.ToArbitrary(), Options.ToArbitrary(), property);

    private static Strength Up(Strength s) => s == Strength.Strong ? s : s + 1;

    [Property]
    public Property Evaluate_SameInputTwice_GivesEqualAssessmentsAndMatchesDecideStrategy() => ForAll((profile, options) =>
    {
        var evaluator = new GenericStrategyEvaluator(options);
        var assessment = evaluator.Evaluate(profile);
        return assessment.Equals(new GenericStrategyEvaluator(options).Evaluate(profile))
            && assessment.Strategy == evaluator.DecideStrategy(profile)
            && assessment.Strategy == GenericStrategyMatrix.Strategy(assessment.CostAdvantageHeld, assessment.DifferentiationHeld, assessment.Scope);
    });

    [Property]
    public Property Evaluate_RaisingCostAdvantage_NeverRemovesItFromTheHeldSet() => ForAll((profile, options) =>
    {
        var evaluator = new GenericStrategyEvaluator(options);
        var before = evaluator.Evaluate(profile);
        var after = evaluator.Evaluate(profile with { CostAdvantage = Up(profile.CostAdvantage.Value) });
        return (!before.CostAdvantageHeld || after.CostAdvantageHeld) && after.DifferentiationHeld == before.DifferentiationHeld;
    });

    [Property]
    public Property Evaluate_RaisingDifferentiation_NeverRemovesItFromTheHeldSet() => ForAll((profile, options) =>
    {
        var evaluator = new GenericStrategyEvaluator(options);
        var before = evaluator.Evaluate(profile);
        var after = evaluator.Evaluate(profile with { Differentiation = Up(profile.Differentiation.Value) });
        return (!before.DifferentiationHeld || after.DifferentiationHeld) && after.CostAdvantageHeld == before.CostAdvantageHeld;
    });

    [Property]
    public Property Evaluate_HeldAdvantage_StaysHeldWhateverElseChanges() => ForAll((profile, options) =>
    {
        var evaluator = new GenericStrategyEvaluator(options);
        var before = evaluator.Evaluate(profile);
        var other = profile with
        {
            Scope = profile.Scope.Value == CompetitiveScope.Broad ? CompetitiveScope.Narrow : CompetitiveScope.Broad,
            Localization = Up(profile.Localization.Value),
            StrategicPartnership = Strength.Absent,
        };
        var after = evaluator.Evaluate(other);
        return after.CostAdvantageHeld == before.CostAdvantageHeld && after.DifferentiationHeld == before.DifferentiationHeld;
    });

    [Property]
    public Property Evaluate_Readings_AreBothReadingsExactlyWhenHybrid() => ForAll((profile, options) =>
    {
        var assessment = new GenericStrategyEvaluator(options).Evaluate(profile);
        var notes = assessment.Findings.Count(f => f.RuleId.StartsWith("porter.hybrid.", StringComparison.Ordinal) && f.Outcome == FindingOutcome.Note);
        return assessment.Strategy == GenericStrategy.Hybrid
            ? assessment.Readings.Length == 2 && assessment.Readings[0] == options.PreferredHybridReading
                && assessment.Readings.Distinct().Count() == 2 && notes == 2
            : assessment.Readings.IsEmpty && notes == 0;
    });

    [Property]
    public Property Evaluate_AnyProfile_HasExactlyOneDecidedCellAndEveryCriterion() => ForAll((profile, options) =>
    {
        var findings = new GenericStrategyEvaluator(options).Evaluate(profile).Findings;
        var ids = findings.Select(f => f.RuleId).ToList();
        return findings.Count(f => f.Outcome == FindingOutcome.Decided) == 1
            && findings.Single(f => f.Outcome == FindingOutcome.Decided).RuleId.StartsWith("porter.cell.", StringComparison.Ordinal)
            && ids.Contains("porter.cost-advantage") && ids.Contains("porter.differentiation") && ids.Contains("porter.scope")
            && ids.Contains("porter.element.localization") && ids.Contains("porter.element.partnership");
    });
}
