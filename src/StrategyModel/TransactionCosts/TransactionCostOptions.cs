namespace StrategyModel.TransactionCosts;

/// <summary>Where the transaction-cost evaluator draws the lines between low, medium and high drivers.</summary>
/// <remarks>A driver is <em>high</em> when at least <see cref="HighThreshold"/> and <em>low</em> when at most <see cref="LowCeiling"/>; between the two it is medium.</remarks>
public sealed class TransactionCostOptions
{
    /// <summary>Gets or sets the strength from which a driver counts as high.</summary>
    /// <value>Default is <see cref="Strength.Strong"/>: Anderson &amp; Gatignon's propositions speak of highly specific assets and high uncertainty. Must be Weak, Moderate or Strong.</value>
    public Strength HighThreshold { get; set; } = Strength.Strong;

    /// <summary>Gets or sets the strength up to which a driver counts as low.</summary>
    /// <value>Default is <see cref="Strength.Weak"/>. Must be a defined strength below <see cref="HighThreshold"/>; <see cref="Strength.Absent"/> makes only absent drivers low.</value>
    public Strength LowCeiling { get; set; } = Strength.Weak;
}
