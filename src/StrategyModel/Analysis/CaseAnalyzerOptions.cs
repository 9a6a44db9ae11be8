namespace StrategyModel.Analysis;

/// <summary>The rules by which the case analyzer turns a case's facts into framework inputs where no analyst assessment rates them.</summary>
/// <remarks>
/// <para>An input is taken, in order of preference, from an analyst assessment that rates it (when every fact it rests on is dated
/// no later than the analysis year), from a documented derivation over the case's facts, or, failing both, from the framework's
/// neutral value, flagged <see cref="InputSource.NoEvidence"/>. Every input lists its source, rule and evidence.</para>
/// <para>Evidence counts turn into strengths as follows: no fact is <see cref="Strength.Absent"/>, one fact is <see cref="Strength.Weak"/>,
/// at least <see cref="ModerateEvidenceCount"/> facts are <see cref="Strength.Moderate"/>, at least <see cref="StrongEvidenceCount"/>
/// are <see cref="Strength.Strong"/>. Counting independent cited facts is a convention of this library, not of the literature.</para>
/// </remarks>
public sealed class CaseAnalyzerOptions
{
    /// <summary>Gets or sets how many distinct facts make a derived input <see cref="Strength.Moderate"/>.</summary>
    /// <value>Default is 2: a second independent fact corroborates the first.</value>
    public int ModerateEvidenceCount { get; set; } = 2;

    /// <summary>Gets or sets how many distinct facts make a derived input <see cref="Strength.Strong"/>.</summary>
    /// <value>Default is 3.</value>
    public int StrongEvidenceCount { get; set; } = 3;

    /// <summary>Gets or sets the internet penetration, in percent of the population, from which a market counts as having a high penetration rate.</summary>
    /// <value>Default is 50: a majority of the population online. Only numeric penetration facts count for this factor.</value>
    public decimal HighInternetPenetrationPercent { get; set; } = 50m;

    /// <summary>Gets or sets how many distinct market-attractiveness factors make a derived location advantage <see cref="Strength.Moderate"/>.</summary>
    /// <value>Default is 2.</value>
    public int ModerateLocationFactorCount { get; set; } = 2;

    /// <summary>Gets or sets how many distinct market-attractiveness factors make a derived location advantage <see cref="Strength.Strong"/>.</summary>
    /// <value>Default is 4.</value>
    public int StrongLocationFactorCount { get; set; } = 4;

    /// <summary>Gets or sets when an analyst assessment counts as available as of the analysis year.</summary>
    /// <value>Default is <see cref="AssessmentDating.AnyFactAvailable"/>.</value>
    public AssessmentDating AssessmentDating { get; set; } = AssessmentDating.AnyFactAvailable;
}
