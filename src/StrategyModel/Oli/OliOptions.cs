namespace StrategyModel.Oli;

/// <summary>Thresholds of the OLI evaluator. The literature leaves them to judgment; each has a documented default.</summary>
/// <remarks>
/// A condition holds when its strength is at least its threshold. The evaluator copies the options when it is
/// constructed, so changing an instance afterwards does not change an existing evaluator.
/// </remarks>
public sealed class OliOptions
{
    /// <summary>Gets or sets the strength at which an ownership advantage (Oa, Ot, Oi, or N when counted) meets Dunning's first condition.</summary>
    /// <value>Default is <see cref="Strength.Moderate"/>: a weak advantage does not offset the liability of foreignness (Dunning 1981). Must be Weak, Moderate or Strong.</value>
    public Strength OwnershipThreshold { get; set; } = Strength.Moderate;

    /// <summary>Gets or sets the strength at which internalization meets Dunning's second condition.</summary>
    /// <value>Default is <see cref="Strength.Moderate"/>. Must be Weak, Moderate or Strong.</value>
    public Strength InternalizationThreshold { get; set; } = Strength.Moderate;

    /// <summary>Gets or sets the strength at which the host market's location advantage meets Dunning's third condition.</summary>
    /// <value>Default is <see cref="Strength.Moderate"/>. Must be Weak, Moderate or Strong.</value>
    public Strength LocationThreshold { get; set; } = Strength.Moderate;

    /// <summary>Gets or sets whether a network advantage (N) counts as an ownership advantage, as Singh &amp; Kundu's (2002) N-OLI proposes for internet firms.</summary>
    /// <value>Default is <see langword="true"/>. Set <see langword="false"/> for Dunning's original OLI.</value>
    public bool CountNetworkAsOwnership { get; set; } = true;
}
