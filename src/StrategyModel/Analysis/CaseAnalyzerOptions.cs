namespace StrategyModel.Analysis;

/// <summary>How the case analyzer reads a case: which ratings apply as of a year, and the one measured threshold it compares.</summary>
/// <remarks>
/// <para>Constructs are read only from analyst ratings made against their rubrics (docs/method.md); an unrated construct is
/// <see cref="InputSource.Undetermined"/> and every verdict that reads it is evaluated for each value it could take. The analyzer
/// never counts facts into a strength.</para>
/// <para>The analyzer checks and copies the options when it is constructed (<see cref="ArgumentOutOfRangeException"/> for a value out of
/// its range), so changing an instance afterwards does not change an existing analyzer.</para>
/// </remarks>
public sealed class CaseAnalyzerOptions
{
    /// <summary>Gets or sets the internet penetration, in percent of the population, from which a market counts as having a high penetration rate
    /// (the thesis's Table 3 factor); a measured value below it shows the factor absent.</summary>
    /// <value>Default is 50: a majority of the population online. Only numeric penetration facts in percent count for this factor. Must be 0 to 100.</value>
    public decimal HighInternetPenetrationPercent { get; set; } = 50m;

    /// <summary>Gets or sets when an analyst rating applies as of the analysis year.</summary>
    /// <value>Default is <see cref="AssessmentDating.AllFactsAvailable"/>: no hindsight. A rating applies only if it speaks for the year or
    /// earlier and every fact it rests on or weighs against is dated by then (an undated fact takes its document's date).
    /// <see cref="AssessmentDating.AnyFactAvailable"/> allows hindsight and is documented as such. Must not be <see cref="AssessmentDating.Unspecified"/>.</value>
    public AssessmentDating AssessmentDating { get; set; } = AssessmentDating.AllFactsAvailable;
}
