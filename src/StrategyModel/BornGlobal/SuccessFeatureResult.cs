namespace StrategyModel.BornGlobal;

/// <summary>Whether a venture shows one success feature, and the rating that decided it.</summary>
/// <param name="Feature">The feature.</param>
/// <param name="Present">Whether the rating met <see cref="BornGlobalOptions.FeatureThreshold"/>.</param>
/// <param name="Strength">The rating read; when the profile did not list the feature (<see cref="Assessed"/> is false) a placeholder,
/// <see cref="StrategyModel.Strength.Absent"/> without evidence, and the feature reads as not assessed.</param>
public sealed record SuccessFeatureResult(SuccessFeature Feature, bool Present, Rated<Strength> Strength)
{
    /// <summary>Gets whether the profile rated the feature; an unrated feature is undetermined, not absent (its finding is Unknown).</summary>
    public bool Assessed { get; init; } = true;
}
