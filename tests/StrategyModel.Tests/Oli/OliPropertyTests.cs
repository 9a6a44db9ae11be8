using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
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
        from m in Gen.OneOf(Gen.Constant<Strength?>(null), Generators.Strength.Select(v => (Strength?)v))
        from c in Gen.OneOf(Gen.Constant<Strength?>(null), Generators.Strength.Select(v => (Strength?)v))
        select new OliProfile
        {
            AssetOwnership = a,
            TransactionOwnership = t,
            InstitutionalOwnership = i,
            Network = n,
            Location = l,
            Internalization = x,
            MarketAttractiveness = m is { } mv ? mv : null,
            CountrySpecificAdvantage = c is { } cv ? cv : null,
        };

    private static Gen<OliOptions> Options { get; } =
        from o in Gen.Elements(Thresholds)
        from i in Gen.Elements(Thresholds)
        from l in Gen.Elements(Thresholds)
        from nt in Gen.Elements(Thresholds)
        from n in Gen.Elements(OliNetworkReading.DistinctAdvantage, OliNetworkReading.OwnershipComponent, OliNetworkReading.Excluded)
        from g in Gen.Elements(true, false)
        select new OliOptions
        {
            OwnershipThreshold = o,
            InternalizationThreshold = i,
            LocationThreshold = l,
            NetworkThreshold = nt,
            NetworkReading = n,
            MarketAttractivenessGate = g,
        };

    private static Property ForAll(Func<OliProfile, OliOptions, bool> property) =>
        Prop.ForAll(Profiles.ToArbitrary(), Options.ToArbitrary(), property);

    [Property]
    public Property Evaluate_SameInputTwice_GivesEqualAssessments() =>
        ForAll((profile, options) => new OliEvaluator(options).Evaluate(profile).Equals(new OliEvaluator(options).Evaluate(profile)));

    [Property]
    public Property Evaluate_Route_DependsOnlyOnWhichConditionsHold() => ForAll((profile, options) =>
    {
        // The conditions and Dunning's table, written here independently of OliEvaluator and OliMatrix (Dunning 1981, 1988;
        // Singh & Kundu 2002 for N): O holds when any ownership advantage, or N when read as an ownership component, meets its
        // threshold; CSA and market attractiveness never count; an Absent market is not served when the gate is on (Dunning 1993).
        // Premise changed in the 2026-12 review: N no longer counts as O by default, and the attractiveness gate precedes the matrix.
        var o = profile.AssetOwnership.Value >= options.OwnershipThreshold || profile.TransactionOwnership.Value >= options.OwnershipThreshold
            || profile.InstitutionalOwnership.Value >= options.OwnershipThreshold
            || (options.NetworkReading == OliNetworkReading.OwnershipComponent && profile.Network.Value >= options.OwnershipThreshold);
        var i = profile.Internalization.Value >= options.InternalizationThreshold;
        var l = profile.Location.Value >= options.LocationThreshold;
        var n = options.NetworkReading == OliNetworkReading.DistinctAdvantage && profile.Network.Value >= options.NetworkThreshold;
        var gated = options.MarketAttractivenessGate && profile.MarketAttractiveness?.Value == Strength.Absent;
        var expected = gated ? ServingRoute.None : !o ? ServingRoute.None : !i ? ServingRoute.ContractualResourceTransfer : l ? ServingRoute.ForeignDirectInvestment : ServingRoute.Export;
        var variant = !n ? NetworkRouteVariant.None : expected switch
        {
            ServingRoute.ForeignDirectInvestment => NetworkRouteVariant.LocalPlatformOrchestration,
            ServingRoute.Export => NetworkRouteVariant.CrossBorderPlatformWithLocalPartners,
            ServingRoute.ContractualResourceTransfer => NetworkRouteVariant.PartnerNetworkOrchestration,
            _ => NetworkRouteVariant.None,
        };

        var assessment = new OliEvaluator(options).Evaluate(profile);
        return (assessment.OwnershipMet, assessment.InternalizationMet, assessment.LocationMet, assessment.NetworkMet) == (o, i, l, n)
            && assessment.Route == expected
            && assessment.NetworkVariant == variant
            && assessment.MarketNotServed == gated
            && new OliEvaluator(options).DecideRoute(profile) == expected;
    });

    [Property]
    public Property Evaluate_StrengtheningAnAdvantageThatMeetsItsThreshold_NeverChangesTheRoute() => ForAll((profile, options) =>
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

        // Attractiveness never feeds the matrix: any rating other than Absent leaves the route as it is.
        if (profile.MarketAttractiveness is not { Value: Strength.Absent })
        {
            variants.Add(profile with { MarketAttractiveness = Strength.Strong });
            variants.Add(profile with { MarketAttractiveness = null });
        }

        // Country-specific advantages are not firm-specific O (Rugman & Verbeke 1992): changing them never changes the route.
        variants.Add(profile with { CountrySpecificAdvantage = Strength.Strong });
        variants.Add(profile with { CountrySpecificAdvantage = null });

        return variants.TrueForAll(v => evaluator.DecideRoute(v) == route);
    });

    [Property]
    public Property Evaluate_EveryCondition_AppearsAsAFinding() => ForAll((profile, options) =>
    {
        var ids = new OliEvaluator(options).Evaluate(profile).Findings.Select(f => f.RuleId).ToList();
        return ids.Contains("oli.condition.ownership") && ids.Contains("oli.condition.internalization") && ids.Contains("oli.condition.location")
            && ids.Contains("oli.condition.network") == (options.NetworkReading == OliNetworkReading.DistinctAdvantage)
            && ids.Contains("oli.market-attractiveness") == profile.MarketAttractiveness.HasValue
            && ids.Contains("oli.country-specific-advantage") == profile.CountrySpecificAdvantage.HasValue
            && ids.Count(id => id.StartsWith("oli.route.", StringComparison.Ordinal)) == 1
            && ids.Count(id => id.StartsWith("oli.n-oli.", StringComparison.Ordinal)) <= 1;
    });
}
