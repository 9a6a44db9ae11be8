namespace StrategyModel.GenericStrategies;

/// <summary>How a firm holding both cost and differentiation advantages is read.</summary>
/// <remarks>Values are stable and never renumbered.</remarks>
public enum HybridReading
{
    /// <summary>No value was given; evaluators reject it.</summary>
    Unspecified = 0,

    /// <summary>Porter's (1980, ch. 2; 1985, ch. 1) warning: pursuing both advantages risks achieving neither.</summary>
    StuckInTheMiddleWarning = 1,

    /// <summary>The integrated view (Hill 1988; Bowman &amp; Faulkner 1997): a deliberate combination can be a sustainable position.</summary>
    IntegratedStrategy = 2,
}
