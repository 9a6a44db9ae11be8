using System;
using StrategyModel;
using StrategyModel.Vrio;

var vrio = new VrioEvaluator().Evaluate(new VrioProfile
{
    Resource = "Proprietary platform",
    Valuable = new Rated<Judgment>(Judgment.Yes, ["proprietary-platform"]),
    Rare = Judgment.Yes,
    CostlyToImitate = Judgment.Yes,
    Organized = Judgment.No,
});

Console.WriteLine(vrio.Summary);
foreach (var finding in vrio.Findings)
{
    Console.WriteLine($"  [{finding.RuleId}] {finding.Outcome}: {finding.Sentence}");
}
