using System.Collections.Immutable;

namespace StrategyModel.Analysis;

/// <summary>One verdict a framework reaches for some of the values its undetermined inputs could take.</summary>
/// <param name="Value">The verdict, such as <c>ForeignDirectInvestment</c>.</param>
/// <param name="When">For each undetermined input that matters to this branch, the values under which the verdict is reached;
/// an input that may take any value is not listed.</param>
/// <param name="Combinations">How many of the combinations of undetermined values give this verdict.</param>
public sealed record VerdictBranch(string Value, ImmutableArray<BranchCondition> When, int Combinations)
{
    /// <inheritdoc />
    public bool Equals(VerdictBranch? other) =>
        other is not null && Value == other.Value && Combinations == other.Combinations && ArrayEquality.Equal(When, other.When);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, Combinations);
}
