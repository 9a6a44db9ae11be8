namespace StrategyModel.Analysis;

/// <summary>What the evidence says about an item of a market comparison in one market.</summary>
public enum SideState
{
    /// <summary>Not set.</summary>
    Unspecified = 0,

    /// <summary>The evidence shows the item in the market.</summary>
    Present = 1,

    /// <summary>The evidence shows the item is absent: a measured value below the threshold, a rating below it, or a recorded entry
    /// history in which the mode or partner function does not occur.</summary>
    AbsentWithEvidence = 2,

    /// <summary>The case holds no evidence either way for the market: the item was not assessed there.</summary>
    NotAssessed = 3,
}
