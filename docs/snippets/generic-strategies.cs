using System;
using StrategyModel;
using StrategyModel.GenericStrategies;

var porter = new GenericStrategyEvaluator().Evaluate(new GenericStrategyProfile
{
    CostAdvantage = new Rated<Strength>(Strength.Strong, ["cloud-cost-base"]),
    Differentiation = new Rated<Strength>(Strength.Moderate, ["customer-reviews-2024"]),
    Scope = CompetitiveScope.Broad,
    Localization = Strength.Moderate,
    StrategicPartnership = Strength.Weak,
});

Console.WriteLine(porter.Summary);
foreach (var finding in porter.Findings)
{
    Console.WriteLine($"  [{finding.RuleId}] {finding.Outcome}: {finding.Sentence}");
}
