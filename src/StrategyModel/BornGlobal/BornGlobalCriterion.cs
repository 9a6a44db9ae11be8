using System.Globalization;
using StrategyModel.Assessments;

namespace StrategyModel.BornGlobal;

/// <summary>An operational test of whether a venture is a born global: how soon it first sold abroad and how large a share of its sales is foreign.</summary>
/// <param name="Name">A short name, turned into the rule id <c>born-global.criterion.{kebab-case name}</c>, such as <c>Rennie1993AsThesis</c>.</param>
/// <param name="MaxYearsToFirstForeignSale">The most years from founding to the first foreign sale; 0 means in the founding year.</param>
/// <param name="MinForeignSalesSharePercent">The least share of sales from abroad, in percent (0 to 100).</param>
/// <param name="Source">The literature the criterion follows.</param>
/// <remarks>
/// <para>A venture meets the criterion when <c>FirstForeignSaleYear - FoundedYear &lt;= MaxYearsToFirstForeignSale</c> and
/// <c>ForeignSalesSharePercent &gt;= MinForeignSalesSharePercent</c>. The profile carries one foreign-sales share; the caller picks
/// the year it refers to.</para>
/// <para>The constructor and <c>with</c> both validate: the name must yield a non-empty rule id, the years must be 0 or more,
/// the share 0 to 100, and the source not null.</para>
/// </remarks>
public sealed record BornGlobalCriterion(string Name, int MaxYearsToFirstForeignSale, decimal MinForeignSalesSharePercent, string Source)
{
    /// <summary>Gets Rennie's (1993) observed averages: first exports about two years after founding, exports about 76% of sales.</summary>
    /// <remarks>
    /// Rennie (1993, McKinsey Quarterly) reports these as the average of the Australian born-global exporters McKinsey surveyed, not as
    /// a threshold; reading them as one (2 years, 76%) is the library's convention. Prefer <see cref="Rennie1993AsThesis"/> to
    /// reproduce the thesis.
    /// </remarks>
    public static BornGlobalCriterion Rennie1993Observed { get; } = new("Rennie1993Observed", 2, 76m, "Rennie (1993)");

    /// <summary>Gets Rennie's (1993) finding as the thesis turns it into a threshold: foreign sales at least 75% of sales, begun within the first two years.</summary>
    /// <remarks>Wang (2018, section 2.1.2): "a total export volume of at least 75% of the total sales and began in its first two years of operation" (attributed there to McKinsey &amp; Company).</remarks>
    public static BornGlobalCriterion Rennie1993AsThesis { get; } = new("Rennie1993AsThesis", 2, 75m, "Rennie (1993) as operationalised by Wang (2018)");

    /// <summary>Gets Knight &amp; Cavusgil's (1996, 2004) definition: at least 25% of sales from abroad within three years of founding.</summary>
    public static BornGlobalCriterion KnightCavusgil { get; } = new("KnightCavusgil", 3, 25m, "Knight & Cavusgil (1996, 2004)");

    /// <summary>Gets the name.</summary>
    /// <exception cref="ArgumentException">Set to a name without any ASCII letter or digit.</exception>
    public string Name { get; init => field = CheckName(value); } = CheckName(Name);

    /// <summary>Gets the most years from founding to the first foreign sale.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 0.</exception>
    public int MaxYearsToFirstForeignSale { get; init => field = CheckYears(value); } = CheckYears(MaxYearsToFirstForeignSale);

    /// <summary>Gets the least foreign share of sales, in percent.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 0 to 100.</exception>
    public decimal MinForeignSalesSharePercent { get; init => field = CheckShare(value); } = CheckShare(MinForeignSalesSharePercent);

    /// <summary>Gets the literature the criterion follows.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Source { get; init => field = CheckSource(value); } = CheckSource(Source);

    /// <summary>Gets the stable rule id of the criterion's finding, such as <c>born-global.criterion.rennie-1993-as-thesis</c>.</summary>
    public string RuleId => "born-global.criterion." + RuleIds.Kebab(Name);

    /// <inheritdoc />
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture, "{0} (first foreign sale within {1} years, foreign sales at least {2}%; {3})", Name, MaxYearsToFirstForeignSale, MinForeignSalesSharePercent, Source);

    private static string CheckName(string name)
    {
        ArgumentNullException.ThrowIfNull(name, nameof(Name));
        if (RuleIds.Kebab(name).Length == 0)
        {
            throw Guard.Invalid("A criterion name needs at least one ASCII letter or digit.", nameof(Name));
        }

        return name;
    }

    private static int CheckYears(int years) =>
        years >= 0 ? years : throw Guard.OutOfRange(nameof(MaxYearsToFirstForeignSale), years, "Years to the first foreign sale must be 0 or more.");

    private static decimal CheckShare(decimal share) =>
        share is >= 0m and <= 100m ? share : throw Guard.OutOfRange(nameof(MinForeignSalesSharePercent), share, "A share must be 0 to 100 percent.");

    private static string CheckSource(string source)
    {
        ArgumentNullException.ThrowIfNull(source, nameof(Source));
        return source;
    }
}
