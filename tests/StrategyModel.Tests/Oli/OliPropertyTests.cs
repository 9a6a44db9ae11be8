using FsCheck;
using FsCheck.Fluent;
using StrategyModel.Oli;

namespace StrategyModel.Tests.Oli;

public sealed class OliPropertyTests
{
    private static readonly Strength[] Thresholds = [Strength.Weak, Strength.Moderate, Strength.Strong];

    private static Gen<OliProfile> Profiles { get; } =
        from a in Generators.Strength
        from t in Generators.Strength
        from i in Generators.Strength
        from n in Generators.Strength
        from l in Generators.Strength
        from x in Generators.Strength
        select new OliProfile { AssetOwnership = a, TransactionOwnership = t, InstitutionalOwnership = i, Network = n, Location = l, Internalization = x };

    private static Gen<OliOptions> Options { get; } =
        from o in Gen.Elements(Thresholds)
        from i in Gen.Elements(Thresholds)
        from l in Gen.Elements(Thresholds)
        from n in Gen.Elements(true, false)
        select new OliOptions { OwnershipThreshold = o, InternalizationThreshold = i, LocationThreshold = l, CountNetworkAsOwnership = n };

    private static void ForAll(Func<OliProfile, OliOptions, bool> property) =>
        Prop.ForAll(Profiles.ToArbitrary(), Options.ToArbitrary(), property).QuickCheckThrowOnFailure();

    [Fact]
    public void Evaluate_SameInputTwice_GivesEqualAssessments() =>
        ForAll((profile, options) => new OliEvaluator(options).Evaluate(profile).Equals(new OliEvaluator(options).Evaluate(profile)));

    [Fact]
    public void Evaluate_Route_DependsOnlyOnWhichConditionsHold() => ForAll((profile, options) =>
    {
        // The conditions and Dunning's table, written here independently of OliEvaluator and OliMatrix (Dunning 1981, 2000;
        // Singh & Kundu 2002 for N): O holds when any ownership advantage, or N when counted, meets its threshold.
        var o = profile.AssetOwnership.Value >= options.OwnershipThreshold || profile.TransactionOwnership.Value >= options.OwnershipThreshold
            || profile.InstitutionalOwnership.Value >= options.OwnershipThreshold
            || (options.CountNetworkAsOwnership && profile.Network.Value >= options.OwnershipThreshold);
        var i = profile.Internalization.Value >= options.InternalizationThreshold;
        var l = profile.Location.Value >= options.LocationThreshold;
        var expected = !o ? ServingRoute.None : !i ? ServingRoute.ContractualResourceTransfer : l ? ServingRoute.ForeignDirectInvestment : ServingRoute.Export;

        var assessment = new OliEvaluator(options).Evaluate(profile);
        return (assessment.OwnershipMet, assessment.InternalizationMet, assessment.LocationMet) == (o, i, l)
            && assessment.Route == expected
            && new OliEvaluator(options).DecideRoute(profile) == expected;
    });

    [Fact]
    public void Evaluate_StrengtheningAnAdvantageThatMeetsItsThreshold_NeverChangesTheRoute() => ForAll((profile, options) =>
    {
        var evaluator = new OliEvaluator(options);
        var route = evaluator.DecideRoute(profile);
        var variants = new List<OliProfile>();
        if (profile.AssetOwnership.Value >= options.OwnershipThreshold)
        {
            variants.Add(profile with { AssetOwnership = Strength.Strong });
        }

        if (profile.TransactionOwnership.Value >= options.OwnershipThreshold)
        {
            variants.Add(profile with { TransactionOwnership = Strength.Strong });
        }

        if (profile.Internalization.Value >= options.InternalizationThreshold)
        {
            variants.Add(profile with { Internalization = Strength.Strong });
        }

        if (profile.Location.Value >= options.LocationThreshold)
        {
            variants.Add(profile with { Location = Strength.Strong });
        }

        if (profile.Network.Value >= options.OwnershipThreshold)
        {
            variants.Add(profile with { Network = Strength.Strong });
        }

        return variants.TrueForAll(v => evaluator.DecideRoute(v) == route);
    });

    [Fact]
    public void Evaluate_EveryCondition_AppearsAsAFinding() => ForAll((profile, options) =>
    {
        var ids = new OliEvaluator(options).Evaluate(profile).Findings.Select(f => f.RuleId).ToList();
        return ids.Contains("oli.condition.ownership") && ids.Contains("oli.condition.internalization") && ids.Contains("oli.condition.location")
            && ids.Count(id => id.StartsWith("oli.route.", StringComparison.Ordinal)) == 1;
    });
}
