using System.Collections.Immutable;
using StrategyModel.Assessments;

namespace StrategyModel.Uppsala;

/// <summary>Whether a firm entered its markets in order of increasing psychic distance, and how far it departed from that order.</summary>
public sealed record PsychicDistanceAssessment : IAssessment
{
    /// <summary>Gets whether at least one pair of markets was entered in different years and no such pair is inverted.</summary>
    /// <value><see langword="false"/> when every market was entered in the same year: the order is then not observed.</value>
    public required bool EnteredInOrderOfIncreasingDistance { get; init; }

    /// <summary>Gets the number of pairs in which the market entered earlier is strictly more distant than the one entered later.</summary>
    public required int Inversions { get; init; }

    /// <summary>Gets the number of pairs of markets entered in different years: the pairs that can be inversions.</summary>
    public required int Pairs { get; init; }

    /// <summary>Gets the market names ordered by first entry year, keeping the given order within a year.</summary>
    public required ImmutableArray<string> EntryOrder { get; init => field = value.OrEmpty(); }

    /// <inheritdoc />
    public string Framework => "uppsala.psychic-distance";

    /// <inheritdoc />
    public required string Summary { get; init; }

    /// <inheritdoc />
    public required ImmutableArray<Finding> Findings { get; init => field = value.OrEmpty(); }

    /// <inheritdoc />
    public bool Equals(PsychicDistanceAssessment? other) =>
        other is not null && EnteredInOrderOfIncreasingDistance == other.EnteredInOrderOfIncreasingDistance
        && Inversions == other.Inversions && Pairs == other.Pairs && Summary == other.Summary
        && EntryOrder.AsSpan().SequenceEqual(other.EntryOrder.AsSpan())
        && Findings.AsSpan().SequenceEqual(other.Findings.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Inversions, Pairs, Summary, Findings.Length);
}
