namespace StrategyModel.TransactionCosts;

/// <summary>Which of the literature's two readings of internal uncertainty the transaction-cost evaluator applies.</summary>
/// <remarks>Values are stable and never renumbered.</remarks>
public enum InternalUncertaintyReading
{
    /// <summary>Not set; rejected by the evaluator.</summary>
    Unspecified = 0,

    /// <summary>Anderson &amp; Gatignon's (1986) sociocultural-distance reading: an entrant unfamiliar with the market does better with
    /// less control, unless its assets are highly specific. Strictly this is a resource-commitment (flexibility) argument, not a
    /// transaction-cost one, and the finding says so.</summary>
    SocioculturalDistance = 1,

    /// <summary>The transaction-cost reading (Williamson 1985): internal (behavioural) uncertainty, the difficulty of judging agents'
    /// performance, favours integration, so high internal uncertainty raises control when assets are not of low specificity.</summary>
    PerformanceAmbiguity = 2,
}
