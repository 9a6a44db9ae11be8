namespace StrategyModel.Analysis;

/// <summary>Whether an item of a market comparison holds in both markets or in one only.</summary>
public enum CellVerdict
{
    /// <summary>Not set.</summary>
    Unspecified = 0,

    /// <summary>The item holds in both markets (for a valued item: with the same value).</summary>
    Same = 1,

    /// <summary>The item holds in one market and the evidence shows it absent in the other, or it holds in both with different values.</summary>
    Differ = 2,

    /// <summary>The item was not assessed in at least one market: the cell cannot say whether the markets are alike.</summary>
    NotComparable = 3,
}
