using System.Collections.Immutable;
using StrategyModel.Assessments;

namespace StrategyModel.Uppsala;

/// <summary>The Uppsala evaluator's reading of one firm's path in one market: stages reached and skipped, whether it followed the chain, and how fast.</summary>
public sealed record UppsalaAssessment : IAssessment
{
    /// <summary>Gets the stages reached, ascending and distinct; always includes <see cref="EstablishmentStage.NoRegularExport"/>, where every firm starts.</summary>
    public required ImmutableArray<EstablishmentStage> StagesReached { get; init; }

    /// <summary>Gets the stages between <see cref="EstablishmentStage.NoRegularExport"/> and <see cref="HighestStage"/> (both excluded) that no entry ever reached: the leapfrogged stages, ascending.</summary>
    public required ImmutableArray<EstablishmentStage> StagesSkipped { get; init; }

    /// <summary>Gets whether any stage was skipped (<see cref="StagesSkipped"/> is not empty).</summary>
    public required bool Leapfrogged { get; init; }

    /// <summary>Gets whether some entry is at a lower stage than an entry before it (in year order, then input order).</summary>
    public required bool MovedDown { get; init; }

    /// <summary>Gets whether the firm followed the establishment chain: no stage skipped and never moved down.</summary>
    public required bool FollowedChain { get; init; }

    /// <summary>Gets the highest stage reached; <see cref="EstablishmentStage.NoRegularExport"/> when there is no entry.</summary>
    public required EstablishmentStage HighestStage { get; init; }

    /// <summary>Gets the year of the first entry, or <see langword="null"/> when there is none.</summary>
    public required int? FirstYear { get; init; }

    /// <summary>Gets the year of the first entry at <see cref="HighestStage"/>, or <see langword="null"/> when there is no entry.</summary>
    public required int? YearOfHighestStage { get; init; }

    /// <summary>Gets the years from the first entry to reaching <see cref="HighestStage"/>, divided by the stage steps climbed from the first entry's stage; <see langword="null"/> when the firm did not climb.</summary>
    public required decimal? YearsPerStage { get; init; }

    /// <summary>Gets the pace of the climb.</summary>
    public required UppsalaPace Pace { get; init; }

    /// <inheritdoc />
    public string Framework => "uppsala";

    /// <inheritdoc />
    public required string Summary { get; init; }

    /// <inheritdoc />
    public required ImmutableArray<Finding> Findings { get; init; }

    /// <inheritdoc />
    public bool Equals(UppsalaAssessment? other) =>
        other is not null && Leapfrogged == other.Leapfrogged && MovedDown == other.MovedDown && FollowedChain == other.FollowedChain
        && HighestStage == other.HighestStage && FirstYear == other.FirstYear && YearOfHighestStage == other.YearOfHighestStage
        && YearsPerStage == other.YearsPerStage && Pace == other.Pace && Summary == other.Summary
        && StagesReached.AsSpan().SequenceEqual(other.StagesReached.AsSpan())
        && StagesSkipped.AsSpan().SequenceEqual(other.StagesSkipped.AsSpan())
        && Findings.AsSpan().SequenceEqual(other.Findings.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(HighestStage, Pace, Summary, Findings.Length);
}
