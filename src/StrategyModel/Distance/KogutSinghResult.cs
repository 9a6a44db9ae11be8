using System.Collections.Immutable;

namespace StrategyModel.Distance;

/// <summary>A Kogut &amp; Singh (1988) index with everything needed to reproduce it: the scores, the variances, the convention and the
/// countries the variances were taken over.</summary>
/// <param name="From">The home country.</param>
/// <param name="To">The host country.</param>
/// <param name="Index">The index, unrounded.</param>
/// <param name="Dimensions">The dimensions with both scores and the variance used.</param>
/// <param name="Convention">The variance convention.</param>
/// <param name="VarianceOver">The countries the variances were taken over.</param>
/// <param name="Source">The citation of the scores.</param>
/// <remarks>Equality compares the arrays element by element.</remarks>
public sealed record KogutSinghResult(
    string From,
    string To,
    decimal Index,
    ImmutableArray<CulturalDimensionScore> Dimensions,
    VarianceConvention Convention,
    ImmutableArray<string> VarianceOver,
    string Source)
{
    /// <inheritdoc />
    public bool Equals(KogutSinghResult? other) =>
        other is not null && From == other.From && To == other.To && Index == other.Index && Convention == other.Convention
        && Source == other.Source && ArrayEquality.Equal(Dimensions, other.Dimensions) && ArrayEquality.Equal(VarianceOver, other.VarianceOver);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(From, To, Index, Convention);
}
