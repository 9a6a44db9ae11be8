namespace StrategyModel.BornGlobal;

/// <summary>How many value-chain activities a new venture coordinates across countries: the first axis of Oviatt &amp; McDougall's (1994) typology.</summary>
/// <remarks>Values are stable and never renumbered.</remarks>
public enum ValueChainCoordination
{
    /// <summary>No value was given; evaluators reject it.</summary>
    Unspecified = 0,

    /// <summary>Few activities, mainly logistics (buying in one country and selling in another).</summary>
    Few = 1,

    /// <summary>Many activities, such as R&amp;D, production and marketing, coordinated across countries.</summary>
    Many = 2,
}
