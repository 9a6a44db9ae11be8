using System;
using System.Linq;
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

// Rank every catalogue mode for the OLI route and the degree of control.
var modes = new EntryModeAdvisor().Recommend(oli, control);

Console.WriteLine(modes.Summary);
foreach (var candidate in modes.Candidates.Take(4))
{
    Console.WriteLine($"  {candidate.Rank}. {candidate.Mode} (route matches: {candidate.RouteMatches}, control distance: {candidate.ControlDistance})");
}
