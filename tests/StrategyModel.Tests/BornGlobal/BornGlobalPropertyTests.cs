using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using StrategyModel.Assessments;
using StrategyModel.BornGlobal;

namespace StrategyModel.Tests.BornGlobal;

public sealed class BornGlobalPropertyTests
{
    private static readonly SuccessFeature[] AllFeatures =
    [
        SuccessFeature.ManagersInternationalExperience, SuccessFeature.GlobalVision, SuccessFeature.InternationalNetwork,
        SuccessFeature.UniqueOffering, SuccessFeature.InnovationCommitment, SuccessFeature.GlobalIntegration,
    ];

    private static readonly BornGlobalOptions AllPresets = new()
    {
        Criteria = [BornGlobalCriterion.Rennie1993Observed, BornGlobalCriterion.Rennie1993AsThesis, BornGlobalCriterion.KnightCavusgil],
    };

    private static Gen<Observation<int>> MaybeInt(int min, int max) =>
        from known in Gen.Elements(true, true, true, false)
        from value in Gen.Choose(min, max)
        select known ? Observation.Known(value) : Observation.Unknown<int>("not disclosed");

    private static Gen<SuccessFeatureRating?> Rating(SuccessFeature feature) =>
        from listed in Gen.Elements(true, false)
        from strength in Generators.Strength
        select listed ? new SuccessFeatureRating(feature, strength) : null;

    private static Gen<BornGlobalProfile> Profiles { get; } =
        from founded in Gen.Choose(1900, 2020)
        from gap in MaybeInt(0, 10)
        from shareTenths in Gen.Choose(0, 1000)
        from shareKnown in Gen.Elements(true, true, true, false)
        from coordination in Gen.Elements(ValueChainCoordination.Few, ValueChainCoordination.Many)
        from countries in MaybeInt(0, 30)
        from r1 in Rating(SuccessFeature.ManagersInternationalExperience)
        from r2 in Rating(SuccessFeature.GlobalVision)
        from r3 in Rating(SuccessFeature.InternationalNetwork)
        from r4 in Rating(SuccessFeature.UniqueOffering)
        from r5 in Rating(SuccessFeature.InnovationCommitment)
        from r6 in Rating(SuccessFeature.GlobalIntegration)
        select new BornGlobalProfile
        {
            FoundedYear = founded,
            FirstForeignSaleYear = gap.Value is { } g ? Observation.Known(founded + g) : Observation.Unknown<int>("not disclosed"),
            ForeignSalesSharePercent = shareKnown ? Observation.Known(shareTenths / 10m) : Observation.Unknown<decimal>("not disclosed"),
            ValueChainCoordination = coordination,
            CountriesInvolved = countries,
            SuccessFeatures = [.. new[] { r6, r2, r4, r1, r5, r3 }.OfType<SuccessFeatureRating>()],
        };

    private static Gen<BornGlobalOptions> Options { get; } =
        from threshold in Gen.Choose(2, 10)
        from feature in Gen.Elements(Strength.Weak, Strength.Moderate, Strength.Strong)
        from set in Gen.Elements(SuccessFeatureSets.Thesis, SuccessFeatureSets.OviattMcDougall1995)
        from invYears in Gen.Choose(0, 8)
        select new BornGlobalOptions
        {
            Criteria = AllPresets.Criteria,
            ManyCountriesThreshold = threshold,
            FeatureThreshold = feature,
            Features = [.. set],
            MaxYearsToInternationalizeForNewVenture = invYears,
        };

    private static Property ForAll(Func<BornGlobalProfile, BornGlobalOptions, bool> property) =>
        Prop.ForAll(Profiles.ToArbitrary(), Options.ToArbitrary(), property);

    [Property]
    public Property Evaluate_SameInputTwice_GivesEqualAssessments() =>
        ForAll((profile, options) => new BornGlobalEvaluator(options).Evaluate(profile).Equals(new BornGlobalEvaluator(options).Evaluate(profile with { })));

    [Property]
    public Property Evaluate_MoreCountries_NeverMovesGlobalStartupToGeographicallyFocused() => ForAll((profile, options) =>
    {
        if (profile.CountriesInvolved.Value is not { } countries)
        {
            return true;
        }

        var evaluator = new BornGlobalEvaluator(options);
        var before = evaluator.Evaluate(profile).ProfileType;
        var after = evaluator.Evaluate(profile with { CountriesInvolved = Observation.Known(countries + 3) }).ProfileType;
        return before != NewVentureType.GlobalStartup || after == NewVentureType.GlobalStartup;
    });

    [Property]
    public Property Evaluate_MoreCountries_NeverLeavesTheManyCountriesColumn() => ForAll((profile, options) =>
    {
        if (profile.CountriesInvolved.Value is not { } countries)
        {
            return true;
        }

        var evaluator = new BornGlobalEvaluator(options);
        static bool Many(NewVentureType? t) => t is NewVentureType.GlobalStartup or NewVentureType.MultinationalTrader;
        var before = evaluator.Evaluate(profile).ProfileType;
        var after = evaluator.Evaluate(profile with { CountriesInvolved = Observation.Known(countries + 1) }).ProfileType;
        return !Many(before) || Many(after);
    });

    [Property]
    public Property Evaluate_MoreForeignShare_NeverTurnsMetIntoNotMet() => ForAll((profile, options) =>
    {
        if (profile.ForeignSalesSharePercent.Value is not { } share)
        {
            return true;
        }

        var evaluator = new BornGlobalEvaluator(options);
        var before = evaluator.Evaluate(profile).Criteria;
        var after = evaluator.Evaluate(profile with { ForeignSalesSharePercent = Observation.Known(Math.Min(100m, share + 7.5m)) }).Criteria;
        return before.Zip(after).All(pair => pair.First.Outcome != FindingOutcome.Met || pair.Second.Outcome == FindingOutcome.Met);
    });

    [Property]
    public Property Evaluate_EarlierFirstForeignSale_NeverTurnsMetIntoNotMet() => ForAll((profile, options) =>
    {
        if (profile.FirstForeignSaleYear.Value is not { } first || first == profile.FoundedYear)
        {
            return true;
        }

        var evaluator = new BornGlobalEvaluator(options);
        var before = evaluator.Evaluate(profile).Criteria;
        var after = evaluator.Evaluate(profile with { FirstForeignSaleYear = Observation.Known(first - 1) }).Criteria;
        return before.Zip(after).All(pair => pair.First.Outcome != FindingOutcome.Met || pair.Second.Outcome == FindingOutcome.Met);
    });

    [Property]
    public Property Evaluate_AnyProfile_ReportsEveryCriterionOneTypeAndAllSixFeatures() => ForAll((profile, options) =>
    {
        var assessment = new BornGlobalEvaluator(options).Evaluate(profile);
        var ids = assessment.Findings.Select(f => f.RuleId).ToList();
        return assessment.Criteria.Length == options.Criteria.Count
            && options.Criteria.All(c => ids.Count(id => id == c.RuleId) == 1)
            && ids.Count(id => id.StartsWith("born-global.type.", StringComparison.Ordinal)) == 1
            && assessment.Features.Select(f => f.Feature).SequenceEqual(options.Features)
            && options.Features.All(f => ids.Count(id => id == "born-global.feature." + StrategyModel.Assessments.RuleIds.Kebab(f.ToString())) == 1)
            && assessment.FeaturesPresent == assessment.Features.Count(f => f.Present)
            && assessment.IsBornGlobalByAnyCriterion == assessment.Criteria.Any(c => c.Outcome == FindingOutcome.Met)
            && (assessment.ProfileType is null) == !profile.CountriesInvolved.IsKnown
            && (assessment.VentureType is not null) == (assessment.IsInternationalNewVenture == true && profile.CountriesInvolved.IsKnown)
            && (assessment.VentureType is null || assessment.VentureType == assessment.ProfileType)
            && assessment.Criteria.All(c => c.Outcome is FindingOutcome.Met or FindingOutcome.NotMet or FindingOutcome.Unknown);
    });
}
