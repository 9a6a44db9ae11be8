namespace StrategyModel.GenericStrategies;

/// <summary>Thresholds of the generic-strategy evaluator, and which hybrid reading its summary leads with.</summary>
/// <remarks>
/// An advantage or element is held when its strength is at least its threshold. The evaluator copies the options when it is
/// constructed, so changing an instance afterwards does not change an existing evaluator.
/// </remarks>
public sealed class GenericStrategyOptions
{
    /// <summary>Gets or sets the strength at which a cost advantage or differentiation counts as held.</summary>
    /// <value>Default is <see cref="Strength.Moderate"/>: Porter (1985, ch. 1) asks for an advantage that rivals cannot easily match, which a weak edge is not. Must be Weak, Moderate or Strong.</value>
    public Strength AdvantageThreshold { get; set; } = Strength.Moderate;

    /// <summary>Gets or sets the strength at which localization or strategic partnership counts as a strategy element of the firm.</summary>
    /// <value>Default is <see cref="Strength.Moderate"/>: Wang (2018) counts the elements the case shows clearly, not incidental ones. Must be Weak, Moderate or Strong.</value>
    public Strength ElementThreshold { get; set; } = Strength.Moderate;

    /// <summary>Gets or sets which reading of a hybrid the summary leads with; the assessment always reports both.</summary>
    /// <value>Default is <see cref="HybridReading.StuckInTheMiddleWarning"/>: Porter's (1980, 1985) original position, which the integrated view (Hill 1988) disputes. Must not be <see cref="HybridReading.Unspecified"/>.</value>
    public HybridReading PreferredHybridReading { get; set; } = HybridReading.StuckInTheMiddleWarning;
}
