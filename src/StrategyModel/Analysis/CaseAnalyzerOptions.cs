namespace StrategyModel.Analysis;

/// <summary>The rules by which the case analyzer turns a case's facts into framework inputs where no analyst assessment rates them.</summary>
/// <remarks>
/// <para>An input is taken, in order of preference, from an analyst assessment that rates it (when it counts as available as of the
/// analysis year, see <see cref="AssessmentDating"/>), from a documented derivation over the case's facts, or, failing both, from the framework's
/// neutral value, flagged <see cref="InputSource.NoEvidence"/>. Every input lists its source, rule and evidence.</para>
/// <para>Evidence counts turn into strengths as follows: no fact is <see cref="Strength.Absent"/>, one fact is <see cref="Strength.Weak"/>,
/// at least <see cref="ModerateEvidenceCount"/> facts are <see cref="Strength.Moderate"/>, at least <see cref="StrongEvidenceCount"/>
/// are <see cref="Strength.Strong"/>. Counting independent cited facts is a convention of this library, not of the literature.</para>
/// <para>The analyzer checks and copies the options when it is constructed (<see cref="ArgumentOutOfRangeException"/> for a value out of
/// its range), so changing an instance afterwards does not change an existing analyzer.</para>
/// </remarks>
public sealed class CaseAnalyzerOptions
{
    /// <summary>Gets or sets how many distinct facts make a derived input <see cref="Strength.Moderate"/>.</summary>
    /// <value>Default is 2: a second independent fact corroborates the first. Must be at least 2 (one fact is Weak).</value>
    public int ModerateEvidenceCount { get; set; } = 2;

    /// <summary>Gets or sets how many distinct facts make a derived input <see cref="Strength.Strong"/>.</summary>
    /// <value>Default is 3. Must be at least <see cref="ModerateEvidenceCount"/>.</value>
    public int StrongEvidenceCount { get; set; } = 3;

    /// <summary>Gets or sets the internet penetration, in percent of the population, from which a market counts as having a high penetration rate.</summary>
    /// <value>Default is 50: a majority of the population online. Only numeric penetration facts in percent count for this factor. Must be 0 to 100.</value>
    public decimal HighInternetPenetrationPercent { get; set; } = 50m;

    /// <summary>Gets or sets how many distinct market-attractiveness factors make a derived location advantage <see cref="Strength.Moderate"/>.</summary>
    /// <value>Default is 2. Must be at least 2 (one factor is Weak).</value>
    public int ModerateLocationFactorCount { get; set; } = 2;

    /// <summary>Gets or sets how many distinct market-attractiveness factors make a derived location advantage <see cref="Strength.Strong"/>.</summary>
    /// <value>Default is 4. Must be at least <see cref="ModerateLocationFactorCount"/>.</value>
    public int StrongLocationFactorCount { get; set; } = 4;

    /// <summary>Gets or sets when an analyst assessment counts as available as of the analysis year.</summary>
    /// <value>Default is <see cref="AssessmentDating.AnyFactAvailable"/>: a rating describes a standing characteristic of the firm, so a later
    /// corroborating fact does not void it. Must not be <see cref="AssessmentDating.Unspecified"/>.</value>
    public AssessmentDating AssessmentDating { get; set; } = AssessmentDating.AnyFactAvailable;
}
