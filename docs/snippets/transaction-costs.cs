using System;
using StrategyModel;
using StrategyModel.TransactionCosts;

var control = new TransactionCostEvaluator().Evaluate(new TransactionCostProfile
{
    AssetSpecificity = Strength.Strong,
    ExternalUncertainty = Strength.Moderate,
    InternalUncertainty = Strength.Strong,
    Frequency = Strength.Moderate,
    FreeRidingPotential = Strength.Weak,
});

Console.WriteLine(control.Summary);
foreach (var finding in control.Findings)
{
    Console.WriteLine($"  [{finding.RuleId}] {finding.Outcome}: {finding.Sentence}");
}
