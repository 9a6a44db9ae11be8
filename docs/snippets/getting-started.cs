using System;
using System.Linq;
using StrategyModel;
using StrategyModel.EntryModes;
using StrategyModel.Oli;
using StrategyModel.TransactionCosts;

// A mid-sized software firm weighing a neighbouring market.
var oli = new OliEvaluator().Evaluate(new OliProfile
{
    AssetOwnership = new Rated<Strength>(Strength.Strong, ["proprietary-platform"]),
    TransactionOwnership = Strength.Weak,
    Network = Strength.Moderate,
    Location = new Rated<Strength>(Strength.Moderate, ["market-growth-2024"]),
    Internalization = new Rated<Strength>(Strength.Strong, ["tacit-know-how"]),
});

var control = new TransactionCostEvaluator().Evaluate(new TransactionCostProfile
{
    AssetSpecificity = Strength.Strong,
    ExternalUncertainty = Strength.Moderate,
    InternalUncertainty = Strength.Strong,
    Frequency = Strength.Moderate,
    FreeRidingPotential = Strength.Weak,
});

var modes = new EntryModeAdvisor().Recommend(oli, control);

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
