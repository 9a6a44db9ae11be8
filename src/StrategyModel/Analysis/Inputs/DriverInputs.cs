using System.Collections.Immutable;
using System.Globalization;
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

        return (evaluator.Evaluate(new DriversProfile { Drivers = inputs.ToImmutable() }), volume.ToImmutable());
    }

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

    internal static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
