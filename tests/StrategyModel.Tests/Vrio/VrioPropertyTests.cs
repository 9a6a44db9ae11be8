using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using StrategyModel.Vrio;

namespace StrategyModel.Tests.Vrio;

public sealed class VrioPropertyTests
{
    private static Gen<Judgment> Answers { get; } = Gen.Elements(Judgment.No, Judgment.Yes);

    private static Gen<VrioProfile> Profiles { get; } =
        from v in Answers
        from r in Answers
        from i in Answers
        from o in Answers
        select new VrioProfile { Resource = "r", Valuable = v, Rare = r, CostlyToImitate = i, Organized = o };

    private static Property ForAll(Func<VrioProfile, bool> property) =>
        Prop.ForAll(Profiles.ToArbitrary(), property);

    private static int LeadingYes(VrioProfile p) =>
        new[] { p.Valuable.Value, p.Rare.Value, p.CostlyToImitate.Value }.TakeWhile(j => j == Judgment.Yes).Count();

    // Barney & Hesterly, organization as an adjustment factor: V, R and I set the potential (leading yeses among them, plus one,
    // with three yeses the sustained advantage); O = Yes realises it, O = No leaves any valuable resource's potential unused.
    [Property]
    public Property DecideImplication_IsThePotentialAdjustedByOrganization() => ForAll(p =>
    {
        var implication = new VrioEvaluator().DecideImplication(p);
        var a = new VrioEvaluator().Evaluate(p);
        var potential = LeadingYes(p) == 3 ? CompetitiveImplication.SustainedAdvantage : (CompetitiveImplication)(LeadingYes(p) + 1);
        return a.Potential == potential
            && implication == (p.Organized.Value == Judgment.Yes || potential == CompetitiveImplication.CompetitiveDisadvantage ? potential : CompetitiveImplication.UnusedAdvantage);
    });

    // Turning V, R or I from No to Yes never lowers the potential (in the order disadvantage, parity, temporary, sustained), and
    // turning O to Yes realises it.
    [Property]
    public Property Evaluate_AnyNoTurnedYes_NeverLowersThePotential_AndOrganizationRealisesIt() => ForAll(p =>
    {
        var evaluator = new VrioEvaluator();
        var before = evaluator.Evaluate(p).Potential;
        VrioProfile[] raised =
        [
            p with { Valuable = Judgment.Yes },
            p with { Rare = Judgment.Yes },
            p with { CostlyToImitate = Judgment.Yes },
        ];
        var organized = evaluator.Evaluate(p with { Organized = Judgment.Yes });
        return raised.All(q => evaluator.Evaluate(q).Potential >= before) && organized.Implication == organized.Potential;
    });

    [Property]
    public Property Evaluate_AgreesWithDecideImplication_AndIsDeterministic() => ForAll(p =>
    {
        var a = new VrioEvaluator().Evaluate(p);
        return a.Implication == new VrioEvaluator().DecideImplication(p) && a.Equals(new VrioEvaluator().Evaluate(p with { }))
            && a.Findings.Length == 5;
    });
}
