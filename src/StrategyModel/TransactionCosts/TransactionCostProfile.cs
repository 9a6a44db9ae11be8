namespace StrategyModel.TransactionCosts;

/// <summary>The transaction-cost drivers of one firm entering one market (Williamson 1985; Anderson &amp; Gatignon 1986).</summary>
/// <remarks>Every driver must be a defined <see cref="Strength"/> other than <see cref="Strength.Unspecified"/>. Rate the drivers from
/// the transaction's attributes before the choice, not from the mode the firm chose.</remarks>
public sealed record TransactionCostProfile
{
    /// <summary>Gets how transaction-specific the firm's assets are: proprietary, poorly understood (tacit) or customized.</summary>
    public required Rated<Strength> AssetSpecificity { get; init; }

    /// <summary>Gets the host market's external uncertainty: country risk and volatility.</summary>
    public required Rated<Strength> ExternalUncertainty { get; init; }

    /// <summary>Gets the internal uncertainty: the entrant's unfamiliarity with the market and sociocultural distance (Anderson &amp;
    /// Gatignon 1986), or, under <see cref="InternalUncertaintyReading.PerformanceAmbiguity"/>, the difficulty of judging the local
    /// agents' performance (Williamson 1985).</summary>
    public required Rated<Strength> InternalUncertainty { get; init; }

    /// <summary>Gets how frequent and recurrent the transactions are between the parties to the governance structure (Williamson 1985):
    /// the firm and its local agents, partners or carriers, such as recurring parcel handovers to a local postal operator. The number
    /// of consumers' purchases is not this frequency.</summary>
    public required Rated<Strength> Frequency { get; init; }

    /// <summary>Gets the potential for free riding and opportunism, such as a brand others can trade on.</summary>
    public required Rated<Strength> FreeRidingPotential { get; init; }

    /// <summary>Gets the host country's cap on foreign ownership in the sector, in percent (0 to 100), or <see langword="null"/> when there
    /// is none. It caps the control level at what the highest permitted stake, or the best contract, can give
    /// (<see cref="OwnershipControl.Ceiling"/>): a 49% cap cannot yield High under the default options.</summary>
    public decimal? ForeignOwnershipCapPercent { get; init; }
}
