using System.Collections.Immutable;

namespace StrategyModel.Distance;

/// <summary>The documented default measures of each CAGE dimension, after Ghemawat (2001, Exhibit "The CAGE distance framework"),
/// and the Dow &amp; Karunaratna (2006) stimuli for psychic distance. A case may use other names; these are the defaults the
/// documentation (docs/distance/cage.md) explains.</summary>
public static class CageDefaults
{
    /// <summary>The measure name of a Kogut &amp; Singh index: <c>kogut-singh</c>.</summary>
    public const string KogutSinghName = "kogut-singh";

    /// <summary>The measure name of an overall analyst rating of a dimension: <c>overall</c>.</summary>
    public const string OverallName = "overall";

    /// <summary>Gets the default measure names of each dimension.</summary>
    public static ImmutableDictionary<DistanceDimension, ImmutableArray<string>> Measures { get; } = new Dictionary<DistanceDimension, ImmutableArray<string>>
    {
        [DistanceDimension.Cultural] = [KogutSinghName, "language", "ethnicity", "religion", "social-norms", OverallName],
        [DistanceDimension.Administrative] = ["colonial-ties", "trade-bloc", "common-currency", "political-hostility", "government-policies", "institutional-weakness", OverallName],
        [DistanceDimension.Geographic] = ["km-between-capitals", "common-border", "sea-access", "transport-links", "communication-links", "climate", OverallName],
        [DistanceDimension.Economic] = ["income-per-capita", "resource-cost-and-quality", "infrastructure", "information", OverallName],
        [DistanceDimension.Psychic] = ["language", "education", "industrial-development", "political-system", "religion", "time-zone", "colonial-tie", OverallName],
    }.ToImmutableDictionary();
}
