namespace StrategyModel.Evidence;

/// <summary>Where a fact speaks of: the firm as a whole, its home market, or a host market.</summary>
/// <remarks>Domestic results (home market) never count as international evidence. Values are stable and never renumbered; the case
/// format writes each as its kebab-case wire name.</remarks>
public enum FactScope
{
    /// <summary>Not stated: a fact with a market reads as <see cref="HostMarket"/>, any other as <see cref="Firm"/>.</summary>
    Unspecified = 0,

    /// <summary>The firm as a whole, across markets.</summary>
    Firm = 1,

    /// <summary>The firm's home market (domestic operations and results).</summary>
    HomeMarket = 2,

    /// <summary>A host (foreign) market.</summary>
    HostMarket = 3,
}
