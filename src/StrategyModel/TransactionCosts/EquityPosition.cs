namespace StrategyModel.TransactionCosts;

/// <summary>The firm's place among the shareholders of a foreign entity, in the classes of Anderson &amp; Gatignon (1986, Table 1).</summary>
/// <remarks>See <see cref="OwnershipControl.Classify"/>. Values are stable and never renumbered.</remarks>
public enum EquityPosition
{
    /// <summary>Not set; never produced.</summary>
    Unspecified = 0,

    /// <summary>The firm holds no equity: control, if any, comes from contract terms.</summary>
    NoEquity = 1,

    /// <summary>A small or diffused minority stake, or a minority outweighed by a larger partner: low control.</summary>
    SmallShareholder = 2,

    /// <summary>A stake equal to the largest partner's (for example 50:50): a balanced interest, medium control.</summary>
    BalancedInterest = 3,

    /// <summary>The largest stake without a majority: a plurality shareholder, medium control.</summary>
    PluralityShareholder = 4,

    /// <summary>A majority stake: a dominant shareholder, high control.</summary>
    DominantShareholder = 5,

    /// <summary>A wholly owned entity: high control.</summary>
    WhollyOwned = 6,
}
