using System.Collections.Immutable;

namespace StrategyModel.Cases;

/// <summary>A relationship between a firm and a partner or investee: an acquisition, a stake, a joint venture or a partnership.</summary>
/// <remarks>Immutable and thread-safe; equality compares the arrays element by element.</remarks>
public sealed record Relationship
{
    /// <summary>Gets the relationship's kebab-case id, unique within the case.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the id of the firm.</summary>
    public required string Firm { get; init; }

    /// <summary>Gets the id of the partner or investee firm.</summary>
    public required string Counterparty { get; init; }

    /// <summary>Gets the kind of relationship.</summary>
    public required RelationshipKind Kind { get; init; }

    /// <summary>Gets what the counterparty does for the firm (at least one in a loaded case).</summary>
    public required ImmutableArray<PartnerFunction> Functions { get; init => field = value.OrEmpty(); }

    /// <summary>Gets the id of the market the relationship serves, or <see langword="null"/>.</summary>
    public string? Market { get; init; }

    /// <summary>Gets the year the relationship began, or <see langword="null"/>.</summary>
    public int? Year { get; init; }

    /// <summary>Gets when the relationship ended, or <see langword="null"/> while it lasts (or when no end is recorded).</summary>
    public YearMonth? End { get; init; }

    /// <summary>Gets the id of the entry the relationship serves, or <see langword="null"/>: a supporting arrangement (a payment,
    /// logistics or marketing contract) that serves that entry and is not an entry of its own.</summary>
    public string? Supports { get; init; }

    /// <summary>Gets the firm's equity stake in the counterparty, in percent (0 to 100), or <see langword="null"/>.</summary>
    public decimal? StakePercent { get; init; }

    /// <summary>Gets the ids of the facts that evidence the relationship (at least one in a loaded case).</summary>
    public required ImmutableArray<string> Evidence { get; init => field = value.OrEmpty(); }

    /// <inheritdoc />
    public bool Equals(Relationship? other) =>
        other is not null && Id == other.Id && Firm == other.Firm && Counterparty == other.Counterparty && Kind == other.Kind
        && ArrayEquality.Equal(Functions, other.Functions) && Market == other.Market && Year == other.Year
        && End == other.End && Supports == other.Supports && StakePercent == other.StakePercent && ArrayEquality.Equal(Evidence, other.Evidence);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id);
        hash.Add(Firm);
        hash.Add(Counterparty);
        hash.Add(Kind);
        ArrayEquality.Add(ref hash, Functions);
        ArrayEquality.Add(ref hash, Evidence);
        return hash.ToHashCode();
    }
}
