namespace StrategyModel.GenericStrategies;

/// <summary>The breadth of the target Porter's second axis reads: the whole industry or a narrow segment of it.</summary>
/// <remarks>Porter (1980, ch. 2; 1985, ch. 1). Values are stable and never renumbered.</remarks>
public enum CompetitiveScope
{
    /// <summary>No value was given; evaluators reject it.</summary>
    Unspecified = 0,

    /// <summary>The firm targets the industry broadly, across many segments.</summary>
    Broad = 1,

    /// <summary>The firm targets a narrow segment: a buyer group, a product line or a geographic market.</summary>
    Narrow = 2,
}
