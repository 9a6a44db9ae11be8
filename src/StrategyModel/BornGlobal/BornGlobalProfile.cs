using System.Collections.Immutable;

namespace StrategyModel.BornGlobal;

/// <summary>The inputs of the born-global criteria, Oviatt &amp; McDougall's (1994) typology and the success-feature checklist for one venture.</summary>
/// <remarks>
/// <para>Numbers may be explicitly unknown (<see cref="Observation{T}"/>); a criterion that needs an unknown number reports
/// <c>Unknown</c>, and the venture type is undetermined when the number of countries is unknown.</para>
/// <para><see cref="CountriesInvolved"/> counts the countries where the venture has activities or resources it coordinates (its own
/// units, acquired firms, logistics or R&amp;D sites), not the countries its buyers live in: Oviatt &amp; McDougall's (1994) axis is
/// the geographic spread of the venture's value-chain activities. A platform that ships to buyers in 200 countries from two countries
/// involves two. Oviatt &amp; McDougall do not say whether the home country counts; the library does not add it.</para>
/// <para>Features not listed in <see cref="SuccessFeatures"/> count as <see cref="Strength.Absent"/>. The evaluator validates the
/// profile: see <see cref="BornGlobalEvaluator.Evaluate"/>. Equality compares <see cref="SuccessFeatures"/> element by element.</para>
/// </remarks>
public sealed record BornGlobalProfile
{
    /// <summary>Gets the year the venture was founded (1600 to 3000).</summary>
    public required int FoundedYear { get; init; }

    /// <summary>Gets the year of the venture's first foreign sale, not before <see cref="FoundedYear"/>.</summary>
    public required Observation<int> FirstForeignSaleYear { get; init; }

    /// <summary>Gets the share of the venture's sales made abroad, in percent (0 to 100).</summary>
    public required Observation<decimal> ForeignSalesSharePercent { get; init; }

    /// <summary>Gets how many value-chain activities the venture coordinates across countries.</summary>
    public required Rated<ValueChainCoordination> ValueChainCoordination { get; init; }

    /// <summary>Gets the number of countries where the venture has activities or resources (0 or more); not the countries of its buyers.</summary>
    public required Observation<int> CountriesInvolved { get; init; }

    /// <summary>Gets the success features rated; each feature at most once. Default is empty; a default array is read as empty.</summary>
    /// <remarks>Features rated here but not in <see cref="BornGlobalOptions.Features"/> are not read.</remarks>
    public ImmutableArray<SuccessFeatureRating> SuccessFeatures { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <inheritdoc />
    public bool Equals(BornGlobalProfile? other) =>
        other is not null && FoundedYear == other.FoundedYear && FirstForeignSaleYear.Equals(other.FirstForeignSaleYear)
        && ForeignSalesSharePercent.Equals(other.ForeignSalesSharePercent) && ValueChainCoordination.Equals(other.ValueChainCoordination)
        && CountriesInvolved.Equals(other.CountriesInvolved) && SuccessFeatures.AsSpan().SequenceEqual(other.SuccessFeatures.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(FoundedYear, FirstForeignSaleYear, ForeignSalesSharePercent, ValueChainCoordination, CountriesInvolved, SuccessFeatures.Length);
}
