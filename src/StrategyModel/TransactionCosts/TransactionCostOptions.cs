namespace StrategyModel.TransactionCosts;

/// <summary>Where the transaction-cost evaluator draws the lines between low, medium and high drivers, and the readings it applies.</summary>
/// <remarks>A driver is <em>high</em> when at least <see cref="HighThreshold"/> and <em>low</em> when at most <see cref="LowCeiling"/>; between
/// the two it is medium. The evaluator copies the options (the nested <see cref="OwnershipControl"/> ones included) when it is constructed.</remarks>
public sealed class TransactionCostOptions
{
    /// <summary>Gets or sets the strength from which a driver counts as high.</summary>
    /// <value>Default is <see cref="Strength.Strong"/>: Anderson &amp; Gatignon's propositions speak of highly specific assets and high uncertainty. Must be Weak, Moderate or Strong.</value>
    public Strength HighThreshold { get; set; } = Strength.Strong;

    /// <summary>Gets or sets the strength up to which a driver counts as low.</summary>
    /// <value>Default is <see cref="Strength.Weak"/>. Must be a defined strength below <see cref="HighThreshold"/>; <see cref="Strength.Absent"/> makes only absent drivers low.</value>
    public Strength LowCeiling { get; set; } = Strength.Weak;

    /// <summary>Gets or sets which reading of internal uncertainty applies.</summary>
    /// <value>Default is <see cref="InternalUncertaintyReading.SocioculturalDistance"/>, Anderson &amp; Gatignon's (1986) reading, because
    /// the profile's internal uncertainty is rated as the entrant's unfamiliarity and sociocultural distance: high internal uncertainty
    /// lowers control unless assets are highly specific (a resource-commitment argument). <see cref="InternalUncertaintyReading.PerformanceAmbiguity"/>
    /// is the transaction-cost reading (Williamson 1985): it raises control. Must be a defined reading other than Unspecified.</value>
    public InternalUncertaintyReading InternalUncertaintyReading { get; set; } = InternalUncertaintyReading.SocioculturalDistance;

    /// <summary>Gets or sets the ownership classes used to turn a host-country cap on foreign ownership into a ceiling on control
    /// (<see cref="TransactionCosts.OwnershipControl.Ceiling"/>).</summary>
    /// <value>Default is a new <see cref="OwnershipControlOptions"/> with its documented defaults. Must not be null.</value>
    public OwnershipControlOptions OwnershipControl { get; set; } = new();
}
