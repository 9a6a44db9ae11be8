namespace StrategyModel.Distance;

/// <summary>One cultural dimension's published scores for the two countries of a pair, and the variance of that dimension over the
/// reference set of countries.</summary>
/// <param name="Dimension">The dimension's name as the model names it, such as <c>PDI</c>.</param>
/// <param name="From">The first (home) country's score.</param>
/// <param name="To">The second (host) country's score.</param>
/// <param name="Variance">The dimension's variance over the reference countries; positive.</param>
public sealed record CulturalDimensionScore(string Dimension, decimal From, decimal To, decimal Variance);
