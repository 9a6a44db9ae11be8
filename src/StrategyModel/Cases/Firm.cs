using System.Collections.Immutable;

namespace StrategyModel.Cases;

/// <summary>A firm in a case: the case firm, or a partner, investee or competitor.</summary>
/// <remarks>Immutable and thread-safe; equality compares the arrays element by element.</remarks>
public sealed record Firm
{
    /// <summary>Gets the firm's kebab-case id, unique within the case, e.g. <c>alibaba</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the firm's name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the firm's home country as an upper-case ISO 3166-1 alpha-2 code (<c>CN</c>), or <see langword="null"/>.</summary>
    public string? HomeCountry { get; init; }

    /// <summary>Gets the year the firm was founded, or <see langword="null"/>.</summary>
    public int? FoundedYear { get; init; }

    /// <summary>Gets the id of the firm's parent, or <see langword="null"/> when the firm stands on its own.</summary>
    public string? Parent { get; init; }

    /// <summary>Gets how the firm relates to <see cref="Parent"/>: <see cref="PartyRelation.Subsidiary"/> (its entries count as the
    /// parent's) or <see cref="PartyRelation.Affiliate"/> (they do not, unless an entry says so); <see cref="PartyRelation.Unspecified"/>
    /// exactly when there is no parent.</summary>
    public PartyRelation Relation { get; init; }

    /// <summary>Gets the firm's business units; empty when none are listed.</summary>
    public ImmutableArray<BusinessUnit> BusinessUnits { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the ids of the facts about the firm itself; empty when none are listed.</summary>
    public ImmutableArray<string> Evidence { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Returns the business unit with the given id, or <see langword="null"/>.</summary>
    /// <param name="id">The unit's id.</param>
    /// <returns>The unit, or <see langword="null"/> when the firm has none with that id.</returns>
    public BusinessUnit? FindBusinessUnit(string id)
    {
        foreach (var unit in BusinessUnits.OrEmpty())
        {
            if (unit.Id == id)
            {
                return unit;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public bool Equals(Firm? other) =>
        other is not null && Id == other.Id && Name == other.Name && HomeCountry == other.HomeCountry
        && FoundedYear == other.FoundedYear && Parent == other.Parent && Relation == other.Relation && ArrayEquality.Equal(BusinessUnits, other.BusinessUnits)
        && ArrayEquality.Equal(Evidence, other.Evidence);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id);
        hash.Add(Name);
        ArrayEquality.Add(ref hash, BusinessUnits);
        ArrayEquality.Add(ref hash, Evidence);
        return hash.ToHashCode();
    }
}
