using System.Collections.Immutable;
using StrategyModel.Assessments;
using StrategyModel.Drivers;
using StrategyModel.Evidence;
using static StrategyModel.Assessments.Findings;

namespace StrategyModel.Analysis.Inputs;

/// <summary>The drivers of internationalization from analyst ratings (one per driver, rubric <c>driver</c>), and the volume of evidence
/// on each driver's topics as a separate, labelled indicator that never becomes a strength.</summary>
internal static class DriverInputs
{
    private static readonly FactTopic[] Attractiveness =
    [
        FactTopic.MarketSize, FactTopic.InternetPenetration, FactTopic.InternetUserGrowth, FactTopic.OnlineShoppingGrowth,
        FactTopic.CustomerPreference, FactTopic.PricePreference, FactTopic.CulturalProximity, FactTopic.YoungPopulation, FactTopic.RetailGaps,
    ];

    private static readonly FactTopic[] Policy =
    [
        FactTopic.HostRegulation, FactTopic.IntergovernmentalCooperation, FactTopic.BeltAndRoad, FactTopic.CrossBorderCooperation, FactTopic.TransportCorridor,
    ];

    public static (DriversAssessment Assessment, ImmutableArray<DriverEvidence> Volume) Build(InputRecorder recorder, IDriversEvaluator evaluator)
    {
        var view = recorder.View;
        var inputs = ImmutableArray.CreateBuilder<DriverInput>();
        var volume = ImmutableArray.CreateBuilder<DriverEvidence>();
        foreach (var kind in DriverCatalog.All)
        {
            // Evidence volume for every kind, the outcome included; ratings for the drivers only.
            var facts = Topics(kind)
                .SelectMany(t => view.Facts(t, null))
                .Where(f => f.UnknownReason is null && !Contradicts(f) && (kind != DriverKind.InternationalPerformance || f.Scope != FactScope.HomeMarket))
                .DistinctBy(f => f.Id)
                .ToList();
            volume.Add(new DriverEvidence(kind, [.. facts.Select(f => f.Id)], [.. facts.Select(f => f.Statement)]));
            if (kind == DriverKind.InternationalPerformance)
            {
                continue;
            }

            if (recorder.Rate("drivers", RuleIds.Kebab(kind.ToString()), AssessedInput.Driver, null, Scales.AsStrength, driver: kind) is { } rated)
            {
                inputs.Add(new DriverInput(kind, rated));
            }
        }

        return (evaluator.Evaluate(new DriversProfile { Drivers = inputs.ToImmutable(), Performance = Performance(recorder) }), volume.ToImmutable());
    }

    // International performance is an outcome read from its own rating (a metric and a direction), never a driver at a strength;
    // a rating that rests only on domestic (home-market) results does not speak for international performance and is set aside.
    private static PerformanceOutcome? Performance(InputRecorder recorder)
    {
        var view = recorder.View;
        var lookup = view.Rating(AssessedInput.InternationalPerformance, null);
        if (lookup.Applies is { } a)
        {
            var facts = a.RestsOn.OrEmpty().Select(id => view.Case.TryGetFact(id, out var f) ? f : null).OfType<Fact>().ToList();
            if (facts.Count > 0 && facts.All(f => f.Scope == FactScope.HomeMarket))
            {
                recorder.Inputs.Add(new AnalysisInput("drivers", "international-performance", "Undetermined", InputSource.SetAside, Fmt($"Analyst assessment {a.Id} rests only on home-market results, which never count as international performance."), [a.Id]) { Rubric = "international-performance" });
                return null;
            }
        }

        if (recorder.Rate("drivers", "international-performance", AssessedInput.InternationalPerformance, null, Direction) is { } rated)
        {
            var rating = view.Rating(AssessedInput.InternationalPerformance, null).Applies!.Rates!;
            return new PerformanceOutcome(rating.Metric ?? "unstated", rated.Value, rated.Evidence) { Market = rating.Market };
        }

        return null;
    }

    private static PerformanceDirection? Direction(Rating rating) => rating.Value switch
    {
        "improving" => PerformanceDirection.Improving,
        "stable" => PerformanceDirection.Stable,
        "declining" => PerformanceDirection.Declining,
        "mixed" => PerformanceDirection.Mixed,
        _ => null,
    };

    public static Finding PushAndPull(DriversAssessment drivers, ImmutableArray<DriverEvidence> volume)
    {
        var pushPull = drivers.Drivers.Where(d => DriverCatalog.CategoryOf(d.Kind) is DriverCategory.HomeMarket or DriverCategory.InternationalOpportunity).ToList();
        var inputs = pushPull.Select(d => new FindingInput(DriverCatalog.RuleIdOf(d.Kind), d.Strength.Value.ToString(), d.Strength.Evidence)).ToImmutableArray();
        return new Finding(
            "analysis.push-and-pull",
            MetOrNot(drivers.PushAndPull),
            drivers.PushAndPull
                ? "Both push (home-market) and pull (international-opportunity) drivers are rated present: the firm is driven abroad and drawn to its markets."
                : Fmt($"Push and pull drivers are not both rated present ({volume.Count(v => v.Facts.Length > 0)} drivers have evidence on their topics; only ratings count)."),
            inputs,
            [],
            "Gerschewski, Rose & Lindsay (2015); Wang (2018), Figure 2");
    }

    private static bool Contradicts(Fact fact) => fact.BearsOn.OrEmpty().Any(b => b.Valence == Valence.Contradicts) && !fact.BearsOn.OrEmpty().Any(b => b.Valence == Valence.Supports);

    private static FactTopic[] Topics(DriverKind kind) => kind switch
    {
        DriverKind.BusinessEcosystemModel => [FactTopic.EcosystemModel],
        DriverKind.UniqueTechnology => [FactTopic.Technology],
        DriverKind.StrongBrand => [FactTopic.Brand],
        DriverKind.EntrepreneurNetworkAndExperience => [FactTopic.EntrepreneurNetwork],
        DriverKind.ProductServiceQuality => [FactTopic.ServiceQuality],
        DriverKind.NicheDomesticMarket => [FactTopic.HomeSaturation],
        DriverKind.HomeCompetition => [FactTopic.HomeCompetition],
        DriverKind.HomeGovernmentPolicy => [FactTopic.HomePolicy],
        DriverKind.MarketAttractiveness => Attractiveness,
        DriverKind.HostGovernmentPolicy => Policy,
        DriverKind.CostLeadership => [FactTopic.CostLeadership],
        DriverKind.Differentiation => [FactTopic.Differentiation],
        DriverKind.Localization => [FactTopic.Localization],
        DriverKind.StrategicPartnership => [FactTopic.Partnership],
        DriverKind.DirectHolding or DriverKind.OwnSubsidiary or DriverKind.PartnershipEntry => [FactTopic.Entry],
        DriverKind.InternationalPerformance => [FactTopic.Performance],
        _ => [],
    };
}
