namespace StrategyModel.Networks;

/// <summary>The four situations of Johanson &amp; Mattsson's (1988) network model of internationalization.</summary>
/// <remarks>Values are stable and never renumbered.</remarks>
public enum NetworkSituation
{
    /// <summary>Not set; never produced by the evaluator.</summary>
    Unspecified = 0,

    /// <summary>Firm and market both lowly internationalized.</summary>
    EarlyStarter = 1,

    /// <summary>A lowly internationalized firm in a highly internationalized market.</summary>
    LateStarter = 2,

    /// <summary>A highly internationalized firm in a lowly internationalized market.</summary>
    LonelyInternational = 3,

    /// <summary>Firm and market both highly internationalized.</summary>
    InternationalAmongOthers = 4,
}
