using System.Collections.Immutable;

namespace StrategyModel.Analysis;

/// <summary>The values of one undetermined input under which a <see cref="VerdictBranch"/> is reached.</summary>
/// <param name="Input">The input's name, prefixed with its framework (such as <c>oli.internalization</c>).</param>
/// <param name="Values">The values, in the order of the input's scale.</param>
public sealed record BranchCondition(string Input, ImmutableArray<string> Values)
{
    /// <inheritdoc />
    public bool Equals(BranchCondition? other) => other is not null && Input == other.Input && ArrayEquality.Equal(Values, other.Values);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Input, Values.Length);

    /// <inheritdoc />
    public override string ToString() => Input + " " + string.Join(" or ", Values);
}
