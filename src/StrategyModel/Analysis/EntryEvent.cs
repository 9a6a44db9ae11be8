using System.Collections.Immutable;
using StrategyModel.Cases;
using StrategyModel.EntryModes;

namespace StrategyModel.Analysis;

/// <summary>One step of a firm's ownership history in a market: an entry, a stake change, or an end.</summary>
/// <param name="Date">When it happened.</param>
/// <param name="EntryId">The entry it belongs to.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Mode">The entry's mode.</param>
/// <param name="StakePercent">The firm's stake after the step, when the case gives one.</param>
/// <param name="Detail">A short account: the counterparty, the end's kind and buyer, or the stake change.</param>
/// <param name="Evidence">The ids of the facts behind the entry.</param>
public sealed record EntryEvent(YearMonth Date, string EntryId, EntryEventKind Kind, EntryMode Mode, decimal? StakePercent, string Detail, ImmutableArray<string> Evidence)
{
    /// <inheritdoc />
    public bool Equals(EntryEvent? other) =>
        other is not null && Date == other.Date && EntryId == other.EntryId && Kind == other.Kind && Mode == other.Mode
        && StakePercent == other.StakePercent && Detail == other.Detail && ArrayEquality.Equal(Evidence, other.Evidence);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Date, EntryId, Kind);
}
