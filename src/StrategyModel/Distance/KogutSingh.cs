using System.Collections.Immutable;
using System.Globalization;

namespace StrategyModel.Distance;

/// <summary>The Kogut &amp; Singh (1988) cultural distance index over any set of cultural dimensions.</summary>
/// <remarks>
/// <para>CD_j = Σ_i ((I_ij − I_iu)² / V_i) / n, where I_ij is country j's score on dimension i, u the home country, V_i the variance of
/// dimension i over a reference set of countries and n the number of dimensions (Kogut &amp; Singh 1988, with n = 4
/// Hofstede dimensions). The formula leaves two choices to the user, and published values differ by them: the estimator of V_i
/// (<see cref="VarianceConvention"/>) and the countries it is taken over. Both are explicit here.</para>
/// <para>Pure and thread-safe. Decimal arithmetic; the result is not rounded (round to the precision of the source you compare with).</para>
/// </remarks>
public static class KogutSingh
{
    /// <summary>Computes the index from per-dimension scores and variances.</summary>
    /// <param name="dimensions">The dimensions: each pair of scores and its variance.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentException">No dimensions, a null dimension, or a variance that is not positive.</exception>
    public static decimal Index(IReadOnlyList<CulturalDimensionScore> dimensions)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        if (dimensions.Count == 0)
        {
            throw new ArgumentException("At least one dimension is needed.", nameof(dimensions));
        }

        var sum = 0m;
        foreach (var d in dimensions)
        {
            if (d is null || d.Variance <= 0m)
            {
                throw new ArgumentException(d is null ? "A dimension is null." : string.Create(CultureInfo.InvariantCulture, $"Dimension '{d.Dimension}' has variance {d.Variance}; a variance must be positive."), nameof(dimensions));
            }

            var diff = d.From - d.To;
            sum += diff * diff / d.Variance;
        }

        return sum / dimensions.Count;
    }

    /// <summary>Computes the index between two countries of a score table, with variances taken over the table's countries (or a subset).</summary>
    /// <param name="table">The scores.</param>
    /// <param name="from">The home country's code as the table spells it.</param>
    /// <param name="to">The host country's code.</param>
    /// <param name="convention">Sample or population variance.</param>
    /// <param name="varianceOver">The countries the variance is taken over; <see langword="null"/> or empty for every country of the table.</param>
    /// <param name="dimensions">The dimensions to use; <see langword="null"/> or empty for every dimension of the table.</param>
    /// <returns>The index with the scores and variances it used.</returns>
    /// <exception cref="ArgumentException">A country or dimension is not in the table, fewer than two countries for the variance, the
    /// convention is unspecified, or a dimension has zero variance.</exception>
    public static KogutSinghResult Compute(
        CulturalScoreTable table,
        string from,
        string to,
        VarianceConvention convention,
        IReadOnlyCollection<string>? varianceOver = null,
        IReadOnlyCollection<string>? dimensions = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        Guard.Defined(convention, nameof(convention));
        ModelGuard.Optional(varianceOver, remember: false);
        ModelGuard.Optional(dimensions, remember: false);
        Known(table, from, nameof(from));
        Known(table, to, nameof(to));
        foreach (var country in varianceOver ?? [])
        {
            Known(table, country, nameof(varianceOver));
        }

        foreach (var dimension in dimensions ?? [])
        {
            if (!table.Dimensions.Contains(dimension, StringComparer.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"The score table has no dimension '{dimension}'.", nameof(dimensions));
            }
        }

        var over = varianceOver is { Count: > 0 } ? varianceOver.ToImmutableArray() : table.Countries;
        var names = dimensions is { Count: > 0 } ? dimensions.ToImmutableArray() : table.Dimensions;
        var a = table.Scores(from);
        var b = table.Scores(to);
        var rows = ImmutableArray.CreateBuilder<CulturalDimensionScore>(names.Length);
        foreach (var name in names)
        {
            var i = table.DimensionIndex(name);
            var variance = Variance([.. over.Select(c => table.Scores(c)[i])], convention);
            rows.Add(new CulturalDimensionScore(table.Dimensions[i], a[i], b[i], variance));
        }

        var scores = rows.ToImmutable();
        return new KogutSinghResult(from, to, Index(scores), scores, convention, over, table.Source);
    }

    /// <summary>Computes the variance of values under a convention.</summary>
    /// <param name="values">The values, at least two.</param>
    /// <param name="convention">Sample (divide by n − 1) or population (divide by n).</param>
    /// <returns>The variance.</returns>
    /// <exception cref="ArgumentException">Fewer than two values, or the convention is unspecified.</exception>
    public static decimal Variance(IReadOnlyList<decimal> values, VarianceConvention convention)
    {
        ArgumentNullException.ThrowIfNull(values);
        Guard.Defined(convention, nameof(convention));
        if (values.Count < 2)
        {
            throw new ArgumentException("A variance needs at least two countries.", nameof(values));
        }

        var mean = values.Sum() / values.Count;
        var squares = values.Sum(v => (v - mean) * (v - mean));
        return squares / (convention == VarianceConvention.Sample ? values.Count - 1 : values.Count);
    }

    private static void Known(CulturalScoreTable table, string country, string paramName)
    {
        if (!table.Countries.Contains(country, StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"The score table has no country '{country}'.", paramName);
        }
    }
}
