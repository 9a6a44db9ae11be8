using System.Collections.Immutable;

namespace StrategyModel.Distance;

/// <summary>One cited measure of the distance between two countries: a published value (such as a Kogut-Singh index or kilometres
/// between capitals) or an analyst's rated level, with its source and evidence.</summary>
/// <remarks>At least one of <see cref="Value"/> and <see cref="Level"/> is set in a loaded case. Immutable; equality compares
/// <see cref="Evidence"/> element by element.</remarks>
public sealed record DistanceMeasure
{
    /// <summary>Gets the CAGE dimension or psychic distance the measure belongs to.</summary>
    public required DistanceDimension Dimension { get; init; }

    /// <summary>Gets the measure's name, such as <c>kogut-singh</c>, <c>language</c> or <c>km-between-capitals</c>
    /// (see <see cref="CageDefaults"/> for the documented defaults).</summary>
    public required string Name { get; init; }

    /// <summary>Gets the Dow &amp; Karunaratna (2006) stimulus the measure stands for, or <see cref="PsychicDistanceStimulus.Unspecified"/>.</summary>
    public PsychicDistanceStimulus Stimulus { get; init; }

    /// <summary>Gets the published numeric value (higher is more distant), or <see langword="null"/>.</summary>
    public decimal? Value { get; init; }

    /// <summary>Gets the analyst's rated level, or <see langword="null"/>.</summary>
    public DistanceLevel? Level { get; init; }

    /// <summary>Gets where the value comes from (author, year, table), or <see langword="null"/> when the evidence ids carry it.</summary>
    public string? Source { get; init; }

    /// <summary>Gets the ids of the facts behind the measure; empty when none were given.</summary>
    public ImmutableArray<string> Evidence { get; init => field = value.OrEmpty(); } = [];

    /// <inheritdoc />
    public bool Equals(DistanceMeasure? other) =>
        other is not null && Dimension == other.Dimension && Name == other.Name && Stimulus == other.Stimulus && Value == other.Value
        && Level == other.Level && Source == other.Source && ArrayEquality.Equal(Evidence, other.Evidence);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Dimension, Name, Value, Level);
}
