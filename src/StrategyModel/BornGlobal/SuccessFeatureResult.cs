namespace StrategyModel.BornGlobal;

/// <summary>Whether a venture shows one success feature, and the rating that decided it.</summary>
/// <param name="Feature">The feature.</param>
/// <param name="Present">Whether the rating met <see cref="BornGlobalOptions.FeatureThreshold"/>.</param>
/// <param name="Strength">The rating read; <see cref="StrategyModel.Strength.Absent"/> without evidence when the profile did not list the feature.</param>
public sealed record SuccessFeatureResult(SuccessFeature Feature, bool Present, Rated<Strength> Strength);
