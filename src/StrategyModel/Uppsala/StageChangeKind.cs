namespace StrategyModel.Uppsala;

/// <summary>How the stage in force in a market changed in a year (Johanson &amp; Vahlne 1977 for increasing commitment; Benito &amp; Welch 1997 for de-internationalization).</summary>
/// <remarks>Values are stable and never renumbered.</remarks>
public enum StageChangeKind
{
    /// <summary>Not set; never produced by the evaluator.</summary>
    Unspecified = 0,

    /// <summary>The firm's first entry on the chain came into force.</summary>
    FirstEntry = 1,

    /// <summary>The stage in force rose: a more committed entry came into force.</summary>
    Increased = 2,

    /// <summary>The stage in force fell while the firm stayed in the market: a divestment, sale, closure or exit of the most committed entry, or a switch to a lower mode.</summary>
    Reduced = 3,

    /// <summary>No entry on the chain is in force any more: the firm left the market.</summary>
    Exited = 4,

    /// <summary>An entry came into force again after an exit.</summary>
    ReEntered = 5,

    /// <summary>The stage stayed the same but the mode in force changed (one entry at the stage ended and another at the same stage remains or began).</summary>
    ModeChanged = 6,
}
