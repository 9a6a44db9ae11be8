namespace StrategyModel.Evidence;

/// <summary>The multiplier of a numeric fact's value.</summary>
/// <remarks>Values are stable and never renumbered; the case format writes each as its kebab-case wire name (docs/case-format.md). A fact without a scale has scale one.</remarks>
public enum Scale
{
    /// <summary>Not set; the case loader never produces it.</summary>
    Unspecified = 0,

    /// <summary>The value as written. Wire name <c>one</c>.</summary>
    One = 1,

    /// <summary>The value times one thousand. Wire name <c>thousand</c>.</summary>
    Thousand = 2,

    /// <summary>The value times one million. Wire name <c>million</c>.</summary>
    Million = 3,

    /// <summary>The value times one billion. Wire name <c>billion</c>.</summary>
    Billion = 4,

    /// <summary>The value times one trillion. Wire name <c>trillion</c>.</summary>
    Trillion = 5,
}
