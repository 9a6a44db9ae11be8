using System.Collections.Immutable;

namespace StrategyModel.Distance;

/// <summary>A host country's institutions as a case file's <c>institutions</c> section holds them: rated institutional voids
/// (Khanna &amp; Palepu 1997, 2010), limits on foreign ownership and political risk, each with its evidence.</summary>
/// <remarks>At least one of <see cref="Country"/> and <see cref="Market"/> is set in a loaded case. Immutable; equality compares the
/// arrays element by element.</remarks>
public sealed record CountryInstitutions
{
    /// <summary>Gets the entry's id, unique in the case.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the country, ISO 3166-1 alpha-2, or <see langword="null"/> when the entry names a market only.</summary>
    public string? Country { get; init; }

    /// <summary>Gets the id of the market in the case, or <see langword="null"/>.</summary>
    public string? Market { get; init; }

    /// <summary>Gets the rated voids, at most one per kind.</summary>
    public ImmutableArray<InstitutionalVoid> Voids { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the limits on foreign ownership.</summary>
    public ImmutableArray<OwnershipCap> OwnershipCaps { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the political-risk rating, or <see langword="null"/>.</summary>
    public PoliticalRisk? PoliticalRisk { get; init; }

    /// <summary>Returns the strictest cap in force in a year: the lowest percent among caps that took effect by then.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The cap, or <see langword="null"/> when none is in force.</returns>
    public OwnershipCap? CapInForce(int year) =>
        OwnershipCaps.Where(c => c.Year <= year).OrderBy(c => c.Percent).ThenBy(c => c.Year).FirstOrDefault();

    /// <inheritdoc />
    public bool Equals(CountryInstitutions? other) =>
        other is not null && Id == other.Id && Country == other.Country && Market == other.Market && Equals(PoliticalRisk, other.PoliticalRisk)
        && ArrayEquality.Equal(Voids, other.Voids) && ArrayEquality.Equal(OwnershipCaps, other.OwnershipCaps);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Country, Market, Voids.Length, OwnershipCaps.Length);
}
