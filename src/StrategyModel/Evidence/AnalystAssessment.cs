using System.Collections.Immutable;

namespace StrategyModel.Evidence;

/// <summary>A judgment no source states, with the analyst's reasoning and the facts it rests on; it may rate one framework input.</summary>
/// <remarks>Immutable and thread-safe; equality compares <see cref="RestsOn"/> element by element.</remarks>
public sealed record AnalystAssessment
{
    /// <summary>Gets the assessment's kebab-case id, unique within the case.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the judgment.</summary>
    public required string Statement { get; init; }

    /// <summary>Gets why, in the analyst's words.</summary>
    public required string Reasoning { get; init; }

    /// <summary>Gets the ids of the facts the judgment rests on (at least one in a loaded case).</summary>
    public required ImmutableArray<string> RestsOn { get; init => field = value.OrEmpty(); }

    /// <summary>Gets the framework input the assessment sets, or <see langword="null"/>.</summary>
    public Rating? Rates { get; init; }

    /// <inheritdoc />
    public bool Equals(AnalystAssessment? other) =>
        other is not null && Id == other.Id && Statement == other.Statement && Reasoning == other.Reasoning
        && ArrayEquality.Equal(RestsOn, other.RestsOn) && Equals(Rates, other.Rates);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id);
        hash.Add(Statement);
        hash.Add(Rates);
        ArrayEquality.Add(ref hash, RestsOn);
        return hash.ToHashCode();
    }
}
