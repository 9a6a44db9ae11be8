using StrategyModel.Assessments;

namespace StrategyModel.BornGlobal;

/// <summary>One born-global criterion's verdict on a venture.</summary>
/// <param name="Criterion">The criterion applied.</param>
/// <param name="Outcome"><see cref="FindingOutcome.Met"/>, <see cref="FindingOutcome.NotMet"/> or <see cref="FindingOutcome.Unknown"/>.</param>
/// <param name="Reason">Why, naming the part that failed or is unknown.</param>
public sealed record CriterionResult(BornGlobalCriterion Criterion, FindingOutcome Outcome, string Reason);
