namespace StrategyModel.Evidence;

/// <summary>A construct a fact bears on, and which way: the fact supports it or contradicts it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record FactBearing
{
    /// <summary>Gets the framework input (construct) the fact bears on.</summary>
    public required AssessedInput Input { get; init; }

    /// <summary>Gets whether the fact supports or contradicts the construct.</summary>
    public required Valence Valence { get; init; }

    /// <summary>Gets the id of the market the bearing is about, or <see langword="null"/> when it is not market-specific.</summary>
    public string? Market { get; init; }
}
