// Evaluate your own firm, built in code: OLI route, degree of control, ranked entry modes, then the other frameworks.
// The firm is a made-up example: every rating, year and evidence id below is illustrative, not data about a real firm.
using StrategyModel;
using StrategyModel.Assessments;
using StrategyModel.BornGlobal;
using StrategyModel.Drivers;
using StrategyModel.EntryModes;
using StrategyModel.GenericStrategies;
using StrategyModel.Networks;
using StrategyModel.Oli;
using StrategyModel.TransactionCosts;
using StrategyModel.Uppsala;
using StrategyModel.Vrio;

#region evaluate-firm
// A mid-sized software firm weighing a neighbouring market.
#region oli
var oli = new OliEvaluator().Evaluate(new OliProfile
{
    AssetOwnership = new Rated<Strength>(Strength.Strong, ["proprietary-platform"]),
    TransactionOwnership = Strength.Weak,
    Network = Strength.Moderate,
    Location = new Rated<Strength>(Strength.Moderate, ["market-growth-2024"]),
    Internalization = new Rated<Strength>(Strength.Strong, ["tacit-know-how"]),
});
#endregion oli

#region transaction-costs
var control = new TransactionCostEvaluator().Evaluate(new TransactionCostProfile
{
    AssetSpecificity = Strength.Strong,
    ExternalUncertainty = Strength.Moderate,
    InternalUncertainty = Strength.Strong,
    Frequency = Strength.Moderate,
    FreeRidingPotential = Strength.Weak,
});
#endregion transaction-costs

#region entry-modes
var modes = new EntryModeAdvisor().Recommend(oli, control);
#endregion entry-modes
#endregion evaluate-firm

Console.WriteLine(oli.Summary);
foreach (var finding in oli.Findings)
{
    Console.WriteLine($"  [{finding.RuleId}] {finding.Outcome}: {finding.Sentence}");
}

Console.WriteLine(control.Summary);
foreach (var finding in control.Findings)
{
    Console.WriteLine($"  [{finding.RuleId}] {finding.Outcome}: {finding.Sentence}");
}

Console.WriteLine(modes.Summary);
foreach (var candidate in modes.Candidates.Take(3))
{
    Console.WriteLine($"  {candidate.Rank}. {candidate.Mode}: {string.Join(" ", candidate.Reasons)}");
}

// The same made-up firm through the other frameworks, one region per framework page of the docs.
#region generic-strategies
var porter = new GenericStrategyEvaluator().Evaluate(new GenericStrategyProfile
{
    CostAdvantage = new Rated<Strength>(Strength.Strong, ["cloud-cost-base"]),
    Differentiation = new Rated<Strength>(Strength.Moderate, ["customer-reviews-2024"]),
    Scope = CompetitiveScope.Broad,
    Localization = Strength.Moderate,
    StrategicPartnership = Strength.Weak,
});
#endregion generic-strategies

#region born-global
var bornGlobal = new BornGlobalEvaluator().Evaluate(new BornGlobalProfile
{
    FoundedYear = 2015,
    FirstForeignSaleYear = Observation.Known(2016, "first-export-invoice"),
    ForeignSalesSharePercent = Observation.Known(40m, "annual-report-2024"),
    ValueChainCoordination = ValueChainCoordination.Few,
    CountriesInvolved = Observation.Known(3),
    SuccessFeatures =
    [
        new(SuccessFeature.GlobalVision, Strength.Strong),
        new(SuccessFeature.UniqueOffering, new Rated<Strength>(Strength.Moderate, ["proprietary-platform"])),
        new(SuccessFeature.ManagersInternationalExperience, Strength.Weak),
    ],
});
#endregion born-global

#region uppsala
var uppsala = new UppsalaEvaluator();
var chain = uppsala.Evaluate(new UppsalaProfile
{
    Entries =
    [
        new DatedEntry(2016, EntryMode.DirectExport, ["first-export-invoice"]),
        new DatedEntry(2018, EntryMode.StrategicAlliance),
        new DatedEntry(2021, EntryMode.GreenfieldSubsidiary, ["subsidiary-registration"]),
    ],
});
var distance = uppsala.EvaluatePsychicDistance(new PsychicDistanceProfile
{
    // Distances on the caller's own scale (higher is more distant), e.g. a Kogut-Singh index.
    Markets = [new("Neighbouring market", 2016, 0.4m), new("Overseas market", 2019, 1.8m), new("Second neighbour", 2022, 0.6m)],
});
#endregion uppsala

#region network-model
var network = new NetworkEvaluator().Evaluate(new NetworkProfile
{
    Firm = InternationalizationDegree.Low,
    Market = new Rated<InternationalizationDegree>(InternationalizationDegree.High, ["rivals-abroad-2024"]),
});
#endregion network-model

#region vrio
var vrio = new VrioEvaluator().Evaluate(new VrioProfile
{
    Resource = "Proprietary platform",
    Valuable = new Rated<Judgment>(Judgment.Yes, ["proprietary-platform"]),
    Rare = Judgment.Yes,
    CostlyToImitate = Judgment.Yes,
    Organized = Judgment.No,
});
#endregion vrio

#region drivers
var drivers = new DriversEvaluator().Evaluate(new DriversProfile
{
    Drivers =
    [
        new(DriverKind.UniqueTechnology, new Rated<Strength>(Strength.Strong, ["proprietary-platform"])),
        new(DriverKind.NicheDomesticMarket, Strength.Moderate),
        new(DriverKind.MarketAttractiveness, new Rated<Strength>(Strength.Moderate, ["market-growth-2024"])),
        new(DriverKind.HomeCompetition, Strength.Weak),
    ],
});
#endregion drivers

foreach (IAssessment assessment in new IAssessment[] { porter, bornGlobal, chain, distance, network, vrio })
{
    PrintAssessment(assessment);
}

// The drivers assessment has one finding per driver (18): print the present ones and push-and-pull.
Console.WriteLine($"== {drivers.Framework} ==");
Console.WriteLine(drivers.Summary);
foreach (var finding in drivers.Findings.Where(f => f.Outcome == FindingOutcome.Met || f.RuleId == "drivers.push-and-pull"))
{
    Console.WriteLine($"  [{finding.RuleId}] {finding.Outcome}: {finding.Sentence}");
}

static void PrintAssessment(IAssessment assessment)
{
    Console.WriteLine($"== {assessment.Framework} ==");
    Console.WriteLine(assessment.Summary);
    foreach (var finding in assessment.Findings)
    {
        Console.WriteLine($"  [{finding.RuleId}] {finding.Outcome}: {finding.Sentence}");
    }
}
