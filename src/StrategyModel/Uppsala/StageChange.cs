using StrategyModel.EntryModes;

namespace StrategyModel.Uppsala;

/// <summary>One change of the stage in force in a market: from <see cref="Year"/> on, the firm stands at <see cref="Stage"/> through <see cref="Mode"/>.</summary>
/// <param name="Year">The first year of the new state.</param>
/// <param name="Stage">The stage in force from that year: the highest stage of the entries in force; <see cref="EstablishmentStage.NoRegularExport"/> after an exit.</param>
/// <param name="Mode">The mode of the entry that sets the stage (the first, in year then input order, of the entries in force at that stage); <see langword="null"/> after an exit.</param>
/// <param name="Change">How the state changed.</param>
/// <param name="EndKind">For <see cref="StageChangeKind.Reduced"/>, <see cref="StageChangeKind.Exited"/> and <see cref="StageChangeKind.ModeChanged"/>, how the most committed entry that stopped being in force ended; otherwise <see cref="EntryEndKind.Unspecified"/>.</param>
/// <param name="EntryName">The <see cref="DatedEntry.Name"/> of the entry that sets the stage (or, after an exit, of the entry that ended), or <see langword="null"/> when it has none.</param>
public sealed record StageChange(int Year, EstablishmentStage Stage, EntryMode? Mode, StageChangeKind Change, EntryEndKind EndKind, string? EntryName)
{
    /// <summary>Gets whether an entry on the chain is in force from <see cref="Year"/> (false after an exit).</summary>
    public bool InMarket => Mode is not null;
}
