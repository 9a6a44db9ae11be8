using System.Collections.Immutable;

namespace StrategyModel.Distance;

/// <summary>The cited distance measures between a home country and a host country or market, as a case file's <c>distances</c>
/// section holds them: CAGE measures (Ghemawat 2001), psychic-distance stimuli (Dow &amp; Karunaratna 2006) and, optionally, the
/// cultural dimension scores a Kogut &amp; Singh (1988) index is computed from.</summary>
/// <remarks>At least one of <see cref="To"/> and <see cref="Market"/> is set in a loaded case; a region market holds what a source
/// says of the region as a whole. Immutable; equality compares the arrays element by element.</remarks>
public sealed record CountryPairDistance
{
    /// <summary>Gets the pair's id, unique in the case.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the home country, ISO 3166-1 alpha-2.</summary>
    public required string From { get; init; }

    /// <summary>Gets the host country, ISO 3166-1 alpha-2, or <see langword="null"/> when the pair names a market only.</summary>
    public string? To { get; init; }

    /// <summary>Gets the id of the host market in the case, or <see langword="null"/>.</summary>
    public string? Market { get; init; }

    /// <summary>Gets the cited measures.</summary>
    public ImmutableArray<DistanceMeasure> Measures { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the cultural dimension scores of the pair, or <see langword="null"/>.</summary>
    public CulturalScores? Scores { get; init; }

    /// <summary>Gets the Kogut &amp; Singh index computed from <see cref="Scores"/>, or <see langword="null"/> without scores.</summary>
    public decimal? KogutSinghIndex => Scores?.KogutSinghIndex();

    /// <summary>Returns the pair as Ghemawat's CAGE profile: the measures of each dimension, the computed Kogut-Singh index counted as
    /// a cultural measure.</summary>
    /// <returns>The profile.</returns>
    public CageProfile ToCage()
    {
        var measures = Measures;
        if (Scores is { } s)
        {
            measures = measures.Add(new DistanceMeasure
            {
                Dimension = DistanceDimension.Cultural,
                Name = CageDefaults.KogutSinghName,
                Value = s.KogutSinghIndex(),
                Source = s.Source,
            });
        }

        ImmutableArray<DistanceMeasure> Of(DistanceDimension d) => [.. measures.Where(m => m.Dimension == d)];
        return new CageProfile
        {
            From = From,
            To = To ?? Market ?? string.Empty,
            Cultural = Of(DistanceDimension.Cultural),
            Administrative = Of(DistanceDimension.Administrative),
            Geographic = Of(DistanceDimension.Geographic),
            Economic = Of(DistanceDimension.Economic),
        };
    }

    /// <summary>Gets the psychic-distance measures (Dow &amp; Karunaratna 2006 stimuli, or an overall rating).</summary>
    public ImmutableArray<DistanceMeasure> Psychic => [.. Measures.Where(m => m.Dimension == DistanceDimension.Psychic)];

    /// <inheritdoc />
    public bool Equals(CountryPairDistance? other) =>
        other is not null && Id == other.Id && From == other.From && To == other.To && Market == other.Market
        && Equals(Scores, other.Scores) && ArrayEquality.Equal(Measures, other.Measures);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, From, To, Market, Measures.Length);
}
