using System;
using StrategyModel;
using StrategyModel.Oli;

var oli = new OliEvaluator().Evaluate(new OliProfile
{
    AssetOwnership = new Rated<Strength>(Strength.Strong, ["proprietary-platform"]),
    TransactionOwnership = Strength.Weak,
    Network = Strength.Moderate,
    Location = new Rated<Strength>(Strength.Moderate, ["market-growth-2024"]),
    Internalization = new Rated<Strength>(Strength.Strong, ["tacit-know-how"]),
});

Console.WriteLine(oli.Summary);
foreach (var finding in oli.Findings)
{
    Console.WriteLine($"  [{finding.RuleId}] {finding.Outcome}: {finding.Sentence}");
}
