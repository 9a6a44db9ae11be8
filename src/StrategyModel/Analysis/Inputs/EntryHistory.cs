using System.Collections.Immutable;
using System.Globalization;
using StrategyModel.Cases;
using StrategyModel.EntryModes;

namespace StrategyModel.Analysis.Inputs;

/// <summary>A firm's ownership history in one market as of a year: what it entered, how its stakes changed, what ended, and the
/// mode in force.</summary>
/// <remarks>
/// <para>Only the firm's own entries count: those of the firm and its subsidiaries, and an affiliate's only when the case attributes
/// it to the firm. Supporting arrangements (relationships that serve an entry) are not entries.</para>
/// <para>An entry is in force as of a year when it started by then and did not end by then. The mode in force is the entry mode of
/// the highest control among the entries in force (the later on a tie); a portfolio stake in another firm counts only when no
/// entry mode is in force, and a supporting arrangement only when nothing else is. A sale for a stake in the buyer leaves that stake in
/// force from the sale's date.</para>
/// </remarks>
internal sealed class EntryHistory
{
    public EntryHistory(EvidenceView view, string market)
    {
        var own = view.Case.Entries.OrEmpty()
            .Where(e => e.Market == market && view.IsOwn(e) && e.Start.Year <= view.AsOf)
            .OrderBy(e => e.Start).ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        Entries = own;
        var asOf = new YearMonth(view.AsOf, 12);
        InForce = [.. own.Where(e => !e.HasEndedBy(asOf))];
        BuyerStakes = [.. own.Where(e => e.End is { StakeInBuyerPercent: not null } end && end.Date <= asOf)];
        Events = [.. BuildEvents(own, asOf)];
        // The mode in force is what the firm holds: the entry mode of the highest resource commitment, then control (the later on a
        // tie); supporting arrangements are not held modes, and a portfolio stake counts only when no entry mode is in force.
        var modes = InForce.Where(e => EntryModeCatalog.Get(e.Mode).IsEntryMode).ToList();
        CurrentMode = modes.Count > 0
            ? modes.AsEnumerable().Reverse().MaxBy(e => ((int)EntryModeCatalog.Get(e.Mode).ResourceCommitment * 100) + EntryModeCatalog.Get(e.Mode).ControlRank)!.Mode
            : InForce.Any(e => IsPortfolio(e.Mode)) || BuyerStakes.Length > 0 ? EntryMode.MinorityStake
            : InForce.Length > 0 ? InForce[^1].Mode : null;
        if (own.Length > 0 && InForce.Length == 0 && BuyerStakes.Length == 0)
        {
            Exit = own.Select(e => e.End!).MaxBy(e => e.Date);
        }
    }

    /// <summary>Every own entry started by the year, ended or not, in date order.</summary>
    public ImmutableArray<MarketEntry> Entries { get; }

    /// <summary>The own entries in force at the end of the year.</summary>
    public ImmutableArray<MarketEntry> InForce { get; }

    /// <summary>Entries sold for a stake in the buyer by the year.</summary>
    public ImmutableArray<MarketEntry> BuyerStakes { get; }

    public ImmutableArray<EntryEvent> Events { get; }

    /// <summary>The mode in force, or <see langword="null"/> before the first entry and after an exit.</summary>
    public EntryMode? CurrentMode { get; }

    /// <summary>The last end, when every entry has ended by the year (the market is exited).</summary>
    public EntryEnd? Exit { get; }

    public ImmutableArray<string> Evidence => [.. Entries.SelectMany(e => e.Evidence).Distinct(StringComparer.Ordinal)];

    /// <summary>A stake in another independent firm is a portfolio or strategic investment, not an entry mode (Anderson &amp; Gatignon 1986).</summary>
    public static bool IsPortfolio(EntryMode mode) => EntryModeCatalog.RoleOf(mode) == EntryModeRole.Investment;

    private static IEnumerable<EntryEvent> BuildEvents(ImmutableArray<MarketEntry> entries, YearMonth asOf)
    {
        var events = new List<EntryEvent>();
        foreach (var e in entries)
        {
            var stakes = e.Stakes.OrEmpty().Where(s => s.Date <= asOf).ToList();
            decimal? previous = stakes.Count > 0 ? stakes[0].Percent : null;
            events.Add(new EntryEvent(e.Start, e.Id, EntryEventKind.Entered, e.Mode, previous, e.Counterparty ?? string.Empty, e.Evidence.OrEmpty()));
            foreach (var s in stakes.Skip(1))
            {
                if (previous is { } p && s.Percent != p)
                {
                    var kind = s.Percent > p ? EntryEventKind.StakeIncreased : EntryEventKind.StakeReduced;
                    events.Add(new EntryEvent(s.Date, e.Id, kind, e.Mode, s.Percent, string.Create(CultureInfo.InvariantCulture, $"stake {p}% -> {s.Percent}%"), e.Evidence.OrEmpty()));
                }

                previous = s.Percent;
            }

            if (e.End is { } end && end.Date <= asOf)
            {
                var detail = end.Kind.ToString() + (end.Buyer is { } buyer ? " to " + buyer : string.Empty);
                events.Add(new EntryEvent(end.Date, e.Id, EntryEventKind.Ended, e.Mode, 0m, detail, e.Evidence.OrEmpty()));
                if (end.StakeInBuyerPercent is { } stake)
                {
                    events.Add(new EntryEvent(end.Date, e.Id, EntryEventKind.StakeInBuyer, EntryMode.MinorityStake, stake, end.Buyer ?? "the buyer", e.Evidence.OrEmpty()));
                }
            }
        }

        return events.OrderBy(v => v.Date).ThenBy(v => v.EntryId, StringComparer.Ordinal);
    }
}
