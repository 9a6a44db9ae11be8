namespace StrategyModel.EntryModes;

/// <summary>The ways of entering a foreign market, ordered roughly by resource commitment and control (Root 1994; Hill, Hwang &amp; Kim 1990; Pan &amp; Tse 2000).</summary>
/// <remarks>Values are stable and never renumbered. <see cref="EntryModeCatalog"/> holds each mode's attributes, including its
/// <see cref="EntryModeRole"/>: two members are not entry modes.</remarks>
public enum EntryMode
{
    /// <summary>Not set; rejected by validation.</summary>
    Unspecified = 0,

    /// <summary>Exporting through independent intermediaries at home.</summary>
    IndirectExport = 1,

    /// <summary>Exporting directly to foreign buyers, agents or distributors.</summary>
    DirectExport = 2,

    /// <summary>Selling direct to foreign consumers through the firm's own cross-border e-commerce platform operated from home.</summary>
    CrossBorderECommerce = 3,

    /// <summary>Licensing technology, brand or know-how to a foreign firm.</summary>
    Licensing = 4,

    /// <summary>Franchising a business format to foreign operators.</summary>
    Franchising = 5,

    /// <summary>Contract manufacturing or a management contract.</summary>
    ContractManufacturing = 6,

    /// <summary>A non-equity alliance with a local service provider that supports the mode it serves (a supporting arrangement, not an entry mode).</summary>
    StrategicAlliance = 7,

    /// <summary>An equity joint venture with local partners.</summary>
    JointVenture = 8,

    /// <summary>A minority equity stake in another independent local firm (a portfolio or strategic investment, not an entry mode).</summary>
    MinorityStake = 9,

    /// <summary>Acquiring control of a local firm (the thesis's "direct holding").</summary>
    Acquisition = 10,

    /// <summary>A wholly owned subsidiary built from scratch (the thesis's "launch its own subsidiary").</summary>
    GreenfieldSubsidiary = 11,
}
