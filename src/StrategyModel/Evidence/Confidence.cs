namespace StrategyModel.Evidence;

/// <summary>How confident an analyst is in a rating, given the quality and independence of its evidence.</summary>
/// <remarks>Values are stable and never renumbered; the case format writes each as its kebab-case wire name.</remarks>
public enum Confidence
{
    /// <summary>Not stated (a version 1 case, or a rating built in code without one).</summary>
    Unspecified = 0,

    /// <summary>The evidence is thin, indirect or from a single interested source.</summary>
    Low = 1,

    /// <summary>The evidence is direct but from few independent sources, or partly contradicted.</summary>
    Medium = 2,

    /// <summary>The evidence is direct, from independent sources, and not contradicted.</summary>
    High = 3,
}
