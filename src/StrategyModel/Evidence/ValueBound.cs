namespace StrategyModel.Evidence;

/// <summary>How exactly a source states a number: exactly, approximately, or as a bound ("more than 150", "under 1%").</summary>
/// <remarks>Values are stable and never renumbered; the case format writes each as its kebab-case wire name.</remarks>
public enum ValueBound
{
    /// <summary>Not stated; read as <see cref="Exact"/>.</summary>
    Unspecified = 0,

    /// <summary>The value is stated exactly.</summary>
    Exact = 1,

    /// <summary>"About", "around", "nearly": the value is approximate.</summary>
    Approximately = 2,

    /// <summary>"More than": the true value is above the stated one.</summary>
    MoreThan = 3,

    /// <summary>"At least": the true value is the stated one or above.</summary>
    AtLeast = 4,

    /// <summary>"Less than", "under": the true value is below the stated one.</summary>
    LessThan = 5,

    /// <summary>"At most", "up to": the true value is the stated one or below.</summary>
    AtMost = 6,
}
