using System.Collections.Immutable;

namespace StrategyModel.Distance;

/// <summary>Ghemawat's (2001) CAGE framework: the cultural, administrative, geographic and economic distance between two countries,
/// each as the cited measures that speak for it.</summary>
/// <remarks>Ghemawat gives no single index: a dimension is the set of its measures, and an empty dimension means not assessed, not
/// "no distance". <see cref="CageDefaults"/> lists what each dimension holds by default. Equality compares the arrays element by element.</remarks>
public sealed record CageProfile
{
    /// <summary>Gets the home country.</summary>
    public required string From { get; init; }

    /// <summary>Gets the host country or market id.</summary>
    public required string To { get; init; }

    /// <summary>Gets the cultural measures.</summary>
    public required ImmutableArray<DistanceMeasure> Cultural { get; init => field = value.OrEmpty(); }

    /// <summary>Gets the administrative measures.</summary>
    public required ImmutableArray<DistanceMeasure> Administrative { get; init => field = value.OrEmpty(); }

    /// <summary>Gets the geographic measures.</summary>
    public required ImmutableArray<DistanceMeasure> Geographic { get; init => field = value.OrEmpty(); }

    /// <summary>Gets the economic measures.</summary>
    public required ImmutableArray<DistanceMeasure> Economic { get; init => field = value.OrEmpty(); }

    /// <summary>Returns the measures of one dimension.</summary>
    /// <param name="dimension">A CAGE dimension.</param>
    /// <returns>Its measures.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimension"/> is not a CAGE dimension.</exception>
    public ImmutableArray<DistanceMeasure> Of(DistanceDimension dimension) => dimension switch
    {
        DistanceDimension.Cultural => Cultural,
        DistanceDimension.Administrative => Administrative,
        DistanceDimension.Geographic => Geographic,
        DistanceDimension.Economic => Economic,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Give a CAGE dimension: Cultural, Administrative, Geographic or Economic."),
    };

    /// <inheritdoc />
    public bool Equals(CageProfile? other) =>
        other is not null && From == other.From && To == other.To && ArrayEquality.Equal(Cultural, other.Cultural)
        && ArrayEquality.Equal(Administrative, other.Administrative) && ArrayEquality.Equal(Geographic, other.Geographic)
        && ArrayEquality.Equal(Economic, other.Economic);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(From, To, Cultural.Length, Administrative.Length, Geographic.Length, Economic.Length);
}
