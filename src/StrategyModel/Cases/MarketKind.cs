namespace StrategyModel.Cases;

/// <summary>Whether a market is one country or a region of several.</summary>
/// <remarks>Values are stable and never renumbered; the case format writes each as its kebab-case wire name (docs/case-format.md).</remarks>
public enum MarketKind
{
    /// <summary>Not set; the case loader never produces it.</summary>
    Unspecified = 0,

    /// <summary>One country. Wire name <c>country</c>.</summary>
    Country = 1,

    /// <summary>A region of several countries. Wire name <c>region</c>.</summary>
    Region = 2,
}
