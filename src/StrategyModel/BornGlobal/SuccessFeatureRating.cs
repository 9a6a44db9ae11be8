namespace StrategyModel.BornGlobal;

/// <summary>How strongly a venture shows one success feature.</summary>
/// <param name="Feature">The feature.</param>
/// <param name="Strength">How strongly the venture shows it, with the evidence behind the rating.</param>
public sealed record SuccessFeatureRating(SuccessFeature Feature, Rated<Strength> Strength);
