using System;
using StrategyModel;
using StrategyModel.Networks;

var network = new NetworkEvaluator().Evaluate(new NetworkProfile
{
    Firm = InternationalizationDegree.Low,
    Market = new Rated<InternationalizationDegree>(InternationalizationDegree.High, ["rivals-abroad-2024"]),
});

Console.WriteLine(network.Summary);
foreach (var finding in network.Findings)
{
    Console.WriteLine($"  [{finding.RuleId}] {finding.Outcome}: {finding.Sentence}");
}
