using System.Collections.Immutable;
using StrategyModel.Assessments;
using StrategyModel.Oli;
using StrategyModel.TransactionCosts;

namespace StrategyModel.EntryModes;

/// <summary>Entry modes ranked for an OLI route and a degree of control, each with its reasons.</summary>
public sealed record EntryModeRecommendation : IAssessment
{
    /// <summary>Gets the OLI route the ranking started from.</summary>
    public required ServingRoute Route { get; init; }

    /// <summary>Gets the degree of control the ranking aimed at.</summary>
    public required ControlLevel Control { get; init; }

    /// <summary>Gets every catalogue row, best first: entry modes before supporting arrangements and investments, then modes of the route before the others, then by distance from the control called for, then by lower resource commitment, then by greater flexibility.</summary>
    public required ImmutableArray<RankedEntryMode> Candidates { get; init => field = value.OrEmpty(); }

    /// <summary>Gets the best candidate: always an entry mode (<see cref="RankedEntryMode.IsEntryMode"/>).</summary>
    public RankedEntryMode Best => Candidates[0];

    /// <inheritdoc />
    public string Framework => "entry-modes";

    /// <inheritdoc />
    public required string Summary { get; init; }

    /// <inheritdoc />
    public required ImmutableArray<Finding> Findings { get; init => field = value.OrEmpty(); }

    /// <inheritdoc />
    public bool Equals(EntryModeRecommendation? other) =>
        other is not null && Route == other.Route && Control == other.Control && Summary == other.Summary
        && Candidates.AsSpan().SequenceEqual(other.Candidates.AsSpan()) && Findings.AsSpan().SequenceEqual(other.Findings.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Route, Control, Candidates.Length);
}
