namespace StrategyModel.TransactionCosts;

/// <summary>The transaction-cost drivers of one firm entering one market (Williamson 1985; Anderson &amp; Gatignon 1986).</summary>
/// <remarks>Every driver must be a defined <see cref="Strength"/> other than <see cref="Strength.Unspecified"/>.</remarks>
public sealed record TransactionCostProfile
{
    /// <summary>Gets how transaction-specific the firm's assets are: proprietary, poorly understood (tacit) or customized.</summary>
    public required Rated<Strength> AssetSpecificity { get; init; }

    /// <summary>Gets the host market's external uncertainty: country risk and volatility.</summary>
    public required Rated<Strength> ExternalUncertainty { get; init; }

    /// <summary>Gets the internal uncertainty: the entrant's unfamiliarity with the market, sociocultural distance.</summary>
    public required Rated<Strength> InternalUncertainty { get; init; }

    /// <summary>Gets how frequent and recurrent the transactions with the market are.</summary>
    public required Rated<Strength> Frequency { get; init; }

    /// <summary>Gets the potential for free riding and opportunism, such as a brand others can trade on.</summary>
    public required Rated<Strength> FreeRidingPotential { get; init; }
}
