using System;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using StrategyModel;
using StrategyModel.EntryModes;
using StrategyModel.Oli;
using StrategyModel.TransactionCosts;

// Register every evaluator as a singleton. The callback runs once, when the options are first resolved:
// here the host market must offer a Strong location advantage before the OLI evaluator counts it.
var services = new ServiceCollection();
services.AddStrategyModel(o => o.Oli.LocationThreshold = Strength.Strong);
using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

var oliEvaluator = provider.GetRequiredService<IOliEvaluator>();
var transactionCostEvaluator = provider.GetRequiredService<ITransactionCostEvaluator>();
var advisor = provider.GetRequiredService<IEntryModeAdvisor>();

// The same firm as the EvaluateYourFirm sample: with the stricter location threshold its
// Moderate location advantage no longer holds, so OLI says export rather than FDI.
var oli = oliEvaluator.Evaluate(new OliProfile
{
    AssetOwnership = new Rated<Strength>(Strength.Strong, ["proprietary-platform"]),
    Network = Strength.Moderate,
    Location = new Rated<Strength>(Strength.Moderate, ["market-growth-2024"]),
    Internalization = new Rated<Strength>(Strength.Strong, ["tacit-know-how"]),
});

var control = transactionCostEvaluator.Evaluate(new TransactionCostProfile
{
    AssetSpecificity = Strength.Strong,
    ExternalUncertainty = Strength.Moderate,
    InternalUncertainty = Strength.Strong,
    Frequency = Strength.Moderate,
    FreeRidingPotential = Strength.Weak,
});

var modes = advisor.Recommend(oli, control);

Console.WriteLine(oli.Summary);
foreach (var finding in oli.Findings)
{
    // Each finding names the options it compared against, so the changed threshold is visible in the output.
    var thresholds = string.Join(", ", finding.Thresholds.Select(t => $"{t.Option} = {t.Value}"));
    Console.WriteLine(thresholds.Length == 0 ? $"  [{finding.RuleId}] {finding.Outcome}" : $"  [{finding.RuleId}] {finding.Outcome}, against {thresholds}");
}

Console.WriteLine(control.Summary);
Console.WriteLine(modes.Summary);
foreach (var candidate in modes.Candidates.Take(3))
{
    Console.WriteLine($"  {candidate.Rank}. {candidate.Mode} (route matches: {candidate.RouteMatches}, control distance: {candidate.ControlDistance})");
}
