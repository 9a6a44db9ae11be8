// Evaluate your own firm, built in code: OLI route, degree of control, ranked entry modes.
using StrategyModel;
using StrategyModel.EntryModes;
using StrategyModel.Oli;
using StrategyModel.TransactionCosts;

#region evaluate-firm
// A mid-sized software firm weighing a neighbouring market.
#region oli
var oli = new OliEvaluator().Evaluate(new OliProfile
{
    AssetOwnership = new Rated<Strength>(Strength.Strong, ["proprietary-platform"]),
    TransactionOwnership = Strength.Weak,
    Network = Strength.Moderate,
    Location = new Rated<Strength>(Strength.Moderate, ["market-growth-2024"]),
    Internalization = new Rated<Strength>(Strength.Strong, ["tacit-know-how"]),
});
#endregion oli

#region transaction-costs
var control = new TransactionCostEvaluator().Evaluate(new TransactionCostProfile
{
    AssetSpecificity = Strength.Strong,
    ExternalUncertainty = Strength.Moderate,
    InternalUncertainty = Strength.Strong,
    Frequency = Strength.Moderate,
    FreeRidingPotential = Strength.Weak,
});
#endregion transaction-costs

#region entry-modes
var modes = new EntryModeAdvisor().Recommend(oli, control);
#endregion entry-modes
#endregion evaluate-firm

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
