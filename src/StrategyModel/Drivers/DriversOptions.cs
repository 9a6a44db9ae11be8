namespace StrategyModel.Drivers;

/// <summary>Where the drivers evaluator draws the line between a present and an absent driver.</summary>
/// <remarks>The evaluator copies the options when it is constructed, so changing an instance afterwards does not change an existing evaluator.</remarks>
public sealed class DriversOptions
{
    /// <summary>Gets or sets the strength from which a driver counts as present.</summary>
    /// <value>
    /// Default is <see cref="Strength.Moderate"/>. The thesis (Wang 2018, Table 2) and Gerschewski et al. (2015) treat a driver as
    /// present or not; the library counts a driver as present when the evidence shows it at least at a moderate level, so a weak
    /// trace does not make it a driver (the same line as <see cref="Oli.OliOptions.OwnershipThreshold"/>). Must be Weak, Moderate or Strong.
    /// </value>
    public Strength PresenceThreshold { get; set; } = Strength.Moderate;
}
