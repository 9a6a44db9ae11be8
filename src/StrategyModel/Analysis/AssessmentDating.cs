namespace StrategyModel.Analysis;

/// <summary>When an analyst assessment counts as available in an analysis "as of" a year.</summary>
public enum AssessmentDating
{
    /// <summary>Not set; rejected.</summary>
    Unspecified = 0,

    /// <summary>
    /// Hindsight allowed: the rating applies when at least one fact it rests on is known by the year, whatever year it speaks for;
    /// facts dated later are left out of its evidence. Use it only to reproduce a study written after the fact, and say so.
    /// </summary>
    AnyFactAvailable = 1,

    /// <summary>No hindsight (the default): the rating applies only when it speaks for the year or earlier and every fact it rests on or
    /// weighs against is known by the year (an undated fact takes its document's date).</summary>
    AllFactsAvailable = 2,
}
