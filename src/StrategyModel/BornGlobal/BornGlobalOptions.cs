namespace StrategyModel.BornGlobal;

/// <summary>The criteria and thresholds of the born-global evaluator.</summary>
/// <remarks>
/// The evaluator copies the options when it is constructed (the criteria list included), so changing an instance afterwards does
/// not change an existing evaluator.
/// </remarks>
public sealed class BornGlobalOptions
{
    /// <summary>Gets or sets the born-global criteria to apply, each reported on its own, in this order.</summary>
    /// <value>
    /// Default is <see cref="BornGlobalCriterion.Rennie1993AsThesis"/> then <see cref="BornGlobalCriterion.KnightCavusgil"/>: the
    /// thesis's strict reading of Rennie (1993) and the looser definition most later studies use. Add
    /// <see cref="BornGlobalCriterion.Rennie1993Observed"/> to compare with Rennie's observed averages. May be empty; must not be null,
    /// hold null or hold two criteria with the same rule id.
    /// </value>
    public IList<BornGlobalCriterion> Criteria { get; set; } = [BornGlobalCriterion.Rennie1993AsThesis, BornGlobalCriterion.KnightCavusgil];

    /// <summary>Gets or sets the number of countries from which a venture counts as involving "many" countries in Oviatt &amp; McDougall's (1994) typology.</summary>
    /// <value>
    /// Default is 5: "many" when at least 5 countries. Oviatt &amp; McDougall (1994) leave the boundary open; the thesis's "more than
    /// 4-5 countries" (Wang 2018, section 2.1.2) is its own gloss, which this default follows. Must be at least 2.
    /// </value>
    public int ManyCountriesThreshold { get; set; } = 5;

    /// <summary>Gets or sets the most years from founding to the first foreign sale for a firm to count as an international new venture (INV), the population Oviatt &amp; McDougall's (1994) typology classifies.</summary>
    /// <value>
    /// Default is 6. Oviatt &amp; McDougall (1994) define an INV as international "from inception" without a number; the empirical work
    /// that followed counts ventures internationalized within six years of founding (Shrader, Oviatt &amp; McDougall 2000; McDougall,
    /// Oviatt &amp; Shrader 2003), which this default follows. Knight &amp; Cavusgil (2004) use three years for born globals; set 3 to
    /// follow them. Must not be negative.
    /// </value>
    public int MaxYearsToInternationalizeForNewVenture { get; set; } = 6;

    /// <summary>Gets or sets the success features to read, each reported on its own, in this order.</summary>
    /// <value>
    /// Default is <see cref="SuccessFeatureSets.Thesis"/>, the thesis's six features (Wang 2018, section 2.1.2). Use
    /// <see cref="SuccessFeatureSets.OviattMcDougall1995"/> for Oviatt &amp; McDougall's (1995) seven characteristics. Must not be null
    /// or empty, and must not hold <see cref="SuccessFeature.Unspecified"/>, an undefined value or a feature twice.
    /// </value>
    public IList<SuccessFeature> Features { get; set; } = [.. SuccessFeatureSets.Thesis];

    /// <summary>Gets or sets the strength at which a success feature counts as present.</summary>
    /// <value>Default is <see cref="Strength.Moderate"/>: Oviatt &amp; McDougall (1995) describe features the venture clearly has, not traces of them. Must be Weak, Moderate or Strong.</value>
    public Strength FeatureThreshold { get; set; } = Strength.Moderate;
}
