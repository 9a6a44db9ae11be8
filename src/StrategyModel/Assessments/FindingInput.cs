using System.Collections.Immutable;

namespace StrategyModel.Assessments;

/// <summary>One input a rule read: its name, its value rendered invariantly, and the evidence behind it.</summary>
/// <param name="Name">The input's stable name, such as <c>ownership.asset</c>.</param>
/// <param name="Value">The value as culture-invariant text, such as <c>Strong</c> or <c>70.4</c>.</param>
/// <param name="Evidence">Ids of the facts and analyst assessments behind the value.</param>
public sealed record FindingInput(string Name, string Value, ImmutableArray<string> Evidence)
{
    /// <inheritdoc />
    public bool Equals(FindingInput? other) =>
        other is not null && Name == other.Name && Value == other.Value && Evidence.AsSpan().SequenceEqual(other.Evidence.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Value, Evidence.Length);
}
