using System.Collections.Immutable;

namespace StrategyModel.EntryModes;

/// <summary>One candidate mode in a recommendation, with its rank and the reasons for it.</summary>
/// <param name="Rank">1 for the best candidate; ranks are unique.</param>
/// <param name="Mode">The mode.</param>
/// <param name="RouteMatches">Whether the mode belongs to the OLI route recommended.</param>
/// <param name="ControlDistance">How many control levels separate the mode from the control called for; 0 is a match.</param>
/// <param name="Reasons">Sentences that justify the rank, in the order the ranking applied them.</param>
/// <param name="Role">The row's role; rows that are not entry modes rank after every entry mode.</param>
public sealed record RankedEntryMode(int Rank, EntryMode Mode, bool RouteMatches, int ControlDistance, ImmutableArray<string> Reasons, EntryModeRole Role)
{
    /// <summary>Gets whether the candidate is an entry mode (<see cref="EntryModeRole.EntryMode"/>).</summary>
    public bool IsEntryMode => Role == EntryModeRole.EntryMode;

    /// <inheritdoc />
    public bool Equals(RankedEntryMode? other) =>
        other is not null && Rank == other.Rank && Mode == other.Mode && RouteMatches == other.RouteMatches
        && ControlDistance == other.ControlDistance && Role == other.Role && Reasons.AsSpan().SequenceEqual(other.Reasons.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Rank, Mode, RouteMatches, ControlDistance, Role);
}
