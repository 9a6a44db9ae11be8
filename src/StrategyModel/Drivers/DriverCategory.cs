namespace StrategyModel.Drivers;

/// <summary>The blocks of the thesis's research framework (Wang 2018, Figure 2), built on Gerschewski, Rose &amp; Lindsay's (2015) model.</summary>
/// <remarks>Values are stable and never renumbered.</remarks>
public enum DriverCategory
{
    /// <summary>Not set; never produced.</summary>
    Unspecified = 0,

    /// <summary>Internal (firm-specific) drivers of internationalization.</summary>
    Internal = 1,

    /// <summary>External drivers from the home-market environment (push).</summary>
    HomeMarket = 2,

    /// <summary>External drivers from the international opportunity, the host-market environment (pull).</summary>
    InternationalOpportunity = 3,

    /// <summary>The business strategy and entry mode the firm chooses.</summary>
    StrategyAndEntryMode = 4,

    /// <summary>The outcome: international performance.</summary>
    Performance = 5,
}
