namespace StrategyModel.Oli;

/// <summary>The route of serving a foreign market that Dunning's OLI matrix selects.</summary>
/// <remarks>Values are stable and serialized by name; they are never renumbered.</remarks>
public enum ServingRoute
{
    /// <summary>Not set; never produced by the evaluator.</summary>
    Unspecified = 0,

    /// <summary>Foreign direct investment (subsidiary, acquisition, joint venture): O, I and L all hold.</summary>
    ForeignDirectInvestment = 1,

    /// <summary>Exports, including cross-border e-commerce from home: O and I hold, L does not (the favoured place to add value is home).</summary>
    Export = 2,

    /// <summary>Contractual resource transfer (licensing, franchising): O holds, I does not.</summary>
    ContractualResourceTransfer = 3,

    /// <summary>The market is not served: the firm has no ownership advantage to exploit abroad, or (decided by
    /// <see cref="OliCondition.MarketAttractiveness"/>) the market has no demand worth serving.</summary>
    None = 4,
}
