namespace StrategyModel.Drivers;

/// <summary>One driver as the evaluator read it: its category and label, whether it is present, and its strength with the evidence.</summary>
/// <param name="Kind">The driver.</param>
/// <param name="Category">The block of the framework it belongs to.</param>
/// <param name="Label">The thesis's wording for it.</param>
/// <param name="Present">Whether its strength meets <see cref="DriversOptions.PresenceThreshold"/>.</param>
/// <param name="Strength">Its strength with the evidence ids; when the profile did not list it (<see cref="Assessed"/> is false) the
/// value is a placeholder, <see cref="StrategyModel.Strength.Absent"/> without evidence, and the driver reads as not assessed.</param>
public sealed record DriverResult(DriverKind Kind, DriverCategory Category, string Label, bool Present, Rated<Strength> Strength)
{
    /// <summary>Gets whether the profile rated the driver; an unrated driver is undetermined, not absent (its finding is Unknown).</summary>
    public bool Assessed { get; init; } = true;
}
