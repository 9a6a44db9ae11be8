using System.Collections.Immutable;

namespace StrategyModel.Uppsala;

/// <summary>One firm's dated entries into one market, the input of the Uppsala establishment-chain evaluation.</summary>
/// <remarks>
/// <para>The entries need not be sorted: the evaluator orders them by <see cref="DatedEntry.Year"/>, keeping the given order within a
/// year. An empty array means the firm has not entered yet and stands at <see cref="EstablishmentStage.NoRegularExport"/>.</para>
/// <para>Countries: when <see cref="Countries"/> is not empty, or when some entry names countries, the evaluator also reads the chain
/// per country (the establishment chain is a country-level construct: Johanson &amp; Wiedersheim-Paul 1975). An entry that names no
/// country covers every country of the market: the countries of <see cref="Countries"/>, or, when that is empty, every country some
/// entry names.</para>
/// <para>Equality compares the entries and the countries element by element.</para>
/// </remarks>
public sealed record UppsalaProfile
{
    /// <summary>Gets the firm's dated entries into the market.</summary>
    public required ImmutableArray<DatedEntry> Entries { get; init => field = value.OrEmpty(); }

    /// <summary>Gets the ISO 3166-1 alpha-2 codes of the market's countries (a region's countries); empty (the default) when the market is read as one unit unless its entries name countries.</summary>
    /// <value>A default array is stored as empty.</value>
    public ImmutableArray<string> Countries { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the last year the reading covers ("as of"), or <see langword="null"/> to read to the last recorded start or end.</summary>
    /// <value>
    /// Default is <see langword="null"/>. When set, entries that start after it are left out and ends after it are not yet known, so
    /// the reading never looks ahead. Must be between 1 and 9999.
    /// </value>
    public int? AsOfYear { get; init; }

    /// <inheritdoc />
    public bool Equals(UppsalaProfile? other) =>
        other is not null && Entries.IsDefault == other.Entries.IsDefault && AsOfYear == other.AsOfYear
        && (Entries.IsDefault || Entries.AsSpan().SequenceEqual(other.Entries.AsSpan()))
        && Countries.AsSpan().SequenceEqual(other.Countries.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Entries.IsDefault ? 0 : Entries.Length, Countries.Length, AsOfYear);
}
