namespace StrategyModel.Analysis;

/// <summary>The rows of a market comparison, after the thesis's Table 3.</summary>
public enum ComparisonRow
{
    /// <summary>Not set.</summary>
    Unspecified = 0,

    /// <summary>International opportunity: market attractiveness.</summary>
    MarketAttractiveness = 1,

    /// <summary>International opportunity: government regulation and policy.</summary>
    RegulationAndPolicy = 2,

    /// <summary>Strategy: entry strategy (partners, modes, entry tactics).</summary>
    EntryStrategy = 3,

    /// <summary>Strategy: business strategy (Porter's cell and the strategy elements).</summary>
    BusinessStrategy = 4,

    /// <summary>Distance from the home country: each CAGE measure (Ghemawat 2001), Kogut-Singh index and psychic-distance measure
    /// the case holds for either market, with its value or rated level.</summary>
    Distance = 5,

    /// <summary>Institutions: each rated institutional void (Khanna &amp; Palepu 1997, 2010), the ownership cap in force and the
    /// political risk, with their levels.</summary>
    Institutions = 6,
}
