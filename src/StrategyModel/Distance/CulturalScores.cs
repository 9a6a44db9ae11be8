using System.Collections.Immutable;

namespace StrategyModel.Distance;

/// <summary>A country pair's published cultural dimension scores with the variances that standardize them: the input of the
/// Kogut &amp; Singh (1988) index, as a case file holds it.</summary>
/// <remarks>Immutable; equality compares <see cref="Dimensions"/> element by element.</remarks>
public sealed record CulturalScores
{
    /// <summary>Gets the model the dimensions come from, such as <c>hofstede-4</c> or <c>hofstede-6</c>.</summary>
    public required string Model { get; init; }

    /// <summary>Gets the citation of the scores and variances (author, year, table).</summary>
    public required string Source { get; init; }

    /// <summary>Gets which variance the <see cref="CulturalDimensionScore.Variance"/> values are.</summary>
    public required VarianceConvention Convention { get; init; }

    /// <summary>Gets the set of countries the variances are taken over, in words (such as "the 40 countries of Hofstede 1980").</summary>
    public required string VarianceOver { get; init; }

    /// <summary>Gets the dimensions, at least one.</summary>
    public required ImmutableArray<CulturalDimensionScore> Dimensions { get; init => field = value.OrEmpty(); }

    /// <summary>Computes the Kogut &amp; Singh (1988) index from the scores and the given variances.</summary>
    /// <returns>The index, Σ((I_from − I_to)² / V) / n.</returns>
    /// <exception cref="ArgumentException">No dimensions, or a variance that is not positive.</exception>
    public decimal KogutSinghIndex() => KogutSingh.Index(Dimensions);

    /// <inheritdoc />
    public bool Equals(CulturalScores? other) =>
        other is not null && Model == other.Model && Source == other.Source && Convention == other.Convention
        && VarianceOver == other.VarianceOver && ArrayEquality.Equal(Dimensions, other.Dimensions);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Model, Source, Convention, Dimensions.OrEmpty().Length);
}
