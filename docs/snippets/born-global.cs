using System;
using StrategyModel;
using StrategyModel.BornGlobal;

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

Console.WriteLine(bornGlobal.Summary);
foreach (var finding in bornGlobal.Findings)
{
    Console.WriteLine($"  [{finding.RuleId}] {finding.Outcome}: {finding.Sentence}");
}
