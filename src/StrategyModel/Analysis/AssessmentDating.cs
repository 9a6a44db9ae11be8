namespace StrategyModel.Analysis;

/// <summary>When an analyst assessment counts as available in an analysis "as of" a year.</summary>
public enum AssessmentDating
{
    /// <summary>Not set; rejected.</summary>
    Unspecified = 0,

    /// <summary>
    /// The assessment applies when at least one fact it rests on is dated no later than the year (or undated); facts dated later are
    /// set aside from its evidence and the input's rule says how many. Ratings describe standing characteristics of the firm, so a
    /// later corroborating fact does not void a judgment the earlier evidence already supports.
    /// </summary>
    AnyFactAvailable = 1,

    /// <summary>The assessment applies only when every fact it rests on is dated no later than the year: no hindsight at all.</summary>
    AllFactsAvailable = 2,
}
