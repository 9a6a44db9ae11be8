namespace StrategyModel.Analysis;

/// <summary>Whether an item of a market comparison holds in both markets or in one only.</summary>
public enum CellVerdict
{
    /// <summary>Not set.</summary>
    Unspecified = 0,

    /// <summary>The item holds in both markets (for a valued item: with the same value).</summary>
    Same = 1,

    /// <summary>The item holds in one market only, or with different values.</summary>
    Differ = 2,
}
