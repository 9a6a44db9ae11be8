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
        new[] { p.Valuable.Value, p.Rare.Value, p.CostlyToImitate.Value, p.Organized.Value }.TakeWhile(j => j == Judgment.Yes).Count();

    // The implication's numeric value is the number of questions answered yes before the first no, plus one.
    [Property]
    public Property DecideImplication_Value_IsLeadingYesCountPlusOne() =>
        ForAll(p => (int)new VrioEvaluator().DecideImplication(p) == LeadingYes(p) + 1);

    // Monotone in the enum's declared order: turning any single No into Yes never lowers the implication's numeric value.
    // (Follows from the property above: a No turned Yes can only lengthen the run of leading yeses.)
    [Property]
    public Property DecideImplication_AnyNoTurnedYes_NeverLowersTheImplication() => ForAll(p =>
    {
        var evaluator = new VrioEvaluator();
        var before = evaluator.DecideImplication(p);
        VrioProfile[] raised =
        [
            p with { Valuable = Judgment.Yes },
            p with { Rare = Judgment.Yes },
            p with { CostlyToImitate = Judgment.Yes },
            p with { Organized = Judgment.Yes },
        ];
        return raised.All(q => evaluator.DecideImplication(q) >= before);
    });

    [Property]
    public Property Evaluate_AgreesWithDecideImplication_AndIsDeterministic() => ForAll(p =>
    {
        var a = new VrioEvaluator().Evaluate(p);
        return a.Implication == new VrioEvaluator().DecideImplication(p) && a.Equals(new VrioEvaluator().Evaluate(p with { }))
            && a.Findings.Length == 5;
    });
}
