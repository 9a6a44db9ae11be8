namespace StrategyModel.EntryModes;

/// <summary>How an entry into a market ended (de-internationalization; Benito &amp; Welch 1997).</summary>
/// <remarks>Values are stable and never renumbered; the case format writes each as its kebab-case wire name.</remarks>
public enum EntryEndKind
{
    /// <summary>The entry has not ended (or no end is recorded).</summary>
    Unspecified = 0,

    /// <summary>The firm divested its stake (sold or wrote down without a named buyer).</summary>
    Divestment = 1,

    /// <summary>The firm sold the operation to a named buyer, possibly for a stake in the buyer.</summary>
    Sale = 2,

    /// <summary>The operation was closed down.</summary>
    Closure = 3,

    /// <summary>The firm withdrew from the market in another or an unstated way.</summary>
    Exit = 4,
}
