namespace StrategyModel.Drivers;

/// <summary>Which way a firm's international performance moved over the period measured: the outcome of Gerschewski, Rose &amp; Lindsay's (2015) model.</summary>
/// <remarks>Values are stable and never renumbered; the case format writes each as its kebab-case wire name.</remarks>
public enum PerformanceDirection
{
    /// <summary>Not set; rejected by the evaluator.</summary>
    Unspecified = 0,

    /// <summary>The metric improved over the period.</summary>
    Improving = 1,

    /// <summary>The metric stayed about the same.</summary>
    Stable = 2,

    /// <summary>The metric worsened.</summary>
    Declining = 3,

    /// <summary>The metric moved both ways (for example growing sales with deepening losses, or gains in one market and losses in another).</summary>
    Mixed = 4,

    /// <summary>The metric is named but the evidence does not say which way it moved.</summary>
    Unknown = 5,
}
