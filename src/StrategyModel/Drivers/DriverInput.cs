namespace StrategyModel.Drivers;

/// <summary>One driver's assessed strength, with the evidence behind it.</summary>
/// <param name="Kind">The driver.</param>
/// <param name="Strength">How strongly the driver is present, with the evidence ids.</param>
public sealed record DriverInput(DriverKind Kind, Rated<Strength> Strength);
