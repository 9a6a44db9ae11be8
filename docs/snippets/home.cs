using System;
using StrategyModel;
using StrategyModel.EntryModes;
using StrategyModel.Oli;
using StrategyModel.TransactionCosts;

var oli = new OliEvaluator().Evaluate(new OliProfile
{
    AssetOwnership = Strength.Strong, Location = Strength.Moderate, Internalization = Strength.Strong,
});
var control = new TransactionCostEvaluator().Evaluate(new TransactionCostProfile
{
    AssetSpecificity = Strength.Strong, ExternalUncertainty = Strength.Moderate, InternalUncertainty = Strength.Strong,
    Frequency = Strength.Moderate, FreeRidingPotential = Strength.Weak,
});
Console.WriteLine(oli.Summary);
Console.WriteLine(control.Summary);
Console.WriteLine(new EntryModeAdvisor().Recommend(oli, control).Summary);
