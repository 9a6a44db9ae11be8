namespace StrategyModel.Evidence;

/// <summary>Which way a fact bears on a construct: for it or against it.</summary>
/// <remarks>Values are stable and never renumbered; the case format writes each as its kebab-case wire name.</remarks>
public enum Valence
{
    /// <summary>Not stated.</summary>
    Unspecified = 0,

    /// <summary>The fact is evidence that the construct holds (or is strong).</summary>
    Supports = 1,

    /// <summary>The fact is evidence that the construct does not hold (or is weak).</summary>
    Contradicts = 2,
}
