namespace StrategyModel.TransactionCosts;

/// <summary>The degree of control an entry mode gives, after Anderson &amp; Gatignon (1986).</summary>
public enum ControlLevel
{
    /// <summary>Not set; never produced by an evaluator.</summary>
    Unspecified = 0,

    /// <summary>Low control: exports, licensing, franchising and other diffused arrangements.</summary>
    Low = 1,

    /// <summary>Intermediate control: non-equity alliances, minority stakes, shared joint ventures.</summary>
    Intermediate = 2,

    /// <summary>High control: dominant equity, acquisitions, wholly owned subsidiaries.</summary>
    High = 3,
}
