using System.Collections.Immutable;

namespace StrategyModel.Cases;

/// <summary>A dated event in a case's timeline.</summary>
/// <remarks>Immutable and thread-safe; equality compares <see cref="Evidence"/> element by element.</remarks>
public sealed record TimelineEvent
{
    /// <summary>Gets the event's kebab-case id, unique within the case.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the year of the event.</summary>
    public required int Year { get; init; }

    /// <summary>Gets the month of the event (1 to 12), or <see langword="null"/>.</summary>
    public int? Month { get; init; }

    /// <summary>Gets the id of the firm involved, or <see langword="null"/>.</summary>
    public string? Firm { get; init; }

    /// <summary>Gets the id of the market involved, or <see langword="null"/>.</summary>
    public string? Market { get; init; }

    /// <summary>Gets what happened, in plain English.</summary>
    public required string Description { get; init; }

    /// <summary>Gets the ids of the facts that evidence the event (at least one in a loaded case).</summary>
    public required ImmutableArray<string> Evidence { get; init => field = value.OrEmpty(); }

    /// <inheritdoc />
    public bool Equals(TimelineEvent? other) =>
        other is not null && Id == other.Id && Year == other.Year && Month == other.Month && Firm == other.Firm
        && Market == other.Market && Description == other.Description && ArrayEquality.Equal(Evidence, other.Evidence);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id);
        hash.Add(Year);
        hash.Add(Description);
        ArrayEquality.Add(ref hash, Evidence);
        return hash.ToHashCode();
    }
}
