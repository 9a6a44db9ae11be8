namespace StrategyModel.Evidence;

/// <summary>The model of an e-commerce platform.</summary>
/// <remarks>Values are stable and never renumbered; the case format writes each as its kebab-case wire name (docs/case-format.md).</remarks>
public enum PlatformModel
{
    /// <summary>Not set; the case loader never produces it.</summary>
    Unspecified = 0,

    /// <summary>Business to business. Wire name <c>b2b</c>.</summary>
    B2B = 1,

    /// <summary>Business to consumer. Wire name <c>b2c</c>.</summary>
    B2C = 2,

    /// <summary>Consumer to consumer. Wire name <c>c2c</c>.</summary>
    C2C = 3,
}
