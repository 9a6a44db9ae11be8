using System.Collections.Immutable;
using StrategyModel.EntryModes;

namespace StrategyModel.Cases;

/// <summary>An entry of a firm into a market as an ownership history: when it was announced and completed, the stake over time,
/// the partners, and how and when it ended.</summary>
/// <remarks>
/// The entry starts at <see cref="Completed"/>, or at <see cref="Announced"/> when no completion date is known; a loaded entry has
/// at least one of the two. <see cref="Year"/> and <see cref="Month"/> are the start's, for callers that read entries as dated events.
/// Immutable and thread-safe; equality compares the arrays element by element.
/// </remarks>
public sealed record MarketEntry
{
    /// <summary>Gets the entry's kebab-case id, unique within the case.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the id of the entering firm: the case firm, a subsidiary or an affiliate (see <see cref="Cases.Firm.Relation"/>).</summary>
    public required string Firm { get; init; }

    /// <summary>Gets the id of the market entered.</summary>
    public required string Market { get; init; }

    /// <summary>Gets the upper-case ISO 3166-1 alpha-2 codes of the countries the entry covers, each one of the market's; empty
    /// when it covers all of the market's countries.</summary>
    public ImmutableArray<string> Countries { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the entry mode.</summary>
    public required EntryMode Mode { get; init; }

    /// <summary>Gets when the entry was announced, or <see langword="null"/>.</summary>
    public YearMonth? Announced { get; init; }

    /// <summary>Gets when the entry was completed, or <see langword="null"/>.</summary>
    public YearMonth? Completed { get; init; }

    /// <summary>Gets when the entry starts: <see cref="Completed"/>, else <see cref="Announced"/>, else year 0 (only in an entry built
    /// in code without dates).</summary>
    public YearMonth Start => Completed ?? Announced ?? default;

    /// <summary>Gets the year the entry starts (<see cref="Start"/>'s year).</summary>
    public int Year => Start.Year;

    /// <summary>Gets the month the entry starts (1 to 12), or <see langword="null"/> (<see cref="Start"/>'s month).</summary>
    public int? Month => Start.Month;

    /// <summary>Gets the id of the entering business unit (of <see cref="Firm"/>), or <see langword="null"/>.</summary>
    public string? BusinessUnit { get; init; }

    /// <summary>Gets the id of the firm entered with or acquired, or <see langword="null"/>.</summary>
    public string? Counterparty { get; init; }

    /// <summary>Gets whether an affiliate's entry counts as the parent firm's (the case says so); <see langword="false"/> by default.
    /// Only an entry of an affiliate (<see cref="PartyRelation.Affiliate"/>) may set it.</summary>
    public bool AttributedToFirm { get; init; }

    /// <summary>Gets the entering firm's stake over time, ordered by date; empty when no stake is recorded.</summary>
    public ImmutableArray<StakeChange> Stakes { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the partners in the entry with their shares; empty when there are none or none are recorded.</summary>
    public ImmutableArray<EntryPartner> Partners { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets how and when the entry ended, or <see langword="null"/> while it lasts.</summary>
    public EntryEnd? End { get; init; }

    /// <summary>Gets what happened, in plain English.</summary>
    public required string Description { get; init; }

    /// <summary>Gets the ids of the facts that evidence the entry (at least one in a loaded case).</summary>
    public required ImmutableArray<string> Evidence { get; init => field = value.OrEmpty(); }

    /// <summary>Returns the stake in force at a date: the last stake change dated then or earlier, or <see langword="null"/> when
    /// none is (or the entry had ended by then).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The stake change in force, or <see langword="null"/>.</returns>
    public StakeChange? StakeAt(YearMonth date)
    {
        if (HasEndedBy(date))
        {
            return null;
        }

        StakeChange? current = null;
        foreach (var stake in Stakes.OrEmpty())
        {
            if (stake.Date <= date)
            {
                current = stake;
            }
        }

        return current;
    }

    /// <summary>Returns whether the entry had ended by a date (its <see cref="End"/> is dated then or earlier).</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether the entry had ended.</returns>
    public bool HasEndedBy(YearMonth date) => End is { } end && end.Date <= date;

    /// <inheritdoc />
    public bool Equals(MarketEntry? other) =>
        other is not null && Id == other.Id && Firm == other.Firm && Market == other.Market
        && ArrayEquality.Equal(Countries, other.Countries) && Mode == other.Mode && Announced == other.Announced
        && Completed == other.Completed && BusinessUnit == other.BusinessUnit && Counterparty == other.Counterparty
        && AttributedToFirm == other.AttributedToFirm && ArrayEquality.Equal(Stakes, other.Stakes)
        && ArrayEquality.Equal(Partners, other.Partners) && Equals(End, other.End) && Description == other.Description
        && ArrayEquality.Equal(Evidence, other.Evidence);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id);
        hash.Add(Firm);
        hash.Add(Market);
        hash.Add(Start);
        hash.Add(Mode);
        hash.Add(End);
        ArrayEquality.Add(ref hash, Stakes);
        ArrayEquality.Add(ref hash, Evidence);
        return hash.ToHashCode();
    }
}
