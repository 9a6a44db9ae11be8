namespace StrategyModel.Oli;

/// <summary>Dunning's three conditions, in the order his matrix reads them, and the demand-side gate that can precede them.</summary>
/// <remarks>Values are stable and never renumbered.</remarks>
public enum OliCondition
{
    /// <summary>Not set.</summary>
    Unspecified = 0,

    /// <summary>The firm holds net ownership advantages over firms of other nationalities.</summary>
    Ownership = 1,

    /// <summary>It pays the firm to use those advantages itself rather than sell or lease them.</summary>
    Internalization = 2,

    /// <summary>It pays the firm to combine them with inputs located in the host country, that is, to operate there rather than serve the market from home.</summary>
    Location = 3,

    /// <summary>The market is not worth serving at all: its attractiveness (the demand side, not L) was rated
    /// <see cref="Strength.Absent"/> and <see cref="OliOptions.MarketAttractivenessGate"/> is on.</summary>
    MarketAttractiveness = 4,
}
