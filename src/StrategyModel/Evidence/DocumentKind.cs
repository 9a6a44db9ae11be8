namespace StrategyModel.Evidence;

/// <summary>The kind of a source document a case quotes.</summary>
/// <remarks>Values are stable and never renumbered; the case format writes each as its kebab-case wire name (docs/case-format.md).</remarks>
public enum DocumentKind
{
    /// <summary>Not set; the case loader never produces it.</summary>
    Unspecified = 0,

    /// <summary>An academic thesis or dissertation. Wire name <c>thesis</c>.</summary>
    Thesis = 1,

    /// <summary>A news article. Wire name <c>news</c>.</summary>
    News = 2,

    /// <summary>A company, industry or government report. Wire name <c>report</c>.</summary>
    Report = 3,
}
