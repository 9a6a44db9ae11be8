namespace StrategyModel.Uppsala;

/// <summary>The establishment chain read in one country of a market whose entries name countries.</summary>
/// <param name="Country">The ISO 3166-1 alpha-2 code of the country.</param>
/// <param name="Assessment">The reading of the entries that cover the country; its own <see cref="UppsalaAssessment.PerCountry"/> is empty.</param>
public sealed record UppsalaCountryReading(string Country, UppsalaAssessment Assessment);
