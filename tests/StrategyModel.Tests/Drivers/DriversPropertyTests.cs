using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using StrategyModel.Drivers;

namespace StrategyModel.Tests.Drivers;

public sealed class DriversPropertyTests
{
    private static readonly Strength[] Thresholds = [Strength.Weak, Strength.Moderate, Strength.Strong];

    private static Gen<DriversProfile> Profiles { get; } =
        from included in Gen.ArrayOf(Gen.Elements(true, false), DriverCatalog.Drivers.Length)
        from strengths in Gen.ArrayOf(Generators.Strength, DriverCatalog.Drivers.Length)
        select new DriversProfile
        {
            Drivers = [.. DriverCatalog.Drivers.Select((k, i) => (k, i)).Where(x => included[x.i]).Select(x => new DriverInput(x.k, strengths[x.i]))],
        };

    private static Gen<(DriversProfile Profile, DriversOptions Options, DriverKind Kind)> Cases { get; } =
        from p in Profiles
        from t in Gen.Elements(Thresholds)
        from k in Gen.Elements(DriverCatalog.Drivers.ToArray())
        select (p, new DriversOptions { PresenceThreshold = t }, k);

    private static Property ForAll(Func<(DriversProfile Profile, DriversOptions Options, DriverKind Kind), bool> property) =>
        Prop.ForAll(Cases.ToArbitrary(), property);

    // Monotone: raising one driver's strength (to Strong, listing it if it was missing) never removes a present driver,
    // a covered category, or push and pull.
    [Property]
    public Property Evaluate_RaisingADriver_NeverRemovesAnything() => ForAll(c =>
    {
        var evaluator = new DriversEvaluator(c.Options);
        var before = evaluator.Evaluate(c.Profile);
        var raised = c.Profile with
        {
            Drivers = [.. c.Profile.Drivers.Where(d => d.Kind != c.Kind), new DriverInput(c.Kind, Strength.Strong)],
        };
        var after = evaluator.Evaluate(raised);
        return before.Present.All(after.Present.Contains)
            && before.CategoriesCovered.All(after.CategoriesCovered.Contains)
            && (!before.PushAndPull || after.PushAndPull)
            && after.Present.Contains(c.Kind);
    });

    [Property]
    public Property Evaluate_Invariants_Hold() => ForAll(c =>
    {
        var a = new DriversEvaluator(c.Options).Evaluate(c.Profile);
        return a.Drivers.Select(d => d.Kind).SequenceEqual(DriverCatalog.Drivers)
            && a.Present.SequenceEqual(a.Drivers.Where(d => d.Present).Select(d => d.Kind))
            && a.Drivers.All(d => d.Present == (d.Strength.Value >= c.Options.PresenceThreshold))
            && a.CategoriesCovered.SequenceEqual(a.Present.Select(DriverCatalog.CategoryOf).Distinct().Order())
            && a.PushAndPull == (a.CategoriesCovered.Contains(DriverCategory.HomeMarket) && a.CategoriesCovered.Contains(DriverCategory.InternationalOpportunity))
            && a.Findings.Length == DriverCatalog.Drivers.Length + 2
            && a.Equals(new DriversEvaluator(c.Options).Evaluate(c.Profile with { Drivers = [.. c.Profile.Drivers.Reverse()] }));
    });
}
