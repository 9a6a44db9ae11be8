namespace StrategyModel.EntryModes;

/// <summary>What part a catalogue row plays in serving a market: an entry mode, a supporting arrangement of one, or an investment that is not an entry mode.</summary>
/// <remarks>The mode in force in a market is read from the <see cref="EntryMode"/> rows only. Values are stable and never renumbered.</remarks>
public enum EntryModeRole
{
    /// <summary>Not set; never in the catalogue.</summary>
    Unspecified = 0,

    /// <summary>An entry mode: the institutional arrangement through which the firm serves the market (Root 1994; Anderson &amp; Gatignon 1986).</summary>
    EntryMode = 1,

    /// <summary>A supporting arrangement: a contract or alliance that buys local services (payment, delivery, marketing) for the mode it
    /// serves. A "link" alliance that pools complementary assets (Hennart 1988), not a contractual transfer of the firm's ownership
    /// advantage and not an entry of its own.</summary>
    SupportingArrangement = 2,

    /// <summary>A portfolio or strategic investment: a stake in another independent firm. It gives the firm no control over its own
    /// operation in the market and is not an entry mode.</summary>
    Investment = 3,
}
