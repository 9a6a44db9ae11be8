namespace StrategyModel.Distance;

/// <summary>An analyst's rated level of a distance, an institutional void or a political risk, made against a stated rubric from cited evidence.</summary>
/// <remarks>For a distance: how far apart the two countries are on the measure. For an institutional void: how large the gap is
/// (High = the intermediary is largely missing). For political risk: how likely and how severe adverse host-government action is.</remarks>
public enum DistanceLevel
{
    /// <summary>Not set; rejected.</summary>
    Unspecified = 0,

    /// <summary>Low: close, a small gap, little risk.</summary>
    Low = 1,

    /// <summary>Moderate.</summary>
    Moderate = 2,

    /// <summary>High: distant, a large gap, much risk.</summary>
    High = 3,
}
