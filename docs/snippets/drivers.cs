using System;
using System.Linq;
using StrategyModel;
using StrategyModel.Assessments;
using StrategyModel.Drivers;

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

// One finding per driver: print the summary, the drivers present and push-and-pull.
Console.WriteLine(drivers.Summary);
foreach (var finding in drivers.Findings.Where(f => f.Outcome == FindingOutcome.Met || f.RuleId == "drivers.push-and-pull"))
{
    Console.WriteLine($"  [{finding.RuleId}] {finding.Outcome}: {finding.Sentence}");
}
