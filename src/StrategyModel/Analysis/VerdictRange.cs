using System.Collections.Immutable;

namespace StrategyModel.Analysis;

/// <summary>One verdict of a framework in one market (such as the OLI route) with the values it takes over the inputs that no
/// rating decides.</summary>
/// <remarks>
/// <para>An input that no applicable analyst rating decides is <em>undetermined</em>: the analyzer never replaces it with a neutral
/// or absent value. Instead it evaluates the framework once for every combination of values the undetermined inputs could take,
/// and reports each distinct verdict as a <see cref="VerdictBranch"/> with the input values that lead to it. When every combination
/// gives the same verdict, the verdict is determined (<see cref="Value"/> is set) even though some inputs are not.</para>
/// <para>Equality compares every member, collections element by element.</para>
/// </remarks>
public sealed record VerdictRange
{
    /// <summary>Gets the verdict's stable id, such as <c>oli.route</c>, <c>transaction-costs.control</c> or <c>entry-modes.best</c>.</summary>
    public required string Verdict { get; init; }

    /// <summary>Gets the verdict when every combination of the undetermined inputs gives the same one, or <see langword="null"/> when
    /// the verdict is undetermined.</summary>
    public required string? Value { get; init; }

    /// <summary>Gets whether the verdict is the same for every value the undetermined inputs could take.</summary>
    public bool IsDetermined => Value is not null;

    /// <summary>Gets one branch per distinct verdict, in order of first appearance over the combinations.</summary>
    public required ImmutableArray<VerdictBranch> Branches { get; init => field = value.OrEmpty(); }

    /// <summary>Gets the names of the inputs no rating decides (as in <see cref="AnalysisInput.Name"/>, prefixed with the framework).</summary>
    public required ImmutableArray<string> UndeterminedInputs { get; init => field = value.OrEmpty(); }

    /// <summary>Gets the undetermined inputs whose value changes the verdict in at least one combination: the evidence that would
    /// decide the verdict is a rating of these.</summary>
    public required ImmutableArray<string> DecidingInputs { get; init => field = value.OrEmpty(); }

    /// <inheritdoc />
    public bool Equals(VerdictRange? other) =>
        other is not null && Verdict == other.Verdict && Value == other.Value
        && ArrayEquality.Equal(Branches, other.Branches) && ArrayEquality.Equal(UndeterminedInputs, other.UndeterminedInputs)
        && ArrayEquality.Equal(DecidingInputs, other.DecidingInputs);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Verdict, Value, Branches.Length);
}
