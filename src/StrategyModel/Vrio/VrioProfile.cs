namespace StrategyModel.Vrio;

/// <summary>The four VRIO questions answered for one resource or capability.</summary>
/// <remarks>Every answer must be <see cref="Judgment.Yes"/> or <see cref="Judgment.No"/>.</remarks>
public sealed record VrioProfile
{
    /// <summary>Gets the resource or capability's name, such as "Business ecosystem model".</summary>
    public required string Resource { get; init; }

    /// <summary>Gets whether the resource lets the firm exploit an opportunity or neutralize a threat (the question of value).</summary>
    public required Rated<Judgment> Valuable { get; init; }

    /// <summary>Gets whether the resource is controlled by only a few competing firms (the question of rarity).</summary>
    public required Rated<Judgment> Rare { get; init; }

    /// <summary>Gets whether firms without the resource face a cost disadvantage in obtaining or developing it, substitutes included (the question of imitability).</summary>
    public required Rated<Judgment> CostlyToImitate { get; init; }

    /// <summary>Gets whether the firm's policies and procedures are organized to exploit the resource (the question of organization).</summary>
    /// <remarks>Read as an adjustment factor (Barney &amp; Hesterly): a No stops the firm from realising whatever potential V, R and I give.</remarks>
    public required Rated<Judgment> Organized { get; init; }

    /// <summary>Gets the market the answers speak for, or <see langword="null"/> (the default) for the firm as a whole.</summary>
    /// <remarks>
    /// Value depends on the market: a payment brand that is valuable at home may be of little value where local wallets dominate
    /// (Barney 1991: a resource is valuable when it exploits opportunities or neutralises threats in the firm's environment). Evaluate
    /// one profile per market to read VRIO per market.
    /// </remarks>
    public string? Market { get; init; }
}
