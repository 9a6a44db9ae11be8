namespace StrategyModel.TransactionCosts;

/// <summary>Where <see cref="OwnershipControl"/> draws the lines between Anderson &amp; Gatignon's (1986) ownership classes. Each has a documented default.</summary>
/// <remarks>Percentages are of the foreign entity's equity, 0 to 100. <see cref="OwnershipControl"/> copies the options when it is constructed.</remarks>
public sealed class OwnershipControlOptions
{
    /// <summary>Gets or sets the stake below which a minority is small (diffused) whatever the other shareholders hold.</summary>
    /// <value>Default is 20: the accounting presumption of significant influence (IAS 28) starts there. Must be above 0 and at most <see cref="MajorityAbovePercent"/>.</value>
    public decimal SmallStakeBelowPercent { get; set; } = 20m;

    /// <summary>Gets or sets the stake above which the firm is a dominant shareholder.</summary>
    /// <value>Default is 50: a majority dominates. Must be at least 50 and below <see cref="WhollyOwnedFromPercent"/>.</value>
    public decimal MajorityAbovePercent { get; set; } = 50m;

    /// <summary>Gets or sets the stake from which the entity counts as wholly owned.</summary>
    /// <value>Default is 95, a common convention of empirical entry-mode studies (tiny residual holdings do not share control). At most 100.</value>
    public decimal WhollyOwnedFromPercent { get; set; } = 95m;

    /// <summary>Gets or sets how many percentage points the firm's stake may differ from the largest partner's and still be a balanced interest.</summary>
    /// <value>Default is 0: only equal stakes are balanced. Must be 0 or more.</value>
    public decimal BalancedTolerancePoints { get; set; }

    /// <summary>Gets or sets the control a restrictive exclusive contract gives.</summary>
    /// <value>Default is <see cref="ControlLevel.Intermediate"/>, with the balanced interests and above a small equity stake (Anderson &amp;
    /// Gatignon 1986, Table 1, as the project's domain reference reads it). <see cref="ControlLevel.High"/> reads such contracts as
    /// high control; a contract can then bypass a cap on foreign ownership (see <see cref="OwnershipControl.Ceiling"/>). Must be
    /// Intermediate or High.</value>
    public ControlLevel RestrictiveExclusiveContractControl { get; set; } = ControlLevel.Intermediate;
}
