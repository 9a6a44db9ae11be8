namespace StrategyModel.Networks;

/// <summary>How internationalized a firm, or the market (production net) it belongs to, is: one axis of Johanson &amp; Mattsson's (1988) matrix.</summary>
/// <remarks>Values are stable and never renumbered.</remarks>
public enum InternationalizationDegree
{
    /// <summary>Not set; rejected by the evaluator.</summary>
    Unspecified = 0,

    /// <summary>Few and unimportant relationships with foreign networks.</summary>
    Low = 1,

    /// <summary>Many and important relationships with foreign networks.</summary>
    High = 2,
}
