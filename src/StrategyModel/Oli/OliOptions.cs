namespace StrategyModel.Oli;

/// <summary>Thresholds and readings of the OLI evaluator. The literature leaves them to judgment; each has a documented default.</summary>
/// <remarks>
/// A condition holds when its strength is at least its threshold. The evaluator copies the options when it is
/// constructed, so changing an instance afterwards does not change an existing evaluator.
/// </remarks>
public sealed class OliOptions
{
    /// <summary>Gets or sets the strength at which an ownership advantage (Oa, Ot, Oi, or N under <see cref="OliNetworkReading.OwnershipComponent"/>) meets Dunning's first condition.</summary>
    /// <value>Default is <see cref="Strength.Moderate"/>: a weak advantage does not offset the liability of foreignness, the extra
    /// costs a foreign firm bears that a local one does not (Hymer 1960/1976; Zaheer 1995). Must be Weak, Moderate or Strong.</value>
    public Strength OwnershipThreshold { get; set; } = Strength.Moderate;

    /// <summary>Gets or sets the strength at which internalization meets Dunning's second condition.</summary>
    /// <value>Default is <see cref="Strength.Moderate"/>. Must be Weak, Moderate or Strong.</value>
    public Strength InternalizationThreshold { get; set; } = Strength.Moderate;

    /// <summary>Gets or sets the strength at which the location advantage (of operating in the host market rather than serving it from home) meets Dunning's third condition.</summary>
    /// <value>Default is <see cref="Strength.Moderate"/>. Must be Weak, Moderate or Strong.</value>
    public Strength LocationThreshold { get; set; } = Strength.Moderate;

    /// <summary>Gets or sets the strength at which the network advantage (N) holds as a condition of its own under <see cref="OliNetworkReading.DistinctAdvantage"/>.</summary>
    /// <value>Default is <see cref="Strength.Moderate"/>, the same line as the ownership threshold. Must be Weak, Moderate or Strong.</value>
    public Strength NetworkThreshold { get; set; } = Strength.Moderate;

    /// <summary>Gets or sets how the network advantage (N) is read.</summary>
    /// <value>Default is <see cref="OliNetworkReading.DistinctAdvantage"/>: N is its own condition and, when it holds, changes the
    /// route's reading (Singh &amp; Kundu 2002). <see cref="OliNetworkReading.OwnershipComponent"/> folds N into O by taking the
    /// strongest advantage (after Dunning's 1988 transaction ownership advantage; the library's default before the 2026-12 review);
    /// <see cref="OliNetworkReading.Excluded"/> is Dunning's original OLI. Must be a defined reading other than Unspecified.</value>
    public OliNetworkReading NetworkReading { get; set; } = OliNetworkReading.DistinctAdvantage;

    /// <summary>Gets or sets whether a market whose attractiveness is rated <see cref="Strength.Absent"/> is not served: the route becomes
    /// <see cref="ServingRoute.None"/>, decided by <see cref="OliCondition.MarketAttractiveness"/>.</summary>
    /// <value>Default is <see langword="true"/>: market-seeking investment and exports both need demand to seek (Dunning 1993), so a market
    /// with none is not served whatever O, I and L say. Only an explicit Absent rating gates; a Weak market, or one not rated, is read
    /// from O, I and L alone. Attractiveness never feeds the matrix itself: it does not decide between export and FDI.</value>
    public bool MarketAttractivenessGate { get; set; } = true;
}
